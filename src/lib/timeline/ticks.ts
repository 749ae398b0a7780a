/**
 * Axis ticks drawn by hand from d3-time intervals (d3-axis needs a document): the
 * finest calendar step that leaves room for a label, only where the axis is shown.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval as D3Interval } from 'd3-time';
import type { TimeScale } from './scale.ts';

/** A calendar step and the unit its labels name. */
export interface TickLevel {
  interval: D3Interval;
  unit: 'day' | 'month' | 'year';
  /** Typical length in days, to judge the spacing on screen. */
  days: number;
}

const every = (i: CountableTimeInterval, n: number): D3Interval => i.every(n) ?? i;

/** Every other day, leaving out a month's last day (the 31st, or 29 February): a step of one day would be too short for a row. */
const oddDays = utcDay.filter((d) => d.getUTCDate() % 2 === 1 && new Date(d.getTime() + 86_400_000).getUTCDate() !== 1);

/**
 * The steps from a day to a decade, finest first. At the zoom a step is used at, two of
 * its lines are always at least a row (32 px) apart, so every row fits between the lines
 * around its date (see layout.ts).
 */
export const tickLevels: TickLevel[] = [
  { interval: utcDay, unit: 'day', days: 1 },
  { interval: oddDays, unit: 'day', days: 2 },
  { interval: utcMonday, unit: 'day', days: 7 },
  { interval: utcMonth, unit: 'month', days: 30.4 },
  { interval: every(utcMonth, 3), unit: 'month', days: 91 },
  { interval: utcYear, unit: 'year', days: 365 },
  { interval: every(utcYear, 2), unit: 'year', days: 730 },
  { interval: every(utcYear, 5), unit: 'year', days: 1826 },
  { interval: every(utcYear, 10), unit: 'year', days: 3652 },
];

/** The finest step whose ticks are at least `minSpacing` pixels apart. */
export function tickLevel(pxPerDay: number, minSpacing = 44): TickLevel {
  return tickLevels.find((l) => l.days * pxPerDay >= minSpacing) ?? tickLevels[tickLevels.length - 1]!;
}

/** One tick: its instant, position, and whether its label should show the year. */
export interface Tick {
  t: number;
  y: number;
  unit: TickLevel['unit'];
  withYear: boolean;
}

/** The ticks between screen positions y0 and y1, per normal-rate piece of the scale. */
export function axisTicks(scale: TimeScale, y0: number, y1: number, minSpacing = 44): Tick[] {
  const level = tickLevel(scale.pxPerDay, minSpacing);
  const ticks: Tick[] = [];
  for (const piece of scale.pieces) {
    if (piece.y1 < y0 || piece.y0 > y1) continue;
    const from = Math.max(piece.from, scale.invert(Math.max(y0, piece.y0)));
    const to = Math.min(piece.to, scale.invert(Math.min(y1, piece.y1)) + 1);
    let first = true;
    for (const d of level.interval.range(new Date(from), new Date(to))) {
      const t = d.getTime();
      const y = scale.y(t);
      // A label squeezed against a break marker is left out rather than overlapping it.
      if (y - piece.y0 < 6 && piece.y0 > 0) continue;
      const yearStart = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
      ticks.push({ t, y, unit: level.unit, withYear: first || yearStart || level.unit === 'year' });
      first = false;
    }
  }
  return ticks;
}
