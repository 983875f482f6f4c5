/**
 * HTML validation of every built page with html-validate (configuration: .htmlvalidate.mjs, the
 * recommended preset with reasoned exceptions). Any error fails, listed as page:line:column rule.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import htmlvalidateConfig from '../../.htmlvalidate.mjs';
import { DIST, pages } from './dist.ts';

// Loaded explicitly: DIST may lie outside the project, where no .htmlvalidate file would be found.
const validator = new HtmlValidate(new StaticConfigLoader(htmlvalidateConfig));

describe(`html-validate over ${DIST}`, () => {
  it('every page validates without errors', async () => {
    const all = pages();
    assert.ok(all.length > 1, `expected built pages in ${DIST}`);
    const errors: string[] = [];
    for (const page of all) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) {
          errors.push(
            `${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message} «${page.html.slice(m.offset, m.offset + m.size).slice(0, 80)}»`,
          );
        }
      }
    }
    assert.deepEqual(errors.slice(0, 50), [], `${errors.length} error(s)`);
  });
});
