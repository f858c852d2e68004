import { describe, expect, it } from 'vitest';
import {
  actionUrl,
  actionsUrl,
  documentId,
  exportUrl,
  sopVersionUrl,
  homeUrl,
  kindItemUrl,
  kindListUrl,
  kpiUrl,
  kpisUrl,
  pageUrl,
  pagesUrl,
  sopUrl,
  sopsListUrl,
  standardUrl,
  standardsUrl,
  unitUrl,
  unitsUrl,
} from '../../../src/site/routes/urls.ts';

describe('URL builders', () => {
  it('build stable directory URLs with a trailing slash', () => {
    expect(homeUrl('en')).toBe('/');
    expect(sopsListUrl('en')).toBe('/sops/');
    expect(sopUrl('SOP-CS-001', 'en')).toBe('/sops/SOP-CS-001/');
    expect(standardsUrl('en')).toBe('/standards/');
    expect(standardUrl('STD-RESP-001', 'en')).toBe('/standards/STD-RESP-001/');
    expect(kpisUrl('en')).toBe('/kpis/');
    expect(kpiUrl('KPI-FR-SLA', 'en')).toBe('/kpis/KPI-FR-SLA/');
    expect(unitsUrl('en')).toBe('/units/');
    expect(unitUrl('br-pudong', 'en')).toBe('/units/br-pudong/');
    expect(actionsUrl('en')).toBe('/actions/');
    expect(pagesUrl('en')).toBe('/pages/');
  });

  it('keep the slashes of page ids and encode each segment', () => {
    expect(pageUrl('quality-manual', 'en')).toBe('/pages/quality-manual/');
    expect(pageUrl('policies/quality-policy', 'en')).toBe('/pages/policies/quality-policy/');
    expect(pageUrl('glossary.zh-CN', 'en')).toBe('/pages/glossary.zh-CN/');
    expect(pageUrl('notes/a b', 'en')).toBe('/pages/notes/a%20b/');
  });

  it('make a kind\u2019s addresses from its pages in the registry, in either language', () => {
    expect(kindListUrl('finding', 'en')).toBe('/findings/');
    expect(kindItemUrl('finding', 'AF-2026-001', 'zh-CN')).toBe('/zh/findings/AF-2026-001/');
    expect(kindItemUrl('person', 'cy wu', 'en')).toBe('/people/cy%20wu/');
    expect(() => kindListUrl('phase', 'en')).toThrow('The kind "phase" has no pages.');
  });

  it('link an action to its row of the actions table', () => {
    expect(actionUrl('IA-2025-001', 'en')).toBe('/actions/#IA-2025-001');
  });
});

describe('documentId', () => {
  it('is the path below content/ without the extension', () => {
    expect(documentId('content/sops/customer-service/SOP-CS-001.mdx')).toBe('sops/customer-service/SOP-CS-001');
    expect(documentId('content/quality-manual.md')).toBe('quality-manual');
    expect(documentId('content/glossary.zh-CN.MD')).toBe('glossary.zh-CN');
  });
});

describe('scorecard URLs', () => {
  it('give every period, unit scorecard and export a stable address', async () => {
    const { scorecardsUrl, scorecardUrl, unitScorecardUrl, earlyWarningsUrl, dataQualityUrl, exportUrl } = await import('../../../src/site/routes/urls.ts');
    expect(scorecardsUrl('en')).toBe('/scorecards/');
    expect(scorecardUrl('2026-10', 'en')).toBe('/scorecards/2026-10/');
    expect(scorecardUrl('2026-Q3', 'en')).toBe('/scorecards/2026-Q3/');
    expect(unitScorecardUrl('br-shenzhen', 'en')).toBe('/scorecards/units/br-shenzhen/');
    expect(earlyWarningsUrl('en')).toBe('/scorecards/early-warnings/');
    expect(dataQualityUrl('en')).toBe('/scorecards/data-quality/');
    expect(exportUrl('scorecard-2026-10.csv')).toBe('/exports/scorecard-2026-10.csv');
  });
});

describe('URLs in the Chinese interface', () => {
  it('puts HTML pages below /zh/ and leaves downloads where they are', () => {
    expect(homeUrl('zh-CN')).toBe('/zh/');
    expect(sopUrl('SOP-CS-001', 'zh-CN')).toBe('/zh/sops/SOP-CS-001/');
    expect(pageUrl('policies/quality-policy', 'zh-CN')).toBe('/zh/pages/policies/quality-policy/');
    expect(sopVersionUrl('SOP-CS-001', '2.0', 'zh-CN')).toBe('/zh/sops/SOP-CS-001/v/2.0/');
    expect(actionUrl('IA-2026-001', 'zh-CN')).toBe('/zh/actions/#IA-2026-001');
    expect(exportUrl('scorecard-2026-10.csv')).toBe('/exports/scorecard-2026-10.csv');
  });
});
