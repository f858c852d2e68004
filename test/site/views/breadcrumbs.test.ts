import { describe, expect, it } from 'vitest';
import { kpiTrail, pageTrail, sopTrail, standardTrail, unitTrail } from '../../../src/site/views/breadcrumbs.ts';

describe('breadcrumb trails', () => {
  it('SOP: Home › SOPs › area › SOP id, the last without a link', () => {
    expect(sopTrail({ id: 'SOP-CS-001' }, { id: 'service', name: 'Customer service' }, 'en')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'SOPs', href: '/sops/' },
      { label: 'Customer service', href: '/sops/#area-service' },
      { label: 'SOP-CS-001' },
    ]);
    expect(sopTrail({ id: 'SOP-X' }, undefined, 'en').map((c) => c.label)).toEqual(['Home', 'SOPs', 'SOP-X']);
  });

  it('standards, KPIs and pages', () => {
    expect(standardTrail('STD-1', 'en')).toEqual([{ label: 'Home', href: '/' }, { label: 'Standards', href: '/standards/' }, { label: 'STD-1' }]);
    expect(kpiTrail('KPI-CSAT', 'en').map((c) => [c.label, c.href])).toEqual([['Home', '/'], ['KPIs', '/kpis/'], ['KPI-CSAT', undefined]]);
    expect(pageTrail('Quality policy', 'en').map((c) => c.label)).toEqual(['Home', 'Handbook pages', 'Quality policy']);
  });

  it('units: every ancestor linked, top first', () => {
    expect(unitTrail([{ id: 'org', name: 'Org' }, { id: 'r', name: 'Region' }, { id: 'b', name: 'Branch' }], 'en')).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Units', href: '/units/' },
      { label: 'Org', href: '/units/org/' },
      { label: 'Region', href: '/units/r/' },
      { label: 'Branch' },
    ]);
  });
});
