/**
 * Article Markdown for the build and timeline sections, made by the project's seeded
 * generator (scripts/generate-content.ts) and kept in bench/.work between runs.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArticle } from '../src/lib/ingest/markdown.ts';

/** The folder of generated articles for this size, generating it on first use. */
export function generatedContent(root: string, work: string, articles: number, events?: number): string {
  const dir = path.join(work, 'content', events === undefined ? `a${articles}` : `a${articles}-e${events}`);
  const done = path.join(dir, '.complete');
  if (existsSync(done)) return dir;
  const script = path.join(root, 'scripts/generate-content.ts');
  if (!existsSync(script)) throw new Error('scripts/generate-content.ts is missing: no generated articles to measure');
  rmSync(dir, { recursive: true, force: true });
  const args = [script, '--out', dir, '--articles', String(articles), ...(events === undefined ? [] : ['--events', String(events)])];
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(done, '');
  return dir;
}

/** One event as the peer timelines get it. */
export interface PeerEvent {
  id: string;
  date: string;
  type: string;
  title: string;
}

/** The dated events in a folder of articles, one per id, ordered by date. */
export function eventsOf(dir: string): PeerEvent[] {
  const byId = new Map<string, PeerEvent>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()) {
    const { data } = parseArticle(readFileSync(path.join(dir, name), 'utf8'));
    const events = Array.isArray(data.events) ? (data.events as Record<string, unknown>[]) : [];
    for (const e of events) {
      if (typeof e.id !== 'string' || typeof e.date !== 'string' || byId.has(e.id)) continue;
      byId.set(e.id, { id: e.id, date: e.date, type: String(e.type), title: String(e.title) });
    }
  }
  return [...byId.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** How many article files a folder holds. */
export function countArticles(dir: string): number {
  return readdirSync(dir).filter((n) => n.endsWith('.md')).length;
}
