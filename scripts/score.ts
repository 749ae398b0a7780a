/**
 * `npm run score`: extraction scored against gold events, in one process, set by set.
 *
 *   npm run score                       every set: precision, recall, F1, actors, reliability
 *   npm run score -- --verbose          also each page's misses and extras
 *   npm run score -- --only realdev     one set (repeatable)
 *   npm run score -- --ablate           each rule switched off in turn: its F1 contribution per group
 *   npm run score -- --calibrate        refit the confidence weights (src/lib/data/confidence.json)
 *   npm run score -- --why realdev/h01  one page's events and what each rule changes on it
 *   npm run score -- --off rule.a,rule.b  every set scored with those rules switched off
 *
 * Matching follows ../shared/tools/score-events.mjs: same type, the date agreeing at the gold
 * precision, one of the event's passages holding one of the gold evidence strings (white space
 * aside); recall counts required gold events, precision every event matching any gold event.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/lib/ingest/page.ts';
import { DecodeError, decodeText } from '../src/lib/ingest/decode.ts';
import { detectLanguage } from '../src/lib/ingest/language.ts';
import { extractEvents } from '../src/lib/extract/index.ts';
import { ALL_RULES } from '../src/lib/extract/rules/index.ts';
import { confidenceOf, fitWeights, type Weights } from '../src/lib/extract/confidence.ts';
import type { TimelineEvent } from '../src/lib/schema.ts';
import * as OpenCC from 'opencc-js';

interface GoldEvent {
  date: string | null;
  precision: string;
  type: string;
  actors: string[];
  required: boolean;
  evidence: string | string[];
}
interface Gold {
  article: string;
  published: string;
  outlet?: string | undefined;
  events: GoldEvent[];
}
interface Page {
  set: string;
  name: string;
  gold: Gold;
  passages: ReturnType<typeof parsePage>['passages'];
  stories: ReturnType<typeof parsePage>['stories'];
  language: ReturnType<typeof parsePage>['language'];
}

const root = join(import.meta.dirname, '..');
const shared = join(root, '../shared');
const fixtures = join(root, 'tests/fixtures');
/**
 * real: real pages to study; held: real pages kept unseen (scored, never ablated or read);
 * written: the project's own pages, written in the forms real pages show.
 */
type Group = 'real' | 'held' | 'written';
const GROUPS: readonly Group[] = ['real', 'held', 'written'];

/**
 * More real sets, kept outside the project (their text is not ours to publish): every folder under
 * $REAL_SETS that holds gold/ and articles/. A folder whose name begins with "held" is held out.
 */
function moreRealSets(): { name: string; group: Group; gold: string; articles: string }[] {
  const dir = process.env.REAL_SETS;
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      group: name.startsWith('held') ? ('held' as const) : ('real' as const),
      gold: join(dir, name, 'gold'),
      articles: join(dir, name, 'articles'),
    }));
}

/** Every scored set: real pages (what counts) and the project's own written pages. */
export const SETS: { name: string; group: Group; gold: string; articles: string }[] = [
  { name: 'seeds', group: 'real', gold: join(shared, 'gold'), articles: join(shared, 'seeds') },
  { name: 'realdev', group: 'real', gold: join(shared, 'realdev/gold'), articles: join(shared, 'realdev/articles') },
  ...moreRealSets(),
  ...['extract', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9'].map((name) => ({
    name,
    group: 'written' as const,
    gold: join(fixtures, name, 'gold'),
    articles: join(fixtures, name, 'articles'),
  })),
];

const squash = (s: string | undefined) => String(s ?? '').replace(/\s+/gu, '');

function dateAgrees(g: GoldEvent, e: TimelineEvent): boolean {
  if (g.date === null) return true;
  if (typeof e.date !== 'string') return false;
  if (g.precision === 'day') return e.date === g.date && e.precision === 'day';
  return e.date.startsWith(g.date);
}

