/**
 * Phones (issue 21), at 375 × 812 CSS px: no page of any type is wider than the window (no sideways
 * scrolling), self-links and the reading bar's controls meet WCAG 2.2 target size (24 × 24), the facts
 * list keeps each label on one line, the breadcrumb takes one line, the opened table of contents lists
 * the top level and the current branch only, and a compact bar stays at hand on a long chapter.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { pageTypes } from '../../scripts/lib/page-types.ts';
import { launch, open } from './helpers.ts';

const PHONE = { width: 375, height: 812 };
const { found: built, missing } = pageTypes(process.env.DIST ?? 'dist');
/** Every page type, and the views whose content comes from the query string. */
const dist = process.env.DIST ?? 'dist';
const views = [
  ...built,
  { type: 'compare ?a&b', path: '/compare/?a=national-2024&b=hubei-2024' },
  { type: 'compare, no pair asked', path: '/compare/' },
  { type: 'terms ?t', path: `/terms/?t=${encodeURIComponent('新质生产力')}` },
  { type: 'search ?q', path: `/search/?q=${encodeURIComponent('新质生产力')}` },
  { type: 'not found', path: '/404.html' },
  // Pages not (yet) among scripts/lib/page-types.ts's types: the guide, each of its pages.
  ...(existsSync(join(dist, 'guide'))
    ? readdirSync(join(dist, 'guide'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(dist, 'guide', e.name, 'index.html')))
        .map((e) => ({ type: 'guide', path: `/guide/${e.name}/` }))
        .concat(existsSync(join(dist, 'guide', 'index.html')) ? [{ type: 'guide', path: '/guide/' }] : [])
    : []),
];
const READING = new Set(['landing', 'plan chapter', 'report part', 'law', 'news', 'digest', 'glossary']);

let browser: Browser;
before(async () => (browser = await launch()));
after(async () => browser.close());

