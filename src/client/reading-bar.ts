/**
 * The phone reading bar (src/components/ReadingBar.astro): 目录 opens the document's table of contents
 * over the text (and closes it again, or on Escape, or when an entry is followed); the bar names the
 * section whose heading was passed last, so the reader of a long chapter knows where they are.
 */
const bar = document.querySelector<HTMLElement>('[data-reading-bar]');
const where = bar?.querySelector<HTMLElement>('[data-reading-where]');
const tocButton = bar?.querySelector<HTMLAnchorElement>('[data-reading-bar-toc]');
const toc = document.querySelector<HTMLElement>('.doc-toc');
const details = toc?.querySelector('details');

function setOverlay(open: boolean): void {
  if (!toc || !tocButton) return;
  toc.classList.toggle('is-overlay', open);
  tocButton.setAttribute('aria-expanded', String(open));
  if (open && details) details.open = true;
  if (open) toc.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus({ preventScroll: false });
}

if (bar && toc && tocButton && matchMedia('(max-width: 60rem)').matches) {
  tocButton.setAttribute('role', 'button');
  tocButton.setAttribute('aria-expanded', 'false');
  tocButton.addEventListener('click', (e) => {
    e.preventDefault();
    setOverlay(!toc.classList.contains('is-overlay'));
  });
  toc.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) setOverlay(false);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && toc.classList.contains('is-overlay')) {
      setOverlay(false);
      tocButton.focus();
    }
  });
}

// Back to the very top, without putting #top in the address (a paragraph's address stays citable).
bar?.querySelector('[data-reading-bar-top]')?.addEventListener('click', (e) => {
  e.preventDefault();
  window.scrollTo({ top: 0 });
});

// The section in view: the last heading of the text in the top third of the window or above it.
const headings = [...document.querySelectorAll<HTMLElement>('article.text :is(h1, h2, h3, h4)')];
if (where && bar && headings.length > 0) {
  const pageTitle = where.textContent ?? '';
  let frame = 0;
  const update = () => {
    frame = 0;
    const edge = bar.getBoundingClientRect().bottom + innerHeight / 3;
    let current: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= edge) current = h;
      else break;
    }
    const text = current ? (current.textContent ?? '').trim() : pageTitle;
    if (where.textContent !== text) where.textContent = text;
  };
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(update)), { passive: true });
  update();
}
