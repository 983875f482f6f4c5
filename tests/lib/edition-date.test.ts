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
    const seconds = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim());
    const want = new Date(seconds * 1000).toISOString().slice(0, 10);
    expect(editionDate({}, '.', NOON)).toEqual({ date: want, from: 'git' });
    expect(editionDate({ SOURCE_DATE_EPOCH: '' }, '.', Date.UTC(2099, 0, 1))).toEqual({ date: want, from: 'git' });
  });

  it('is today outside a git checkout', () => {
    expect(editionDate({}, outside, NOON)).toEqual({ date: '2027-03-05', from: 'today' });
  });
});
