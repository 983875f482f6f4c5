/**
 * Arrival from a search result (/doc/part/?hl=term&hl=term#p-12): every occurrence of the terms in the
 * reading text is wrapped in <mark class="search-hit">, found with the same reading-text rules and
 * normalisation as the search itself (search/text.ts, whitespace ignored), so what was counted is what is
 * marked. The terms come already normalised by the search page (traditional characters converted). A
 * control steps through the marks (hit-stepper.ts).
 */
import { extractSegments, type TreeAdapter } from '../search/reading.ts';
import { compact, hitRanges, normalizeText } from '../search/text.ts';
import { hitStepper } from './hit-stepper.ts';

const domAdapter: TreeAdapter<Node> = {
  text: (n) => (n.nodeType === Node.TEXT_NODE ? (n as Text).data : null),
  tag: (n) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element).localName : null),
  attr: (n, name) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element).getAttribute(name) : null),
  children: (n) => Array.from(n.childNodes),
};

/** Marks the terms inside `root`; returns the marks in reading order. */
export function highlightTerms(root: Element, rawTerms: readonly string[]): HTMLElement[] {
  const terms = rawTerms.map((t) => compact(normalizeText(t)).text).filter((t) => t.length > 0);
  if (terms.length === 0) return [];
  const perNode = new Map<Text, Array<[number, number]>>();
  const order: Text[] = [];
  for (const seg of extractSegments(root, domAdapter, true)) {
    const map = seg.map!;
    for (const [s, e] of hitRanges(normalizeText(seg.text), terms)) {
      // Split the range where it crosses from one text node into the next.
      let i = s;
      while (i < e) {
        const node = map[i]![0] as Text;
        let j = i;
        // Within one text node, what lies between mapped characters is collapsed whitespace: one mark
        // covers it (总  则 is marked whole).
        while (j + 1 < e && map[j + 1]![0] === node) j++;
        if (!perNode.has(node)) {
          perNode.set(node, []);
          order.push(node);
        }
        perNode.get(node)!.push([map[i]![1], map[j]![1] + 1]);
        i = j + 1;
      }
    }
  }
  const marks: HTMLElement[] = [];
  for (const node of order) {
    const wrapped: HTMLElement[] = [];
    // From the end, so the earlier offsets stay valid on the shrinking node.
    for (const [s, e] of perNode.get(node)!.sort((a, b) => b[0] - a[0])) {
      node.splitText(e);
      const hit = node.splitText(s);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      wrapped.unshift(mark);
    }
    marks.push(...wrapped);
  }
  return marks;
}

const terms = new URLSearchParams(location.search).getAll('hl');
const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('article');
if (terms.length && root) {
  const marks = highlightTerms(root, terms);
  // Without an anchor to land on, bring the first match into view.
  if (marks[0] && !location.hash) marks[0].scrollIntoView({ block: 'center' });
  let target: Element | null;
  try {
    target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    target = null; // a malformed fragment names no element
  }
  hitStepper(marks, target);
}
