/**
 * Citations of a document or of one of its pages, in every format a reference manager reads: CSL-JSON
 * (the item itself), RIS, BibTeX and the GB/T 7714—2015 text. citation-js formats them all from the one
 * CSL item built here, so no format is hand-assembled; the GB/T 7714 text comes from the CSL style in
 * ./csl/ (plugin-csl ships none for it), rendered by citeproc-js:
 *
 *   责任者. 题名：其他题名信息[EB/OL]. (发布日期)[引用日期]. 访问路径.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { DocumentKind, ParsedDocument } from '../parser/model.ts';
import { docHref } from './navigation.ts';
import { buildEditionDate } from './edition-date.ts';
import { risId } from './ris-id.ts';
import gbt7714Style from './csl/gb-t-7714-2015-online.csl?raw';
import zhCnLocale from './csl/locale-zh-CN.xml?raw';

export { ACCESS_DATE_PLACEHOLDER } from './citation-placeholder.ts';

const GBT_7714 = 'gb-t-7714-2015-online';
const csl = plugins.config.get('@csl');
csl.styles.add(GBT_7714, gbt7714Style);
csl.locales.add('zh-CN', zhCnLocale);
// BibTeX in UTF-8: the ASCII-only default turns every Chinese character into nothing.
// The label is the item's id (national-2024, hunan-fyp15-chapter-24): the default builds one from
// Latin author and title words, which Chinese titles lack.
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.asciiOnly = false;
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false; // ids are [a-z0-9-], valid BibTeX keys; the check would drop the hyphens
bibtexConfig.types.bibtex.target.chapter = 'incollection';

/** The CSL-JSON fields we fill (a subset of CSL 1.0.2). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report' | 'legislation' | 'webpage' | 'chapter';
  title: string;
  'container-title'?: string;
  author: { literal: string }[];
  /** The whole document's responsible body, for a part (GB/T 7714's 专著主要责任者). */
  'container-author'?: { literal: string }[];
  /** Where in the part: a paragraph (第96段), GB/T 7714's 析出文献的页码. */
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued: { 'date-parts': [[number, number?, number?]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract?: string;
  note?: string;
}

/**
 * News items are cited as the web pages they are here: citation-js writes a RIS NEWS record without
 * its author and with the year only, so 'article-newspaper' would not survive a reference manager.
 */
const TYPES: Record<DocumentKind, CslItem['type']> = { report: 'report', plan: 'report', law: 'legislation', news: 'webpage' };

/** Who is responsible for a document: the issuing body, else the speaker, else the region. */
export const responsibleOf = (doc: ParsedDocument): string => doc.author ?? doc.speaker ?? doc.region;

const dateParts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

/** A part of a document with a page of its own: its division id and heading as written. */
export interface CitedPart {
  id: string;
  title: string;
}

/**
 * The CSL item for a document (`part` unset) or for a part of it (a chapter page: the document becomes
 * the container). `url` is absolute; `accessed` is YYYY-MM-DD; `locator` names a place in it (第96段).
 */
export function cslItem(doc: ParsedDocument, url: string, part?: CitedPart, accessed?: string, locator?: string): CslItem {
  const key = part ? `${doc.id}-${part.id}` : doc.id;
  const item: CslItem = {
    id: key,
    'citation-key': key,
    type: part ? 'chapter' : TYPES[doc.kind],
    title: part?.title ?? doc.title,
    author: [{ literal: responsibleOf(doc) }],
    issued: { 'date-parts': doc.date ? [dateParts(doc.date)] : [[doc.year]] },
    URL: url,
    language: 'zh-CN',
  };
  if (part) {
    item['container-title'] = doc.title;
    item['container-author'] = [{ literal: responsibleOf(doc) }];
  }
  if (doc.author) item.publisher = doc.author;
  if (accessed) item.accessed = { 'date-parts': [dateParts(accessed)] };
  if (locator) item.page = locator;
  if (!part) item.abstract = doc.description;
  return item;
}

export type CitationFormat = 'gbt7714' | 'csl-json' | 'ris' | 'bibtex';

/** One item, or several (a document's downloads), in one format. */
export function formatCitation(items: CslItem | CslItem[], format: CitationFormat): string {
  const cite = new Cite(items);
  switch (format) {
    case 'gbt7714': {
      // The style prints the place in the part (第96段) from `note`: citeproc-js would label a `page`
      // that is not a number ("p.p. 第96段").
      const forStyle = [items].flat().map(({ page, ...item }) => (page ? { ...item, note: page } : item));
      return new Cite(forStyle).format('bibliography', { template: GBT_7714, lang: 'zh-CN', format: 'text' }).trim();
    }
    case 'csl-json':
      return JSON.stringify(cite.format('data', { format: 'object' }), null, 2);
    case 'ris':
      // citation-js breaks values every 70 characters; a RIS line is one tag and its whole value (a
      // broken URL or abstract is read as junk by strict readers), so the breaks are taken out again.
      // Dates are YYYY/MM/DD/ with two-digit month and day (the specification; citation-js writes 2024/3/5/).
      return (
        cite
          .format('ris', { spec: 'new' })
          .trim()
          .replace(/\n(?![A-Z][A-Z0-9] {2}- ?)/gu, '')
          .replace(/^(PY|Y1|DA|Y2|M1) {2}- (\d{4})\/(\d{0,2})\/(\d{0,2})\//gmu, (_, tag: string, y: string, m: string, d: string) => {
            const two = (n: string) => (n ? n.padStart(2, '0') : '');
            return `${tag}  - ${y}/${two(m)}/${two(d)}/`;
          })
          // Records in the order of the items: each ID is the item's own (src/lib/ris-id.ts), not its key cut to 20.
          .split(/\n(?=TY {2}- )/u)
          .map((record, k) => {
            const item = [items].flat()[k];
            return item ? record.replace(/^ID {2}- .*$/mu, `ID  - ${risId(citedKey(item))}`) : record;
          })
          .join('\n')
      );
    case 'bibtex':
      return bibtexEntry(cite.format('bibtex').trim(), [items].flat());
  }
}

