/**
 * Lanes for spans (month- and year-precision events, approximate dates): each span
 * takes the first lane free at its start, so spans side by side never overlap.
 */

/** Assigns a lane index to each [y0, y1) span, in input order; `gap` keeps spans apart. */
export function assignLanes(spans: readonly { y0: number; y1: number }[], gap = 2): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.y0 - spans[b]!.y0 || a - b);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const s = spans[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= s.y0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.y1;
    lanes[i] = lane;
  }
  return lanes;
}