function matches(g: GoldEvent, e: TimelineEvent, texts: Map<string, string>): boolean {
  if (g.type !== e.type || !dateAgrees(g, e)) return false;
  const passages = e.passages.map((id) => squash(texts.get(id)));
  return ([] as string[]).concat(g.evidence).some((ev) => passages.some((t) => t.includes(squash(ev))));
}

/** Maximum bipartite matching, required gold first: owner[j] is the gold index event j answers, or -1. */
function assign(golds: GoldEvent[], events: TimelineEvent[], texts: Map<string, string>): number[] {
  const owner = new Array<number>(events.length).fill(-1);
  const edges = golds.map((g) => events.flatMap((e, j) => (matches(g, e, texts) ? [j] : [])));
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const j of edges[gi]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const o = owner[j]!;
      if (o < 0 || (!golds[o]!.required && golds[gi]!.required) || tryAssign(o, seen)) {
        owner[j] = gi;
        return true;
      }
    }
    return false;
  };
  const order = golds.map((_, i) => i).sort((a, b) => Number(golds[b]!.required) - Number(golds[a]!.required));
  for (const gi of order) tryAssign(gi, new Set());
  return owner;
}

/**
 * Pages as another print would give them, to see whether a score holds beyond the exact text:
 * `script` turns each page and its gold into the other script (OpenCC, Simplified ↔ Hong Kong
 * Traditional); `wrap` breaks every long line at a narrow column width, with a blank line at each
 * column break, as text taken from a PDF page comes (lines of unwrapped text only: pages printed
 * already wrapped stay as they are).
 */
export type Variant = 'script' | 'wrap';
const VARIANTS: readonly Variant[] = ['script', 'wrap'];
const toHant = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });

function wrapPage(text: string, width = 13, column = 19): string {
  let n = 0;
  return text
    .split('\n')
    .flatMap((line) => {
      const chars = [...line.trim()];
      const cell = (ch: string) => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);
      if (chars.reduce((w, ch) => w + cell(ch), 0) <= 20) return [line];
      const out: string[] = [];
      let cut = '';
      let w = 0;
      for (const ch of chars) {
        if (w + cell(ch) > width) {
          out.push(cut);
          if (++n % column === 0) out.push('');
          cut = '';
          w = 0;
        }
        cut += ch;
        w += cell(ch);
      }
      out.push(cut);
      return out;
    })
    .join('\n');
}

function vary(text: string, gold: Gold, variant: Variant | undefined): { text: string; gold: Gold } {
  if (variant === 'wrap') return { text: wrapPage(text), gold };
  if (variant !== 'script') return { text, gold };
  const convert = detectLanguage(text) === 'zh-Hans' ? toHant : toHans;
  const events = gold.events.map((g) => ({
    ...g,
    actors: g.actors.map(convert),
    evidence: Array.isArray(g.evidence) ? g.evidence.map(convert) : convert(g.evidence),
  }));
  return { text: convert(text), gold: { ...gold, events } };
}

/** Reads a set's pages once (parsing is not what is scored). */
export function loadSet(set: (typeof SETS)[number], variant?: Variant): Page[] {
  if (!existsSync(set.gold)) return [];
  return readdirSync(set.gold)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const read = JSON.parse(readFileSync(join(set.gold, f), 'utf8')) as Gold;
      const file = join(set.articles, read.article);
      // Read as the extract command reads it (encodings, markup), so the figures are the shared scorer's;
      // a page it refuses gives no events.
      const { text, gold } = vary(readable(file), read, variant);
      const meta = file.replace(/\.txt$/, '.meta.json');
      if (gold.outlet === undefined && existsSync(meta))
        gold.outlet = (JSON.parse(readFileSync(meta, 'utf8')) as { outlet?: string }).outlet;
      const page = parsePage(text);
      return { set: set.name, name: gold.article, gold, passages: page.passages, stories: page.stories, language: page.language };
    });
}

/** A page's text as the extract command reads it, or nothing where it refuses the page. */
function readable(file: string): string {
  try {
    return decodeText(readFileSync(file)).text;
  } catch (error) {
    if (error instanceof DecodeError) return '';
    throw error;
  }
}

