/**
 * On arrival from a search (?hl=…), a small control steps through the highlighted occurrences on the page
 * ("3/15 ↑ ↓ ✕"): ↑/↓ move to the previous/next one (centred, marked as current), ✕ removes the marks and
 * the hl parameters from the address. It starts at the occurrence in the paragraph the link named.
 */
function button(label: string, text: string, data: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.dataset[data] = '';
  return b;
}

export function hitStepper(marks: readonly HTMLElement[], target: Element | null): void {
  if (marks.length === 0) return;
  const bar = document.createElement('div');
  bar.className = 'hit-stepper';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', '所查文字在本页的位置');
  const position = document.createElement('span');
  position.dataset.hitPosition = '';
  position.setAttribute('aria-live', 'polite');
  const prev = button('上一处', '↑', 'hitPrev');
  const next = button('下一处', '↓', 'hitNext');
  const clear = button('清除标记', '✕', 'hitClear');
  bar.append(position, prev, next, clear);
  let at = Math.max(
    0,
    marks.findIndex((m) => target?.contains(m)),
  );
  const show = (scroll: boolean) => {
    marks.forEach((m, i) => m.classList.toggle('is-current', i === at));
    position.textContent = `${at + 1}/${marks.length}`;
    if (scroll) marks[at]!.scrollIntoView({ block: 'center' });
  };
  prev.addEventListener('click', () => {
    at = (at - 1 + marks.length) % marks.length;
    show(true);
  });
  next.addEventListener('click', () => {
    at = (at + 1) % marks.length;
    show(true);
  });
  clear.addEventListener('click', () => {
    for (const m of marks) {
      const parent = m.parentNode;
      m.replaceWith(...m.childNodes);
      parent?.normalize();
    }
    bar.remove();
    const url = new URL(location.href);
    url.searchParams.delete('hl');
    history.replaceState(history.state, '', url);
  });
  document.body.append(bar);
  show(false);
}
