/** The production origin: one setting (SITE_URL), checked, with a loud notice when it is not set. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORIGIN, siteOrigin, unsetOriginWarning } from '../../src/lib/site-origin.ts';

describe('site origin', () => {
  it('unset or blank: the local default, marked as not set', () => {
    expect(siteOrigin({})).toEqual({ origin: DEFAULT_ORIGIN, fromEnv: false });
    expect(siteOrigin({ SITE_URL: '  ' })).toEqual({ origin: DEFAULT_ORIGIN, fromEnv: false });
  });

  it('an origin, with or without the trailing slash', () => {
    expect(siteOrigin({ SITE_URL: 'https://reports.example.org/' })).toEqual({ origin: 'https://reports.example.org', fromEnv: true });
    expect(siteOrigin({ SITE_URL: 'http://10.0.0.2:8080' })).toEqual({ origin: 'http://10.0.0.2:8080', fromEnv: true });
  });

  it('anything else is an error that says what was expected and what was found', () => {
    expect(() => siteOrigin({ SITE_URL: 'reports.example.org' })).toThrow(
      /expected an absolute http\(s\) URL.*found "reports\.example\.org"/,
    );
    expect(() => siteOrigin({ SITE_URL: 'ftp://example.org' })).toThrow(/expected an http or https URL/);
    expect(() => siteOrigin({ SITE_URL: 'https://example.org/reports/' })).toThrow(
      /expected an origin only.*found "https:\/\/example\.org\/reports\/"/,
    );
  });

  it('the notice names the origin, every kind of file it reaches, and how to set it', () => {
    const text = unsetOriginWarning();
    for (const word of [
      DEFAULT_ORIGIN,
      'SITE_URL',
      'RIS',
      'BibTeX',
      'CSL-JSON',
      'feed.xml',
      'sitemap.xml',
      'robots.txt',
      'without JavaScript',
    ]) {
      expect(text).toContain(word);
    }
  });
});
