/**
 * Keeps a list's children equal to a keyed set of rows while scrolling: rows that
 * stay are moved, not rebuilt, so the focused row keeps its focus.
 */

const template = document.createElement('template');

/** Makes `list` hold exactly the given rows, in order; each is [key, top in px, html]. */
export function patchRows(list: HTMLElement, rows: readonly [key: string, top: number, html: string][]): void {
  const existing = new Map<string, HTMLElement>();
  for (const el of Array.from(list.children) as HTMLElement[]) existing.set(el.dataset.key ?? '', el);
  const wanted: HTMLElement[] = [];
  for (const [key, top, html] of rows) {
    let el = existing.get(key);
    if (el) {
      existing.delete(key);
      const topPx = `${Math.round(top * 10) / 10}px`;
      if (el.style.top !== topPx) el.style.top = topPx;
    } else {
      template.innerHTML = html;
      el = template.content.firstElementChild as HTMLElement;
      el.style.top = `${Math.round(top * 10) / 10}px`;
    }
    wanted.push(el);
  }
  // A focused row that scrolled away stays until focus leaves it.
  for (const el of existing.values()) if (!el.contains(document.activeElement)) el.remove();
  let cursor = list.firstElementChild;
  for (const el of wanted) {
    if (el === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(el, cursor);
  }
}

/** Replaces a layer's markup and positions its children from their data-y / data-h. */
export function setLayer(layer: HTMLElement, html: string): void {
  layer.innerHTML = html;
  for (const el of Array.from(layer.children) as HTMLElement[]) {
    if (el.dataset.y) el.style.top = `${el.dataset.y}px`;
    if (el.dataset.h) el.style.height = `${el.dataset.h}px`;
  }
}
