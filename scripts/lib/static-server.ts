/**
 * A minimal static file server for dist/ on 127.0.0.1 (tests and benchmarks), serving as a real static
 * host does: directory URLs serve index.html, unknown paths serve 404.html with status 404, and text
 * (HTML, CSS, JS, JSON, CSV, SVG, Markdown, XML, plain text) is gzipped when the client accepts it, so
 * byte budgets and the bench count what a browser really receives. Other files (Pagefind's index, which
 * is compressed already, images, WebAssembly) go out as stored. It reports the bytes sent per request.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
};
/** Types a static host compresses on the fly (nginx `gzip_types`, Netlify, GitHub Pages and the like). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|x-research-info-systems|x-bibtex)|image\/svg\+xml)/;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** gzip at level 6 (zlib's default, what nginx and most hosts use), computed once per file version. */
const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
function gzipOf(file: string, mtimeMs: number): Buffer {
  const cached = gzipped.get(file);
  if (cached && cached.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file), { level: 6 });
  gzipped.set(file, { mtimeMs, body });
  return body;
}

/** `onServe` hears the bytes of every body sent, compressed where it was (the search bench counts them). */
export async function serveStatic(root: string, port = 0, onServe?: (bytes: number) => void): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('malformed URL');
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const stat = statSync(file);
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipOf(file, stat.mtimeMs) : readFileSync(file);
    onServe?.(body.length);
    res.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
