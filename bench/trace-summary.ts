/**
 * Sums a Chrome trace's main-thread time by kind of work (script, style, layout, paint,
 * garbage collection), using self time so nested events are not counted twice.
 */

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const KINDS: Record<string, string> = {
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  CompositeLayers: 'paint',
  Commit: 'paint',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  HitTest: 'hit test',
  ScrollLayer: 'paint',
  ParseHTML: 'HTML parsing',
};

function kindOf(name: string): string {
  if (KINDS[name]) return KINDS[name];
  if (/GC/.test(name)) return 'gc';
  if (
    /^(EventDispatch|FunctionCall|FireAnimationFrame|TimerFire|RunMicrotasks|EvaluateScript|v8\.|V8\.|ScheduleStyleRecalculation|InvalidateLayout)/.test(
      name,
    )
  )
    return 'script';
  return 'other';
}

/** Milliseconds of main-thread self time per kind of work in a trace (JSON text). */
export function mainThreadTime(traceJson: string): Record<string, number> {
  const parsed = JSON.parse(traceJson) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const slices = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && (!main || (e.pid === main.pid && e.tid === main.tid)))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      // RunTask and other wrappers keep only time no child accounts for.
      totals[done.kind] = (totals[done.kind] ?? 0) + done.self / 1000;
    }
  };
  for (const e of slices) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= e.dur!;
    const kind = e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' ? 'other' : kindOf(e.name);
    stack.push({ end: e.ts + e.dur!, kind, self: e.dur! });
  }
  close(Infinity);
  return totals;
}

/** "script 40% · style 30% · …" of the kinds above 1% of the total, largest first. */
export function describeTime(totals: Record<string, number>): string {
  const sum = Object.values(totals).reduce((a, b) => a + b, 0);
  if (!sum) return 'no trace events';
  return (
    Object.entries(totals)
      .filter(([, ms]) => ms / sum >= 0.01)
      .sort((a, b) => b[1] - a[1])
      .map(([k, ms]) => `${k} ${Math.round((100 * ms) / sum)}%`)
      .join(' · ') + ` of ${Math.round(sum)} ms`
  );
}
