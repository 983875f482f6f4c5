/**
 * Reading one target phrase (地区生产总值增长5.5%左右) into typed parts: the indicator it speaks of (by a
 * keyword table), the number or range, its unit and the qualifier. Pure functions, no model access.
 */

export interface Indicator {
  key: string;
  /** Display label (a neutral name covering national 国内 and regional 地区 wording). */
  label: string;
  /** Keywords tried in order; the first indicator with a match wins (specific ones come first). */
  pattern: RegExp;
}

/**
 * Order matters: 单位国内生产总值能耗 must read as energy intensity before 国内生产总值 reads as GDP,
 * and 居民收入增长和经济增长同步 as income before 经济增长 reads as GDP.
 */
export const INDICATORS: Indicator[] = [
  { key: 'energy-intensity', label: '单位GDP能耗／节能减排', pattern: /能耗|节能|碳排放|二氧化碳|降碳|减排|能源消耗/ },
  { key: 'income', label: '居民收入', pattern: /居民收入|可支配收入|城乡居民.*收入/ },
  { key: 'unemployment', label: '城镇调查失业率', pattern: /失业率/ },
  { key: 'jobs', label: '城镇新增就业', pattern: /新增就业|城镇就业/ },
  { key: 'cpi', label: '居民消费价格（CPI）', pattern: /居民消费价格|消费价格指数|CPI|物价/ },
  { key: 'revenue', label: '一般公共预算收入', pattern: /一般公共预算收入|财政收入/ },
  { key: 'industry', label: '规模工业增加值', pattern: /工业增加值/ },
  { key: 'investment', label: '固定资产投资', pattern: /固定资产投资/ },
  { key: 'retail', label: '社会消费品零售总额', pattern: /社会消费品零售/ },
  { key: 'trade', label: '进出口', pattern: /进出口|外贸总额/ },
  { key: 'grain', label: '粮食产量', pattern: /粮食/ },
  { key: 'balance-of-payments', label: '国际收支', pattern: /国际收支/ },
  { key: 'environment', label: '生态环境质量', pattern: /生态环境|空气质量|PM2\.5|水质/ },
  { key: 'rd', label: '研发经费投入', pattern: /研发经费|研发投入|R&D/ },
  { key: 'urbanization', label: '常住人口城镇化率', pattern: /城镇化率/ },
  { key: 'gdp', label: '经济增长（GDP）', pattern: /生产总值|GDP|经济增长|经济增速/ },
];
export const OTHER: Indicator = { key: 'other', label: '其他', pattern: /$^/ };

export const indicatorByKey = (key: string): Indicator => INDICATORS.find((i) => i.key === key) ?? OTHER;

/** The first indicator whose keywords occur in the phrase, or undefined. */
export function classify(phrase: string): Indicator | undefined {
  return INDICATORS.find((i) => i.pattern.test(phrase));
}

const NUM = String.raw`[-−]?\d+(?:\.\d+)?`;
/** Units, longest first so 万亿斤 wins over 亿斤. */
const UNITS = [
  '万亿斤',
  '亿斤',
  '万斤',
  '万亿元',
  '亿元',
  '万元',
  '元',
  '万人次',
  '万人',
  '人',
  '万吨标准煤',
  '万吨',
  '吨',
  '万千瓦',
  '千瓦',
  '个百分点',
  '百分点',
  '%',
  '％',
  '‰',
  '万辆',
  '公里',
  '年',
  '岁',
  '个',
  '家',
  '天',
];
const UNIT = `(?:${UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|')})`;
const DASH = '[—–\\-－~～至到]';
/** Words that bound a number from above or below, as written before it (＞6, 不低于90). */
const PREFIX = '(?:＞|>|≥|⩾|＜|<|≤|⩽|不低于|不少于|不超过|不高于|超过|高于|低于|力争)';
/** Words that bound a number as written after it (5%左右, 1.3万亿斤以上). */
const SUFFIX = '(?:及以上|以上|以内|以下|左右|上下|之间)';
const VALUE_RE = new RegExp(`(${PREFIX})?\\s*(${NUM})\\s*(${UNIT})?(?:\\s*${DASH}\\s*(${NUM})\\s*(${UNIT})?)?\\s*(${SUFFIX})?`, 'g');

export interface ParsedValue {
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  qualifier: string | null;
}

const toNumber = (s: string) => Number(s.replace('−', '-'));

/** The first number (or range) of a phrase with its unit and bound words. */
export function parseValue(phrase: string): ParsedValue | undefined {
  // A year (2025年) or an ordinal (第5位, 十四五) is not the target's number: take the first other one.
  const m = [...phrase.matchAll(VALUE_RE)].find(
    (x) => !(/^\d{4}$/.test(x[2]!) && (x[3] === '年' || phrase[x.index + x[0].length] === '年')) && phrase[x.index - 1] !== '第',
  );
  if (!m) return undefined;
  const [, prefix, a, unitA, b, unitB, suffix] = m;
  const unit = normaliseUnit(unitB ?? unitA ?? null);
  return {
    value: toNumber(a!),
    valueMax: b !== undefined ? toNumber(b) : null,
    unit,
    qualifier: suffix ?? prefix ?? null,
  };
}

const normaliseUnit = (u: string | null) => (u === '％' ? '%' : u);

/**
 * Qualifiers of targets that state no number, as written: 同步, 与全国一致, 完成国家下达任务, 高于经济增速…
 * Tried in order; the fallback is the phrase's predicate (what follows the indicator's keyword).
 */
const TEXT_QUALIFIERS: RegExp[] = [
  /(?:基本)?同步/,
  /与全国[^，；。]*一致/,
  /(?:完成|以)国家下达(?:的)?[^，；。]*?(?:任务|目标)+(?:为准)?/,
  /(?:高于|快于|不低于|跑赢|低于)[^，；。]*(?:增速|增长)/,
];

/** Verbs that open a predicate but say nothing about the level (保持基本平衡 → 基本平衡). */
const LEADING_VERBS = /^(?:增长|增速|涨幅|降低|下降|保持|实现|继续|力争)+/;

export function textQualifier(phrase: string, indicator: Indicator | undefined): string | null {
  for (const re of TEXT_QUALIFIERS) {
    const m = re.exec(phrase);
    if (m) return m[0];
  }
  if (!indicator) return null;
  const m = indicator.pattern.exec(phrase);
  if (!m) return null;
  // The predicate: text after the keyword, past the rest of the subject noun (总额, 质量…).
  const rest = phrase
    .slice(m.index + m[0].length)
    .replace(/^(?:总额|总量|质量|指数|水平|强度)/, '')
    .replace(LEADING_VERBS, '');
  return rest || null;
}

export interface ParsedPhrase extends ParsedValue {
  indicator: Indicator | undefined;
}

/** One phrase → indicator, number or range, unit, qualifier. */
export function parsePhrase(phrase: string): ParsedPhrase {
  const indicator = classify(phrase);
  const v = parseValue(phrase);
  if (v) return { indicator, ...v };
  return { indicator, value: null, valueMax: null, unit: null, qualifier: textQualifier(phrase, indicator) };
}

/** Splits running text into phrases at clause punctuation (；，。 and their ASCII forms), trimmed, non-empty. */
export function splitPhrases(text: string): string[] {
  return text
    .split(/[；;，,。]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
