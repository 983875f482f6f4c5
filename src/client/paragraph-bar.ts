/**
 * The paragraph bar (src/components/ParagraphBar.astro): shown while the address names a paragraph or an
 * article, with 复制链接 (its full address to the clipboard, confirmed on screen and to screen readers) and
 * a link to its citation. Where the clipboard is not available (a page served over plain http), the
 * address is shown selected for the reader to copy.
 */
import { placeOf } from './citation.ts';

const bar = document.querySelector<HTMLElement>('[data-paragraph-bar]');
const label = bar?.querySelector<HTMLElement>('[data-paragraph-label]');
const copy = bar?.querySelector<HTMLButtonElement>('[data-paragraph-copy]');
const status = bar?.querySelector<HTMLElement>('[data-paragraph-status]');
let shownFor: string | undefined;
let reset: ReturnType<typeof setTimeout> | undefined;

function say(text: string): void {
  if (status) status.textContent = text;
}

/** Shows the bar for a paragraph or article of the page's text (placeOf), hides it for anything else. */
export function showParagraphBar(target: HTMLElement | null): void {
  if (!bar || !label) return;
  const place = target && target.closest('article.text') ? placeOf(target) : undefined;
  if (place === undefined) {
    bar.hidden = true;
    shownFor = undefined;
    return;
  }
  shownFor = target!.id;
  label.textContent = place;
  if (copy) copy.textContent = '复制链接';
  say('');
  bar.hidden = false;
}

copy?.addEventListener('click', () => {
  if (!shownFor) return;
  const url = new URL(location.pathname, location.origin);
  url.hash = shownFor;
  const done = () => {
    copy.textContent = '已复制 ✓';
    say(`已复制链接：${url.href}`);
    clearTimeout(reset);
    reset = setTimeout(() => (copy.textContent = '复制链接'), 3000);
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(url.href).then(done, () => say(`请手动复制：${url.href}`));
  } else {
    say(`请手动复制：${url.href}`);
  }
});

bar?.querySelector('[data-paragraph-close]')?.addEventListener('click', () => {
  bar.hidden = true;
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && bar && !bar.hidden) bar.hidden = true;
});
