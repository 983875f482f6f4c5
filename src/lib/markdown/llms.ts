/**
 * /llms.txt (llmstxt.org): the site in one Markdown file for language models and their users: what the
 * site is, every document with its Markdown files (from the manifest, the content collection), and the
 * guide's pages.
 */
import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ParsedDocument } from '../../parser/model.ts';
import { dataHref, docHref, markdownHref, navigationOf } from '../navigation.ts';
import { formatDate, KIND_LABELS, SITE_NAME, SITE_TAGLINE } from '../site.ts';
import { markdownText } from './serialize.ts';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, label: string): PhrasingContent => ({ type: 'link', url, children: [text(label)] });
const item = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
const list = (items: ListItem[]): RootContent => ({ type: 'list', ordered: false, spread: false, children: items });
const heading = (depth: 1 | 2, value: string): RootContent => ({ type: 'heading', depth, children: [text(value)] });
const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** A page of the guide, as listed in /llms.txt. */
export interface GuideEntry {
  href: string;
  title: string;
  description: string;
}

export function llmsTxt(docs: ParsedDocument[], site: URL, guide: GuideEntry[] = []): string {
  const url = (path: string) => new URL(path, site).href;
  const documents = docs.map((doc) =>
    item([
      link(url(dataHref(doc.id, 'md')), doc.title),
      text(
        `：${[KIND_LABELS[doc.kind], doc.region, doc.date ? formatDate(doc.date) : undefined].filter(Boolean).join('，')}。${doc.description}（网页 `,
      ),
      link(url(docHref(doc.id)), url(docHref(doc.id))),
      text('；各部分的 Markdown 见 '),
      link(url(markdownHref(docHref(doc.id))), url(markdownHref(docHref(doc.id)))),
      text(' 的 pages 字段）'),
    ]),
  );
  // An example twin: the first page of the first document that has pages besides its landing page.
  const example = docs.map((d) => navigationOf(d).pages[1]).find(Boolean)?.url ?? docHref(docs[0]!.id);
  return markdownText([
    heading(1, SITE_NAME),
    {
      type: 'blockquote',
      children: [paragraph([text(`${SITE_TAGLINE}。政府工作报告、五年规划纲要及相关文件的全文，逐字保留原文，编者注单独标出。`)])],
    },
    paragraph([
      text('每个阅读页面都有 Markdown 版本：在页面地址后加 '),
      { type: 'inlineCode', value: 'index.md' },
      text('（如 '),
      link(url(markdownHref(example)), url(markdownHref(example))),
      text('）。每个文件的 Markdown 以 YAML 头信息开始：标题、地区、日期、类型、报告人、网页地址、源文件及其 SHA-256。'),
    ]),
    heading(2, '文件'),
    list(documents),
    ...(guide.length > 0
      ? [heading(2, '使用指南'), list(guide.map((g) => item([link(url(g.href), g.title), text(`：${g.description}`)])))]
      : []),
    heading(2, 'Optional'),
    list([
      item([link(url('/data/documents.json'), 'documents.json'), text('：全部文件的元数据与来源（JSON）')]),
      item([link(url('/data/'), '开放数据'), text('：结构化全文、目标、指标与 JSON Schema')]),
    ]),
  ]);
}
