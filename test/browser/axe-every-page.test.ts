/**
 * axe-core on one page of every page type of the built sample, in three layouts: light at desk
 * width, dark at desk width, and a phone (390 × 844). A page type new to the site gets a line here.
 * `<details>` are opened so that what they fold is checked too (axe.ts); before that, the page as
 * loaded must not scroll sideways (wide tables scroll inside their own box).
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { browserAvailable, sampleSiteForTests } from './site.ts';

const available = browserAvailable();

const PAGES = [
  '/', '/zh/', '/sops/', '/sops/SOP-CS-001/', '/zh/sops/SOP-CS-001/', '/sops/SOP-CS-001/upcoming/', '/sops/SOP-DC-001/v/2.1/',
  '/standards/', '/standards/STD-RESP-001/', '/kpis/', '/kpis/KPI-CSAT/', '/units/', '/units/br-shenzhen/',
  '/scorecards/', '/scorecards/2026-10/', '/scorecards/units/br-shenzhen/', '/scorecards/early-warnings/', '/scorecards/data-quality/',
  '/traceability/', '/reviews/', '/records/', '/actions/', '/complaints/', '/audits/', '/audits/AU-2026-012/', '/findings/', '/findings/AF-2026-009/',
  '/inspections/', '/training/', '/risks/', '/risks/RISK-001/', '/management-reviews/', '/management-reviews/2026-Q3/',
  '/people/', '/people/li-wei/', '/pages/', '/pages/policies/complaint-policy/', '/search/', '/404.html',
];

const LAYOUTS = [
  { name: 'light', options: {} },
  { name: 'dark', options: { colorScheme: 'dark' as const } },
  { name: 'phone', options: { width: 390, height: 844 } },
];

describe.skipIf(!available.run)('axe on every page type, light, dark and phone', () => {
  const { open } = sampleSiteForTests();

  for (const path of PAGES) {
    it(`finds no violations on ${path}`, async () => {
      const found: string[] = [];
      for (const layout of LAYOUTS) {
        const page = await open(path, layout.options);
        // Nothing widens the page: wide tables scroll inside their own box (phone and desk alike).
        if (!(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth))) found.push(`${layout.name}: the page scrolls sideways`);
        for (const v of await axeViolations(page)) found.push(`${layout.name}: ${v}`);
        await page.close();
      }
      expect(found).toEqual([]);
    }, 90_000);
  }
});
