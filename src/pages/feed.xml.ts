/**
 * /feed.xml: an Atom feed of the documents, newest first, so a reader can follow additions. A document
 * whose source states no date (the plan) is dated 1 January of the year it is known by.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { responsibleOf } from '../lib/citation.ts';
import { docHref } from '../lib/navigation.ts';
import { allDocuments, SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const docs = await allDocuments();
  const dated = docs.map((doc) => ({ doc, date: new Date(`${doc.date ?? `${doc.year}-01-01`}T00:00:00Z`) }));
  dated.sort((a, b) => b.date.getTime() - a.date.getTime() || a.doc.id.localeCompare(b.doc.id));
  const home = new URL('/', site).href;
  const feed = new Feed({
    id: home,
    link: home,
    title: SITE_NAME,
    description: SITE_TAGLINE,
    language: 'zh-CN',
    copyright: '文本取自公开发布的原文',
    updated: dated[0]?.date ?? new Date(0),
    feedLinks: { atom: new URL('/feed.xml', site).href },
  });
  for (const { doc, date } of dated) {
    const link = new URL(docHref(doc.id), site).href;
    feed.addItem({
      id: link,
      link,
      title: doc.title,
      description: doc.description,
      date,
      published: date,
      author: [{ name: responsibleOf(doc) }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
