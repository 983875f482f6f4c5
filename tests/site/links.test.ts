/**
 * Link check over the built site: every internal href/src/action resolves to a file of dist/ (page,
 * asset) and every `#fragment` to an id on the target page; each page has one h1, unique ids and
 * `<html lang="zh-CN">`. Also url(...) references inside the built CSS.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { decodeHTMLAttribute } from 'entities';
import { DIST, idsOf, listFiles, pages, parseHtml, type Page } from './dist.ts';

const all = pages();
const byUrl = new Map(all.map((p) => [p.url, p]));
const ORIGIN = 'http://site.invalid';

/** Null when the target exists; otherwise why not. */
export function checkTarget(from: string, ref: string, pagesByUrl: Map<string, Page>, dist: string): string | null {
  const url = new URL(ref, ORIGIN + from);
  if (url.origin !== ORIGIN) return null; // another host or scheme (mailto:): not ours to check
  const path = decodeURIComponent(url.pathname);
  const targetPage = pagesByUrl.get(path);
  if (!targetPage) {
    const file = join(dist, path);
    if (!existsSync(file)) return 'no such file';
    if (statSync(file).isDirectory()) {
      return pagesByUrl.has(path + '/') ? 'missing trailing slash (the site uses /dir/ URLs)' : 'directory without index.html';
    }
    if (url.hash) return 'fragment on a non-HTML asset';
    return null;
  }
  if (url.hash && url.hash !== '#') {
    const id = decodeURIComponent(url.hash.slice(1));
    if (!idsOf(targetPage.dom).includes(id)) return `no element with id "${id}" on ${path}`;
  }
  return null;
}

const ATTRS: [string, string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['area[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
];

describe(`links in ${DIST}`, () => {
  it('finds pages to check', () => {
    assert.ok(all.length > 1, `expected built pages in ${DIST}, found ${all.length}`);
    assert.ok(byUrl.has('/'), 'expected a home page');
  });

  it('every internal link, asset and anchor resolves', () => {
    const broken: { page: string; what: string }[] = [];
    let checked = 0;
    for (const page of all) {
      for (const [selector, attr] of ATTRS) {
        for (const el of page.dom.querySelectorAll(selector)) {
          // html-validate leaves character references as written (Astro's Markdown writes & as &#x26;).
          const ref = decodeHTMLAttribute(String(el.getAttributeValue(attr) ?? ''));
          checked++;
          const problem = checkTarget(page.url, ref, byUrl, DIST);
          if (problem) broken.push({ page: page.url, what: `${attr}="${ref}": ${problem}` });
        }
      }
    }
    assert.ok(checked > all.length, 'expected links to check');
    assert.deepEqual(grouped(broken), []);
  });

  it('anchors are checked: a missing id is reported, a Chinese one found raw or percent-encoded', () => {
    const page: Page = { file: 'g/index.html', url: '/g/', html: '', dom: parseHtml('<h2 id="逐字匹配">x</h2>') };
    const map = new Map([['/g/', page]]);
    assert.equal(checkTarget('/', '/g/#逐字匹配', map, DIST), null);
    assert.equal(checkTarget('/', `/g/#${encodeURIComponent('逐字匹配')}`, map, DIST), null);
    assert.equal(checkTarget('/', '/g/#模糊匹配', map, DIST), 'no element with id "模糊匹配" on /g/');
    assert.equal(checkTarget('/g/', '#模糊匹配', map, DIST), 'no element with id "模糊匹配" on /g/');
  });

  it('url(...) in the built CSS resolves', () => {
    const broken: string[] = [];
    for (const file of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(join(DIST, file), 'utf8');
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const ref = m[2]!;
        if (ref.startsWith('data:') || ref.startsWith('#')) continue;
        const problem = checkTarget('/' + file, ref, byUrl, DIST);
        if (problem) broken.push(`${file}: url(${ref}): ${problem}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('no page has a duplicate id', () => {
    const dupes: string[] = [];
    for (const page of all) {
      const seen = new Set<string>();
      for (const id of idsOf(page.dom)) {
        if (seen.has(id)) dupes.push(`${page.url}: id "${id}"`);
        seen.add(id);
      }
    }
    assert.deepEqual(dupes, []);
  });

  it('every page has exactly one h1 and lang="zh-CN"', () => {
    const wrong: string[] = [];
    for (const page of all) {
      const h1 = page.dom.querySelectorAll('h1').length;
      if (h1 !== 1) wrong.push(`${page.url}: ${h1} h1`);
      const lang = page.dom.querySelector('html')?.getAttributeValue('lang');
      if (lang !== 'zh-CN') wrong.push(`${page.url}: lang=${String(lang)}`);
    }
    assert.deepEqual(wrong, []);
  });
});

/** One line per broken target (a footer link breaks on every page): `what (on N pages, e.g. /x/)`. */
function grouped(list: { page: string; what: string }[]): string[] {
  const by = new Map<string, string[]>();
  for (const { page, what } of list) by.set(what, [...(by.get(what) ?? []), page]);
  return [...by].map(([what, on]) => `${what} (on ${on.length} page${on.length > 1 ? 's' : ''}, e.g. ${on[0]})`);
}
