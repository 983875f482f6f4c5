/**
 * Static checks over a built site: the folder comes from DIST (set by scripts/browser-tests.ts), every
 * HTML page is parsed once with html-validate's own DOM parser (no extra HTML library needed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export const DIST = process.env.DIST ?? 'dist';

/** Every file under `root`, as paths relative to it with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

export interface Page {
  /** Path relative to the dist folder: `hunan-fyp15/chapter-24/index.html`. */
  file: string;
  /** URL path it is served at: `/hunan-fyp15/chapter-24/`. */
  url: string;
  html: string;
  dom: HtmlElement;
}

/** The URL a built file is served at (directory format: `x/index.html` → `/x/`). */
export function urlOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

const config = await new StaticConfigLoader().getConfigFor('page.html');

export function parseHtml(html: string): HtmlElement {
  return new Parser(config).parseHtml(html);
}

let cache: Page[] | undefined;
/** All HTML pages of the built site (pagefind's bundle has none). */
export function pages(dist = DIST): Page[] {
  if (dist === DIST && cache) return cache;
  const result = listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file), 'utf8');
      return { file, url: urlOf(file), html, dom: parseHtml(html) };
    });
  if (dist === DIST) cache = result;
  return result;
}

/** Every element's id on a page (`name` on anchors counts too: browsers scroll to it). */
export function idsOf(dom: HtmlElement): string[] {
  return [
    ...dom.querySelectorAll('[id]').map((e) => e.id ?? ''),
    ...dom.querySelectorAll('a[name]').map((e) => String(e.getAttributeValue('name'))),
  ];
}
