/**
 * The selection panel: loads an event's details (one JSON file per month) and shows
 * its title, date, actors, summary and every source with its quoted passage.
 */
import { detailChunk, type EventDetail } from '../lib/timeline/detail.ts';

/** Panel labels in the interface language. */
export interface DetailText {
  actors: string;
  sources: string;
  summary: string;
  loading: string;
}

const cache = new Map<string, Promise<Record<string, EventDetail>>>();

/** The details of one event, fetched once per month file. */
export function loadDetail(base: string, id: string, date: string | null): Promise<EventDetail | undefined> {
  const chunk = detailChunk(date);
  let p = cache.get(chunk);
  if (!p) {
    p = fetch(`${base}${chunk}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, EventDetail>>) : {}));
    cache.set(chunk, p);
  }
  return p.then((all) => all[id]);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** Fills the panel body with an event's details. */
export function renderDetail(body: HTMLElement, d: EventDetail, t: DetailText): void {
  body.replaceChildren();
  const meta = el('p', undefined, 'tl-d-meta');
  const time = el('time', d.date);
  if (d.datetime) time.dateTime = d.datetime;
  meta.append(time, ` · ${d.type}`);
  body.append(meta);
  if (d.unverified) {
    const note = el('p');
    note.append(el('span', d.unverified[0], 'tl-unv'), ` ${d.unverified[1]}`);
    body.append(note);
  }
  if (d.actors.length) {
    body.append(el('h3', t.actors), el('p', d.actors.join('、')));
  }
  if (d.summary) {
    const s = el('p', d.summary);
    s.lang = 'zh-Hant';
    body.append(el('h3', t.summary), s);
  }
  body.append(el('h3', t.sources));
  const list = el('ul', undefined, 'tl-d-sources');
  for (const src of d.sources) {
    const li = el('li');
    const a = el('a', src.label);
    a.href = src.href;
    const q = el('blockquote', src.text);
    q.lang = 'zh-Hant';
    li.append(a, q);
    list.append(li);
  }
  body.append(list);
}

/** Fills the panel body with a list of event rows (a count too dense to open on the axis). */
export function renderList(body: HTMLElement, rowsHtml: string[]): void {
  const list = el('ol', undefined, 'tl-d-list');
  list.innerHTML = rowsHtml.join('');
  // Rows come positioned for the axis; in the list they flow.
  for (const li of Array.from(list.children) as HTMLElement[]) li.className = li.className.replace('tl-row', 'tl-d-item');
  body.replaceChildren(list);
}
