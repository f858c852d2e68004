import { describe, expect, it } from 'vitest';
import type { Handbook, UnitEntity } from '../../../src/core/model/handbook.ts';
import { navigation, organisationName, siteName } from '../../../src/site/views/site.ts';
import { miniHandbook } from '../mini-handbook.ts';

describe('site name', () => {
  it('names the site after the root unit, in English', () => {
    expect(organisationName(miniHandbook())).toBe('Org');
    expect(siteName(miniHandbook())).toBe('Org · Service quality handbook');
  });

  it('falls back to the generic title without a single root unit', () => {
    const h = { units: new Map<string, UnitEntity>() } as Pick<Handbook, 'units'>;
    expect(siteName(h)).toBe('Service quality handbook');
  });
});

describe('navigation', () => {
  it('lists the sections in a fixed order with stable URLs', () => {
    expect(navigation('en').map((n) => [n.label, n.href])).toEqual([
      ['Home', '/'],
      ['SOPs', '/sops/'],
      ['Standards', '/standards/'],
      ['KPIs', '/kpis/'],
      ['Scorecards', '/scorecards/'],
      ['Units', '/units/'],
      ['Actions', '/actions/'],
      ['Complaints', '/complaints/'],
      ['Audits', '/audits/'],
      ['Risks', '/risks/'],
      ['Management review', '/management-reviews/'],
      ['Reviews', '/reviews/'],
      ['Traceability', '/traceability/'],
      ['Training', '/training/'],
    ]);
  });
});
