/**
 * `npm run parse -- [--seeds DIR] [--out FILE]`: parses a seeds folder and writes the model as JSON.
 * Warnings go to stderr as `warning: seeds/FILE:LINE: …`; malformed input exits 1 with its location.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSeeds } from './index.ts';
import { ParseError } from './source.ts';

const { values } = parseArgs({
  options: { seeds: { type: 'string', default: 'seeds' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help) {
  process.stdout.write('usage: npm run parse -- [--seeds DIR] [--out FILE]\n');
  process.exit(0);
}
const dir = values.seeds;
const display = relative(process.cwd(), dir) || '.';
try {
  const started = performance.now();
  const result = parseSeeds(dir, display);
  for (const w of result.warnings) process.stderr.write(`warning: ${w.file}:${w.line}: ${w.message}\n`);
  const json = JSON.stringify(result.documents, null, 2) + '\n';
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  const ms = (performance.now() - started).toFixed(0);
  process.stderr.write(`parsed ${result.documents.length} documents in ${ms} ms (${result.warnings.length} warnings)\n`);
} catch (e) {
  if (e instanceof ParseError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