/** What one extracted event came to: matched (and to a required gold event) or not. */
export interface Scored {
  event: TimelineEvent;
  right: boolean;
}

/** Tallies of one run over some pages. */
export interface Tally {
  required: number;
  found: number;
  extracted: number;
  matched: number;
  actorsRight: number;
  events: Scored[];
  lines: string[];
}

/** Scores `pages` with the extractor's options. */
export function scorePages(pages: Page[], options: { disabled?: ReadonlySet<string> } = {}, verbose = false): Tally {
  const t: Tally = { required: 0, found: 0, extracted: 0, matched: 0, actorsRight: 0, events: [], lines: [] };
  for (const p of pages) {
    const events = extractEvents({
      passages: p.passages,
      stories: p.stories,
      published: p.gold.published,
      language: p.language,
      ...(p.gold.outlet ? { outlet: p.gold.outlet } : {}),
      ...(options.disabled ? { disabled: options.disabled } : {}),
    });
    const texts = new Map(p.passages.map((x) => [x.id, x.text]));
    const owner = assign(p.gold.events, events, texts);
    const hit = new Set(owner.filter((o) => o >= 0));
    const req = p.gold.events.filter((g) => g.required).length;
    const reqHit = [...hit].filter((gi) => p.gold.events[gi]!.required);
    for (const gi of reqHit) {
      const names = events[owner.indexOf(gi)]!.actors.join('|');
      if (p.gold.events[gi]!.actors.every((a) => names.includes(a))) t.actorsRight += 1;
    }
    t.required += req;
    t.found += reqHit.length;
    t.extracted += events.length;
    t.matched += owner.filter((o) => o >= 0).length;
    events.forEach((e, j) => t.events.push({ event: e, right: owner[j]! >= 0 }));
    if (!verbose) continue;
    t.lines.push(
      `${p.set}/${p.name}: required found ${reqHit.length}/${req}, extracted ${events.length}, unmatched ${owner.filter((o) => o < 0).length}`,
    );
    p.gold.events.forEach((g, gi) => {
      if (g.required && !hit.has(gi))
        t.lines.push(`  missed: ${g.date} ${g.type} ${g.actors.join(',')} «${([] as string[]).concat(g.evidence)[0]}»`);
    });
    events.forEach((e, j) => {
      if (owner[j]! >= 0) return;
      const text = e.passages
        .map((id) => texts.get(id) ?? `?${id}`)
        .join(' / ')
        .replace(/\s+/g, '')
        .slice(0, 60);
      t.lines.push(`  extra: ${e.date} ${e.type} ${e.actors.join(',')} «${text}»`);
    });
  }
  return t;
}

