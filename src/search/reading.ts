/**
 * The reading text of a page, shared by the indexer (an HTML parse in Node, scripts/lib/search-html.ts),
 * the arrival highlight (the live DOM) and the tests' ground truth: the text of the element marked
 * data-pagefind-body, minus elements marked data-pagefind-ignore (and hidden/script/style), cut into
 * segments at block elements (paragraphs, headings, list items, cells…); inside a segment ASCII whitespace
 * runs collapse to one space and the ends are trimmed, as a browser displays it. A match never crosses a
 * segment boundary (search/text.ts ignores the whitespace inside a segment).
 */

export interface TreeAdapter<N> {
  /** Text content if `n` is a text node, else null. */
  text(n: N): string | null;
  /** Lower-case tag name if `n` is an element, else null. */
  tag(n: N): string | null;
  attr(n: N, name: string): string | null;
  children(n: N): Iterable<N>;
}

export interface Segment<N> {
  /** Id of the nearest enclosing block with an id (headings' slug ids skipped: their section's id is used). */
  anchor: string | null;
  /** Displayed text (whitespace collapsed). */
  text: string;
  /** Set on a heading or a label (h1–h6, table caption and header cells, dt): search excerpts prefer text. */
  heading?: true;
  /** Only with `withMap`: for every UTF-16 unit of `text`, the text node and offset it comes from. */
  map?: Array<[N, number]>;
}

const BLOCK = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIP = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'button',
  'input',
  'select',
  'textarea',
]);
const HEADING = /^h[1-6]$/;
/** Blocks whose text names what follows rather than saying it (see Segment.heading). */
const LABEL = /^(?:h[1-6]|caption|th|dt)$/;
const ASCII_SPACE = /[ \t\n\r\f]/;

/**
 * East Asian Wide/Full-width (Hangul excluded, as CSS Text 3 says), by block ranges; plus the punctuation
 * that Chinese text sets full-width although Unicode calls it ambiguous (— ‘ ’ “ ” … ·).
 */
export function isWide(cp: number): boolean {
  return (
    cp === 0x2014 ||
    cp === 0x2018 ||
    cp === 0x2019 ||
    cp === 0x201c ||
    cp === 0x201d ||
    cp === 0x2026 ||
    cp === 0x00b7 ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe1f) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Segments of the reading text under `root` (normally the element marked data-pagefind-body). */
export function extractSegments<N>(root: N, a: TreeAdapter<N>, withMap = false): Segment<N>[] {
  const segments: Segment<N>[] = [];
  const anchors: Array<string | null> = [null];
  let text = '';
  let map: Array<[N, number]> = [];
  let anchor: string | null = null;
  let labels = 0;
  let heading = false;

  // Collapsible whitespace waits until the next visible character decides its fate.
  let pending: { newline: boolean; at: [N, number] } | null = null;

  const flush = () => {
    if (text) {
      const seg: Segment<N> = withMap ? { anchor, text, map } : { anchor, text };
      if (heading) seg.heading = true;
      segments.push(seg);
    }
    text = '';
    map = [];
    pending = null;
  };
  const visit = (n: N, isRoot: boolean) => {
    const value = a.text(n);
    if (value !== null) {
      for (let i = 0; i < value.length; i++) {
        const ch = value[i]!;
        if (ASCII_SPACE.test(ch)) {
          if (!text) continue; // leading whitespace of a block
          if (!pending) pending = { newline: false, at: [n, i] };
          if (ch === '\n' || ch === '\r') pending.newline = true;
          continue;
        }
        if (!text) {
          anchor = anchors[anchors.length - 1] ?? null;
          heading = labels > 0;
        }
        if (pending) {
          // CSS Text 3: a line break between two East Asian wide characters disappears; otherwise one space.
          if (!(
            pending.newline &&
            isWide(text.codePointAt(text.length - 1 - (/[\udc00-\udfff]/.test(text[text.length - 1]!) ? 1 : 0))!) &&
            isWide(value.codePointAt(i)!)
          )) {
            text += ' ';
            if (withMap) map.push(pending.at);
          }
          pending = null;
        }
        text += ch;
        if (withMap) map.push([n, i]);
      }
      return;
    }
    const tag = a.tag(n);
    if (tag === null) return;
    if (!isRoot && (SKIP.has(tag) || a.attr(n, 'data-pagefind-ignore') !== null || a.attr(n, 'hidden') !== null)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    const id = a.attr(n, 'id');
    const pushed = block && id !== null && id !== '' && !HEADING.test(tag);
    if (pushed) anchors.push(id);
    const label = LABEL.test(tag);
    if (label) labels++;
    for (const c of a.children(n)) visit(c, false);
    if (label) labels--;
    if (pushed) anchors.pop();
    if (block) flush();
  };
  visit(root, true);
  flush();
  return segments;
}
