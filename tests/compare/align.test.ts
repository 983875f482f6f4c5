import { describe, expect, it } from 'vitest';
import { alignSentences, charDiff, similarity, SIMILARITY } from '../../src/compare/align.ts';
import { sentencesOf, splitSentences } from '../../src/compare/sentences.ts';
import { compareDocuments, renderComparison } from '../../src/compare/view.ts';
import { formulations, quotedPhrases, renames } from '../../src/compare/formulations.ts';
import { csvRecords } from '../../src/compare/csv.ts';
import { textDoc } from './fixture.ts';

describe('splitSentences', () => {
  it('cuts after 。！？； and keeps closing quotes, brackets and trailing spaces with the sentence', () => {
    expect(splitSentences('大力提振消费。“两新”加力扩围！（见专栏1。）还有吗？一是；二是')).toEqual([
      '大力提振消费。',
      '“两新”加力扩围！',
      '（见专栏1。）',
      '还有吗？',
      '一是；',
      '二是',
    ]);
    expect(splitSentences('他说：“好。”  然后走了。')).toEqual(['他说：“好。”  ', '然后走了。']);
    expect(splitSentences('一、总体要求')).toEqual(['一、总体要求']);
  });

  it('loses nothing: the sentences concatenate back to the text', () => {
    for (const t of ['', '。', '。。！', 'a；b；', '  总  则  ', '第一句。第二句？” 第三句']) expect(splitSentences(t).join('')).toBe(t);
  });
});

