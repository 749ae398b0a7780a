/**
 * Extraction throughput on one core: generates varied articles from the extraction
 * fixtures (names swapped for other people in the data, days shifted, scripts mixed),
 * lays them out once, then times extractEvents alone and layout plus extraction.
 *
 *   npm run bench:extract [-- --articles 2000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/lib/ingest/page.ts';
import { extractEvents, type ExtractInput } from '../src/lib/extract/index.ts';
import peopleData from '../src/lib/data/people.json' with { type: 'json' };

const dir = join(import.meta.dirname, '../tests/fixtures/extract/articles');
const count = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 2000;

// A seeded generator keeps runs comparable.
let seed = 20250122;
const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const templates = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    text: readFileSync(join(dir, f), 'utf8'),
    meta: JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8')) as { published: string; outlet: string },
  }));
const names = peopleData.people.flatMap((p) => p.names.filter((n) => /\p{Script=Han}/u.test(n)));

function story(i: number): string {
  let text = templates[i % templates.length]!.text;
  for (let k = 0; k < 3; k++) {
    const from = pick(names.filter((n) => text.includes(n)).concat(['']));
    if (from) text = text.split(from).join(pick(names));
  }
  text = text.replace(/(\d{1,2})日/gu, (_, d: string) => `${Math.max(1, Math.min(28, Number(d) - Math.floor(random() * 3)))}日`);
  return text;
}

// A page holds two to fifteen stories, like the sample pages (about 4,000 characters).
function generate(i: number): { text: string; published: string; outlet: string } {
  const t = templates[i % templates.length]!;
  const stories = Array.from({ length: 2 + Math.floor(random() * 14) }, (_, k) => story(i + k * 5));
  return { text: stories.join('\n\n'), published: t.meta.published, outlet: t.meta.outlet };
}

const raw = Array.from({ length: count }, (_, i) => generate(i));
const inputs: ExtractInput[] = raw.map((a) => {
  const page = parsePage(a.text);
  return { passages: page.passages, stories: page.stories, published: a.published, outlet: a.outlet, language: page.language };
});

// Warm up the lexicon and the JIT before timing.
for (const input of inputs.slice(0, 50)) extractEvents(input);

let events = 0;
const t0 = performance.now();
for (const input of inputs) events += extractEvents(input).length;
const extractMs = performance.now() - t0;

const t1 = performance.now();
for (const a of raw) {
  const page = parsePage(a.text);
  extractEvents({ passages: page.passages, stories: page.stories, published: a.published, outlet: a.outlet, language: page.language });
}
const pipelineMs = performance.now() - t1;

const chars = raw.reduce((n, a) => n + a.text.length, 0);
const rate = (ms: number) => ((count / ms) * 1000).toFixed(0);
console.log(`articles ${count}, mean ${(chars / count).toFixed(0)} chars, ${events} events`);
console.log(`extractEvents: ${rate(extractMs)} articles/s (${(extractMs / count).toFixed(2)} ms/article)`);
console.log(`parsePage + extractEvents: ${rate(pipelineMs)} articles/s (${(pipelineMs / count).toFixed(2)} ms/article)`);
console.log(`target 200 articles/s: ${(count / extractMs) * 1000 >= 200 ? 'met' : 'NOT met'}`);
