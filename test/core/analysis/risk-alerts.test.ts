import { describe, expect, it } from 'vitest';
import { currentScorecards, earlyWarnings } from '../../../src/core/analysis/early-warnings.ts';
import { riskAlerts } from '../../../src/core/analysis/risk-alerts.ts';
import { unitsOf } from '../../../src/core/risks/scope.ts';
import { scorecardSource } from '../../../src/site/stores/scorecards.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();
const warnings = earlyWarnings(h, currentScorecards(scorecardSource(h)));
const alerts = riskAlerts(h, warnings);

describe('risks raised by the KPIs that watch them, on the sample organisation', () => {
  it('raises the late-first-response risk with Shenzhen\'s first-response signal', () => {
    const raised = alerts.get('RISK-001')!;
    expect(raised.some((w) => w.kpi.id === 'KPI-FR-SLA' && w.unit.id === 'br-shenzhen')).toBe(true);
    // Only the KPIs that control it, only in the regions where it arises.
    for (const w of raised) {
      expect(['KPI-FR-SLA', 'KPI-ART']).toContain(w.kpi.id);
      expect(unitsOf(h, h.risks.get('RISK-001')!) !== 'all' && (unitsOf(h, h.risks.get('RISK-001')!) as Set<string>).has(w.unit.id)).toBe(true);
    }
  });

  it('raises a risk only where its KPI is at risk or off target now, not on a signal in a unit still on target', () => {
    const all = [...alerts.values()].flat();
    expect(all.every((w) => w.statusNow === 'at-risk' || w.statusNow === 'off-target')).toBe(true);
    // Signals in units on target or within noise exist in the sample, and raise nothing.
    expect(warnings.some((w) => w.statusNow === 'on-target' || w.statusNow === 'within-noise')).toBe(true);
  });

  it('raises no risk that has no KPI among its controls, and no retired risk', () => {
    expect(alerts.has('RISK-008')).toBe(false); // controlled by procedures only
    expect(alerts.has('RISK-010')).toBe(false); // retired
  });

  it('leaves out the warnings of units where the risk does not arise', () => {
    const onlyShenzhen = { ...h, risks: new Map([['X', { ...h.risks.get('RISK-001')!, id: 'X', units: ['br-pudong'] }]]) };
    const raised = riskAlerts(onlyShenzhen, warnings).get('X') ?? [];
    expect(raised.every((w) => w.unit.id === 'br-pudong')).toBe(true);
    expect(raised.some((w) => w.unit.id === 'br-shenzhen')).toBe(false);
  });
});
