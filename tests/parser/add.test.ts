/**
 * `npm run add`: one command from a downloaded file to a parsed document. Run on a copy of seeds/ with
 * fixture reports as found (tests/fixtures/reports/): the file is copied byte for byte, the manifest entry
 * is the one the fixture folder holds, the summary names what was detected; a value it cannot detect is
 * asked for by name (exit 2); a failed parse leaves the folder as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry } from '../../src/parser/model.ts';

const FIXTURES = 'tests/fixtures/reports';
const fixtureManifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as ManifestEntry[];

function add(...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/add.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function seedsCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', dir, { recursive: true });
  return dir;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestEntry[];

// Each case spawns Node on TypeScript: on a loaded machine that takes seconds, so the default 5 s timeout
// would make the verdict depend on CPU load. The bound below only catches a hang.
describe('npm run add', { timeout: 120_000 }, () => {
  it('adds a report with web-page debris from the file as found: byte-for-byte copy, manifest entry, summary', () => {
    const dir = seedsCopy();
    const fixture = fixtureManifest.find((e) => e.id === 'sichuan-2026')!;
    const run = add(join(FIXTURES, fixture.file), '--seeds', dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const added = manifestOf(dir).at(-1)!;
    // Same entry as the fixture folder's (file name aside: numbered after the seeds already there).
    expect({ ...added, file: fixture.file, related: [] }).toEqual({ ...fixture, related: [] });
    expect(added.file).toMatch(/^005_[0-9a-f]{16}\.txt$/);
    expect(readFileSync(join(dir, added.file)).equals(readFileSync(join(FIXTURES, fixture.file)))).toBe(true);
    expect(run.stdout).toMatch(/^ {2}speaker {4}施小琳 {2}\(stated by the text\)$/m);
    expect(run.stdout).toMatch(/^ {2}lines {6}1–127 of 142 \(the rest is web-page debris, declared\)$/m);
    expect(run.stdout).toMatch(/^ {2}items {6}10$/m);
    expect(run.stdout).toMatch(/^ {2}targets {4}8: 地区生产总值增长5\.5%左右；/m);
    expect(run.stdout).toMatch(/005_[0-9a-f]{16}\.txt:128: 源文件第128—142行不属于本文/);
  });

  it('decodes a GBK file with CRLF line ends and names the encoding in its summary', () => {
    const dir = seedsCopy();
    const fixture = fixtureManifest.find((e) => e.id === 'ningxia-2026-gbk')!;
    const run = add(join(FIXTURES, fixture.file), '--seeds', dir, '--id', 'ningxia-2026');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/:1: 文件编码为GB18030（GBK），已按此编码读取/);
    expect(manifestOf(dir).at(-1)).toMatchObject({ id: 'ningxia-2026', region: '宁夏', date: '2026-02-03', speaker: '张雨浦' });
  });

  it('asks for the one value it cannot detect by name (exit 2), and changes nothing', () => {
    const dir = seedsCopy();
    const before = readdirSync(dir).sort();
    const source = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.txt');
    const text = readFileSync(join(FIXTURES, fixtureManifest[0]!.file), 'utf8');
    // Without its speaker line the text names no speaker.
    writeFileSync(source, text.replace('广东省省长 孟凡利\n', ''));
    const run = add(source, '--seeds', dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^npm run add: pass --speaker: the front matter names no speaker/);
    expect(readdirSync(dir).sort()).toEqual(before);
    // Given, it is used.
    const given = add(source, '--seeds', dir, '--speaker', '孟凡利');
    expect(given.status).toBe(0);
    expect(manifestOf(dir).at(-1)).toMatchObject({ id: 'guangdong-2026', speaker: '孟凡利' });
  });

  it('asks for the date quoting the dateline when the dateline states none', () => {
    const dir = seedsCopy();
    const source = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.txt');
    const qinghai = fixtureManifest.find((e) => e.id === 'qinghai-2026')!;
    writeFileSync(source, readFileSync(join(FIXTURES, qinghai.file), 'utf8').replace('――2026年1月27日在', '――在'));
    const run = add(source, '--seeds', dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'npm run add: pass --date: the dateline says “――在青海省第十四届人民代表大会第四次会议上”, which states no full date\n',
    );
    const given = add(source, '--seeds', dir, '--date', '2026-01-27');
    expect(given.status).toBe(0);
    expect(given.stdout).toMatch(/^ {2}date {7}2026-01-27 {2}\(given\)$/m);
  });

  it('checks a value given on the command line against the text, and leaves the folder as it was on failure', () => {
    const dir = seedsCopy();
    const manifestBefore = readFileSync(join(dir, 'manifest.json'));
    const before = readdirSync(dir).sort();
    const run = add(join(FIXTURES, fixtureManifest[0]!.file), '--seeds', dir, '--speaker', '张三');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /005_[0-9a-f]{16}\.txt:1: expected the speaker 张三 declared for "guangdong-2026", found 孟凡利 in the text/,
    );
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(join(dir, 'manifest.json')).equals(manifestBefore)).toBe(true);
  });

  it('refuses a file already added', () => {
    const dir = seedsCopy();
    const run = add(join('seeds', '004_dc10465cf933196f.txt'), '--seeds', dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already added as 004_dc10465cf933196f\.txt/);
  });
});
