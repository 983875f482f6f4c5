/**
 * The "cite this" block in the browser: every format was built with the page's canonical URL and stand-in
 * values (src/components/CiteThis.astro). This fills in the address the reader is at (with the anchor they
 * landed on), the place when that anchor is a paragraph or an article (第96段, 第三十四条), and today's date, and
 * offers a copy button.
 */
import { ACCESS_DATE_SENTINEL, PLACE_SENTINEL } from '../lib/citation-placeholder.ts';
import { placeKey, risId } from '../lib/ris-id.ts';
import { paragraphNumber } from '../lib/paragraph-number.ts';

/** Model ids are ASCII (p-12, article-34): only such an anchor goes into a citation. */
const CITABLE_ID = /^[a-z0-9-]+$/;

/**
 * How a citation names a place in the page (GB/T 7714's 析出文献的页码): a paragraph by its number (p-96 →
 * 第96段), a law's article by its number as written (第三十四条); anything else is not named.
 */
export function placeOf(target: Element): string | undefined {
  const n = paragraphNumber(target.id);
  if (n !== undefined) return `第${n}段`;
  if (target.id.startsWith('article-'))
    return target.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6) .num')?.textContent?.trim() || undefined;
  return undefined;
}

/** Today in the reader's time zone, YYYY-MM-DD. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const block = document.querySelector<HTMLElement>('[data-cite-url]');
const heading = block?.querySelector<HTMLElement>('#cite-heading');
const headingText = heading?.textContent ?? '';
const formats = [...(block?.querySelectorAll<HTMLElement>('[data-cite-format]') ?? [])];

/** One format's text from its template: the address, the paragraph's number, today's date, a place's RIS ID. */
function fill(
  el: HTMLElement,
  canonical: string,
  href: string,
  place: string | undefined,
  date: string,
  anchor: string | null,
): string | undefined {
  const template = place === undefined ? el.dataset.citePage : el.dataset.citePlace?.replaceAll(PLACE_SENTINEL, place);
  if (template === undefined) return undefined;
  let text = template.replaceAll(canonical, href);
  const key = block?.dataset.citeKey;
  // A place cited is another reference than its page: its own ID (src/lib/ris-id.ts), as the build writes it.
  if (el.dataset.citeFormat === 'ris' && anchor && key) text = text.replace(`ID  - ${risId(key)}`, `ID  - ${risId(placeKey(key, anchor))}`);
  if (el.dataset.citeFormat === 'csl-json') {
    // Dates are arrays of numbers in CSL-JSON: set the field rather than edit the text.
    const items = JSON.parse(text) as { accessed?: { 'date-parts': number[][] } }[];
    for (const item of items) if (item.accessed) item.accessed = { 'date-parts': [date.split('-').map(Number)] };
    return JSON.stringify(items, null, 2);
  }
  return text.replaceAll(ACCESS_DATE_SENTINEL, date).replaceAll(ACCESS_DATE_SENTINEL.replaceAll('-', '/'), date.replaceAll('-', '/'));
}

/** Cites the page, or `target` when it is an element of the page's text with a model id. */
export function updateCitation(target: HTMLElement | null): void {
  const canonical = block?.dataset.citeUrl;
  if (!canonical) return;
  const here = new URL(location.pathname, location.origin);
  // Only an anchor of this page's text is cited: a made-up or malformed fragment would break the formats
  // (a quote or backslash in CSL-JSON or BibTeX) or cite a place that does not exist, and the page's own
  // furniture (#top, #site-search, #cite-heading) is no place in the document.
  const cited = target && CITABLE_ID.test(target.id) && target.closest('article.text') ? target : null;
  if (cited) here.hash = cited.id;
  const place = cited ? placeOf(cited) : undefined;
  const date = today();
  for (const el of formats) {
    const text = fill(el, canonical, here.href, place, date, cited?.id ?? null);
    if (text !== undefined) el.textContent = text;
  }
  if (heading) heading.textContent = place === undefined ? headingText : `引用${place}`;
}

const copy = block?.querySelector<HTMLButtonElement>('[data-copy-cite]');
if (copy && navigator.clipboard) {
  copy.hidden = false;
  copy.addEventListener('click', () => {
    const text = block?.querySelector('[data-cite]')?.textContent ?? '';
    void navigator.clipboard.writeText(text).then(() => {
      copy.textContent = '已复制';
      setTimeout(() => (copy.textContent = '复制引文'), 2000);
    });
  });
}
