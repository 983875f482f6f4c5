/**
 * Every RIS record the site offers has its own ID, within what RIS allows (1–20 characters, 0–9 and A–Z):
 * the downloads (/data/<id>.ris), the "cite this" RIS of every page, and the RIS the page's script writes
 * for each place a reader can cite (any id of the page, as src/client/citation.ts cites it). Read with
 * astrocite-ris, a parser citation-js did not write. One cited URL, one ID: a document's download and its
 * landing page's RIS cite the same thing and share theirs; any two different URLs must not.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AST as RIS } from 'astrocite-ris';
import { decodeHTMLAttribute } from 'entities';
import { placeKey, risId } from '../../src/lib/ris-id.ts';
import { DIST, idsOf, listFiles, pages } from './dist.ts';

const RIS_ID = /^[A-Z0-9]{1,20}$/;
/** Model ids are ASCII: the ids the page's script cites (src/client/citation.ts). */
const CITABLE_ID = /^[a-z0-9-]+$/;

/** ID and URL of each record of a RIS text. */
function records(text: string): Array<{ id: string; url: string }> {
  return RIS.parse(text).children.map((r) => {
    const tag = (key: string) => r.properties.filter((p) => p.key === key).map((p) => p.value);
    return { id: tag('ID').join(' '), url: tag('UR').join(' ') };
  });
}

describe('RIS IDs', () => {
  it('are 1–20 characters of 0–9 and A–Z, one per cited URL, across downloads, pages and places', () => {
    const byId = new Map<string, Set<string>>();
    const problems: string[] = [];
    const add = (id: string, url: string, where: string) => {
      if (!RIS_ID.test(id)) problems.push(`${where}: ID "${id}" is not 1–20 characters of 0–9 and A–Z`);
      byId.set(id, (byId.get(id) ?? new Set()).add(url));
    };
    const downloads = listFiles(DIST).filter((f) => f.endsWith('.ris'));
    assert.ok(downloads.length > 0, 'no .ris downloads');
    for (const f of downloads) for (const r of records(readFileSync(join(DIST, f), 'utf8'))) add(r.id, r.url, f);
    let pagesCited = 0;
    let places = 0;
    for (const page of pages()) {
      const block = page.dom.querySelector('[data-cite-key]');
      if (!block) continue;
      const key = String(block.getAttributeValue('data-cite-key'));
      const ris = page.dom.querySelector('[data-cite-format="ris"]');
      const template = ris?.getAttributeValue('data-cite-page');
      assert.ok(typeof template === 'string', `${page.url}: no RIS template`);
      const [record] = records(decodeHTMLAttribute(template));
      add(record!.id, record!.url, page.url);
      assert.equal(record!.id, risId(key), `${page.url}: the page's RIS ID is not its key's`);
      pagesCited++;
      // Each place the script may cite: the page's URL with the anchor, under the ID it writes.
      for (const id of new Set(idsOf(page.dom).filter((i) => CITABLE_ID.test(i)))) {
        add(risId(placeKey(key, id)), `${record!.url}#${id}`, `${page.url}#${id}`);
        places++;
      }
    }
    for (const [id, urls] of byId)
      if (urls.size > 1) problems.push(`ID ${id} names ${urls.size} references: ${[...urls].slice(0, 3).join(' ')}…`);
    assert.deepEqual(problems, []);
    assert.ok(pagesCited > 100 && places > 1000, `only ${pagesCited} pages and ${places} places checked`);
  });
});
