/**
 * `npm run preview` (and the second half of `npm start`): serves the built dist/ at
 * http://localhost:4321 as a static host would — the same server the tests and the bench use
 * (scripts/lib/static-server.ts): text gzipped, every type with its charset (Astro's preview server
 * sent the Markdown edition as text/markdown without one, and browsers showed its Chinese garbled),
 * 404.html for unknown paths. PORT overrides the port.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is not built: run `npm run build` (or `npm start`, which builds and serves).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const server = await serveStatic('dist', port);
console.log(`报告通 is served at ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C stops it)`);
