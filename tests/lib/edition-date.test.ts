import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionDate } from '../../src/lib/edition-date.ts';

const outside = mkdtempSync(join(tmpdir(), 'edition-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
const NOON = Date.UTC(2027, 2, 5, 12);

describe('the edition date', () => {
  it('is SOURCE_DATE_EPOCH when set, as a UTC day', () => {
    expect(editionDate({ SOURCE_DATE_EPOCH: '1767225600' }, outside, NOON)).toEqual({ date: '2026-01-01', from: 'SOURCE_DATE_EPOCH' });
    // 23:59:59 UTC is still that day, whatever the machine's time zone.
    expect(editionDate({ SOURCE_DATE_EPOCH: '1767311999' }, '.', NOON).date).toBe('2026-01-01');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not an integer number of seconds', () => {
    for (const bad of ['2026-01-01', '-1', '1.5', '1e9', '99999999999999999'])
      expect(() => editionDate({ SOURCE_DATE_EPOCH: bad }, '.', NOON), bad).toThrow(/SOURCE_DATE_EPOCH: expected seconds since 1970/);
  });

  it('is the HEAD commit’s day in a git checkout, whatever day it is', () => {
    // A repository of its own with a commit of a known time, so the verdict does not depend on this checkout.
    const repo = mkdtempSync(join(tmpdir(), 'edition-git-'));
    const when = '2026-02-03T23:30:00Z';
    const env = {
      ...process.env,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    };
    let git = true;
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo, env, stdio: 'ignore' });
      execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'edition'], { cwd: repo, env, stdio: 'ignore' });
    } catch {
      git = false; // No git on this machine: the rule's third step applies, and says so.
    }
    try {
      if (git) {
        expect(editionDate({}, repo, NOON)).toEqual({ date: '2026-02-03', from: 'git' });
        expect(editionDate({ SOURCE_DATE_EPOCH: '' }, repo, Date.UTC(2099, 0, 1))).toEqual({ date: '2026-02-03', from: 'git' });
      } else expect(editionDate({}, repo, NOON)).toEqual({ date: '2027-03-05', from: 'today' });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('is today outside a git checkout', () => {
    expect(editionDate({}, outside, NOON)).toEqual({ date: '2027-03-05', from: 'today' });
  });
});
