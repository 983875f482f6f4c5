/**
 * The warning vocabulary: readers see these texts as editorial notes (编者注), so each is checked for
 * plain Chinese, and no shape may write a warning text of its own outside ../../src/parser/warnings.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/parser/warnings.ts';

/** Every message the vocabulary can produce, with Chinese (or numeric) arguments. */
function samples(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(vocabulary)) {
    if (typeof value === 'string') out.push([name, value]);
    else if (name === 'inferredHeading') {
      const { editorial, warning } = vocabulary.inferredHeading({
        label: '第六十六章',
        unit: '章',
        first: '第一节',
        childUnit: '节',
        reason: '章编号没有空缺',
      });
      out.push([`${name}.editorial`, editorial], [`${name}.warning`, warning]);
    } else if (name === 'numberingGap') out.push([name, vocabulary.numberingGap(undefined, '（二）', '（五）', ['（三）', '（四）'])]);
    else {
      const fn = value as (...args: unknown[]) => string;
      const args = Array.from({ length: fn.length }, (_, i) => (name.startsWith('table') ? i + 2 : ['甲', '乙', '丙'][i]));
      out.push([name, fn(...args)]);
    }
  }
  return out;
}

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('warning vocabulary', () => {
  it('is plain Chinese: no Latin words but the names of formats and characters quoted from the source', () => {
    const all = samples();
    expect(all.length).toBeGreaterThan(20);
    for (const [name, text] of all) {
      const latin = text.replace(/UTF-8|BOM|CR|Windows|Mac|\[image: …\]/g, '').match(/[A-Za-z]+/g);
      expect(latin, `${name}: ${text}`).toBeNull();
      expect(text, name).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('names the defect in the same words in every shape: one form per numbering defect', () => {
    expect(vocabulary.numberingGap(undefined, null, '第二章', ['第一章', '第一章'])).toBe(
      '编号不连续：开头是“第二章”，缺少“第一章”（按原文保留）',
    );
    expect(vocabulary.numberingGap('名词解释条目', '9.', '11.', ['10.', '10.'])).toBe(
      '名词解释条目编号不连续：“9.”之后是“11.”，缺少“10.”（按原文保留）',
    );
    expect(vocabulary.numberingRepeat(undefined, '第一条', '第一条')).toBe('编号重复：“第一条”之后又是“第一条”（按原文保留）');
    expect(vocabulary.numberingDisorder(undefined, '（四）', '（三）')).toBe('编号顺序错乱：“（四）”之后是“（三）”（按原文保留）');
  });

  it('keeps the wording of the notes the real seeds show (the plan’s lost 第六十六章)', () => {
    const { editorial, warning } = vocabulary.inferredHeading({
      label: '第六十六章',
      unit: '章',
      first: '第一节',
      childUnit: '节',
      reason: vocabulary.numberingSkips('章', '第六十五章', '第六十七章'),
    });
    expect(editorial).toBe('源文件缺少第六十六章标题');
    expect(warning).toBe(
      '源文件缺少第六十六章标题：自此处起的内容（含“第一节”及其后各节）没有章标题（章编号从第六十五章跳到第六十七章），归入推断的第六十六章',
    );
  });

  it('is the only place warning texts are written: every warn() call in src/parser passes a vocabulary entry', () => {
    const offenders: string[] = [];
    for (const file of sources('src/parser')) {
      if (file.endsWith('warnings.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bwarn\(\s*[^,]+,\s*(['"`])/g)) offenders.push(`${file}: ${text.slice(m.index, m.index + 60)}`);
      for (const m of text.matchAll(/message:\s*(['"`])/g)) offenders.push(`${file}: ${text.slice(m.index, m.index + 60)}`);
    }
    expect(offenders).toEqual([]);
  });
});
