import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs `npm run parse`'s program the way the npm script does, on the Node that runs the tests. */
function parse(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/parser/cli.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', dir, { recursive: true });
  return dir;
}

// Each case spawns Node on TypeScript, several times: on a loaded machine that takes more than the default
// 5 s, so the verdict would depend on CPU load. The bound below only catches a hang.
describe('npm run parse', { timeout: 120_000 }, () => {
  it('writes the whole model as JSON and prints the source warnings, located, on stderr', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'model-')), 'model.json');
    const run = parse('--out', out);
    expect(run.status).toBe(0);
    const model = JSON.parse(readFileSync(out, 'utf8')) as { id: string }[];
    expect(model.map((d) => d.id).sort()).toEqual(
      (JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { id: string }[]).map((e) => e.id).sort(),
    );
    expect(run.stderr).toMatch(/^warning: seeds\/003_5d6a907a4d209efc\.txt:\d+: .*第六十六章/m);
    expect(run.stderr).toMatch(/^parsed 10 documents in \d+ ms/m);
  });

  it('prints JSON to stdout by default', () => {
    const run = parse();
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(10);
  });

  it('fails, located, when a start line is missing', () => {
    const dir = seedsCopy();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string; startLine: string }[];
    manifest.find((e) => e.id === 'hubei-2024')!.startLine = '2099年湖北省政府工作报告';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const run = parse('--seeds', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /004_dc10465cf933196f\.txt:1: expected the line "2099年湖北省政府工作报告" that starts document "hubei-2024", found no such line/,
    );
  });

  it('fails, located, on an empty file, bytes that are not UTF-8, and duplicate ids', () => {
    const empty = seedsCopy();
    writeFileSync(join(empty, '004_dc10465cf933196f.txt'), '');
    expect(parse('--seeds', empty).stderr).toMatch(/004_dc10465cf933196f\.txt:1: expected UTF-8 text, found an empty file/);

    const latin = seedsCopy();
    const bytes = readFileSync(join(latin, '004_dc10465cf933196f.txt'));
    const at = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1; // start of line 3
    bytes[at] = 0xff;
    writeFileSync(join(latin, '004_dc10465cf933196f.txt'), bytes);
    const bad = parse('--seeds', latin);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/004_dc10465cf933196f\.txt:3: expected UTF-8 text, found bytes that are not valid UTF-8/);

    const dup = seedsCopy();
    const manifest = JSON.parse(readFileSync(join(dup, 'manifest.json'), 'utf8')) as object[];
    manifest.push({ ...manifest[0] });
    writeFileSync(join(dup, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const run = parse('--seeds', dup);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json:\d+: expected unique document ids, found "national-2024" twice/);
  });
});
