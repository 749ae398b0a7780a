/**
 * The overview strip on the page: it marks the days in view and turns a press or drag
 * along it into the instant under the pointer. Its years are links (drawn at build
 * time); the caller decides what a click on one does.
 */
import { DAY, isoDay } from '../lib/timeline/interval.ts';
import { overviewTime, overviewX, type OverviewCell } from '../lib/timeline/overview.ts';

/** The strip `nav`, calling `go(t)` with the instant under the pointer while pressed. */
export class OverviewStrip {
  private cells: OverviewCell[] | null = null;
  private readonly nav: HTMLElement;
  private readonly mark: HTMLElement;

  constructor(nav: HTMLElement, go: (t: number) => void) {
    this.nav = nav;
    this.mark = nav.querySelector('.tl-ov-mark')!;
    // The build-time stylesheet that gave the widths goes once the script runs.
    for (const el of nav.querySelectorAll<HTMLElement>('[data-grow]')) el.style.flexGrow = el.dataset.grow!;
    let down = false;
    const at = (e: PointerEvent) => go(overviewTime(this.layout(), e.clientX - nav.getBoundingClientRect().left - nav.clientLeft));
    nav.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault();
      down = true;
      nav.setPointerCapture(e.pointerId);
      at(e);
    });
    nav.addEventListener('pointermove', (e) => down && at(e));
    nav.addEventListener('pointerup', () => (down = false));
    nav.addEventListener('pointercancel', () => (down = false));
    addEventListener('resize', () => (this.cells = null));
  }

  /** The years as laid out (read once, again after a resize). */
  private layout(): OverviewCell[] {
    return (this.cells ??= Array.from(this.nav.querySelectorAll<HTMLElement>('[data-from]'), (el) => ({
      from: Number(el.dataset.from),
      to: Number(el.dataset.to),
      x: el.offsetLeft,
      w: el.offsetWidth,
    })));
  }

  /** Marks the days from the one holding `from` to the one holding `to` (null: nothing in view). */
  show(range: [from: number, to: number] | null): void {
    const mark = this.mark;
    mark.hidden = !range;
    if (!range) return;
    const cells = this.layout();
    const x0 = overviewX(cells, range[0]);
    const x1 = Math.max(x0 + 3, overviewX(cells, range[1] + DAY));
    mark.style.transform = `translateX(${x0}px)`;
    mark.style.width = `${x1 - x0}px`;
    mark.dataset.from = isoDay(range[0]);
    mark.dataset.to = isoDay(range[1]);
  }
}
