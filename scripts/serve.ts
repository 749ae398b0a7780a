/**
 * Serves the built site (dist/) as any static host would, and prints its address.
 * PORT and HOST choose where; DIST chooses the folder.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.DIST ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root} holds no built site: run \`npm run build\` first.`);
  process.exit(1);
}

/** Maps a request path to a file under root, or undefined. */
function resolveFile(urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const file = resolveFile(url);
  if (!file) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end('Not found');
    return;
  }
  // A directory URL without its slash redirects, as static hosts do.
  if (file.endsWith('index.html') && !url.split('?')[0]!.endsWith('/') && !url.endsWith('.html')) {
    res.writeHead(301, { location: url.replace(/(\?|$)/, '/$1') });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${process.env.DIST ?? 'dist'} at http://localhost:${port}/ (Ctrl+C stops)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
