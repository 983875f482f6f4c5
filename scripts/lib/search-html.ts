/**
 * Reading text out of built HTML, for the indexer and the ground-truth scan of the tests (one function, so
 * they cannot disagree). A small HTML parser for the markup our own build writes: elements, quoted and
 * bare attributes, comments, void and raw-text elements, numeric and the common named character
 * references. Anything it does not understand is an error, never a silent guess.
 */
import { extractSegments, type Segment, type TreeAdapter } from '../../src/search/reading.ts';

export interface HtmlElement {
  tag: string;
  attrs: Map<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string, where = ''): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (_, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`${where}: unknown character reference &${ref};`);
    return named;
  });
}

export function parseHtml(html: string, where = 'html'): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: new Map(), children: [] };
  const stack: HtmlElement[] = [root];
  const top = () => stack[stack.length - 1]!;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0 || lt > i) {
      top().children.push(decodeEntities(html.slice(i, lt < 0 ? html.length : lt), where));
      if (lt < 0) break;
    }
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) throw new Error(`${where}: unclosed comment at ${i}`);
      i = end + 3;
    } else if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      i = html.indexOf('>', i) + 1;
      if (i === 0) throw new Error(`${where}: unclosed declaration`);
    } else if (html[i + 1] === '/') {
      const end = html.indexOf('>', i);
      const tag = html
        .slice(i + 2, end)
        .trim()
        .toLowerCase();
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at <= 0) throw new Error(`${where}: stray </${tag}> at ${i}`);
      stack.length = at; // implied closes (e.g. </p> omitted) end here too
      i = end + 1;
    } else {
      const m = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(i, i + 64));
      if (!m) {
        top().children.push('<');
        i++;
        continue;
      }
      const el: HtmlElement = { tag: m[1]!.toLowerCase(), attrs: new Map(), children: [] };
      i += m[0].length;
      const attr = /\s*(?:([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?|(\/)?>)/y;
      for (;;) {
        attr.lastIndex = i;
        const a = attr.exec(html);
        if (!a) throw new Error(`${where}: malformed tag <${el.tag}> at ${i}`);
        i = attr.lastIndex;
        if (a[0].trim().endsWith('>')) break;
        el.attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? '', where));
      }
      top().children.push(el);
      if (VOID.has(el.tag)) continue;
      if (RAW.has(el.tag)) {
        // Case-insensitive search from here on (lower-casing the whole document per element was quadratic).
        const closing = new RegExp(`</${el.tag}`, 'gi');
        closing.lastIndex = i;
        const close = closing.exec(html)?.index ?? -1;
        if (close < 0) throw new Error(`${where}: unclosed <${el.tag}>`);
        el.children.push(el.tag === 'textarea' || el.tag === 'title' ? decodeEntities(html.slice(i, close), where) : html.slice(i, close));
        i = html.indexOf('>', close) + 1;
        continue;
      }
      stack.push(el);
    }
  }
  return root;
}

export const htmlAdapter: TreeAdapter<HtmlNode> = {
  text: (n) => (typeof n === 'string' ? n : null),
  tag: (n) => (typeof n === 'string' ? null : n.tag),
  attr: (n, name) => (typeof n === 'string' ? null : (n.attrs.get(name) ?? null)),
  children: (n) => (typeof n === 'string' ? [] : n.children),
};

function find(n: HtmlNode, test: (e: HtmlElement) => boolean): HtmlElement | null {
  if (typeof n === 'string') return null;
  if (test(n)) return n;
  for (const c of n.children) {
    const f = find(c, test);
    if (f) return f;
  }
  return null;
}

function each(n: HtmlNode, visit: (e: HtmlElement) => void): void {
  if (typeof n === 'string') return;
  visit(n);
  for (const c of n.children) each(c, visit);
}

export interface ReadingPage {
  /** Segments of the reading text (displayed form, not normalised). */
  segments: Segment<HtmlNode>[];
  /** data-pagefind-meta values (title, breadcrumb…). */
  meta: Record<string, string>;
  /** data-pagefind-filter values (document, kind, region, year). */
  filters: Record<string, string[]>;
}

/** The reading text of a built page, or null when the page has no data-pagefind-body (not searchable). */
export function readingPage(html: string, where = 'html'): ReadingPage | null {
  const root = parseHtml(html, where);
  const body = find(root, (e) => e.attrs.has('data-pagefind-body'));
  if (!body) return null;
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  each(body, (e) => {
    for (const [attr, into] of [
      ['data-pagefind-meta', 'meta'],
      ['data-pagefind-filter', 'filter'],
    ] as const) {
      const value = e.attrs.get(attr);
      if (value === undefined) continue;
      const colon = value.indexOf(':');
      if (colon < 0) throw new Error(`${where}: ${attr}="${value}" has no key:value`);
      const key = value.slice(0, colon);
      const v = value.slice(colon + 1);
      if (into === 'meta') meta[key] = v;
      else (filters[key] ??= []).push(v);
    }
  });
  return { segments: extractSegments<HtmlNode>(body, htmlAdapter), meta, filters };
}
