/**
 * What the comparison view shows, as CSV records (header first): the sentence pairs with their label and
 * likeness, the figure changes, and the new and dropped formulations. The browser writes them with
 * csv-stringify (src/client/compare-page.ts), as the concordance does.
 */
import { unitHref } from '../document-text/model.ts';
import { oldWording, type Comparison } from './view.ts';
import { partTitle, partsOfRows, tallyOf } from './summary.ts';
import { TALLY_LABELS } from './summary-view.ts';

export type CsvKind = 'pairs' | 'figures' | 'formulations';

const href = (c: Comparison, side: 'a' | 'b', i: number) => {
  const doc = side === 'a' ? c.a : c.b;
  const s = (side === 'a' ? c.sentencesA : c.sentencesB)[i]!;
  return unitHref(doc, doc.units[s.unit]!);
};

export function csvRecords(c: Comparison, kind: CsvKind): string[][] {
  if (kind === 'pairs') {
    const out = [['label', 'label_zh', 'kind', 'similarity', 'part_b', 'sentence_b', 'link_b', 'sentence_a', 'link_a']];
    // Each row in the part it is shown in, as the counts per part count it (a removed sentence included).
    const partOf = partsOfRows(c.alignment);
    for (const [i, row] of c.alignment.rows.entries()) {
      const tally = tallyOf(row);
      const part = partTitle(c.sentencesB, partOf[i]!);
      const b = row.status === 'removed' ? ['', ''] : [c.sentencesB[row.b]!.text.trim(), href(c, 'b', row.b)];
      // An added sentence names A's task it answers (承诺与兑现) or its likely counterpart (kind "likely").
      const aIndex = row.status === 'added' ? (row.promise ?? row.likely) : row.a;
      const aText = row.status === 'changed' ? oldWording(c, row).trim() : aIndex === undefined ? '' : c.sentencesA[aIndex]!.text.trim();
      const a = aIndex === undefined ? ['', ''] : [aText, href(c, 'a', aIndex)];
      const likely = row.status === 'added' && row.promise === undefined && row.likely !== undefined;
      const kindOf = row.status === 'changed' ? row.kind : likely ? 'likely' : '';
      const similarity = row.status === 'changed' || likely ? row.similarity!.toFixed(3) : row.status === 'same' ? '1' : '';
      out.push([tally, TALLY_LABELS[tally], kindOf, similarity, part, ...b, ...a]);
    }
    return out;
  }
  if (kind === 'figures') {
    const out = [['measure', 'value_a', 'value_b', 'sentence_b', 'link_b', 'link_a']];
    for (const f of c.figures) out.push([f.context, f.old, f.new, c.sentencesB[f.b]!.text.trim(), href(c, 'b', f.b), href(c, 'a', f.a)]);
    return out;
  }
  // As the page lists them: where used (tasks or only the review), the near variant, the rename, and for a
  // code without a Chinese character (“51020”) the words after it where first used.
  const out = [['list', 'phrase', 'count', 'quoted', 'in_tasks', 'review_fact', 'near_variant', 'renamed', 'context']];
  const row = (list: string, f: Comparison['added'][number], renamed: string) => [
    list,
    f.phrase,
    String(f.count),
    String(f.quoted),
    String(f.inTasks),
    String(f.reviewFact),
    f.variant ?? '',
    renamed,
    f.context ?? '',
  ];
  for (const f of c.added) out.push(row('new', f, c.renames.find((r) => r.new === f.phrase)?.old ?? ''));
  for (const f of c.dropped) out.push(row('dropped', f, c.renames.find((r) => r.old === f.phrase)?.new ?? ''));
  return out;
}
