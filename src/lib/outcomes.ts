/**
 * Last year's results as a report states them in its review part (hunan-2025: 全年增长4.8%), paired with
 * the previous report's target for the same indicator (hunan-2024: 地区生产总值增长6%左右).
 *
 * Rule: the review is found by what it says: the first part whose heading names a review (工作回顾, 工作总结,
 * 成绩, 成就), else the first part with a paragraph opening on last year (福建 2026: 一年接着一年干，… then
 * 2025年是…收官之年), else the top-level part before the one announcing the targets (or the first part). Clauses
 * about a span of years (年均, 累计) are not last year's results and are skipped, and so are the paragraphs
 * of a review of the five-year period (from 五年来…, ——这五年…, 这是…的五年。, “十四五”时期是…的五年 to the
 * next paragraph that opens on last year): a report that reviews its five-year plan too states both, in
 * either order. The text is cut into clauses at 。；, each clause into sub-clauses at ，、. A sub-clause naming an indicator
 * sets the clause's subject; a following sub-clause with no subject of its own (增长6%, 总量达…) keeps it, and so
 * does one ranking it (稳居全国前十强), which states no result itself.
 * An unqualified 全年增长 is the economy's growth. Sub-populations (农村居民…) are not the headline
 * figure and end the subject. The first figure per indicator and unit wins: reviews open with headlines.
 */
import type { ParsedDocument } from '../parser/model.ts';
import { paragraphsOf } from './data/walk.ts';
import { navigationOf } from './navigation.ts';
import { classify, indicatorByKey, parseValue } from './data/phrase.ts';
import { extractTargets, findTargetList, type TargetRecord } from './targets.ts';

export interface OutcomeRecord {
  /** The report that states the result. */
  document: string;
  /** The year the result is for (the stating report's year − 1). */
  year: number;
  indicator: string;
  /** The sub-clause holding the figure, as written (with its subject when it was inherited). */
  text: string;
  value: number;
  unit: string | null;
  anchor: string;
}

const SUB_POPULATION = /农村|城镇居民|城乡居民|脱贫|农民|城市居民|县域|县市|市州/;
/** A sub-clause that opens with one of these has no subject of its own. */
const NO_SUBJECT = /^(?:增长|增速|总量|总产|达到|达|突破|超过|上涨|下降|降低|提高|提升|占|高于|低于|平均)/;
/** A sub-clause ranking the subject (稳居全国前十强, 居中部地区前列): it keeps the subject and states no result. */
const RANK = /^(?:稳居|位居|居|跻身|位列|排名|排在)/;
/**
 * A fall stated as such (固定资产投资下降3.3%, 进出口下降5.4%) is negative growth for an indicator measured by its
 * growth; for those measured by a fall (能耗下降, PM2.5浓度下降) the figure stays as written, like their targets.
 */
const FALL = /(?:下降|下滑|减少|回落)\s*$/;
/** Whether the number parseValue read (`value`, not a year before it) is written after a word of falling. */
const statesFall = (sub: string, value: number) =>
  [...sub.matchAll(/(\d+(?:\.\d+)?)(?!\d|\.\d|年)/g)].some((m) => Number(m[1]) === value && FALL.test(sub.slice(0, m.index)));