/** What an item cites: its key, and the place in the page when its URL names one (key#p-96). */
function citedKey(item: CslItem): string {
  const anchor = new URL(item.URL).hash.slice(1);
  return anchor ? `${item['citation-key']}#${decodeURIComponent(anchor)}` : item['citation-key'];
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const isoDate = (parts: number[]): string => parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-');

/**
 * Repairs citation-js's classic BibTeX (entries in the order of `items`): `month = {mar 5}` is no BibTeX
 * month; the month becomes the macro (`month = mar`), the full date goes in `date`, the access date in
 * `urldate` instead of an English note ("[Online; accessed …]").
 */
function bibtexEntry(text: string, items: CslItem[]): string {
  const entries = text.split(/\n(?=@)/u);
  return entries
    .map((entry, k) => {
      const item = items[k];
      if (!item) return entry;
      const lines = entry.split('\n').filter((l) => !/^\tnote = \{\[Online; accessed /u.test(l));
      const [, month] = item.issued['date-parts'][0];
      const extra: string[] = [];
      const monthAt = lines.findIndex((l) => l.startsWith('\tmonth = '));
      if (monthAt >= 0) lines.splice(monthAt, 1);
      if (month) extra.push(`\tmonth = ${BIBTEX_MONTHS[month - 1]},`);
      extra.push(`\tdate = {${isoDate(item.issued['date-parts'][0].filter((p): p is number => p !== undefined))}},`);
      if (item.accessed) extra.push(`\turldate = {${isoDate(item.accessed['date-parts'][0])}},`);
      const yearAt = lines.findIndex((l) => l.startsWith('\tyear = '));
      lines.splice(yearAt >= 0 ? yearAt + 1 : lines.length - 1, 0, ...extra);
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * A document's citation file (/data/<id>.ris, .bib, .csl.json): the document as one item, absolute URL,
 * accessed on the site's edition date (src/lib/edition-date.ts: a file cannot know the reader's day).
 */
export function citationDownload(
  doc: ParsedDocument,
  site: URL | undefined,
  format: Exclude<CitationFormat, 'gbt7714'>,
  accessed = buildEditionDate().date,
): Response {
  const type = {
    ris: 'application/x-research-info-systems',
    bibtex: 'application/x-bibtex',
    'csl-json': 'application/vnd.citationstyles.csl+json',
  }[format];
  return new Response(`${formatCitation(cslItem(doc, new URL(docHref(doc.id), site).href, undefined, accessed), format)}\n`, {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}

/** The GB/T 7714 text of a document or part (the placeholder stands for the access date when none is given). */
export function citation(doc: ParsedDocument, part: CitedPart | undefined, url: string, accessed?: string, locator?: string): string {
  return formatCitation(cslItem(doc, url, part, accessed, locator), 'gbt7714');
}
