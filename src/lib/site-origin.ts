/**
 * The site's public origin, the one setting every absolute URL comes from: citations on the reading pages
 * (and their no-JavaScript text), /data/<id>.ris, .bib and .csl.json, citation_* and DC.* tags, the Atom
 * feed, sitemap.xml and robots.txt. It is read once, here, from the SITE_URL environment variable, by
 * astro.config.mjs (Astro's `site`, which the pages and endpoints read as Astro.site / context.site) and by
 * the build stamp (a build for another origin is another build).
 */

/** Where `npm start` serves the site: the origin of a build made without SITE_URL. */
export const DEFAULT_ORIGIN = 'http://localhost:4321';

export interface SiteOrigin {
  /** An origin such as https://example.org (no trailing slash, no path). */
  origin: string;
  /** Whether SITE_URL set it (false: the local default, wrong for a deployment). */
  fromEnv: boolean;
}

/** The origin SITE_URL names, or the local default; a SITE_URL that is not an http(s) origin is an error. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): SiteOrigin {
  const value = env.SITE_URL?.trim();
  if (!value) return { origin: DEFAULT_ORIGIN, fromEnv: false };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected an absolute http(s) URL such as https://example.org, found "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: expected an http or https URL, found "${value}"`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL: expected an origin only (scheme, host and port, such as https://example.org), found "${value}": ` +
        'the site is built for the root of its host',
    );
  }
  return { origin: url.origin, fromEnv: true };
}

/** What `npm run build` says, loudly, when SITE_URL is not set. */
export function unsetOriginWarning(origin = DEFAULT_ORIGIN): string {
  const lines = [
    `SITE_URL is not set: this build's absolute URLs say ${origin}`,
    'in citations (GB/T 7714, RIS, BibTeX, CSL-JSON, also without JavaScript), /data/*.ris, *.bib,',
    '*.csl.json, citation_* and DC.* tags, feed.xml, sitemap.xml and robots.txt.',
    'Fine on this machine; for a deployment build with  SITE_URL=https://your.host npm run build',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((l) => `! ${l.padEnd(width)} !`), rule].join('\n');
}
