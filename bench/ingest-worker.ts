/**
 * The ingest measurement itself, run pinned to one core by bench/ingest.ts: generated raw
 * pages through parsePage → extractEvents → renderArticle, timed per stage. Prints JSON.
 */
import { parsePage } from '../src/lib/ingest/page.ts';
import { extractEvents } from '../src/lib/extract/index.ts';
import { renderArticle } from '../src/lib/ingest/markdown.ts';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { generateRawPages, type RawPage } from './raw-pages.ts';

/** Seconds spent in each stage, and what came out. */
export interface IngestTimes {
  articles: number;
  characters: number;
  passages: number;
  events: number;
  parse: number;
  extract: number;
  render: number;
  total: number;
  /** CPU seconds of the whole process over the timed loop (user + system). */
  cpu: number;
}

function convert(page: RawPage, times: IngestTimes): void {
  const t0 = performance.now();
  const parsed = parsePage(page.text);
  const t1 = performance.now();
  const events = extractEvents({
    passages: parsed.passages,
    stories: parsed.stories,
    published: page.published,
    outlet: page.outlet,
    language: parsed.language,
  });
  const t2 = performance.now();
  renderArticle(
    {
      title: parsed.title,
      outlet: page.outlet,
      published: page.published,
      language: parsed.language,
      source: { file: `${page.name}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
      stories: parsed.stories,
      events,
    },
    parsed.passages,
  );
  const t3 = performance.now();
  times.parse += (t1 - t0) / 1000;
  times.extract += (t2 - t1) / 1000;
  times.render += (t3 - t2) / 1000;
  times.total += (t3 - t0) / 1000;
  times.passages += parsed.passages.length;
  times.events += events.length;
}

const count = Number(process.argv[2] ?? 1000);
const zero = (): IngestTimes => ({ articles: 0, characters: 0, passages: 0, events: 0, parse: 0, extract: 0, render: 0, total: 0, cpu: 0 });
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
// Warm-up on other pages, so the figure is the steady state, not the JIT's first pass.
const warm = zero();
for (const page of generateRawPages(100, 7)) convert(page, warm);
const pages = generateRawPages(count);
const times = zero();
const cpu0 = process.cpuUsage();
for (const page of pages) convert(page, times);
times.cpu = cpuSeconds(cpu0);
times.articles = pages.length;
times.characters = pages.reduce((n, p) => n + p.text.length, 0);

// The sample pages in content/sources, each converted 50 times, as a second reading.
const sources = path.join(import.meta.dirname, '../content/sources');
const samples: RawPage[] = existsSync(sources)
  ? readdirSync(sources)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => {
        const meta = path.join(sources, f.replace(/\.txt$/, '.meta.json'));
        const side = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { published?: string; outlet?: string }) : {};
        return {
          name: f,
          text: readFileSync(path.join(sources, f), 'utf8'),
          published: side.published ?? '2026-01-01',
          outlet: side.outlet ?? '',
          language: 'zh-Hant' as const,
        };
      })
  : [];
const real = zero();
const cpu1 = process.cpuUsage();
for (let i = 0; i < 50; i++) for (const page of samples) convert(page, real);
real.cpu = cpuSeconds(cpu1);
real.articles = samples.length * 50;
real.characters = samples.reduce((n, p) => n + p.text.length, 0) * 50;
console.log(JSON.stringify({ generated: times, samples: real }));
