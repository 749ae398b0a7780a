/**
 * <event-timeline>: takes over the timeline drawn at build time. The page scrolls
 * through time natively; the gestures (Ctrl/⌘ + wheel, pinch, double click, a mouse
 * drag, a sideways swipe), the buttons and the keys zoom and move it. The overview
 * strip marks the range in view, and a drag on it moves the view. Only the rows, ticks
 * and spans in view are in the document. Filters, range and selection live in the URL.
 */
import { DAY, isoDay } from '../lib/timeline/interval.ts';
import { eventRowHtml, type RenderContext } from '../lib/timeline/render.ts';
import { fitRangePxPerDay } from '../lib/timeline/scale.ts';
import { decodeTimelineData, type EncodedTimelineData, type TimelineData, type TimelineItem } from '../lib/timeline/timeline-data.ts';
import { isFiltered, itemFilter, parseViewState, viewStateQuery, type ViewState } from '../lib/timeline/view-state.ts';
import { loadDetail, renderDetail, renderList, type DetailText } from './timeline-detail.ts';
import { TimelineCanvas } from './timeline-canvas.ts';

/** Whether the current history entry is one the detail panel pushed. */
const panelOpenInHistory = (): boolean => !!(history.state as { panel?: unknown } | null)?.panel;
import { gestures } from './timeline-gestures.ts';
import { OverviewStrip } from './timeline-overview.ts';
import { VIEW_FLUSH } from './view-flush.ts';
import { laneGroups } from '../lib/timeline/lane-groups.ts';
import { esc } from '../lib/timeline/render.ts';
import { readFilters, writeFilters } from './timeline-form.ts';

/** The screens the stylesheet lays out as a phone's. */
const PHONE = '(max-width: 30rem)';
/** The screens where the panel is a side column, not a sheet over the bottom of the view. */
const WIDE = '(min-width: 60rem)';

interface I18n extends DetailText {
  shown: string;
  none: string;
  other: string;
}

class EventTimeline extends HTMLElement {
  private ctx!: RenderContext;
  private i18n!: I18n;
  private rowH = 32;
  private min = 0.1;
  private max = 640;
  private data: TimelineData | null = null;
  private view!: TimelineCanvas;
  private state!: ViewState;
  private list!: HTMLElement;
  private strip: OverviewStrip | null = null;
  private frame = 0;
  private urlTimer = 0;
  private lastFocus: HTMLElement | null = null;

  connectedCallback(): void {
    const ds = this.dataset;
    this.ctx = JSON.parse(ds.ctx!) as RenderContext;
    this.i18n = JSON.parse(ds.i18n!) as I18n;
    this.rowH = Number(ds.row);
    this.min = Number(ds.min);
    this.max = Number(ds.max);
    this.list = this.querySelector('.tl-rows')!;
    this.view = new TimelineCanvas({
      el: this.querySelector('.tl-canvas')!,
      layers: { rows: this.list, axis: this.querySelector('.tl-axis')!, spans: this.querySelector('.tl-spans')! },
      ctx: this.ctx,
      rowH: this.rowH,
      ppd: Number(ds.ppd),
      onZoom: (ppd) => (this.dataset.ppd = String(ppd)),
      onDrawn: () => this.markCurrent(),
    });
    this.state = parseViewState(new URLSearchParams(location.search));
    // On a phone the legend and the filters start folded, so the first screen shows events.
    if (matchMedia(PHONE).matches) this.querySelector('details')?.removeAttribute('open');
    this.addEventListener('click', (e) => this.onClick(e));
    this.addEventListener('keydown', (e) => this.onKey(e));
    void fetch(ds.src!)
      .then((r) => r.json() as Promise<EncodedTimelineData>)
      .then((json) => this.start(decodeTimelineData(json)));
  }

  private start(data: TimelineData): void {
    this.data = data;
    const form = this.querySelector<HTMLFormElement>('.tl-filters')!;
    writeFilters(form, this.state);
    form.hidden = false;
    this.foldFilters(matchMedia(PHONE).matches && !isFiltered(this.state));
    this.querySelector<HTMLElement>('.tl-controls')!.hidden = false;
    form.addEventListener('input', () => this.setFilters(readFilters(form, this.state)));
    form.addEventListener('reset', () => setTimeout(() => this.setFilters(readFilters(form, this.state))));
    form.addEventListener('submit', (e) => e.preventDefault());
    gestures(this.view.el, { ppd: () => this.ppd, zoom: (k, y) => this.zoomTo(k, y) });
    const nav = this.querySelector<HTMLElement>('.tl-ov');
    if (nav) {
      // In the sticky controls the mark stays in sight; a press or drag on the strip centres the view there.
      this.querySelector('.tl-controls')!.insertBefore(nav, this.querySelector('.tl-lane-heads'));
      this.strip = new OverviewStrip(nav, (t) => this.view.scrollToY(this.view.scale.y(t), (this.barHeight() + innerHeight) / 2));
    }
    addEventListener('scroll', () => this.schedule(), { passive: true });
    addEventListener('resize', () => this.schedule());
    addEventListener('popstate', () => this.onHistory());
    // A share or copy of the address takes the view as it is now, not as it was before the last gesture settled.
    addEventListener(VIEW_FLUSH, () => this.flushUrl());
    this.applyFilters();
    // From here on positions are set through the CSSOM; the build-time stylesheet would fight them.
    document.getElementById('tl-pos')?.remove();
    if (this.state.event) this.focusEvent(this.state.event);
    else if (this.state.from && this.state.to) this.showRange(Date.parse(this.state.from), Date.parse(this.state.to) + DAY);
    this.dataset.state = 'ready';
  }

