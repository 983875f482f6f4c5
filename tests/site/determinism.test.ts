/**
 * Determinism: two builds from the same sources (Astro, then the search index) into two fresh temp
 * folders must be byte-identical, file for file — no timestamps, random ids or ordering by chance.
 * Both pin the edition date with SOURCE_DATE_EPOCH (src/lib/edition-date.ts), so the verdict does not depend
 * on the day or on git; that date must then be the access date of the downloads and of the page's
 * citation without JavaScript, as parsers citation-js did not write read them. Slow by nature (two full builds).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RIS } from 'astrocite-ris';
import { listFiles } from './dist.ts';

const folders: string[] = [];
after(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** Builds the site into a new temp folder; returns it. */
export function buildInto(prefix: string, env: NodeJS.ProcessEnv = {}): string {
  // Inside the project (bench/out/ is gitignored): for an outDir outside the working directory Astro
  // keeps prerender chunks in the shared ./.astro/.prerender/, which concurrent builds overwrite.
  mkdirSync('bench/out', { recursive: true });
  const out = mkdtempSync(join('bench/out', prefix));
  folders.push(out);
  const opts = { stdio: 'pipe' as const, encoding: 'utf8' as const, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } };
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], opts);
  assert.equal(astro.status, 0, `astro build failed:\n${astro.stderr}${astro.stdout}`);
  const index = spawnSync(process.execPath, ['scripts/search-index.ts', out], opts);
  assert.equal(index.status, 0, `search index failed:\n${index.stderr}${index.stdout}`);
  return out;
}

/** Paths present in only one folder, or with different bytes. */
export function differences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const diff: string[] = [];
  for (const f of filesA) {
    if (!filesB.has(f)) diff.push(`only in first: ${f}`);
    else if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diff.push(`differs: ${f}`);
    filesB.delete(f);
  }
  for (const f of filesB) diff.push(`only in second: ${f}`);
  return diff;
}

/** 2026-01-01T00:00:00Z: not today, not the HEAD commit's day. */
const EPOCH = { SOURCE_DATE_EPOCH: '1767225600' };

describe('determinism', () => {
  it('two builds from the same sources are byte-identical, and SOURCE_DATE_EPOCH is their access date', () => {
    const first = buildInto('det-a-', EPOCH);
    const second = buildInto('det-b-', EPOCH);
    const count = listFiles(first).length;
    assert.ok(count > 10, `expected a built site, found ${count} files`);
    assert.deepEqual(differences(first, second), []);
    const bib = parseBibtex(readFileSync(join(first, 'data', 'national-2024.bib'), 'utf8'));
    assert.deepEqual(bib.errors, []);
    assert.equal((bib.entries[0]!.fields as Record<string, unknown>).urldate, '2026-01-01');
    const [record] = RIS.parse(readFileSync(join(first, 'data', 'national-2024.ris'), 'utf8')).children;
    assert.deepEqual(
      record!.properties.filter((p) => p.key === 'Y2').map((p) => p.value),
      ['2026/01/01/'],
    );
    assert.ok(readFileSync(join(first, 'national-2024', 'part-3', 'index.html'), 'utf8').includes('2024[2026-01-01]. '));
  });
});