/** Precision, recall and F1 of a tally. */
export function figures(t: Tally): { p: number; r: number; f1: number } {
  const p = t.extracted ? t.matched / t.extracted : 0;
  const r = t.required ? t.found / t.required : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function sum(tallies: Tally[]): Tally {
  const out: Tally = { required: 0, found: 0, extracted: 0, matched: 0, actorsRight: 0, events: [], lines: [] };
  for (const t of tallies) {
    out.required += t.required;
    out.found += t.found;
    out.extracted += t.extracted;
    out.matched += t.matched;
    out.actorsRight += t.actorsRight;
    out.events.push(...t.events);
  }
  return out;
}

const f3 = (n: number) => n.toFixed(3);
const row = (label: string, t: Tally) => {
  const { p, r, f1 } = figures(t);
  return `${label.padEnd(10)} ${String(t.required).padStart(4)} ${String(t.extracted).padStart(5)}  ${f3(p)}  ${f3(r)}  ${f3(f1)}  ${t.actorsRight}/${t.found}`;
};

function reliability(events: Scored[]): string[] {
  const bands = [0.9, 0.8, 0.7, 0.6, 0.5, 0];
  const lines = ['confidence  events  right  share right'];
  let hi = 1.01;
  for (const lo of bands) {
    const inBand = events.filter((s) => s.event.confidence >= lo && s.event.confidence < hi);
    const right = inBand.filter((s) => s.right).length;
    lines.push(
      `[${lo.toFixed(1)}, ${hi > 1 ? '1.0' : hi.toFixed(1)}${hi > 1 ? ']' : ')'}  ${String(inBand.length).padStart(6)}  ${String(right).padStart(5)}  ${inBand.length ? f3(right / inBand.length) : '  -  '}`,
    );
    hi = lo;
  }
  const high = events.filter((s) => s.event.confidence >= 0.8);
  lines.push(
    `of events with confidence >= 0.8, ${high.length ? f3(high.filter((s) => s.right).length / high.length) : '-'} are right (${high.length} events)`,
  );
  return lines;
}

/** Each rule switched off in turn: F1 lost (or gained) per group, and how many pages changed. */
function ablate(loaded: { set: (typeof SETS)[number]; pages: Page[] }[]): void {
  const groups = (['written', 'real'] as const).filter((g) => loaded.some((x) => x.set.group === g));
  const run = (disabled?: ReadonlySet<string>) =>
    new Map(
      groups.map((g) => [g, sum(loaded.filter((x) => x.set.group === g).map((x) => scorePages(x.pages, disabled ? { disabled } : {})))]),
    );
  const base = run();
  console.log(`rule${' '.repeat(40)}${groups.map((g) => `ΔF1 ${g}`.padStart(13)).join('')}   verdict`);
  const rows: [string, number[]][] = [];
  for (const r of ALL_RULES) {
    const off = run(new Set([r.id]));
    rows.push([r.id, groups.map((g) => figures(base.get(g)!).f1 - figures(off.get(g)!).f1)]);
  }
  rows.sort((a, b) => a[1].reduce((x, y) => x + y, 0) - b[1].reduce((x, y) => x + y, 0));
  for (const [id, deltas] of rows) {
    const [w = 0, r = 0] = deltas;
    const verdict =
      w <= 0 && r <= 0
        ? w < 0 || r < 0
          ? 'costs F1'
          : 'no effect on any set'
        : r < 0
          ? 'helps written, costs real'
          : w < 0
            ? 'helps real, costs written'
            : '';
    console.log(
      `${id.padEnd(44)}${deltas
        .map((d) => (d >= 0 ? '+' : '') + d.toFixed(4))
        .map((d) => d.padStart(13))
        .join('')}   ${verdict}`,
    );
  }
  console.log('\nΔF1 = F1 with every rule on − F1 with that rule off: what the rule contributes. Held-out pages are never ablated.');
}

/** One page's events, and what changes when each rule is switched off: why the page comes out as it does. */
function why(loaded: { set: (typeof SETS)[number]; pages: Page[] }[], name: string): void {
  const page = loaded.flatMap((x) => x.pages).find((p) => `${p.set}/${p.name}`.startsWith(name) && !p.set.startsWith('held'));
  if (!page) throw new Error(`no page ${name}: give <set>/<file>, e.g. realdev/h01.txt`);
  const texts = new Map(page.passages.map((x) => [x.id, x.text]));
  const show = (e: TimelineEvent) =>
    `${e.date} ${e.type} ${e.actors.join(',')} «${e.passages
      .map((id) => texts.get(id))
      .join(' / ')
      .replace(/\s+/g, '')
      .slice(0, 50)}»`;
  const events = (disabled?: ReadonlySet<string>) =>
    extractEvents({
      passages: page.passages,
      stories: page.stories,
      published: page.gold.published,
      language: page.language,
      ...(page.gold.outlet ? { outlet: page.gold.outlet } : {}),
      ...(disabled ? { disabled } : {}),
    });
  const run = (disabled?: ReadonlySet<string>) => events(disabled).map(show);
  const all = events();
  const base = all.map(show);
  for (const e of all) console.log(`${show(e)}\n    because ${(e.because ?? []).join(' ')}`);
  for (const r of ALL_RULES) {
    const off = run(new Set([r.id]));
    const gone = base.filter((e) => !off.includes(e));
    const added = off.filter((e) => !base.includes(e));
    if (gone.length || added.length)
      console.log(`\nwithout ${r.id}:${gone.map((e) => `\n  - ${e}`).join('')}${added.map((e) => `\n  + ${e}`).join('')}`);
  }
}

/** Refits the confidence weights on every non-held set and writes them to src/lib/data/confidence.json. */
function calibrate(loaded: { set: (typeof SETS)[number]; pages: Page[] }[]): void {
  const scored = loaded.filter((x) => x.set.group !== 'held').flatMap((x) => scorePages(x.pages).events);
  const samples = scored.map((s) => ({ type: s.event.type, doubts: s.event.doubts ?? [], right: s.right }));
  const file = join(root, 'src/lib/data/confidence.json');
  const old = JSON.parse(readFileSync(file, 'utf8')) as {
    $comment: string;
    $unseenComment: string;
    unseenPrecision: number;
  } & Weights;
  const fitted = fitWeights(samples, old.unseenPrecision);
  // A type or doubt the sets at hand hold no event of keeps the weight it was fitted to before.
  const w: Weights = { base: { ...old.base, ...fitted.base }, factor: { ...old.factor, ...fitted.factor } };
  const kept = [
    ...Object.keys(old.base).filter((k) => !(k in fitted.base)),
    ...Object.keys(old.factor).filter((k) => !(k in fitted.factor)),
  ];
  if (kept.length) console.log(`kept as fitted before (no event of it in these sets): ${kept.join(', ')}`);
  const out = {
    $comment: old.$comment,
    $unseenComment: old.$unseenComment,
    unseenPrecision: old.unseenPrecision,
    base: w.base,
    factor: w.factor,
  };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`fitted on ${samples.length} events: ${JSON.stringify(w)}`);
  console.log('\nreliability with the new weights (all non-held sets)');
  console.log(
    reliability(scored.map((s) => ({ ...s, event: { ...s.event, confidence: confidenceOf(s.event.type, s.event.doubts ?? [], w) } }))).join(
      '\n',
    ),
  );
}

