/**
 * What `npm run add` detects in a report as downloaded: where the document starts and ends in the file
 * (web-page debris around it is left out, declared), and what its front matter states (title, date,
 * speaker, occasion, region). Pure: decoded lines in, facts out; what cannot be detected is null, and
 * the command asks for it by name rather than guessing.
 */
import { ParseContext } from './context.ts';
import { debrisSpan, isPhotoCaption } from './debris.ts';
import type { ManifestEntry, Paragraph } from './model.ts';
import { parseReport } from './shapes/report.ts';
import type { SourceLine } from './source.ts';
import { isDatelineText, OFFICE } from './shapes/report/front.ts';
import { splitSalutation } from './shapes/report/salutation.ts';
import { isHeadingLine } from './shapes/report/headings.ts';

export interface Located {
  /** 1-based line numbers of the document's first and last line. */
  start: number;
  end: number;
  /** Whether non-empty lines lie outside start..end (then the manifest declares `endLine`). */
  debris: boolean;
}

/** Lines that are web-page debris, by index (each block as debrisSpan reads it). */
function debrisMask(lines: readonly SourceLine[]): boolean[] {
  const mask = lines.map(() => false);
  for (let i = 0; i < lines.length;) {
    const span = debrisSpan(lines, i);
    if (span === 0) i++;
    else for (const end = i + span; i < end; i++) mask[i] = true;
  }
  return mask;
}

/**
 * The document's range: it starts at its title (the nearest line naming a 报告 above the dateline nearest
 * the body, or above the first salutation or part heading; with a photo caption right above it), and
 * ends at the last line before the first debris after the body begins.
 */
export function locateReport(lines: readonly SourceLine[]): Located | null {
  const mask = debrisMask(lines);
  const usable = (i: number) => lines[i]!.text !== '' && !mask[i];
  const bodyStart = lines.findIndex((l, i) => usable(i) && (splitSalutation(l.text) !== null || isHeadingLine(l.text)));
  // The dateline nearest above the body: a page that repeats its header (title and dateline) above the
  // article starts the document at the article's own title.
  const datelines = lines.flatMap((l, i) => (usable(i) && isDatelineText(l.text) ? [i] : []));
  const before = datelines.filter((i) => bodyStart < 0 || i < bodyStart);
  let anchor = before.at(-1) ?? -1;
  if (anchor < 0) anchor = bodyStart;
  if (anchor < 0) return null;
  let title = -1;
  for (let i = anchor - 1; i >= 0; i--) {
    if (!usable(i) || isPhotoCaption(lines[i]!.text)) continue;
    const compact = lines[i]!.text.replace(/\s+/g, '');
    // A title is no sentence: a news lead above the body (…作《政府工作报告》。) is not it.
    if (compact.includes('报告') && compact.length <= 40 && !/[。！？]$/.test(compact)) {
      title = i;
      break;
    }
  }
  if (title < 0) title = lines.findIndex((_, i) => usable(i));
  let start = title;
  while (start > 0 && lines[start - 1]!.text !== '' && isPhotoCaption(lines[start - 1]!.text)) start--;
  const from = Math.max(bodyStart, anchor, title);
  let stop = lines.findIndex((_, i) => i > from && mask[i]);
  if (stop < 0) stop = lines.length;
  let end = stop - 1;
  while (end > start && lines[end]!.text === '') end--;
  const debris = lines.some((l, i) => l.text !== '' && (i < start || i > end));
  return { start: start + 1, end: end + 1, debris };
}

export interface Stated {
  title: string;
  date?: string;
  speaker?: string;
  /** 广东省第十四届人民代表大会第五次会议 (from the dateline or the lead). */
  occasion?: string;
  /** The government as the occasion names it: 广东省, 内蒙古自治区, 全国 (national). */
  government?: string;
  /** The dateline as written (its lines joined), to quote when asking for a value it does not give. */
  dateline?: string;
  /** The speaker's office as the speaker line writes it (广东省省长, 国务院总理), for the description. */
  office?: string;
}

const OCCASION = /在(.+?(?:会议|大会))上/;
/** A session named in a news lead without 在…上 (湖南省第十四届人民代表大会第四次会议在省人民会堂开幕). */
const SESSION = /([^，。、；\s]{2,20}?第?[一二三四五六七八九十]+届人民代表大会第?[一二三四五六七八九十]+次会议)/;
/** A province-level government a title names (2026年湖南省政府工作报告, 湖南省人民政府工作报告). */
const TITLE_GOVERNMENT = /^(?:[0-9０-９]{4}年)?(.+?)(?:人民)?政府工作报告$/;

