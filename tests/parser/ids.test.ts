import { describe, expect, it } from 'vitest';
import { IdAllocator } from '../../src/parser/ids.ts';

describe('IdAllocator: the one duplicate-id rule', () => {
  it('gives the base id first, then -dup2, -dup3 …', () => {
    const ids = new IdAllocator();
    expect([ids.claim('article-3'), ids.claim('article-3'), ids.claim('article-3'), ids.claim('article-4')]).toEqual([
      'article-3',
      'article-3-dup2',
      'article-3-dup3',
      'article-4',
    ]);
  });

  it('never returns an id already taken, whatever the bases', () => {
    const ids = new IdAllocator();
    const got = ['box-14', 'box-14-1', 'box-14-dup2', 'box-14', 'box-14', 'box-14-1'].map((b) => ids.claim(b));
    expect(got).toEqual(['box-14', 'box-14-1', 'box-14-dup2', 'box-14-dup3', 'box-14-dup4', 'box-14-1-dup2']);
    expect(new Set(got).size).toBe(got.length);
  });

  it('answers has() and counts numbered ids taken in a row', () => {
    const ids = new IdAllocator();
    expect(ids.countInRow('table-')).toBe(0);
    ids.claim('table-1');
    ids.claim('table-2');
    ids.claim('table-4');
    expect(ids.has('table-2')).toBe(true);
    expect(ids.has('table-3')).toBe(false);
    expect(ids.countInRow('table-')).toBe(2);
  });
});