function main(argv: string[]): void {
  const verbose = argv.includes('--verbose');
  const only = argv.flatMap((a, i) => (argv[i - 1] === '--only' ? [a] : []));
  const sets = SETS.filter((s) => !only.length || only.includes(s.name));
  const variant = VARIANTS.find((v) => argv[argv.indexOf('--variant') + 1] === v && argv.includes('--variant'));
  const loaded = sets.map((s) => ({ set: s, pages: loadSet(s, variant) })).filter((x) => x.pages.length);
  const header = 'set         req  extr  prec   rec    F1     actors';
  const page = argv[argv.indexOf('--why') + 1];
  if (argv.includes('--why') && page) return why(loaded, page);
  if (argv.includes('--calibrate')) return calibrate(loaded);
  if (argv.includes('--ablate')) return ablate(loaded.filter((x) => x.set.group !== 'held'));
  const off = argv.flatMap((a, i) => (argv[i - 1] === '--off' ? a.split(',') : []));
  const options = off.length ? { disabled: new Set(off) } : {};
  const tallies = loaded.map(({ set, pages }) => ({ set, tally: scorePages(pages, options, verbose) }));
  // Held-out pages are counted, never shown: what they miss must not be read.
  if (verbose) for (const { set, tally } of tallies) if (set.group !== 'held') console.log(tally.lines.join('\n'));
  console.log(header);
  for (const { set, tally } of tallies) console.log(row(set.name, tally));
  for (const group of GROUPS) {
    const g = tallies.filter((x) => x.set.group === group);
    if (g.length) console.log(row(`all ${group}`, sum(g.map((x) => x.tally))));
  }
  for (const group of GROUPS) {
    const g = tallies.filter((x) => x.set.group === group);
    if (!g.length) continue;
    console.log(`\nreliability on ${group} pages`);
    console.log(reliability(sum(g.map((x) => x.tally)).events).join('\n'));
  }
}

if (import.meta.main) main(process.argv.slice(2));