/** Reads the front matter of the document in `lines` with the report parser itself. */
export function readStated(lines: SourceLine[], file: string): Stated {
  const entry: ManifestEntry = {
    id: 'new-report',
    file: 'new.txt',
    startLine: lines[0]!.text,
    kind: 'report',
    shape: 'report',
    title: '-',
    sourceTitle: '-',
    region: '-',
    year: 0,
    description: '-',
    related: [],
  };
  const ctx = new ParseContext(entry, file, lines);
  const { stated, children } = parseReport(ctx);
  const front = children.filter((n): n is Paragraph => n.type === 'paragraph' && (n.role === 'dateline' || n.role === 'lead'));
  const text = front
    .filter((p) => p.role === 'dateline')
    .map((p) => p.content.map((r) => r.text).join(''))
    .join('');
  const lead =
    front
      .find((p) => p.role === 'lead')
      ?.content.map((r) => r.text)
      .join('') ?? '';
  const occasion = OCCASION.exec(text)?.[1]?.replace(
    /^[0-9０-９〇零一二三四五六七八九十]+年[0-9０-９一二三四五六七八九十]+月[0-9０-９一二三四五六七八九十]+日/,
    '',
  );
  const result: Stated = { title: stated.title };
  if (text) result.dateline = text;
  const speakerLine = children.find((n): n is Paragraph => n.type === 'paragraph' && n.role === 'speaker');
  if (speakerLine && stated.speaker) {
    const compact = speakerLine.content
      .map((r) => r.text)
      .join('')
      .replace(/\s+/g, '');
    const office = compact.endsWith(stated.speaker) ? compact.slice(0, -stated.speaker.length).replace(/[：:]$/, '') : '';
    if (office) result.office = office;
  }
  if (!result.office && stated.speaker) {
    // A bare name under the dateline (毛伟明): the office as a caption or lead writes it (省长毛伟明作政府工作报告).
    const around = children
      .filter((n): n is Paragraph => n.type === 'paragraph' && (n.role === 'figure' || n.role === 'lead'))
      .map((p) => p.content.map((r) => r.text).join(''))
      .join('');
    const office = new RegExp(`(${OFFICE})${stated.speaker}`).exec(around)?.[1];
    if (office) result.office = office;
  }
  if (stated.date) result.date = stated.date;
  if (stated.speaker) result.speaker = stated.speaker;
  const meeting = occasion ?? OCCASION.exec(lead)?.[1] ?? SESSION.exec(lead)?.[1];
  if (meeting) {
    result.occasion = meeting;
    if (/全国人民代表大会|全国人大/.test(meeting)) result.government = '全国';
    else {
      const gov = /^(.+?)第?[一二三四五六七八九十]+届/.exec(meeting)?.[1];
      if (gov) result.government = gov;
    }
  }
  // No occasion stated: a province-level government named by the title is the one (nothing below it is guessed).
  const named = TITLE_GOVERNMENT.exec(stated.title.replace(/\s+/g, ''))?.[1];
  if (!result.government && named && named in PROVINCES && named !== '全国') result.government = named;
  return result;
}

/** Province-level governments and their ASCII names (ids are ASCII: guangdong-2026). */
const PROVINCES: Record<string, string> = {
  全国: 'national',
  北京市: 'beijing',
  天津市: 'tianjin',
  上海市: 'shanghai',
  重庆市: 'chongqing',
  河北省: 'hebei',
  山西省: 'shanxi',
  辽宁省: 'liaoning',
  吉林省: 'jilin',
  黑龙江省: 'heilongjiang',
  江苏省: 'jiangsu',
  浙江省: 'zhejiang',
  安徽省: 'anhui',
  福建省: 'fujian',
  江西省: 'jiangxi',
  山东省: 'shandong',
  河南省: 'henan',
  湖北省: 'hubei',
  湖南省: 'hunan',
  广东省: 'guangdong',
  海南省: 'hainan',
  四川省: 'sichuan',
  贵州省: 'guizhou',
  云南省: 'yunnan',
  陕西省: 'shaanxi',
  甘肃省: 'gansu',
  青海省: 'qinghai',
  台湾省: 'taiwan',
  内蒙古自治区: 'neimenggu',
  广西壮族自治区: 'guangxi',
  西藏自治区: 'xizang',
  宁夏回族自治区: 'ningxia',
  新疆维吾尔自治区: 'xinjiang',
};

/** The short region name the manifest uses (湖南, 全国, 内蒙古), or the government's name below province level. */
export function regionOf(government: string): string {
  if (!(government in PROVINCES)) return government;
  return government.replace(/(?:维吾尔|壮族|回族)?自治区$|省$|市$/, '');
}

/** The ASCII id stem for a province-level government, or null (then the command asks for --id). */
export function idStemOf(government: string): string | null {
  return PROVINCES[government] ?? null;
}
