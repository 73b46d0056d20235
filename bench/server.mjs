/**
 * A static file server on 127.0.0.1 for the benchmark: the repo's files plus
 * generated feeds held in memory. No caching headers, so "cold" means cold.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `root`; `virtual` maps a path (`/gen/feed.json`) to a string body;
 * `mounts` maps a path prefix (`/bench-out/`) to another folder.
 */
export async function startServer(root, virtual = new Map(), mounts = {}) {
  /** Pages that run on their own post their outcome to /bench-report/ID: ID → its resolver. */
  const awaited = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    res.setHeader('cache-control', 'no-store');
    if (req.method === 'POST' && path.startsWith('/bench-report/')) {
      const resolve = awaited.get(path.slice('/bench-report/'.length));
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        res.writeHead(resolve ? 204 : 404).end();
        resolve?.(body);
      });
      return;
    }
    if (virtual.has(path)) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(virtual.get(path));
      return;
    }
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const dir = prefix ? mounts[prefix] : root;
    const file = normalize(join(dir, prefix ? path.slice(prefix.length) : path));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(r)),
    /** Resolves with the body a page posts to /bench-report/`id`. */
    report: (id) => new Promise((resolve) => awaited.set(id, (body) => (awaited.delete(id), resolve(body)))),
  };
}
