/**
 * Security over the built site: every page carries a Content-Security-Policy meta with default-src
 * 'self' and scripts without 'unsafe-inline'; every inline <script>/<style> is allowed by its hash
 * (otherwise the browser would refuse it); no inline event handlers, style attributes or javascript:
 * URLs anywhere. (Escaping of hostile source text: tests/security/render-escaping.test.ts; no request
 * to another host: tests/browser/security.test.ts.)
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import type { HtmlElement } from 'html-validate';
import { DIST, pages } from './dist.ts';

const all = pages();

/** `{ 'script-src': ["'self'", …], … }` from a policy string. */
export function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

function cspOf(page: (typeof all)[number]): Map<string, string[]> | null {
  const metas = page.dom
    .querySelectorAll('meta')
    .filter((m) => String(m.getAttributeValue('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return null;
  return directives(String(metas[0]!.getAttributeValue('content') ?? ''));
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function elements(root: HtmlElement): HtmlElement[] {
  return [root, ...root.childElements.flatMap(elements)];
}

describe(`security of ${DIST}`, () => {
  it('every page has one CSP meta: default-src self, no unsafe-inline or unsafe-eval for scripts', () => {
    assert.ok(all.length > 1);
    const wrong: string[] = [];
    for (const page of all) {
      const csp = cspOf(page);
      if (!csp) {
        wrong.push(`${page.url}: no (or more than one) CSP meta`);
        continue;
      }
      if (csp.get('default-src')?.join(' ') !== "'self'") wrong.push(`${page.url}: default-src is ${csp.get('default-src')?.join(' ')}`);
      const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
        if (scripts.includes(bad)) wrong.push(`${page.url}: script-src allows ${bad}`);
      }
      if (csp.get('object-src')?.join(' ') !== "'none'") wrong.push(`${page.url}: object-src is not 'none'`);
    }
    assert.deepEqual(wrong, []);
  });

  it('every inline script and style is allowed by its hash', () => {
    const wrong: string[] = [];
    for (const page of all) {
      const csp = cspOf(page);
      const scriptSrc = csp?.get('script-src') ?? [];
      const styleSrc = csp?.get('style-src') ?? csp?.get('default-src') ?? [];
      // Raw text between the tags: the hash is over exactly these characters.
      for (const m of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        if (/\bsrc\s*=/.test(m[1]!)) continue;
        if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]!)) continue; // data, never executed
        if (!scriptSrc.includes(hash(m[2]!))) wrong.push(`${page.url}: inline script ${hash(m[2]!)} not in script-src`);
      }
      for (const m of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        if (!styleSrc.includes("'unsafe-inline'") && !styleSrc.includes(hash(m[1]!))) {
          wrong.push(`${page.url}: inline style ${hash(m[1]!)} not in style-src`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('no inline event handler, style attribute or javascript: URL', () => {
    const wrong = new Set<string>();
    for (const page of all) {
      for (const el of elements(page.dom)) {
        for (const attr of el.attributes) {
          const value = String(attr.value ?? '');
          if (/^on/i.test(attr.key)) wrong.add(`${page.url}: <${el.tagName} ${attr.key}>`);
          // style-src has no 'unsafe-inline': a style attribute would be refused by the browser.
          if (attr.key.toLowerCase() === 'style') wrong.add(`${page.url}: <${el.tagName} style="${value.slice(0, 40)}">`);
          if (/^\s*(javascript|vbscript|data:text\/html)/i.test(value) && /^(href|src|action|formaction|xlink:href)$/i.test(attr.key)) {
            wrong.add(`${page.url}: <${el.tagName} ${attr.key}="${value.slice(0, 40)}">`);
          }
        }
      }
    }
    assert.deepEqual([...wrong], []);
  });
});
