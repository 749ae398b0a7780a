/**
 * Two-finger pinch on touch screens: one finger still scrolls the page natively.
 */

/** Calls `zoom(k, clientY)` while two fingers pinch on `el`, from the zoom `current()` at the start. */
export function onPinch(el: HTMLElement, current: () => number, zoom: (k: number, clientY: number) => void): void {
  let d0 = 0;
  let k0 = 1;
  const dist = (t: TouchList) => Math.hypot(t[0]!.clientX - t[1]!.clientX, t[0]!.clientY - t[1]!.clientY);
  el.addEventListener('touchstart', (e) => {
    if (e.touches.length === 2) [d0, k0] = [dist(e.touches), current()];
  }, { passive: true });
  el.addEventListener('touchmove', (e) => {
    if (e.touches.length !== 2 || !d0) return;
    e.preventDefault();
    zoom((k0 * dist(e.touches)) / d0, (e.touches[0]!.clientY + e.touches[1]!.clientY) / 2);
  }, { passive: false });
  el.addEventListener('touchend', () => (d0 = 0));
}
