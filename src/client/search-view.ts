/**
 * Going Back to the search page from a result brings back what the reader saw: the history entry keeps how
 * many results were shown and the scroll position (history.state), written while scrolling and on leaving;
 * the page shows that many again and scrolls there (the browser's own restoration runs before the results
 * exist, so it is turned off).
 */
export interface SavedView {
  shown: number;
  scrollY: number;
}

export function savedView(): SavedView | null {
  const st = history.state as { shown?: unknown; scrollY?: unknown } | null;
  return st && typeof st.shown === 'number' && typeof st.scrollY === 'number' ? { shown: st.shown, scrollY: st.scrollY } : null;
}

/** `shown` says how many results are on screen (null: none yet, nothing to remember). */
export function rememberView(shown: () => number | null): void {
  history.scrollRestoration = 'manual';
  const save = () => {
    const n = shown();
    if (n !== null) history.replaceState({ shown: n, scrollY: Math.round(window.scrollY) }, '');
  };
  let queued = false;
  window.addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      save();
    }, 200);
  });
  window.addEventListener('pagehide', save);
}
