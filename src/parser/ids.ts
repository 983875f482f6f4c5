/**
 * Node ids. Ids are structural (chapter-24, item-3-2, article-34), so they stay stable across edits
 * of the text and can be linked to. A source that repeats a number would repeat an id; the one rule
 * for every shape: the second node gets `-dup2`, the third `-dup3`, … A plain `-2` would read as a
 * structural id (box-14-2 is the second sub-heading of box 14), `-dupN` cannot. The repeat itself is
 * reported by the numbering check (./numbering.ts), not here: one defect, one note.
 */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** `base`, or `base-dupN` with the smallest N ≥ 2 not yet taken; the id returned is taken. */
  claim(base: string): string {
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-dup${k}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** How many ids `${prefix}1`, `${prefix}2`, … are taken in a row (numbering across a document). */
  countInRow(prefix: string): number {
    let n = 0;
    while (this.taken.has(`${prefix}${n + 1}`)) n++;
    return n;
  }
}
