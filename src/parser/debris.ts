/**
 * Web-page debris: the lines a report picks up when it is copied from a government or newspaper web page
 * (toolbars, font-size switches, breadcrumbs, source and time stamps, "related reports", print/close
 * links). They are never text of the document: the parser leaves them out only where it finds them
 * around the document or inside its front matter, declares each omission and shows it to readers. Shared
 * by the parser (front matter) and `npm run add` (where the document starts and ends in a download).
 */
import type { SourceLine } from './source.ts';

/** One line that is debris wherever it stands (toolbar words, stamps, links). */
const DEBRIS_LINE = new RegExp(
  '^(?:' +
    [
      '下载',
      '打印',
      '全屏',
      '收藏',
      '加大',
      '还原',
      '减小',
      '分享[:：]?',
      '分享到[:：]?.*',
      '[【】|>×]',
      '首页',
      '(?:您的|当前)位置[:：]?',
      '发表时间[:：]?',
      '发布时间[:：]?.*',
      '阅读量[:：]?\\d*',
      '来源[:：].*',
      '（来源[:：].*）',
      '时间[:：].*',
      '(?:责任)?编辑[:：].*',
      '未知标题',
      '相关(?:报道|附件|链接|文档|新闻)[:：]?(?:>>)?',
      '【?打印本页】?',
      '【?关闭窗口】?',
      '扫一扫在手机(?:上)?打开当前页',
      '》》点击图片进入专题《《',
      '\\d{4}-\\d{1,2}-\\d{1,2}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?',
      '\\d{4}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}[时:]\\d{2}分?',
      '[0-9a-f]{32}[:：]',
    ].join('|') +
    ')$',
);

/**
 * The pieces a page's furniture line is made of, when one line holds several (【打印本页】【关闭窗口】, 信息来源：湖南日报
 * 发布日期：2026-02-05 08:30 浏览次数：12345, 【字体：大 中 小】 【打印】 【关闭】, 网站标识码… 湘ICP备…): a line that is
 * nothing but these (and brackets, bars, >) is debris. A value runs to the next space.
 */
const DEBRIS_PIECE = new RegExp(
  [
    '(?:信息|文章|稿件)?来源[:：]\\s*\\S*',
    '(?:发布|发表|更新)?(?:时间|日期)[:：]\\s*\\S*',
    '(?:浏览|阅读|点击|访问)(?:次数|量|数)[:：]?\\s*\\d*次?',
    '(?:责任编辑|编辑|作者|审核|校对|发布机构|主办|承办|协办)[:：]\\s*\\S*',
    '(?:字号|字体)[:：]?(?:\\s*[大中小]|\\s*加大|\\s*还原|\\s*减小)*',
    '(?:上一篇|下一篇)[:：].*',
    '网站标识码[:：]?\\s*\\S*',
    '\\S{0,8}ICP备\\S*',
    '\\S{0,8}公网安备\\s*\\S*',
    '打印本页|打印|关闭窗口|关闭|收藏|分享到?[:：]?|全屏|下载|加大|还原|减小|首页|返回顶部',
    '\\d{4}-\\d{1,2}-\\d{1,2}',
    '\\d{1,2}:\\d{2}(?::\\d{2})?',
  ].join('|'),
  'g',
);
const isDebrisRun = (text: string) => /[^\s【】[\]|>»·]/.test(text) && /^[\s【】[\]|>»·]*$/.test(text.replace(DEBRIS_PIECE, ''));

/** Opens a font-size switch that runs to its closing 】: 【字号： 加大 还原 减小 】, 【字体： 大 中 小 】. */
const SIZE_SWITCH = /^【(?:字号|字体)[:：]?/;
/** A label whose value stands on the next line: 来源： / 四川日报, 责任编辑： / 李莎莎. */
const LABEL_THEN_VALUE = /^(?:来源|时间|发表时间|发布时间|责任编辑|编辑|阅读量)[:：]$/;

/**
 * How many lines starting at `i` form a block of debris (0 when line i is not debris). Empty lines
 * inside a block are counted with it.
 */
export function debrisSpan(lines: readonly SourceLine[], i: number): number {
  const text = lines[i]?.text;
  if (text === undefined || text === '') return 0;
  if (SIZE_SWITCH.test(text)) {
    // Closed on its own line (【字体：大 中 小】 【打印】), or over the next lines, each a short switch word
    // (加大 / 还原 / 减小 / 】): never past a line of text, which would swallow the report up to a later 】.
    if (/】$/.test(text)) return 1;
    for (let j = i + 1; j < lines.length && j < i + 8; j++) {
      const word = lines[j]!.text;
      if (/】$/.test(word) && word.length <= 6) return j - i + 1;
      if (word.length > 6) break;
    }
    return 1;
  }
  if (LABEL_THEN_VALUE.test(text)) {
    const next = lines[i + 1]?.text ?? '';
    // The value is short and not a sentence (a newspaper, a name, a time stamp).
    return next !== '' && next.length <= 20 && !/[。！？，]/.test(next) ? 2 : 1;
  }
  if (text === '首页') {
    // A breadcrumb: 首页 > 政务信息 > 宁夏要闻 (the last crumb without a > after it).
    let j = i + 1;
    while (lines[j]?.text === '>' && (lines[j + 1]?.text ?? '').length <= 12 && lines[j + 1]?.text !== '') j += 2;
    return j - i;
  }
  if (/^[0-9a-f]{32}[:：]$/.test(text)) {
    // A related-article link: an id line, then the linked title.
    return lines[i + 1] && lines[i + 1]!.text.length <= 60 ? 2 : 1;
  }
  return DEBRIS_LINE.test(text) || isDebrisRun(text) ? 1 : 0;
}

/**
 * A photo caption: ……记者 刘尚文 摄 / （新华社记者 王晔 摄） / 本报全媒体记者 林 君摄 (a name spaced out), or a
 * caption that credits the reporter without 摄 under the speaker (任振鹤作政府工作报告。新甘肃·甘肃日报记者 盛学卿).
 */
const CREDIT = /(?:记者|通讯员|摄影)\s*[\u4e00-\u9fa5·](?:\s*[\u4e00-\u9fa5·]){1,5}?(?:\s+[\u4e00-\u9fa5·]{2,4})*\s*(摄)?[）)]?$/;
export function isPhotoCaption(text: string): boolean {
  const m = CREDIT.exec(text);
  if (!m || text.length > 80) return false;
  return m[1] !== undefined || /作政府工作报告。/.test(text);
}
