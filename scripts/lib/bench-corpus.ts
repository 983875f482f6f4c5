/**
 * Benchmark corpora: the seeds repeated ×N as distinct documents (every file copied under a new name,
 * every manifest entry with a new id and its `related` ids mapped to the same copy), in a temp folder.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Entry {
  id: string;
  file: string;
  related: string[];
  [key: string]: unknown;
}

export function scaledSeeds(factor: number, seeds = 'seeds'): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-seeds-x${factor}-`));
  const manifest = JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')) as Entry[];
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  const out: Entry[] = [];
  for (let k = 0; k < factor; k++) {
    // Copy 0 keeps the real names and ids, so ×1 is exactly the real site.
    const id = (s: string) => (k === 0 ? s : `${s}-x${k}`);
    const file = (f: string) => (k === 0 ? f : f.replace(/\.txt$/, `_x${k}.txt`));
    for (const f of files) copyFileSync(join(seeds, f), join(dir, file(f)));
    for (const e of manifest) out.push({ ...e, id: id(e.id), file: file(e.file), related: e.related.map(id) });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(out, null, 2));
  return dir;
}
