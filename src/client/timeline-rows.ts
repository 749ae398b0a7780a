/**
 * Keeps a layer's children equal to a keyed set of placed elements: elements that stay
 * are moved with a transform (no layout), not rebuilt, so the focused row keeps its
 * focus; markup is made only for new keys, and parsed once for all of them.
 */

/** One element of a layer: its key, top and height in px, and its markup when new. */
export interface Placed {
  key: string;
  y: number;
  h?: number;
  html: () => string;
}

const template = document.createElement('template');
const placed = new WeakMap<HTMLElement, string>();

function place(el: HTMLElement, y: number, h: number | undefined): void {
  const at = `${Math.round(y * 10) / 10},${h === undefined ? '' : Math.round(h * 10) / 10}`;
  if (placed.get(el) === at) return;
  placed.set(el, at);
  el.style.top = `${Math.round(y * 10) / 10}px`;
  if (h !== undefined) el.style.height = `${Math.round(h * 10) / 10}px`;
}

/** Makes `layer` hold exactly `items`, in order; a focused element that left stays until focus leaves it. */
export function patchLayer(layer: HTMLElement, items: readonly Placed[]): void {
  const existing = new Map<string, HTMLElement>();
  for (const el of Array.from(layer.children) as HTMLElement[]) {
    const key = el.dataset.key;
    if (key && !existing.has(key)) existing.set(key, el);
    else el.remove();
  }
  const wanted: (HTMLElement | null)[] = [];
  const fresh: string[] = [];
  for (const item of items) {
    const el = existing.get(item.key);
    if (el) existing.delete(item.key);
    else fresh.push(item.html());
    wanted.push(el ?? null);
  }
  if (fresh.length) {
    template.innerHTML = fresh.join('');
    let next = template.content.firstElementChild as HTMLElement | null;
    for (let i = 0; i < wanted.length; i++) {
      if (wanted[i]) continue;
      wanted[i] = next;
      next = next!.nextElementSibling as HTMLElement | null;
    }
  }
  for (const el of existing.values()) if (!el.contains(document.activeElement)) el.remove();
  let cursor = layer.firstElementChild;
  items.forEach((item, i) => {
    const el = wanted[i]!;
    place(el, item.y, item.h);
    if (el === cursor) cursor = cursor.nextElementSibling;
    else layer.insertBefore(el, cursor);
  });
}
