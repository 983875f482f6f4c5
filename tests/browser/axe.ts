/**
 * axe-core run on a page in the light and the dark colour scheme: its violations, one line each. axe is
 * injected through the DevTools protocol, which the page's CSP does not govern, so the site needs no
 * exception for it. Used by every browser test that checks accessibility.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** The violations axe finds on the page as it stands, in light then dark (`[dark] id (impact, n×): help — where`). */
export async function axeViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(axeSource);
    const violations = await page.evaluate<AxeViolation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations)`);
    for (const v of violations) {
      const where = v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}`);
      problems.push(`[${colorScheme}] ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${where.join(' | ')}`);
    }
  }
  return problems;
}
