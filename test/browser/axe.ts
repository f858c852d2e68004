/**
 * axe-core run in a page of the browser tests: the violations, one line each with up to three of
 * the offending elements (and axe's failure summary), so that a failing test says what to fix.
 * `<details>` are opened first so that their contents are checked too.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page, options: { openDetails?: boolean } = {}): Promise<string[]> {
  if (options.openDetails !== false) await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: true } } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n  ')}`);
  });
}