describe('alignSentences', () => {
  const A = textDoc('a', [
    ['一、回顾', 1],
    ['经济增长5%。大力发展低空经济。粮食产量创新高。', 0],
    ['这是一句被删去的话。', 0],
  ]);
  const B = textDoc('b', [
    ['一、回顾', 1],
    ['经济增长5%。稳妥发展低空经济。全新的一句关于人工智能的话。', 0],
    ['粮食产量创新高。', 0],
  ]);
  const al = alignSentences(sentencesOf(A), sentencesOf(B));

  it('labels same, changed, added and removed, and keeps removed sentences where they stood', () => {
    const sa = sentencesOf(A);
    const sb = sentencesOf(B);
    const show = al.rows.map((r) => (r.status === 'removed' ? `-${sa[r.a]!.text}` : `${r.status}:${sb[r.b]!.text}`));
    expect(show).toEqual([
      'same:一、回顾',
      'same:经济增长5%。',
      'changed:稳妥发展低空经济。',
      'added:全新的一句关于人工智能的话。',
      'same:粮食产量创新高。',
      '-这是一句被删去的话。',
    ]);
    expect(al.counts).toEqual({ same: 3, changed: 1, added: 1, removed: 1 });
  });

  it('counts a moved sentence as same, and a sentence cut from a longer one as changed (never "added" while in A)', () => {
    const a = sentencesOf(textDoc('a', [['甲句。乙句。丙句很长，包含一段话。', 0]]));
    const b = sentencesOf(textDoc('b', [['丙句很长，包含一段话。乙句。包含一段话。', 0]]));
    const r = alignSentences(a, b).rows;
    const byText = new Map(r.filter((x) => x.status !== 'removed').map((x) => [b[(x as { b: number }).b]!.text, x.status]));
    expect(byText.get('乙句。')).toBe('same');
    expect(byText.get('包含一段话。')).toBe('changed');
    expect(r.filter((x) => x.status === 'removed').map((x) => a[(x as { a: number }).a]!.text)).toEqual(['甲句。']);
  });

  it('ignores whitespace when comparing', () => {
    const r = alignSentences(sentencesOf(textDoc('a', [['总  则', 1]])), sentencesOf(textDoc('b', [['总则', 1]]))).rows;
    expect(r.map((x) => x.status)).toEqual(['same']);
  });

  it('similarity is the Dice coefficient of bigram sets; unrelated sentences of the same register stay below the threshold', () => {
    expect(similarity('大力发展低空经济。', '稳妥发展低空经济。')).toBeGreaterThanOrEqual(SIMILARITY);
    expect(similarity('推进新型工业化。', '推进乡村全面振兴。')).toBeLessThan(SIMILARITY);
    expect(similarity('ab', 'ab')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it('charDiff pieces spell both sentences', () => {
    const d = charDiff('大力发展低空经济。', '稳妥发展低空经济和航天。');
    expect(
      d
        .filter((p) => p.op !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe('稳妥发展低空经济和航天。');
    expect(
      d
        .filter((p) => p.op !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe('大力发展低空经济。');
  });
});

describe('formulations', () => {
  it('quoted phrases are 2–12 characters, whitespace dropped', () => {
    expect(quotedPhrases('推进“两重”建设和“两 新”工作，“一”不算，“一二三四五六七八九十一二三”太长')).toEqual(['两重', '两新']);
  });

  it('lists phrases of B found nowhere in A as new, and of A nowhere in B as dropped', () => {
    const A = textDoc(
      'a',
      [['实施“发展六仗”，推进“两新”。', 0]],
      [
        ['发展六仗', 1, 1],
        ['两新', 1, 1],
      ],
    );
    const B = textDoc(
      'b',
      [['推进“两新”，“投资于人”。两新。', 0]],
      [
        ['两新', 2, 1],
        ['投资于人', 1, 1],
      ],
    );
    const f = formulations(A, B);
    expect(f.added.map((x) => x.phrase)).toEqual(['投资于人']);
    expect(f.dropped.map((x) => x.phrase)).toEqual(['发展六仗']);
  });

  it('a quoted code without a Chinese character (“51020”) is listed with the words after it', () => {
    const A = textDoc('a', [['推进产业集群建设。', 0]]);
    const B = textDoc(
      'b',
      [['打造“51020”现代产业集群，实施“5G+工业互联网”工程。', 0]],
      [
        ['51020', 1, 1],
        ['5G+工业互联网', 1, 1],
      ],
    );
    const c = compareDocuments(A, B);
    expect(c.added.map((x) => [x.phrase, x.context])).toEqual([
      ['51020', '“51020”现代产业集群'],
      ['5G+工业互联网', undefined],
    ]);
    expect(renderComparison(c)).toContain('<span class="variant">原文：“51020”现代产业集群</span>');
  });

  it('a rename pairs coined (quoted) phrases only', () => {
    const pairs = [{ a: '推动工业化、信息化两化融合。', b: '大力推进“数实融合”。', index: 0 }];
    const added = [{ phrase: '数实融合', count: 1, quoted: true }];
    expect(renames(pairs, added, [{ phrase: '两化融合', count: 2, quoted: false }], charDiff)).toEqual([]);
    expect(renames(pairs, added, [{ phrase: '两化融合', count: 1, quoted: true }], charDiff)).toHaveLength(1);
  });

  it('compares with search normalisation: full-/half-width and case fold (人工智能＋ is not new beside 人工智能+)', () => {
    const A = textDoc('a', [['实施人工智能+行动，发展5G。', 0]], [['人工智能+', 1, 0]]);
    const B = textDoc(
      'b',
      [['推进“人工智能＋”，“５g应用”。', 0]],
      [
        ['人工智能＋', 1, 1],
        ['５g应用', 1, 1],
      ],
    );
    const f = formulations(A, B);
    expect(f.added.map((x) => x.phrase)).toEqual(['５g应用']);
    expect(f.dropped).toEqual([]);
  });
});

describe('renderComparison (model in → HTML out)', () => {
  const A = textDoc(
    'a',
    [
      ['一、总体', 1],
      ['大力发展低空经济。旧话<script>。', 0],
    ],
    [['旧提法', 1, 1]],
  );
  const B = textDoc(
    'b',
    [
      ['一、总体', 1],
      ['稳妥发展低空经济。新话&。', 0],
    ],
    [['新提法', 1, 1]],
  );
  const html = renderComparison(compareDocuments(A, B));
  const el = (status: string) => [...html.matchAll(new RegExp(`<a data-diff="${status}"[^>]*>(.*?)</a>`, 'g'))].map((m) => m[1]!);

  it('each sentence is an element with data-diff whose text is the sentence; A wording in the data-diff-old child', () => {
    expect(el('same')).toEqual(['一、总体']);
    expect(el('added')).toEqual(['新话&amp;。']);
    expect(el('removed')).toEqual(['旧话&lt;script&gt;。']);
    expect(html).toContain('<a data-diff="removed" href="/a/#p-2">');
    const changed = el('changed')[0]!;
    const old = /<span data-diff-old="">(.*?)<\/span>/.exec(changed)![1]!;
    // The sentence's text is B's wording once the data-diff-old child is taken out; the child's text is A's.
    expect(changed.replace(/<span data-diff-old="">.*?<\/span>/, '').replace(/<[^>]*>/g, '')).toBe('稳妥发展低空经济。');
    expect(old.replace(/<[^>]*>/g, '')).toBe('大力发展低空经济。');
    expect(changed).toMatch(/^<ins>稳妥<\/ins>发展低空经济。<span/);
    expect(old).toBe('<del>大力</del>发展低空经济。');
    expect(el('removed')[0]).toBeDefined();
  });

  it('groups by B parts, links each sentence to its paragraph, lists formulations with concordance links', () => {
    expect(html).toMatch(/<section class="diff-part"><h4 id="d-0"><a data-diff="same" href="\/b\/#p-1">/);
    expect(html).toContain('<a data-new-term="" href="/terms/?t=新提法">新提法</a>');
    expect(html).toContain('<a data-dropped-term="" href="/terms/?t=旧提法">旧提法</a>');
    expect(html).toContain('<dd data-count="changed">1</dd>');
    expect(html).not.toContain('<script>');
  });
});

describe('structure-first alignment', () => {
  const A = textDoc('a', [
    ['一、过去一年工作回顾', 1],
    ['粮食总产达到600亿斤。', 0],
    ['二、关于2024年工作', 1],
    ['（一）着力推动经济回升', 1],
    ['确保粮食播种面积稳定在7135万亩以上。', 0],
    ['力争旅游业总收入突破万亿元。', 0],
    ['（二）着力建设产业体系', 1],
    ['推动先进制造业和现代服务业深度融合发展。', 0],
  ]);
  const B = textDoc('b', [
    ['一、2024年工作回顾', 1],
    ['旅游业总收入迈上万亿新台阶。', 0],
    ['二、关于2025年工作', 1],
    ['（一）全力推动经济回升', 1],
    ['确保粮食播种面积稳定在7140万亩以上。', 0],
    ['推动先进制造业和现代服务业深度融合发展，打造产业集群。', 0],
    ['（二）加快建设产业体系', 1],
  ]);
  const sa = sentencesOf(A);
  const sb = sentencesOf(B);
  const rows = alignSentences(sa, sb).rows;
  const rowOf = (text: string) => rows.find((r) => r.status !== 'removed' && sb[r.b]!.text === text)!;

  it('pairs numbered headings by number and title (renamed headings are changed, not added)', () => {
    expect(rowOf('二、关于2025年工作')).toMatchObject({ status: 'changed', a: 2 });
    expect(rowOf('（一）全力推动经济回升')).toMatchObject({ status: 'changed', a: 3 });
    expect(rowOf('（二）加快建设产业体系')).toMatchObject({ status: 'changed', a: 6 });
  });

  it('a changed figure is a rewrite in place', () => {
    expect(rowOf('确保粮食播种面积稳定在7140万亩以上。')).toMatchObject({ status: 'changed', a: 4, moved: false });
  });

  it('a sentence that moved to another section is changed and marked moved', () => {
    expect(rowOf('推动先进制造业和现代服务业深度融合发展，打造产业集群。')).toMatchObject({ status: 'changed', a: 7, moved: true });
  });

  it('sections that moved and were renamed pair by their text: headings renamed, sentences in place', () => {
    const a = textDoc('a', [
      ['二、关于2025年工作', 1],
      ['（七）进一步增强文化软实力', 2],
      ['深化湖湘文化研究阐释，办好马栏山音视频实验室和岳麓书院讲坛。', 0],
      ['（九）持续推进美丽湖南建设', 2],
      ['深入打好洞庭湖总磷污染控制与削减攻坚战，推进长江十年禁渔。', 0],
    ]);
    const b = textDoc('b', [
      ['三、关于2026年工作', 1],
      ['（七）着力加强生态文明建设', 2],
      ['持续打好洞庭湖总磷污染控制与削减攻坚战，巩固长江十年禁渔成效。', 0],
      ['（九）更好担负新时代的文化使命', 2],
      ['深化湖湘文化研究阐释，建强马栏山音视频实验室和岳麓书院讲坛。', 0],
    ]);
    const [sa2, sb2] = [sentencesOf(a), sentencesOf(b)];
    const rows2 = alignSentences(sa2, sb2).rows;
    const of = (start: string) => rows2.find((r) => r.status !== 'removed' && sb2[r.b]!.text.startsWith(start))!;
    expect(of('（七）')).toMatchObject({ status: 'changed', a: 3 });
    expect(of('（九）')).toMatchObject({ status: 'changed', a: 1 });
    expect(of('持续打好')).toMatchObject({ status: 'changed', a: 4, moved: false });
    expect(of('深化湖湘')).toMatchObject({ status: 'changed', a: 2, moved: false });
  });

  it('within two paragraphs alike as a whole, a reworded lead pairs with its likeliest counterpart', () => {
    const a = textDoc('a', [
      ['（六）扩大高水平对外开放', 2],
      [
        '着力稳外贸、稳外资，承接好国家内外贸一体化试点，壮大外贸主体。促进跨境电商发展，积极发展服务贸易、数字贸易、绿色贸易，扩大优势特色产品出口。',
        0,
      ],
      ['办好中非经贸博览会，深化对非经贸合作。', 0],
    ]);
    const b = textDoc('b', [
      ['（六）扩大高水平对外开放', 2],
      ['促进跨境电商和市场采购发展，积极发展服务贸易、数字贸易、绿色贸易，扩大优势特色产品出口。推动外贸外资稳量提质，壮大外贸主体。', 0],
      ['办好中非经贸博览会，拓展对非经贸合作。', 0],
    ]);
    const [sa2, sb2] = [sentencesOf(a), sentencesOf(b)];
    const lead = alignSentences(sa2, sb2).rows.find((r) => r.status !== 'removed' && sb2[r.b]!.text.startsWith('推动外贸'));
    expect(lead).toMatchObject({ status: 'changed', a: 1 });
  });

  it('a result in A’s review and a task of B never pair, for B’s next year or the same year', () => {
    const a = textDoc('a', [
      ['一、2024年工作回顾', 1],
      ['地方一般公共预算收入增长2.6%、高于全国0.9个百分点。', 0],
      ['二、关于2025年工作', 1],
      ['推进零基预算改革。', 0],
    ]);
    const b = textDoc('b', [
      ['一、2025年工作回顾', 1],
      ['零基预算改革全面推开。', 0],
      ['二、关于2026年工作', 1],
      ['地方一般公共预算收入增长1.5%左右。', 0],
    ]);
    const al = alignSentences(sentencesOf(a), sentencesOf(b));
    const target = al.rows.find((r) => r.status !== 'removed' && sentencesOf(b)[r.b]!.text.startsWith('地方'));
    expect(target?.status).toBe('added');
    // Between two documents of the same year, A's review (of the year before) and B's tasks are different
    // statements too; a task of A is not answered by B's review of the year before (no promise link).
    const same = alignSentences(sentencesOf(a), sentencesOf(b), undefined, false);
    expect(same.rows.find((r) => r.status !== 'removed' && sentencesOf(b)[r.b]!.text.startsWith('地方'))?.status).toBe('added');
    expect(same.rows.find((r) => r.status !== 'removed' && sentencesOf(b)[r.b]!.text.startsWith('零基'))).not.toHaveProperty('promise');
    // Against a text without parts (a news item, a law), nothing tells its tasks apart: the rule does not apply.
    const plain = textDoc('b', [['地方一般公共预算收入增长1.5%左右。', 0]]);
    expect(alignSentences(sentencesOf(a), sentencesOf(plain), undefined, false).rows.find((r) => r.status !== 'removed')?.status).toBe(
      'changed',
    );
  });

  it('what both sides leave unpaired gets a likely counterpart (可能对应), not a pair: in paired sections, or anywhere sharing a rare stretch', () => {
    const filler = [
      '稳定生猪产能。',
      '发展现代设施农业。',
      '加强耕地保护。',
      '推进高标准农田建设。',
      '发展林下经济。',
      '壮大县域经济。',
      '建设和美乡村。',
      '发展乡村旅游。',
      '培育新型农业经营主体。',
      '深化农村改革。',
    ].map((t): [string, number] => [t, 0]);
    const a = textDoc('a', [
      ['一、关于2025年工作', 1],
      ['（一）科技创新', 2],
      ['办好中非经贸博览会，深化对非经贸合作。强化企业科技创新主体地位，支持骨干龙头企业牵头组建创新联合体、新型研发机构。', 0],
      ['加快建设湘江科学城，推进岳麓山实验室建设。', 0],
      ['（二）农业', 2],
      ['我们这样一个人口大国，必须践行好大农业观、大食物观，始终把饭碗牢牢端在自己手上。', 0],
      ['确保粮食播种面积稳定在7135万亩以上。', 0],
      ...filler,
    ]);
    const b = textDoc('b', [
      ['一、关于2026年工作', 1],
      ['（一）科技创新', 2],
      ['办好中非经贸博览会，深化对非经贸合作。', 0],
      [
        '加快建设湘江科学城，推进岳麓山实验室建设。培育和支持创新型企业、科技领军企业、科技型中小企业发展，高新技术企业总量突破1.8万家。',
        0,
      ],
      ['树立和践行好大农业观、大食物观，坚持粮经饲统筹、种养加一体、一二三产融合，着力把农业建成现代化大产业。', 0],
      ['（二）农业', 2],
      ['确保粮食播种面积稳定在7140万亩以上。', 0],
      ...filler,
    ]);
    const [sa, sb] = [sentencesOf(a), sentencesOf(b)];
    const rows = alignSentences(sa, sb).rows;
    const at = (start: string) => rows.find((r) => r.status !== 'removed' && sb[r.b]!.text.startsWith(start));
    // Same section, out of order and unlike (0.15): added, its likely counterpart A's sentence, which stays removed.
    const enterprise = sa.findIndex((s) => s.text.startsWith('强化企业'));
    expect(at('培育和支持')).toMatchObject({ status: 'added', likely: enterprise });
    expect(rows).toContainEqual({ status: 'removed', a: enterprise });
    // Another section: each the other's likeliest, sharing 践行好大农业观、大食物观.
    expect(at('树立和践行')).toMatchObject({ status: 'added', likely: sa.findIndex((s) => s.text.startsWith('我们这样')) });
    // Shown with a link drawn by CSS (copied text stays B's sentence), counted as added, named in the CSV.
    const c = compareDocuments(a, b);
    const html = renderComparison(c);
    expect(html).toMatch(
      /<a data-diff="added" data-likely="" data-similarity="0\.1\d" href="\/b\/#p-4">培育和支持[^<]*<\/a><a class="diff-likely" href="\/a\/#p-3" aria-label="[^"]+" title="强化企业[^"]*"><\/a>/,
    );
    expect(c.alignment.counts.changed).toBe(2);
    const csv = csvRecords(c, 'pairs').find((r) => r[5]!.startsWith('培育和支持'))!;
    expect([csv[0], csv[2], csv[7]!.slice(0, 4), csv[8]]).toEqual(['added', 'likely', '强化企业', '/a/#p-3']);
  });

  it('a task of A reported done in B’s review is promise and result, not changed', () => {
    expect(rowOf('旅游业总收入迈上万亿新台阶。')).toEqual({ status: 'added', b: 1, promise: 5 });
    expect(rows).toContainEqual({ status: 'removed', a: 5 });
  });
});
