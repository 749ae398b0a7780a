/**
 * Preloaded into the benchmark's `astro build` processes (node --import). Astro's CLI ends
 * the process itself when the build resolves; this timer only stops Node from exiting early
 * while a build awaits work held by an unref'd worker thread (the social-card renderer),
 * which otherwise ends a cold build with exit code 0 before its last pages are written.
 */
setInterval(() => {}, 2 ** 30);
