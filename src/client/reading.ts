/**
 * Progressive enhancements for reading pages (all optional: the pages work without them):
 * `/` focuses the search box; the anchor landed on is scrolled into view and marked; the citation
 * gets the full URL, the current anchor and today's date, and a copy button.
 */
import { focusSearchOnSlash } from './search-shortcut.ts';
import './highlight.ts';
import { ACCESS_DATE_PLACEHOLDER } from '../lib/citation-placeholder.ts';

focusSearchOnSlash();

/** The element the address's fragment names, if any (a malformed fragment names none). */
function targetOf(hash: string): HTMLElement | null {
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // Not valid percent-encoding (#%E0%A4%A): look it up as written.
  }
  return id ? document.getElementById(id) : null;
}

/** Model ids are ASCII (p-12, article-34): only such an anchor goes into a citation. */
const CITABLE_ID = /^[a-z0-9-]+$/;

function markTarget(): void {
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  const el = targetOf(location.hash);
  if (!el) return;
  el.classList.add('is-target');
  el.scrollIntoView({ block: 'center' });
  updateCitation();
}

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Every citation format on the page was built with the page's canonical URL and, for GB/T 7714, a
 * placeholder access date: put in the address the reader is at (with the anchor they landed on, so a
 * paragraph can be cited) and today's date.
 */
const citeBlock = document.querySelector<HTMLElement>('[data-cite-url]');
const citeFormats = [...document.querySelectorAll<HTMLElement>('[data-cite-format]')].map((el) => ({ el, text: el.textContent ?? '' }));

function updateCitation(): void {
  const canonical = citeBlock?.dataset.citeUrl;
  if (!canonical) return;
  const here = new URL(location.pathname, location.origin);
  // Only an anchor of this page's text is cited: a made-up or malformed fragment would break the formats
  // (a quote or backslash in CSL-JSON or BibTeX) or cite a place that does not exist.
  const target = targetOf(location.hash);
  if (target && CITABLE_ID.test(target.id)) here.hash = target.id;
  for (const { el, text } of citeFormats) {
    let cited = text.replaceAll(canonical, here.href);
    if (el.dataset.citeFormat === 'gbt7714') cited = cited.replace(`[${ACCESS_DATE_PLACEHOLDER}]`, `[${today()}]`);
    el.textContent = cited;
  }
}

const copy = document.querySelector<HTMLButtonElement>('[data-copy-cite]');
if (copy && navigator.clipboard) {
  copy.hidden = false;
  copy.addEventListener('click', () => {
    const text = document.querySelector('[data-cite]')?.textContent ?? '';
    void navigator.clipboard.writeText(text).then(() => {
      copy.textContent = '已复制';
      setTimeout(() => (copy.textContent = '复制引文'), 2000);
    });
  });
}

// Phones: the table of contents starts closed so the text comes first.
const toc = document.querySelector<HTMLDetailsElement>('[data-toc]');
if (toc && matchMedia('(max-width: 60rem)').matches) toc.open = false;
toc?.setAttribute('data-toc-ready', ''); // lifts the CSS that hid it until now (no layout shift)
// Wide screens: scroll the sidebar (not the page) so the current chapter's entry is in sight.
const sidebar = document.querySelector<HTMLElement>('.doc-toc');
const current = sidebar?.querySelector<HTMLElement>('a[aria-current="page"]');
if (sidebar && current && sidebar.scrollHeight > sidebar.clientHeight) {
  sidebar.scrollTop += current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top - sidebar.clientHeight / 3;
}

// The printed page ends with the address it was printed from and the date.
const printUrl = document.querySelector<HTMLElement>('[data-print-url]');
if (printUrl) printUrl.textContent = location.href.split('#')[0]!;
const printDate = document.querySelector<HTMLElement>('[data-print-date]');
if (printDate) printDate.textContent = today();

window.addEventListener('hashchange', markTarget);
updateCitation();
markTarget();
