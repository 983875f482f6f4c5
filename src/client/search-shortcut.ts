/** `/` focuses the site search box, unless the reader is typing somewhere already. */
export function focusSearchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    // The page's own box where there is one (the search page hides the header's): the first one shown.
    const input = Array.from(document.querySelectorAll<HTMLInputElement>('[data-search-input]')).find((i) => i.getClientRects().length > 0);
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
