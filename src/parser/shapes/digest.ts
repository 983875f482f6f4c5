/**
 * The newspaper digest (三湘都市报's spread on a work report): a lead block, sections opened by labels
 * like "2023答卷 >>>>", headlines, topic labels (消费, 城市 …), ● bullets, Markdown-like `**bold**` and
 * `- ` list items. The Markdown markers are declared artefacts (see sourceText in ../text.ts): `**` is
 * dropped and its text becomes a `strong` run; a leading `- ` is dropped and the line is a list-item.
 *
 * Roles are decided per line by what it is, then by what follows it:
 * - a "phrase" (a line that is not a sentence, bullet, list item, byline or section label) followed by a
 *   list item is a label (十大重点民生实事); a short phrase (≤ LABEL_MAX characters) followed by another
 *   phrase is a topic label (消费 → 大力支持刚性和改善性住房需求); any other phrase is a headline.
 * - Topic labels stay paragraphs (role 'label'), not divisions: the source marks where a topic starts but
 *   never where it ends, so a division would assert an extent the text does not state.
 * - A headline group (consecutive headline lines) at the top level — before the first section, or
 *   directly before a section label once the open section has content — is a page headline: its first
 *   line is role 'title', the rest 'subtitle'. The first page headline is the digest's stated title.
 *   Headlines inside a section are all 'subtitle', so 'title' marks only the digest's own headlines.
 */
import type { ParseContext, ShapeResult } from '../context.ts';
import type { Division, Inline, ParagraphRole } from '../model.ts';
import { excerpt } from '../source.ts';
import { markersWithoutText, UNMATCHED_BOLD } from '../warnings.ts';
import { isSentence, leadDate } from './press.ts';

/** Longest topic label (消费, 乡村振兴, 风险处置); headlines are longer. */
const LABEL_MAX = 6;
const SECTION_LABEL = /^(.*?)\s*(?:>{3,}|＞{3,}|》{2,})$/u;
const BYLINE = /^■\s*(?:文|图|视频|摄影|记者|通讯员)/u;
const BULLET = /^[●•◆■▲]/u;
/** Residue of the page's QR-code caption (扫码看视频): kept as a note. */
const CAPTION = /^扫(?:码|描|一扫)/u;

type Kind = 'list' | 'section' | 'byline' | 'bullet' | 'note' | 'sentence' | 'phrase';
/** Kinds whose role does not depend on the lines around them. */
const ROLE_OF = { list: 'list-item', byline: 'byline', bullet: 'bullet', note: 'note' } as const satisfies Partial<
  Record<Kind, ParagraphRole>
>;
type Line = ParseContext['lines'][number];

interface Item {
  line: Line;
  kind: Kind;
  /** Runs with `**` resolved; `odd` when a marker had no partner. */
  runs: Inline[];
  odd: boolean;
  plain: string;
}

/** Splits on `**`: odd-numbered parts are strong. An unpaired last marker is dropped and its text stays plain. */
function boldRuns(text: string): { runs: Inline[]; odd: boolean } {
  const parts = text.split('**');
  const odd = parts.length % 2 === 0;
  const runs: Inline[] = parts.flatMap((part, i): Inline[] => {
    if (part === '') return [];
    const strong = i % 2 === 1 && !(odd && i === parts.length - 1);
    return [strong ? { text: part, emphasis: 'strong' } : { text: part }];
  });
  return { runs, odd };
}

function classify(line: Line): Item {
  const list = line.text.startsWith('- ');
  const marked = list ? line.text.slice(2) : line.text;
  const { runs, odd } = boldRuns(marked);
  const plain = runs.map((r) => r.text).join('');
  let kind: Kind;
  if (list) kind = 'list';
  else if (SECTION_LABEL.test(plain) && SECTION_LABEL.exec(plain)![1] !== '') kind = 'section';
  else if (BYLINE.test(plain)) kind = 'byline';
  else if (BULLET.test(plain)) kind = 'bullet';
  else if (CAPTION.test(plain) && !isSentence(plain)) kind = 'note';
  else if (isSentence(plain)) kind = 'sentence';
  else kind = 'phrase';
  return { line, kind, runs, odd, plain };
}

export function parseDigest(ctx: ParseContext): ShapeResult {
  const items: Item[] = [];
  for (const line of ctx.lines) {
    if (line.text === '') continue;
    const item = classify(line);
    if (item.plain.trim() === '') {
      // Nothing but markers (`****`, `- **`): all artefact, no text to keep.
      ctx.warn(line.number, markersWithoutText(line.text));
      continue;
    }
    items.push(item);
  }
  if (items.length === 0) ctx.fail(ctx.lines[0]?.number ?? 1, 'expected a digest, found only blank lines');

  const isLabel = (k: number): boolean => {
    const item = items[k]!;
    const next = items[k + 1];
    return item.kind === 'phrase' && (next?.kind === 'list' || (item.plain.length <= LABEL_MAX && next?.kind === 'phrase'));
  };
  const isHeadline = (k: number) => items[k]?.kind === 'phrase' && !isLabel(k);

  const children: ShapeResult['children'] = [];
  let section: Division | null = null;
  let sections = 0;
  let leadSeen = false;
  let title: string | undefined;
  let date: string | undefined;

  const add = (item: Item, role: ParagraphRole) => {
    const p = ctx.paragraph(role, item.runs, item.line.number);
    if (item.odd) ctx.warn(item.line.number, UNMATCHED_BOLD, p.id);
    (section ? section.children : children).push(p);
  };

  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    switch (item.kind) {
      case 'section': {
        sections += 1;
        const label = SECTION_LABEL.exec(item.plain)![1]!;
        section = ctx.division(
          'section',
          `section-${sections}`,
          { number: null, ordinal: null, title: label, heading: item.plain },
          item.line.number,
        );
        if (item.odd) ctx.warn(item.line.number, UNMATCHED_BOLD, section.id);
        children.push(section);
        break;
      }
      case 'list':
      case 'byline':
      case 'bullet':
      case 'note':
        add(item, ROLE_OF[item.kind]);
        break;
      case 'sentence':
        if (!leadSeen && !section && sections === 0) {
          add(item, 'lead');
          date = leadDate(ctx, item.plain, item.line.number);
        } else add(item, 'body');
        leadSeen = true;
        break;
      case 'phrase': {
        if (!isHeadline(k)) {
          add(item, 'label');
          break;
        }
        let end = k;
        while (isHeadline(end + 1)) end++;
        const after = items[end + 1];
        if (section && after?.kind === 'section' && section.children.length > 0) section = null;
        for (let j = k; j <= end; j++) add(items[j]!, section ? 'subtitle' : j === k ? 'title' : 'subtitle');
        if (!section) title ??= item.plain;
        k = end;
        break;
      }
    }
  }
  if (title === undefined) {
    ctx.fail(
      items[0]!.line.number,
      `expected a headline outside the sections (the digest's title), found none; first line "${excerpt(items[0]!.plain)}"`,
    );
  }
  return { children, stated: date ? { title, date } : { title } };
}
