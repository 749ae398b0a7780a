/**
 * Column repair: a PDF page set in two or three columns often comes out with the
 * columns interleaved line by line ("left line    right line"). Such a run of lines is
 * unwoven so each column reads on its own, left column first, before layout repair.
 */

interface Segment {
  text: string;
  /** Display column where the segment starts (CJK and full-width count 2). */
  at: number;
}

/** A gap this wide between two runs of text on one line separates columns. */
const GAP = /[ \t]{3,}/g;
/** Lines of a table row ("进出口   146675   3.9%") are cells, not columns. */
const CELL_MAX = 5;
/** How far apart two segment starts may lie and still be one column. */
const TOLERANCE = 8;
/** A single-column line may interrupt a run of interleaved lines for this many lines. */
const BRIDGE = 3;

/** A page header or footer (paper, date, weekday, page) is spaced out but is one line. */
const FURNITURE = /星期|\d{4}年\d{1,2}月\d{1,2}日/u;

const displayWidth = (s: string): number => {
  let w = 0;
  for (const ch of s) w += ch === '\t' ? 4 : ch.charCodeAt(0) < 0x1100 ? 1 : 2;
  return w;
};

function segments(line: string): Segment[] {
  const out: Segment[] = [];
  const trimmed = line.replace(/\s+$/u, '');
  let last = 0;
  const push = (from: number, to: number): void => {
    const piece = trimmed.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (!text) return;
    const prev = out[out.length - 1];
    // Short runs next to short runs are table cells: they stay on one line together.
    if (prev && [...text].length <= CELL_MAX && [...prev.text.split(/ {3,}/u).pop()!].length <= CELL_MAX) {
      prev.text += `   ${text}`;
      return;
    }
    out.push({ text, at: displayWidth(trimmed.slice(0, from + lead)) });
  };
  for (const m of trimmed.matchAll(GAP)) {
    if (m.index === 0) continue;
    push(last, m.index);
    last = m.index;
  }
  push(last, trimmed.length);
  return out;
}

/** Unweaves runs of lines that hold two or three columns side by side. */
export function splitColumns(lines: string[]): string[] {
  if (!lines.some((l) => /\S[ \t]{3,}\S/u.test(l))) return lines;
  const segs = lines.map((l) => (/\S[ \t]{3,}\S/u.test(l) && !FURNITURE.test(l) ? segments(l) : null));
  const multi = (i: number): boolean => (segs[i]?.length ?? 0) >= 2;
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!multi(i)) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    // The run: interleaved lines, bridged over short single-column stretches.
    let end = i;
    let count = 1;
    for (let j = i + 1; j < lines.length && j <= end + BRIDGE; j += 1) {
      if (multi(j)) {
        end = j;
        count += 1;
      }
    }
    if (count < 2) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    const starts = columnStarts(segs.slice(i, end + 1).filter((s): s is Segment[] => (s?.length ?? 0) >= 2));
    const columns: string[][] = starts.map(() => []);
    for (let j = i; j <= end; j += 1) {
      const row = segs[j] ?? (lines[j]!.trim() ? segments(lines[j]!) : []);
      const filled = new Set<number>();
      // Columns missing from a row are the rightmost ones (they ended above), unless the row starts indented.
      let next = row[0] && row[0].at >= TOLERANCE ? nearest(starts, row[0].at) : 0;
      for (const s of row) {
        const c = Math.min(next, starts.length - 1);
        next = c + 1;
        columns[c]!.push(s.text);
        filled.add(c);
      }
      // A column empty on this row had a blank line there.
      columns.forEach((col, c) => {
        if (!filled.has(c)) col.push('');
      });
    }
    // Lines right after the run, starting at the left edge, go on with the first column.
    let k = end + 1;
    while (k < lines.length && lines[k]!.trim() && !multi(k) && displayWidth(lines[k]!.match(/^\s*/u)![0]) < TOLERANCE) {
      columns[0]!.push(lines[k]!.trim());
      k += 1;
    }
    columns.forEach((col, c) => {
      if (c > 0) out.push('');
      out.push(...col);
    });
    out.push('');
    i = k;
  }
  return out;
}

function columnStarts(rows: Segment[][]): number[] {
  const starts = [0];
  for (const at of rows.flatMap((r) => r.slice(1).map((s) => s.at)).sort((a, b) => a - b)) {
    if (at - starts[starts.length - 1]! > TOLERANCE) starts.push(at);
  }
  return starts;
}

function nearest(starts: number[], at: number): number {
  let best = 0;
  for (let c = 1; c < starts.length; c += 1) if (Math.abs(starts[c]! - at) < Math.abs(starts[best]! - at)) best = c;
  return best;
}
