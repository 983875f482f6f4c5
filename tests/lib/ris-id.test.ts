import { describe, expect, it } from 'vitest';
import { placeKey, risId } from '../../src/lib/ris-id.ts';

describe('RIS IDs', () => {
  it('are at most 20 characters of 0–9 and A–Z, readable at the start, the same for the same key', () => {
    for (const key of ['national-2024', 'hunan-fyp15-chapter-24', placeKey('hunan-fyp15-chapter-24', 'p-96'), 'a', '湖南-2024'])
      expect(risId(key)).toMatch(/^[A-Z0-9]{1,20}$/);
    expect(risId('national-2024')).toMatch(/^NATIONAL2024[A-Z0-9]{8}$/);
    expect(risId('hunan-fyp15-chapter-24')).toBe(risId('hunan-fyp15-chapter-24'));
  });

  it('tell apart keys that share their first 20 characters, and a page from its places', () => {
    // What citation-js's cut made one ID: every chapter of a plan, every paragraph of a page.
    const keys = [];
    for (let c = 1; c <= 200; c++) {
      const page = `xi-hunan-inspection-2024-chapter-${c}`;
      keys.push(page);
      for (let p = 1; p <= 100; p++) keys.push(placeKey(page, `p-${p}`));
      keys.push(placeKey(page, `section-${c}-1`), placeKey(page, `section-${c}1`));
    }
    expect(new Set(keys.map(risId)).size).toBe(keys.length);
  });
});
