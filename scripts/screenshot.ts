/**
 * `npm run screenshot`: the picture at the top of the README, taken from the built site in dist/
 * (run `npm run build` first) in headless Chromium at 1280×800. The site's own Chinese font draws
 * the text, so the picture is the same on a machine without Chinese fonts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-chromium.ts';

const out = process.argv[2] ?? 'docs/timeline.png';
if (!existsSync('dist/index.html')) {
  console.error('screenshot: dist/ has no site: run `npm run build` first.');
  process.exit(1);
}
const port = 4397;
const server = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`http://localhost:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-HK', timezoneId: 'Asia/Hong_Kong' });
  await page.goto(`http://localhost:${port}/`);
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(out.replace(/\/[^/]+$/, ''), { recursive: true });
  await page.screenshot({ path: out });
  await browser.close();
  console.log(`screenshot: wrote ${out}`);
} finally {
  server.kill();
}
