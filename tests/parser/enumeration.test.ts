import { describe, expect, it } from 'vitest';
import { enumRuns, openingMarker } from '../../src/parser/enumeration.ts';

const joined = (runs: { text: string }[]) => runs.map((r) => r.text).join('');

describe('enumeration markers', () => {
  it('enumRuns: 一是/二是 after clause boundaries counting from one; never inside words', () => {
    expect(enumRuns('主要是：一是稳；二是进。')).toEqual([
      { text: '主要是：' },
      { text: '一是', emphasis: 'enum' },
      { text: '稳；' },
      { text: '二是', emphasis: 'enum' },
      { text: '进。' },
    ]);
    expect(enumRuns('这唯一是个例外。')).toEqual([{ text: '这唯一是个例外。' }]);
    expect(enumRuns('他说，一是稳。')).toEqual([{ text: '他说，一是稳。' }]); // a lone 一是
  });

  it('marks every circled number', () => {
    expect(enumRuns('①甲；②乙。')).toEqual([
      { text: '①', emphasis: 'enum' },
      { text: '甲；' },
      { text: '②', emphasis: 'enum' },
      { text: '乙。' },
    ]);
  });

  it('counts on from the opening 一是 of the paragraph', () => {
    const opened = openingMarker('一是稳。二是进。')!;
    expect(opened).toEqual({ text: '一是', ordinal: 1, circled: false });
    expect(enumRuns('稳。二是进。', opened)).toEqual([{ text: '稳。' }, { text: '二是', emphasis: 'enum' }, { text: '进。' }]);
    expect(openingMarker('③建成')).toEqual({ text: '③', ordinal: 3, circled: true });
    expect(openingMarker('这是')).toBeNull();
  });

  it('runs concatenate back to the text', () => {
    const text = '一是稳，二是进；③三是立，四是破。⑤';
    expect(joined(enumRuns(text))).toBe(text);
  });
});