  /** Re-filters and re-lays out at the current zoom, keeping the middle of the view in place. */
  private applyFilters(): void {
    const items = this.data!.items.filter(itemFilter(this.state, this.data!));
    const status = this.querySelector('.tl-status')!;
    status.textContent = items.length
      ? this.i18n.shown.replace('{n}', String(items.length)).replace('{total}', String(this.data!.items.length))
      : this.i18n.none;
    const mid = this.view.instantAt(innerHeight / 2);
    const kind = this.state.lanes;
    const lanes = kind && laneGroups(items, kind);
    this.view.setItems(items, lanes);
    // The lanes' headings sit in the sticky controls, over their columns.
    const heads = this.querySelector<HTMLElement>('.tl-lane-heads')!;
    const table = kind === 'actor' ? this.data!.actors : this.data!.pairs;
    const n = lanes ? lanes.keys.length : 0;
    heads.hidden = n < 2;
    heads.innerHTML = n < 2 ? '' : lanes!.keys.map((k) => `<li>${esc(k < 0 ? this.i18n.other : table[k]![1])}</li>`).join('');
    this.list.classList.toggle('tl-laned', n > 1);
    this.list.style.setProperty('--lanes', String(n));
    if (mid !== null && items.length) this.view.scrollToY(this.view.scale.y(mid), innerHeight / 2);
    this.view.render();
    this.schedule();
  }

  private setFilters(next: ViewState): void {
    this.state = next;
    this.applyFilters();
    this.saveUrl();
  }

  private get items(): TimelineItem[] {
    return this.view.items;
  }

  private get ppd(): number {
    return this.view.ppd;
  }

  /** Zooms to `k` pixels per day (within the limits) around the instant at `clientY` (default: the middle). */
  private zoomTo(k: number, clientY = innerHeight / 2): void {
    k = Math.min(this.max, Math.max(this.min, k));
    if (!this.data || Math.abs(k - this.ppd) < 1e-9) return;
    this.view.zoomTo(k, clientY, this.barHeight());
    // Once the gesture settles: replaceState on every step cost ~5 ms a frame.
    this.settleLater();
    this.schedule();
  }

