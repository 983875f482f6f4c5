// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeSlug from 'rehype-slug';

import { siteOrigin, unsetOriginWarning } from './src/lib/site-origin.ts';

/**
 * The site's public origin (src/lib/site-origin.ts reads SITE_URL, the one setting): absolute URLs in
 * citations, metadata, /data/ citation files, sitemap, robots.txt and the feed. Unset, the build says so
 * loudly at its start and end.
 */
const SITE = siteOrigin();

/** Warns at the start and the end of `astro build` when SITE_URL is not set. */
function originWarning() {
  const warn = (/** @type {{ logger: { warn(message: string): void } }} */ { logger }) => {
    if (!SITE.fromEnv) logger.warn(`\n${unsetOriginWarning(SITE.origin)}`);
  };
  return { name: 'site-origin', hooks: { 'astro:build:start': warn, 'astro:build:done': warn } };
}

/**
 * The sitemap lists exactly the pages a search engine should index: those whose built HTML has a
 * data-pagefind-body (the reading pages Pagefind indexes), judged from the output itself, so the two
 * can never disagree, and the guide. It also writes /sitemap.xml (the integration names its files sitemap-index.xml
 * and sitemap-0.xml): the list of pages itself when one file holds them all, else the index.
 */
function indexablePagesSitemap() {
  /** @type {URL | undefined} */
  let outDir;
  const isIndexable = (/** @type {string} */ page) => {
    if (!outDir) return false;
    const file = fileURLToPath(new URL(`.${new URL(page).pathname}index.html`, outDir));
    return existsSync(file) && /<[^>]+\sdata-pagefind-body[\s=>]/.test(readFileSync(file, 'utf8'));
  };
  return [
    {
      name: 'indexable-pages',
      hooks: { 'astro:config:done': (/** @type {{ config: { outDir: URL } }} */ { config }) => void (outDir = config.outDir) },
    },
    // The guide is for search engines too, though not for the site's own search (it holds no report text).
    sitemap({ filter: (page) => isIndexable(page) || new URL(page).pathname.startsWith('/guide/') }),
    {
      name: 'sitemap-xml',
      hooks: {
        'astro:build:done': (/** @type {{ dir: URL }} */ { dir }) => {
          const at = (/** @type {string} */ name) => fileURLToPath(new URL(name, dir));
          const single = existsSync(at('sitemap-0.xml')) && !existsSync(at('sitemap-1.xml'));
          copyFileSync(at(single ? 'sitemap-0.xml' : 'sitemap-index.xml'), at('sitemap.xml'));
        },
      },
    },
  ];
}

/**
 * Static site, directory-style URLs (/hunan-fyp15/chapter-24/). CSP: Astro hashes its own scripts and
 * styles; everything else may come only from this origin. Pagefind's WebAssembly needs
 * 'wasm-unsafe-eval'.
 */
export default defineConfig({
  site: SITE.origin,
  integrations: [originWarning(), indexablePagesSitemap()],
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  prefetch: false,
  // The guide (src/content/guide/) is rendered by remark and rehype: rehype-slug gives every heading
  // its id (the anchors other pages link to); no SmartyPants, so quotes in search examples stay as
  // typed; no Shiki, whose inline styles would break the CSP. The reading pages are hast (src/lib/render.ts).
  markdown: { syntaxHighlight: false, processor: unified({ rehypePlugins: [rehypeSlug], smartypants: false }) },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
