import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VarintWriter, decodeShard, shardOf } from '../../src/search/format.ts';

/** Encodes entries the way the indexer lays out a shard. */
function encode(entries: Array<[number, Array<[number, number[]]>]>): Uint8Array {
  const w = new VarintWriter();
  let prevKey = 0;
  for (const [key, pages] of entries) {
    w.push(key - prevKey);
    prevKey = key;
    w.push(pages.length);
    let prevPage = 0;
    for (const [page, at] of pages) {
      w.push(page - prevPage);
      prevPage = page;
      w.push(at.length);
      let prev = 0;
      for (const p of at) {
        w.push(p - prev);
        prev = p;
      }
    }
  }
  return w.view();
}

describe('shard codec', () => {
  it('round-trips keys up to 2^42, pages and positions', () => {
    const sortedUnique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 42 }), { maxLength: 20 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        (keys, positions) => {
          const entries = sortedUnique(keys).map((k, i): [number, Array<[number, number[]]>] => [
            k,
            positions.map((at, p) => [p * 3 + i, sortedUnique(at)]),
          ]);
          const decoded = decodeShard(encode(entries));
          expect([...decoded.keys()]).toEqual(entries.map(([k]) => k));
          for (const [k, pages] of entries) expect([...decoded.get(k)!]).toEqual(pages);
        },
      ),
    );
  });
  it('keeps only the keys of the asked range and rejects a truncated shard', () => {
    const bytes = encode([
      [5, [[0, [1, 2]]]],
      [9, [[1, [3]]]],
      [300, [[2, [4]]]],
    ]);
    expect([...decodeShard(bytes, 6, 300).keys()]).toEqual([9]);
    expect(() => decodeShard(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/);
  });
  it('grows its buffer and appends another writer byte for byte', () => {
    const a = new VarintWriter();
    const b = new VarintWriter();
    for (let i = 0; i < 1000; i++) b.push(i * 1000);
    a.push(7);
    a.append(b);
    expect(Array.from(a.view())).toEqual([7, ...Array.from(b.view())]);
  });
});

describe('shardOf', () => {
  it('finds the last shard starting at or before the key', () => {
    const starts = [10, 20, 30];
    expect([5, 10, 15, 20, 29, 30, 1e12].map((k) => shardOf(starts, k))).toEqual([-1, 0, 0, 1, 1, 2, 2]);
    expect(shardOf([], 1)).toBe(-1);
  });
});
