/**
 * Progressive enhancements for reading pages (all optional: the pages work without them):
 * `/` focuses the search box; the anchor landed on is scrolled into view and marked; the citation
 * gets the full URL, the current anchor and today's date (citation.ts); a paragraph landed on gets the
 * bar with 复制链接 (paragraph-bar.ts).
 */
import { focusSearchOnSlash } from './search-shortcut.ts';
import './highlight.ts';
import { today, updateCitation } from './citation.ts';
import { showParagraphBar } from './paragraph-bar.ts';

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

function markTarget(): void {
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  const el = targetOf(location.hash);
  updateCitation(el);
  showParagraphBar(el);
  if (!el) return;
  el.classList.add('is-target');
  el.scrollIntoView({ block: 'center' });
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
markTarget();
