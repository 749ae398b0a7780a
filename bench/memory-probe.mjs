// Loaded with `node --import` into a build measured by bench/memory.ts. On the main thread it
// samples memory every 100 ms and keeps the peaks; with $MEMORY_PROBE_PROFILE set, it runs
// V8's sampling heap profiler and saves the live-object profile each time the heap in use
// reaches a new high (by 10%), so the last one saved shows what is held near the peak.
// The peaks are written to $MEMORY_PROBE_OUT when the process exits.
import { isMainThread } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const out = process.env.MEMORY_PROBE_OUT;
const profileFile = process.env.MEMORY_PROBE_PROFILE;
if (isMainThread && out) {
  const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, profiledAt: 0 };
  let session;
  let capturing = false;
  if (profileFile) {
    session = new Session();
    session.connect();
    session.post('HeapProfiler.enable');
    session.post('HeapProfiler.startSampling', { samplingInterval: 256 * 1024 });
  }
  const sample = () => {
    const m = process.memoryUsage();
    for (const k of Object.keys(m)) if (k in peak) peak[k] = Math.max(peak[k], m[k]);
    if (session && !capturing && m.heapUsed > 1.1 * peak.profiledAt && m.heapUsed > 64 * 2 ** 20) {
      capturing = true;
      const at = m.heapUsed;
      session.post('HeapProfiler.getSamplingProfile', (err, result) => {
        capturing = false;
        if (err || !result) return;
        peak.profiledAt = at;
        writeFileSync(profileFile, JSON.stringify(result.profile));
      });
    }
  };
  setInterval(sample, 100).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(out, JSON.stringify(peak));
  });
}