const GROWTH_MEASURED = new Set(['gdp', 'industry', 'investment', 'retail', 'trade', 'revenue', 'income', 'cpi', 'grain', 'rd']);
const COMPARISON = /^(?:快于|高于|低于|慢于|跑赢)/;
const WHOLE_YEAR_GROWTH = /^全年(?:经济)?增长/;
/** A part heading that says it reviews the past year(s). */
const REVIEW = /回顾|总结|成绩|成就/;
/** A clause about several years, not last year (五年行动计划 is a plan's name, not a span). */
const SPAN_OF_YEARS = /五年(?![行规计])|年均|累计/;
const CN_DIGITS = '〇一二三四五六七八九';
/** The five-year plan a year falls in, as the reports name it (2025 → 十四五): the 11th began in 2006. */
export function planName(year: number): string {
  const n = 11 + Math.floor((year - 2006) / 5);
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? CN_DIGITS[tens] : ''}${tens > 0 ? '十' : ''}${n % 10 ? CN_DIGITS[n % 10] : ''}五`;
}
/**
 * A paragraph opening a review of the five-year period (before or after last year's): of the plan that
 * last year closed (“十四五”时期是…的五年 in a 2026 report), not of the plan beginning (“十五五”时期是…关键五年).
 */
const fiveYearReview = (lastYear: number) =>
  new RegExp(
    `^(?:各位代表！)?(?:——)?(?:经过五年|五年来|过去五年|这五年|这是.{2,30}的五年。?$|“${planName(lastYear)}”(?:时期|期间)[^。]{0,40}的五年)`,
  );
/** A paragraph opening the review of last year (刚刚过去的2025年，… / 过去一年 / 一年来 / 2025年是…, after 各位代表！ or 各位代表，). */
const lastYearReview = (year: number) => new RegExp(`^(?:各位代表[！，])?(?:刚刚过去的${year}年|过去一年|一年来|去年|${year}年)`);

/** Every figure the review part states for a known indicator, first per (indicator, unit). */
export function extractOutcomes(doc: ParsedDocument): OutcomeRecord[] {
  const paragraphs = paragraphsOf(doc.children);
  const list = findTargetList(paragraphs);
  const targetPart = list[0]?.paragraph.part;
  const parts = doc.children.filter((n) => n.type === 'division');
  const reviewIndex = targetPart ? parts.indexOf(targetPart) - 1 : 0;
  const lastYear = lastYearReview(doc.year - 1);
  const fiveYearOpening = fiveYearReview(doc.year - 1);
  const review =
    parts.find((p) => (p.level === 'part' || p.level === 'section') && REVIEW.test(p.heading)) ??
    parts.find((p) => paragraphs.some((x) => x.part === p && lastYear.test(x.text))) ??
    parts[reviewIndex];
  if (!review) return [];
  const anchor = navigationOf(doc).hrefOf;
  const seen = new Set<string>();
  const out: OutcomeRecord[] = [];
  let fiveYears = false;
  for (const p of paragraphs.filter((x) => x.part === review)) {
    if (fiveYearOpening.test(p.text)) fiveYears = true;
    else if (lastYear.test(p.text)) fiveYears = false;
    if (fiveYears) continue;
    for (const clause of p.text.split(/[。；;！？]/)) {
      if (SPAN_OF_YEARS.test(clause)) continue;
      let subject: { key: string } | undefined;
      for (const sub of clause
        .split(/[，、,]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        // 快于经济增速1个百分点 compares the subject with the economy: the indicator it names is not its subject.
        const own = COMPARISON.test(sub) ? undefined : classify(sub);
        if (own && !SUB_POPULATION.test(sub)) subject = { key: own.key };
        else if (!own && RANK.test(sub)) continue;
        else if (SUB_POPULATION.test(sub) || (!NO_SUBJECT.test(sub) && !WHOLE_YEAR_GROWTH.test(sub))) subject = undefined;
        if (!own && WHOLE_YEAR_GROWTH.test(sub)) subject = { key: 'gdp' };
        if (!subject) continue;
        const v = parseValue(sub);
        if (!v || v.value === null) continue;
        const falls = v.unit === '%' && GROWTH_MEASURED.has(subject.key) && statesFall(sub, v.value);
        const id = `${subject.key}|${v.unit}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          document: doc.id,
          year: doc.year - 1,
          indicator: subject.key,
          text: sub,
          value: falls ? -v.value : v.value,
          unit: v.unit,
          anchor: anchor(p.paragraph.id),
        });
      }
    }
  }
  return out;
}

export interface TargetOutcome {
  region: string;
  /** The year the target was set for. */
  year: number;
  indicator: string;
  label: string;
  target: TargetRecord;
  outcome: OutcomeRecord | undefined;
}

/**
 * Pairs each report's targets with the results stated by the same region's report of the next year.
 * The outcome must share the target's unit; a target without a number takes the first % figure.
 */
export function pairTargetsWithOutcomes(docs: ParsedDocument[]): TargetOutcome[] {
  const reports = docs.filter((d) => d.kind === 'report');
  const pairs: TargetOutcome[] = [];
  for (const before of reports) {
    const after = reports.find((d) => d.region === before.region && d.year === before.year + 1);
    if (!after) continue;
    const outcomes = extractOutcomes(after);
    for (const target of extractTargets(before)) {
      if (target.indicator === 'other') continue;
      const unit = target.unit ?? '%';
      const outcome = outcomes.find((o) => o.indicator === target.indicator && o.unit === unit);
      pairs.push({
        region: before.region,
        year: before.year,
        indicator: target.indicator,
        label: indicatorByKey(target.indicator).label,
        target,
        outcome,
      });
    }
  }
  return pairs;
}