  private settleLater(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => {
      this.urlTimer = 0;
      this.view.settle();
      this.saveUrl();
    }, 300);
  }

  /** Writes a view still waiting for its gesture to settle into the address now. */
  private flushUrl(): void {
    if (!this.urlTimer) return;
    clearTimeout(this.urlTimer);
    this.urlTimer = 0;
    this.view.settle();
    this.saveUrl();
  }

  private setZoom(k: number): void {
    this.zoomTo(k);
  }

  /** The first and last instants in view below the controls, never past the first or last event; null when none. */
  private viewRange(): [number, number] | null {
    const runs = this.view.runs;
    if (!runs.length) return null;
    const a = Math.max(this.view.instantAt(this.barHeight())!, runs[0]!.start);
    const b = Math.min(this.view.instantAt(innerHeight - 1)!, runs[runs.length - 1]!.end - 1);
    return a <= b ? [a, b] : null;
  }

  /**
   * Shows the next (`dir` 1) or previous (-1) event after the one selected, or else after
   * the focused row or the view's top: selected, scrolled into view, zoomed in if it sits in a count.
   */
  private step(dir: 1 | -1): void {
    const items = this.items;
    const id = this.state.event ?? (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.tl-rows a.tl-ev')?.dataset.id;
    let i = id ? items.findIndex((x) => x.id === id) : -1;
    if (i >= 0) i += dir;
    else {
      const r = this.viewRange();
      const t = r ? r[dir > 0 ? 0 : 1] : 0;
      i = dir > 0 ? items.findIndex((x) => x.at >= t) : items.findLastIndex((x) => x.at <= t);
    }
    const item = items[i];
    if (!item) return;
    const row = () => this.view.rowsAround(item.at).find((r) => (r.kind === 'event' ? r.index === i : r.indices.includes(i)));
    if (row()?.kind !== 'event') this.showRange(item.at - 2 * DAY, item.at + 3 * DAY);
    const y = row()!.y + this.view.el.getBoundingClientRect().top;
    // In view between the controls and, below a wide screen, the panel's sheet (at most 55% of the height).
    const bar = this.barHeight();
    const bottom = matchMedia(WIDE).matches ? innerHeight : innerHeight * 0.45;
    if (y < bar || y + this.rowH > bottom) this.view.scrollToY(row()!.y, Math.max(bar, (bar + bottom - this.rowH) / 2));
    this.view.render();
    void this.select(item, this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(item.id)}"]`));
  }

  /** The pixels per day that show [from, to) in the height below the sticky controls. */
  private fitRange(from: number, to: number): number {
    const room = Math.max(200, innerHeight - this.barHeight() - this.rowH);
    const runs = this.view.runs;
    return fitRangePxPerDay(runs.length ? runs : [{ start: from, end: to }], from, to, room, this.min, this.max);
  }

  private barHeight(): number {
    return this.querySelector('.tl-controls')!.getBoundingClientRect().height;
  }

  /** Shows the range [from, to) from the top of the view. */
  private showRange(from: number, to: number): void {
    this.setZoom(this.fitRange(from, to));
    this.view.scrollToY(this.view.scale.y(from), this.barHeight() + 4);
    this.view.render();
  }

  private fitAll(): void {
    const runs = this.view.runs;
    if (!runs.length) return;
    this.showRange(runs[0]!.start - DAY, runs[runs.length - 1]!.end + DAY);
  }

  private latest(): void {
    const at = this.items[this.items.length - 1]?.at;
    if (at === undefined) return;
    const last = this.view.rowsAround(at).pop()!;
    if (last.kind === 'cluster') this.showRange(last.from, last.to);
    this.view.scrollToY(this.view.rowsAround(at).pop()!.y, innerHeight / 2);
    this.view.render();
    this.list.querySelector<HTMLElement>('li:last-child a')?.focus({ preventScroll: true });
  }

  /** Opens the view on one event: zoomed in around its date, selected and focused. */
  private focusEvent(id: string): void {
    let item = this.items.find((i) => i.id === id);
    if (!item && this.data!.items.some((i) => i.id === id)) {
      this.setFilters({ ...this.state, types: [], actor: null, pair: null, q: '' });
      writeFilters(this.querySelector('.tl-filters')!, this.state);
      item = this.items.find((i) => i.id === id);
    }
    if (!item) return;
    this.showRange(item.at - 2 * DAY, item.at + 3 * DAY);
    const index = this.items.indexOf(item);
    const row = this.view.rowsAround(item.at).find((r) => (r.kind === 'event' ? r.index === index : r.indices.includes(index)));
    if (row) this.view.scrollToY(row.y, innerHeight / 3);
    this.view.render();
    void this.select(item, this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(id)}"]`), false);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // Read before the drawing writes, so the frame lays out once.
      const range = this.strip && this.viewRange();
      this.view.render();
      this.strip?.show(range ?? null);
      this.settleLater();
    });
  }

  /** Folds the filter form away behind its button (on a phone only: wider screens always show it). */
  private foldFilters(fold: boolean): void {
    this.querySelector('.tl-filters')!.classList.toggle('tl-folded', fold);
    this.querySelector('.tl-fold')!.setAttribute('aria-expanded', String(!fold));
  }

  private markCurrent(): void {
    const sel = this.state.event;
    for (const a of this.list.querySelectorAll<HTMLElement>('a.tl-ev')) a.toggleAttribute('aria-current', a.dataset.id === sel);
  }

  /** Writes the view into the address; `push` makes a new history entry (an opened panel, which Back closes). */
  private saveUrl(push = false): void {
    const runs = this.view.runs;
    if (!this.data || !runs.length) return;
    // The days in view, never past the first or last event: an address always reopens events.
    const r = this.viewRange();
    const state = { ...this.state, from: r ? isoDay(r[0]) : null, to: r ? isoDay(r[1]) : null };
    const url = location.pathname + viewStateQuery(state) + location.hash;
    if (push) history.pushState({ panel: true }, '', url);
    else history.replaceState(history.state, '', url);
  }

  private onClick(e: MouseEvent): void {
    const target = e.target as HTMLElement;
    const act = target.closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'in') return this.setZoom(this.ppd * 2);
    if (act === 'out') return this.setZoom(this.ppd / 2);
    if (act === 'fit') return this.fitAll();
    if (act === 'latest') return this.latest();
    if (act === 'close') return this.closeDetail();
    if (act === 'next') return this.step(1);
    if (act === 'prev') return this.step(-1);
    // With script a year of the strip moves the view there (a drag on the strip already did).
    const year = target.closest<HTMLElement>('.tl-ov a');
    if (year) {
      e.preventDefault();
      if (!e.detail) this.view.scrollToY(this.view.scale.y(Number(year.dataset.from)), this.barHeight() + 4);
      return;
    }
    if (act === 'filters') return this.foldFilters(!this.querySelector('.tl-folded'));
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || !this.data) return;
    const ev = target.closest<HTMLAnchorElement>('a.tl-ev');
    if (ev) {
      e.preventDefault();
      const item = this.items.find((i) => i.id === ev.dataset.id);
      if (item) void this.select(item, ev.closest('.tl-detail') ? this.lastFocus : ev);
      return;
    }
    const cl = target.closest<HTMLAnchorElement>('a.tl-cl');
    if (cl) {
      e.preventDefault();
      const from = Number(cl.dataset.from);
      const to = Number(cl.dataset.to);
      if (this.ppd >= this.max * 0.98) return this.listCluster(from, to, cl);
      this.showRange(from, to);
      const first = this.view.rowsAround(from).find((r) => r.kind === 'event' && this.items[r.index]!.at >= from);
      if (first && first.kind === 'event')
        this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(this.items[first.index]!.id)}"]`)?.focus({ preventScroll: true });
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && !this.querySelector<HTMLElement>('.tl-detail')!.hidden) return this.closeDetail();
    if ((e.target as HTMLElement).closest('input, select, textarea') || !this.data) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === '+' || e.key === '=') this.setZoom(this.ppd * 2);
    else if (e.key === '-') this.setZoom(this.ppd / 2);
    else if (e.key === 'j' || e.key === 'ArrowRight') this.step(1);
    else if (e.key === 'k' || e.key === 'ArrowLeft') this.step(-1);
    else return;
    e.preventDefault();
  }

  /**
   * Shows an event in the panel. Opening the panel makes a history entry, so Back closes
   * it before it leaves the page; showing another event in the open panel makes none.
   */
  private async select(item: TimelineItem, from: HTMLElement | null, push = true): Promise<void> {
    const panel = this.querySelector<HTMLElement>('.tl-detail')!;
    this.state = { ...this.state, event: item.id };
    this.lastFocus = from;
    this.markCurrent();
    this.saveUrl(push && panel.hidden && !panelOpenInHistory());
    const title = panel.querySelector<HTMLElement>('h2')!;
    const body = panel.querySelector<HTMLElement>('.tl-detail-body')!;
    title.textContent = item.title;
    body.textContent = this.i18n.loading;
    panel.hidden = false;
    this.classList.add('tl-open');
    title.focus();
    const detail = await loadDetail(this.dataset.details!, item.id, item.precision === 'unknown' ? null : item.date);
    if (detail && this.state.event === item.id) renderDetail(body, detail, this.i18n);
  }

  /** At the deepest zoom a count that still does not fit opens as a list in the panel. */
  private listCluster(from: number, to: number, origin: HTMLElement): void {
    const items = this.items.filter((i) => i.at >= from && i.at < to);
    const panel = this.querySelector<HTMLElement>('.tl-detail')!;
    if (panel.hidden && !panelOpenInHistory()) this.saveUrl(true);
    const title = panel.querySelector<HTMLElement>('h2')!;
    title.textContent = origin.getAttribute('aria-label') ?? '';
    renderList(
      panel.querySelector('.tl-detail-body')!,
      items.map((i) => eventRowHtml(i, 0, this.ctx)),
    );
    panel.hidden = false;
    this.classList.add('tl-open');
    this.lastFocus = origin;
    title.focus();
  }

  /** Closes the panel: through Back when the panel has its own history entry. */
  private closeDetail(): void {
    if (panelOpenInHistory()) history.back();
    else this.hideDetail();
  }

  /** Back or Forward: the panel follows the entry (closed before it was opened, open after). */
  private onHistory(): void {
    const panel = this.querySelector<HTMLElement>('.tl-detail')!;
    const id = parseViewState(new URLSearchParams(location.search)).event;
    if (!panelOpenInHistory()) {
      if (!panel.hidden) this.hideDetail();
      return;
    }
    const item = panel.hidden && id ? this.items.find((i) => i.id === id) : undefined;
    if (item) void this.select(item, this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(id!)}"]`), false);
  }

  private hideDetail(): void {
    this.querySelector<HTMLElement>('.tl-detail')!.hidden = true;
    this.classList.remove('tl-open');
    this.state = { ...this.state, event: null };
    this.markCurrent();
    this.saveUrl();
    const id = this.lastFocus?.dataset.id;
    const row = id ? this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(id)}"]`) : this.lastFocus;
    if (row?.isConnected) row.focus();
  }
}

customElements.define('event-timeline', EventTimeline);
