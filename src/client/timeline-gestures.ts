/**
 * Pointer gestures on the canvas. The page scrolls through time natively (wheel, a finger,
 * the keyboard); on top of that: Ctrl/⌘ + wheel and a trackpad pinch zoom around the
 * pointer, a double click zooms in (Shift: out), a horizontal swipe moves through time
 * as a vertical one does, a mouse drag pans like a finger, and two fingers pinch.
 */

/** What the gestures drive: the zoom now, a zoom to `k` around viewport y, and the page scroll. */
export interface GestureTarget {
  ppd(): number;
  zoom(k: number, clientY: number): void;
}

/** Zoom factor of one wheel event, as d3-zoom reads it (a pinch comes as Ctrl + wheel, scaled up). */
const wheelZoom = (e: WheelEvent) => 2 ** (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1));

/** Installs the gestures on `el`. */
export function gestures(el: HTMLElement, t: GestureTarget): void {
  el.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        t.zoom(t.ppd() * wheelZoom(e), e.clientY);
      } else if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        // Sideways there is nothing to scroll (and a swipe would go Back): it moves through time.
        e.preventDefault();
        scrollBy({ top: e.deltaX * (e.deltaMode === 1 ? 16 : e.deltaMode ? innerHeight : 1), behavior: 'instant' });
      }
    },
    { passive: false },
  );
  el.addEventListener('dblclick', (e) => t.zoom(t.ppd() * (e.shiftKey ? 0.5 : 2), e.clientY));

  // A mouse drag pans; a finger already scrolls the page natively.
  let y0 = 0;
  let top0 = 0;
  let down = false;
  let dragged = false;
  el.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse' || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    [down, dragged, y0, top0] = [true, false, e.clientY, scrollY];
  });
  el.addEventListener('pointermove', (e) => {
    if (!down) return;
    if (!dragged && Math.abs(e.clientY - y0) < 5) return;
    if (!dragged) {
      dragged = true;
      el.setPointerCapture(e.pointerId);
      el.classList.add('tl-dragging');
      getSelection()?.removeAllRanges();
    }
    scrollTo({ top: top0 - (e.clientY - y0), behavior: 'instant' });
  });
  const end = () => {
    down = false;
    el.classList.remove('tl-dragging');
    // The click that ends a drag opens nothing.
    if (dragged) setTimeout(() => (dragged = false));
  };
  el.addEventListener('pointerup', end);
  el.addEventListener('pointercancel', end);
  el.addEventListener(
    'click',
    (e) => {
      if (dragged) {
        e.preventDefault();
        e.stopPropagation();
      }
    },
    true,
  );
  // A row is a link: dragging it would start the browser's link drag instead of a pan.
  el.addEventListener('dragstart', (e) => e.preventDefault());

  // Two fingers pinch.
  let d0 = 0;
  let k0 = 1;
  const dist = (l: TouchList) => Math.hypot(l[0]!.clientX - l[1]!.clientX, l[0]!.clientY - l[1]!.clientY);
  el.addEventListener(
    'touchstart',
    (e) => {
      if (e.touches.length === 2) [d0, k0] = [dist(e.touches), t.ppd()];
    },
    { passive: true },
  );
  el.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length !== 2 || !d0) return;
      e.preventDefault();
      t.zoom((k0 * dist(e.touches)) / d0, (e.touches[0]!.clientY + e.touches[1]!.clientY) / 2);
    },
    { passive: false },
  );
  el.addEventListener('touchend', () => (d0 = 0));
}
