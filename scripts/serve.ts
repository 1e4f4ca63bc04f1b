/**
 * A plain static file server for the production build: no SPA fallback and no rewrites, like the cheapest
 * static host, so tests prove Aman needs nothing more. Serves `root` under `base` (a sub-path by default in
 * tests, to prove the relative base works). Run directly: `npm run serve` prints the URL.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.zip': 'application/zip',
  '.apk': 'application/vnd.android.package-archive',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  /** Every path requested, in order (tests assert what the app fetched). */
  requests: string[];
  /** Points the server at another folder: used to "deploy" a new version under the same URL. */
  setRoot(root: string): void;
  close(): Promise<void>;
}

/** Text types a host compresses. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/**
 * Starts serving `root` at http://127.0.0.1:<port><base>. With `gzip`, text is sent gzip-compressed to
 * browsers that accept it, as most static hosts do (the benchmark uses this: Lighthouse's simulated
 * network counts the bytes transferred); without it, everything is sent as stored.
 */
export async function startServer(opts: { root: string; base?: string; port?: number; gzip?: boolean }): Promise<StaticServer> {
  const base = opts.base ?? '/';
  let root = resolve(opts.root);
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(root, rel));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = {
        'content-type': type,
        // Like a typical static host: the worker script is always revalidated.
        'cache-control': 'no-cache',
      };
      if (opts.gzip && COMPRESSIBLE.test(type)) {
        headers.vary = 'accept-encoding';
        if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    setRoot: (next) => {
      root = resolve(next);
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const s = await startServer({ root: process.env.AMAN_DIST ?? 'dist', port });
  console.log(`Aman is served at ${s.url}  (Ctrl+C to stop)`);
}
