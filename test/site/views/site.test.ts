import { describe, expect, it } from 'vitest';
import type { Handbook, UnitEntity } from '../../../src/core/model/handbook.ts';
import { navigation, navSection, organisationName, siteName } from '../../../src/site/views/site.ts';
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
      ['Records', '/records/'],
      ['Reviews', '/reviews/'],
      ['Traceability', '/traceability/'],
    ]);
  });

  it('marks "Records" on the pages of the registers it leads to, and every other section as itself', () => {
    for (const s of ['records', 'actions', 'complaints', 'audits', 'risks', 'management-reviews', 'training'] as const) expect(navSection(s)).toBe('records');
    for (const s of ['home', 'sops', 'standards', 'kpis', 'scorecards', 'units', 'reviews', 'traceability'] as const) expect(navSection(s)).toBe(s);
    expect(navSection(undefined)).toBeUndefined();
    // Every section a page may name is reachable: it is an item of the navigation or marks one.
    const items = new Set(navigation('en').map((n) => n.section));
    for (const s of ['records', 'actions', 'complaints', 'audits', 'risks', 'management-reviews', 'training', 'reviews'] as const) expect(items.has(navSection(s)!)).toBe(true);
  });
});
