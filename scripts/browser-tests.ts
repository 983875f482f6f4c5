/**
 * Runs the site tests (tests/site/*.test.ts: static checks of dist/) and the browser tests
 * (tests/browser/*.test.ts), node's test runner, against the built site: rebuilds dist/ when it is
 * missing or stale, serves it on 127.0.0.1, and points the tests at it (BASE_URL, DIST). Test files
 * named on the command line run alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { distIsFresh } from './lib/build-inputs.ts';
import { findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!distIsFresh()) {
  console.log('dist/ is missing or stale: building…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = await serveStatic('dist');
// tests/site/*: static checks of dist/ (links, HTML, security, determinism); tests/browser/*: Chromium.
const testFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => `${dir}/${f}`)
    : [];
// `node scripts/browser-tests.ts FILE…` runs only the named test files (a change's own tests while working).
const named = process.argv.slice(2);
const files = named.length > 0 ? named : [...testFiles('tests/site'), ...testFiles('tests/browser')];
// Asynchronous spawn: the server lives in this process and must keep answering while tests run.
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: server.url, CHROME_PATH: chromium, DIST: 'dist' },
});
const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
await server.close();
process.exit(status);
