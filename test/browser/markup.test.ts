/**
 * Callouts in a browser (GitHub alerts and Hugo notices, src/core/body/alerts.ts): the sample's
 * guide "Propose a change" has an [!IMPORTANT] alert in both languages. It is labelled in the
 * reader's interface language, set apart by its border and label colour, passes axe (contrast
 * included) in the light and dark schemes, and prints with a black border.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();

describe.skipIf(!available.run)('callouts in Chromium', () => {
  const { open } = sampleSiteForTests();

  for (const c of [
    { path: '/pages/guides/propose-a-change/', label: 'Important', text: 'A change takes effect only after its approvers have approved it' },
    { path: '/zh/pages/guides/propose-a-change/', label: '重要', text: '变更只有在审批人于合并请求中批准后才会生效' },
  ]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${c.path}: the alert is a labelled callout, apart from the text, with no axe violation (${colorScheme})`, async () => {
        const page = await open(c.path, { colorScheme });
        const callout = page.locator('main .callout-important');
        expect(await callout.count()).toBe(1);
        expect(await callout.getAttribute('role')).toBe('note');
        expect((await callout.locator('.callout-label').textContent())?.trim()).toBe(c.label);
        expect(await callout.textContent()).toContain(c.text);
        expect(await page.locator('main blockquote').filter({ hasText: '[!IMPORTANT]' }).count()).toBe(0);
        const look = await callout.evaluate((box) => {
          const label = box.querySelector('.callout-label')!;
          const text = box.querySelector('p:not(.callout-label)')!;
          return { border: getComputedStyle(box).borderLeftWidth, label: getComputedStyle(label).color, text: getComputedStyle(text).color, background: getComputedStyle(box).backgroundColor, page: getComputedStyle(document.body).backgroundColor };
        });
        expect(look.border).toBe('6px');
        expect(look.label).not.toBe(look.text);
        expect(look.background).not.toBe(look.page);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('prints the callout with a black border and its label', async () => {
    const page = await open('/pages/guides/propose-a-change/');
    await page.emulateMedia({ media: 'print' });
    const callout = page.locator('main .callout-important');
    expect(await callout.evaluate((box) => getComputedStyle(box).borderLeftColor)).toBe('rgb(0, 0, 0)');
    expect(await callout.locator('.callout-label').isVisible()).toBe(true);
    await page.close();
  });
});
