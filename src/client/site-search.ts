/**
 * <site-search>: searches the Pagefind indexes built from encoded Chinese tokens (one per
 * year of the archive, listed in pagefind/parts.json and merged into one search). The query
 * is folded to Simplified and segmented exactly as the index was (same lexicon of names,
 * same bigrams), so 普京 stays one word and 视频会晤 finds 視頻會晤. Each word the reader
 * typed is searched on its own; results holding more of the words come first, and a
 * result that holds none of them (Pagefind's fallback for an unknown word) is dropped, so
 * a query that matches nothing says so. Results link to the event page or to the passage
 * that matched; the query is kept in ?q= so it can be shared.
 */
import { buildLexicon, type Lexicon } from '../lib/search/segment.ts';
import { encodeToken } from '../lib/search/search-token.ts';
import { queryWords, wordsHeld, wordsInText } from '../lib/search/query-words.ts';
import { foldScript } from '../lib/search/fold.ts';

interface Pagefind {
  options(options: { mergeFilter?: Record<string, string> }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options: { mergeFilter: Record<string, string> }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<Search>;
}
interface Search {
  results: Result[];
  /** Results per filter value: per index part for the `part` filter every index adds. */
  filters?: Record<string, Record<string, number>>;
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  /** The record's index text: its encoded tokens. */
  content: string;
  meta: Record<string, string>;
}

const MAX_RESULTS = 30;
/** The filter each index of the archive's parts is tagged with (see search-index.ts). */
const PART = 'part';

class SiteSearch extends HTMLElement {
  #engine?: Promise<{ lexicon: Lexicon; pagefind: Pagefind }>;
  #run = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    if (!form || !input) return;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(input.value, true);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.search(input.value, true), 250);
    });
    const q = new URLSearchParams(window.location.search).get('q');
    if (q) {
      input.value = q;
      void this.search(q, false);
    }
  }

  engine(): Promise<{ lexicon: Lexicon; pagefind: Pagefind }> {
    const base = this.dataset.base ?? '/';
    this.#engine ??= (async () => {
      const [names, parts] = await Promise.all([
        fetch(`${base}search/lexicon.json`).then((r) => r.json() as Promise<string[]>),
        fetch(`${base}pagefind/parts.json`).then((r) => r.json() as Promise<{ main: string; merge: string[] }>),
      ]);
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // One index per year of the archive: the newest is the main one, the others are merged
      // into it, each tagged with its part so that a word can be checked index by index.
      await pagefind.options({ mergeFilter: { [PART]: parts.main } });
      await pagefind.init();
      await Promise.all(parts.merge.map((part) => pagefind.mergeIndex(`${base}pagefind/${part}/`, { mergeFilter: { [PART]: part } })));
      return { lexicon: buildLexicon(names), pagefind };
    })();
    return this.#engine;
  }

  async search(query: string, remember: boolean): Promise<void> {
    const run = ++this.#run;
    if (remember) {
      const url = new URL(window.location.href);
      if (query.trim()) url.searchParams.set('q', query.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    const { lexicon, pagefind } = await this.engine();
    const words = queryWords(query, lexicon);
    const list = this.querySelector<HTMLOListElement>('.search-results')!;
    const status = this.querySelector<HTMLElement>('.search-status')!;
    if (!words.length) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const found = await rankedResults(pagefind, words);
    const loaded = await Promise.all(found.slice(0, MAX_RESULTS).map(async (r) => ({ r, d: await r.data() })));
    if (run !== this.#run) return;
    // Stable: Pagefind's order among results that hold as many of the words.
    const shown = loaded
      .map(({ r, d }) => ({ r, d, held: wordsHeld(d.content, words) }))
      .filter((x) => x.held > 0)
      .sort((a, b) => b.held - a.held);
    const count = found.length - (loaded.length - shown.length);
    const tokens = words.flat();
    list.replaceChildren(...shown.map(({ d }) => this.result(d, words, tokens)));
    status.textContent =
      count > 0 ? (this.dataset.count ?? '{n}').replace('{n}', String(count)) : (this.dataset.none ?? '').replace('{q}', query.trim());
    this.dataset.state = 'done';
  }

  result(d: ResultData, words: string[][], tokens: string[]): HTMLLIElement {
    const li = document.createElement('li');
    li.className = `search-result search-${d.meta.kind}`;
    const heading = document.createElement('a');
    heading.href = d.url;
    heading.className = 'search-title';
    heading.textContent = d.meta.title ?? d.url;
    const info = document.createElement('span');
    info.className = 'muted';
    info.textContent = ` ${[d.meta.date, d.meta.type ?? d.meta.outlet].filter(Boolean).join(' · ')}`;
    li.append(heading, info);
    if (d.meta.kind === 'event') {
      li.append(this.excerpt(d.meta.excerpt ?? '', tokens, d.meta.passage));
    } else {
      const passages = JSON.parse(d.meta.passages ?? '[]') as [string, string][];
      const matching = passages
        .map(([id, text]) => ({ id, text, held: wordsInText(foldScript(text).toLowerCase(), words) }))
        .filter((p) => p.held > 0)
        .sort((a, b) => b.held - a.held)
        .slice(0, 3);
      for (const { id, text } of matching) li.append(this.excerpt(text, tokens, `${d.url}#${id}`));
    }
    return li;
  }

  excerpt(text: string, tokens: string[], href?: string): HTMLElement {
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    const target = href ? Object.assign(document.createElement('a'), { href, className: 'search-passage' }) : p;
    for (const [part, marked] of highlight(text, tokens)) {
      target.append(marked ? Object.assign(document.createElement('mark'), { textContent: part }) : document.createTextNode(part));
    }
    if (target !== p) p.append(target);
    return p;
  }
}

/**
 * The results for `words`: one search per word (a single search for one word), merged so
 * that results found by more of the words come first, then by Pagefind's best score. A
 * word whose best result in an index does not hold it is unknown to that index (Pagefind
 * then searches a shorter prefix): that index's results for it are left out.
 */
async function rankedResults(pagefind: Pagefind, words: string[][]): Promise<Result[]> {
  const found = await Promise.all(words.map((tokens) => wordResults(pagefind, tokens)));
  const merged = new Map<string, { result: Result; hits: number; score: number }>();
  for (const results of found) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.hits += 1;
        seen.score = Math.max(seen.score, result.score);
      } else merged.set(result.id, { result, hits: 1, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.hits - a.hits || b.score - a.score).map((m) => m.result);
}

/**
 * The results that hold one word (its tokens), from every index that knows it, best score
 * first. When the results come from more than one index, each index is asked on its own
 * (a search filtered to its part), since one may know the word and another fall back on a prefix.
 */
async function wordResults(pagefind: Pagefind, tokens: string[]): Promise<Result[]> {
  const query = tokens.map(encodeToken).join(' ');
  const holds = async (results: Result[]) => {
    const top = results[0];
    return !!top && wordsHeld((await top.data()).content, [tokens]) > 0;
  };
  const all = await pagefind.search(query);
  const parts = Object.entries(all.filters?.[PART] ?? {})
    .filter(([, n]) => n > 0)
    .map(([part]) => part);
  if (parts.length <= 1) return (await holds(all.results)) ? all.results : [];
  const known = await Promise.all(
    parts.map(async (part) => {
      const { results } = await pagefind.search(query, { filters: { [PART]: part } });
      return (await holds(results)) ? results : [];
    }),
  );
  return known.flat().sort((a, b) => b.score - a.score);
}

/** Splits `text` into [part, marked] runs where query tokens occur (folding keeps offsets). */
function highlight(text: string, tokens: string[]): [string, boolean][] {
  const folded = foldScript(text).toLowerCase();
  const chars = [...text];
  const foldedChars = [...folded];
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const token of tokens) {
    const tc = [...token];
    for (let i = 0; i + tc.length <= foldedChars.length; i++) {
      if (tc.every((c, k) => foldedChars[i + k] === c)) for (let k = 0; k < tc.length; k++) marked[i + k] = true;
    }
  }
  const runs: [string, boolean][] = [];
  chars.forEach((c, i) => {
    const last = runs.at(-1);
    if (last && last[1] === marked[i]) last[0] += c;
    else runs.push([c, marked[i]!]);
  });
  return runs;
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
