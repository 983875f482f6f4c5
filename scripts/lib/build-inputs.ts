/**
 * A hash of everything the built site depends on, so tests can tell whether dist/ is stale.
 * Stored in dist/build-inputs.txt by scripts/build-stamp.ts after a successful build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteOrigin } from '../../src/lib/site-origin.ts';
import { editionDate } from '../../src/lib/edition-date.ts';

const INPUTS = ['src', 'seeds', 'public', 'scripts', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
export const STAMP = 'dist/build-inputs.txt';

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

export function buildInputsHash(root = '.'): string {
  const hash = createHash('sha256');
  // The origin is baked into citations, feed and sitemap: a build for another SITE_URL is another build.
  hash.update(`origin:${siteOrigin().origin}`).update('\0');
  // So is the edition date (the downloads' and the no-JavaScript citations' access date).
  hash.update(`edition:${editionDate(process.env, root).date}`).update('\0');
  for (const file of INPUTS.flatMap((p) => files(join(root, p)))) {
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function distIsFresh(root = '.'): boolean {
  const stamp = join(root, STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === buildInputsHash(root);
}