/** The elements that reach past the window's right edge (the outermost of each), for the message. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > width + 0.5 && r.width > 0 && !out.some((o) => el.parentElement?.closest(o.split(' ')[0]!))) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
        out.push(`${name} (${Math.round(r.width)} px)`);
      }
    }
    return out.slice(0, 5);
  });

describe('375 px: no page is wider than the window', () => {
  if (missing.length) it(`page types not built yet: ${missing.join(', ')}`, { skip: true }, () => {});
  for (const { type, path } of views) {
    it(`${type} ${path}`, async () => {
      const { page } = await open(browser, path, PHONE);
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      const culprits = width > PHONE.width ? await overflowing(page) : [];
      await page.context().close();
      assert.ok(width <= PHONE.width, `document ${width} px wide: ${culprits.join(', ')}`);
    });
  }
});

describe('375 px: reading pages', () => {
  for (const { type, path } of built.filter((v) => READING.has(v.type))) {
    it(`${type} ${path}: self-links are 24 × 24 CSS px or larger`, async () => {
      const { page } = await open(browser, path, PHONE);
      const small = await page.$$eval('a.self-link', (links) =>
        links
          .map((a) => ({ href: a.getAttribute('href'), box: a.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ href, box }) => `${href} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
      );
      const count = await page.locator('a.self-link').count();
      await page.context().close();
      assert.ok(count > 0);
      assert.deepEqual(small, []);
    });
  }

  it('landing page facts: every label on one line, the file and SHA-256 on one line each', async () => {
    for (const { path } of built.filter((v) => ['landing', 'law', 'news', 'digest'].includes(v.type))) {
      const { page } = await open(browser, path, PHONE);
      const rows = await page.$$eval('.doc-header .doc-meta > div', (divs) =>
        divs.map((d) => {
          const lineHeight = parseFloat(getComputedStyle(d).lineHeight);
          return { label: d.querySelector('dt')?.textContent, lines: Math.round(d.getBoundingClientRect().height / lineHeight) };
        }),
      );
      await page.context().close();
      assert.ok(rows.some((r) => r.label === 'SHA-256') && rows.some((r) => r.label === '来源'), path);
      for (const r of rows) assert.equal(r.lines, 1, `${path} ${r.label}: ${r.lines} lines`);
    }
  });

  it('the breadcrumb takes one line', async () => {
    for (const { path } of built.filter((v) => READING.has(v.type))) {
      const { page } = await open(browser, path, PHONE);
      const { height, lineHeight } = await page.$eval('.breadcrumbs ol', (ol) => ({
        height: ol.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(ol).lineHeight),
      }));
      await page.context().close();
      assert.ok(height <= lineHeight * 1.5, `${path}: breadcrumb ${height} px, line ${lineHeight} px`);
    }
  });

  it('the opened table of contents lists the top level and the branch of the current page only', async () => {
    const chapter = built.find((v) => v.type === 'plan chapter')!;
    const { page } = await open(browser, chapter.path, PHONE);
    await page.locator('[data-reading-bar-toc]').click();
    const toc = page.locator('.doc-toc');
    await toc.locator('a[aria-current="page"]').waitFor({ state: 'visible' });
    const { shown, topLevel, branch, all } = await toc.evaluate((nav) => {
      const visible = (a: Element) => a.getBoundingClientRect().height > 0;
      const top = nav.querySelectorAll(':scope > details > ol > li');
      const open = nav.querySelector(':scope > details > ol > li.toc-open');
      return {
        shown: [...nav.querySelectorAll('ol a')].filter(visible).length,
        topLevel: top.length,
        branch: open ? open.querySelectorAll(':scope > ol a').length : 0,
        all: nav.querySelectorAll('ol a').length,
      };
    });
    await page.context().close();
    assert.ok(branch > 0);
    assert.equal(shown, topLevel + branch, `${shown} entries shown of ${all}`);
    assert.ok(shown < all / 2);
  });

  it('a long chapter keeps a bar at hand: it stays at the top, names the section in view, opens the contents and goes back to the top', async () => {
    const chapter = built.find((v) => v.type === 'plan chapter')!;
    const { page, consoleErrors } = await open(browser, chapter.path, PHONE);
    const bar = page.locator('[data-reading-bar]');
    // The last heading of the text: scrolled past it, the bar names its section.
    const second = page.locator('article.text :is(h2, h3, h4)').last();
    await second.evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => window.scrollY > 300);
    const box = (await bar.boundingBox())!;
    assert.equal(Math.round(box.y), 0);
    assert.ok(box.height <= 56, `bar ${box.height} px tall`);
    await page.waitForFunction(
      (h) => document.querySelector('[data-reading-where]')?.textContent === h,
      (await second.textContent())!.trim(),
    );
    for (const control of await bar.locator('a').all()) {
      const b = (await control.boundingBox())!;
      assert.ok(b.width >= 24 && b.height >= 24, `${await control.innerText()}: ${b.width}×${b.height}`);
    }
    await bar.locator('[data-reading-bar-toc]').click();
    assert.equal(await bar.locator('[data-reading-bar-toc]').getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('.doc-toc a[aria-current="page"]').isVisible());
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.doc-toc').isVisible(), false);
    await bar.locator('.reading-bar-top').click();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.context().close();
    assert.deepEqual(consoleErrors, []);
  });

  it('a linked paragraph (a promise or likely link of /compare/, a shared link) lands below the bar, not under it', async () => {
    const part = built.find((v) => v.type === 'report part')!;
    const probe = await open(browser, part.path, PHONE);
    const ids = await probe.page.$$eval('article.text p[id]', (ps) => ps.map((p) => p.id));
    await probe.page.context().close();
    const id = ids[Math.floor(ids.length * 0.6)]!;
    const { page, consoleErrors } = await open(browser, `${part.path}#${id}`, PHONE);
    await page.waitForFunction((x) => document.querySelector(':target')?.id === x && window.scrollY > 0, id);
    const { top, bar } = await page.evaluate(() => ({
      top: document.querySelector(':target')!.getBoundingClientRect().top,
      bar: document.querySelector('[data-reading-bar]')!.getBoundingClientRect().bottom,
    }));
    assert.ok(top >= bar, `#${id} at ${top} px, the bar ends at ${bar} px`);
    await page.context().close();
    assert.deepEqual(consoleErrors, []);
  });

  it('without JavaScript the bar still leads to the contents (open) and to the top', async () => {
    const chapter = built.find((v) => v.type === 'plan chapter')!;
    const { page } = await open(browser, chapter.path, PHONE, false);
    const bar = page.locator('[data-reading-bar]');
    assert.ok(await bar.isVisible());
    await bar.locator('[data-reading-bar-toc]').click();
    assert.equal(new URL(page.url()).hash, '#toc');
    assert.equal(await page.locator('#toc details').evaluate((d) => (d as HTMLDetailsElement).open), true);
    assert.ok(await page.locator('#toc a[aria-current="page"]').isVisible());
    assert.equal(await page.locator('#top').count(), 1);
    await page.context().close();
  });
});
