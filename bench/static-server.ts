/**
 * A small local static server for the timeline section: the built site at `/`, and the
 * peer pages, their libraries and the shared event data under `/__bench/`. Nothing is
 * fetched from the network.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A running server whose site root can change between sizes. */
export interface BenchServer {
  origin: string;
  /** Serves `dir` at `/` from now on. */
  setSite(dir: string): void;
  close(): Promise<void>;
}

async function resolveFile(root: string, rel: string): Promise<string | undefined> {
  const file = path.join(root, rel);
  if (!file.startsWith(root)) return undefined;
  try {
    const s = await stat(file);
    if (s.isFile()) return file;
    if (s.isDirectory()) return resolveFile(root, path.join(rel, 'index.html'));
  } catch {
    // Not there.
  }
  return undefined;
}

/** Starts the server on a free local port; `mounts` maps `/__bench/<name>/` to folders. */
export function startServer(mounts: Record<string, string>): Promise<BenchServer> {
  let site = '';
  const server: Server = createServer((req, res) => void serve(req, res));
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const m = /^\/__bench\/([^/]+)\/(.*)$/.exec(pathname);
    const root = m ? mounts[m[1]!] : site;
    const file = root ? await resolveFile(path.resolve(root), m ? m[2]! : pathname) : undefined;
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(await readFile(file));
  }
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        setSite: (dir) => (site = dir),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
