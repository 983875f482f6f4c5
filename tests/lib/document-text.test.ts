import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import { documentText } from '../../src/lib/document-text.ts';
import { navigationOf } from '../../src/lib/navigation.ts';
import { unitHref } from '../../src/document-text/model.ts';

const { documents } = parseSeeds('seeds');

describe('documentText', () => {
  it('lists each page once, in reading order, and every unit links where the navigation index says', () => {
    for (const doc of documents) {
      const text = documentText(doc, []);
      const nav = navigationOf(doc);
      expect(new Set(text.pages).size, doc.id).toBe(text.pages.length);
      const firstUse = text.units.map(([, page]) => page).filter((p, i, all) => all.indexOf(p) === i);
      expect(firstUse, doc.id).toEqual(text.pages.map((_, i) => i));
      const hrefs = new Set(nav.pages.map((p) => p.url));
      for (const unit of text.units) expect(hrefs.has(unitHref(text, unit).split('#')[0]!), `${doc.id} ${unitHref(text, unit)}`).toBe(true);
    }
  });
});
