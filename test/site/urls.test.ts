import { describe, expect, it } from 'vitest';
import {
  actionUrl,
  actionsUrl,
  documentId,
  homeUrl,
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
} from '../../src/lib/urls.ts';

describe('URL builders', () => {
  it('build stable directory URLs with a trailing slash', () => {
    expect(homeUrl()).toBe('/');
    expect(sopsListUrl()).toBe('/sops/');
    expect(sopUrl('SOP-CS-001')).toBe('/sops/SOP-CS-001/');
    expect(standardsUrl()).toBe('/standards/');
    expect(standardUrl('STD-RESP-001')).toBe('/standards/STD-RESP-001/');
    expect(kpisUrl()).toBe('/kpis/');
    expect(kpiUrl('KPI-FR-SLA')).toBe('/kpis/KPI-FR-SLA/');
    expect(unitsUrl()).toBe('/units/');
    expect(unitUrl('br-pudong')).toBe('/units/br-pudong/');
    expect(actionsUrl()).toBe('/actions/');
    expect(pagesUrl()).toBe('/pages/');
  });

  it('keep the slashes of page ids and encode each segment', () => {
    expect(pageUrl('quality-manual')).toBe('/pages/quality-manual/');
    expect(pageUrl('policies/quality-policy')).toBe('/pages/policies/quality-policy/');
    expect(pageUrl('glossary.zh-CN')).toBe('/pages/glossary.zh-CN/');
    expect(pageUrl('notes/a b')).toBe('/pages/notes/a%20b/');
  });

  it('link an action to its row of the actions table', () => {
    expect(actionUrl('IA-2025-001')).toBe('/actions/#IA-2025-001');
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
    const { scorecardsUrl, scorecardUrl, unitScorecardUrl, earlyWarningsUrl, dataQualityUrl, exportUrl } = await import('../../src/lib/urls.ts');
    expect(scorecardsUrl()).toBe('/scorecards/');
    expect(scorecardUrl('2026-10')).toBe('/scorecards/2026-10/');
    expect(scorecardUrl('2026-Q3')).toBe('/scorecards/2026-Q3/');
    expect(unitScorecardUrl('br-shenzhen')).toBe('/scorecards/units/br-shenzhen/');
    expect(earlyWarningsUrl()).toBe('/scorecards/early-warnings/');
    expect(dataQualityUrl()).toBe('/scorecards/data-quality/');
    expect(exportUrl('scorecard-2026-10.csv')).toBe('/exports/scorecard-2026-10.csv');
  });
});
