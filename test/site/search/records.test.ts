import { describe, expect, it } from 'vitest';
import { formatBytes, indexedPages } from '../../../src/integration/search-index.ts';
import { filterValue, searchData, searchTypeLabels, statusLabel, unitLabels, ALL_UNITS } from '../../../src/site/search/records.ts';
import { pagefindFilters, parseSearchQuery, searchParams } from '../../../src/site/search/query.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';

describe('search query', () => {
  it('reads the query and filters from the URL, ignoring empty ones', () => {
    const q = parseSearchQuery(new URLSearchParams('q=+投诉+&type=SOP&area=&unit=All+units&archived=1&other=x'));
    expect(q).toEqual({ q: '投诉', filters: { type: 'SOP', unit: 'All units' }, archived: true, page: 1 });
  });

  it('reads the page of results, 1 when missing or not a page number', () => {
    expect(parseSearchQuery(new URLSearchParams('q=a&page=3')).page).toBe(3);
    for (const bad of ['', '0', '-2', '1.5', 'x', '99999']) expect(parseSearchQuery(new URLSearchParams(`q=a&page=${bad}`)).page, bad).toBe(1);
  });

  it('writes the parameters of another page of the same search', () => {
    const q = parseSearchQuery(new URLSearchParams('q=投诉&type=SOP&archived=1&page=2'));
    expect(searchParams(q, 3).toString()).toBe(new URLSearchParams('q=投诉&type=SOP&archived=1&page=3').toString());
    expect(searchParams(q, 1).has('page')).toBe(false);
  });

  it('asks for current documents unless archived ones are included or asked for by status', () => {
    expect(pagefindFilters(parseSearchQuery(new URLSearchParams('q=a&type=SOP')))).toEqual({ type: 'SOP', lifecycle: 'current' });
    expect(pagefindFilters(parseSearchQuery(new URLSearchParams('q=a&archived=1')))).toEqual({});
    expect(pagefindFilters(parseSearchQuery(new URLSearchParams('q=a&status=Retired')))).toEqual({ status: 'Retired' });
    expect(pagefindFilters(parseSearchQuery(new URLSearchParams('q=a&status=Effective')))).toEqual({ status: 'Effective', lifecycle: 'current' });
  });
});

describe('search data of documents', () => {
  it('labels each type of result with the name of its kind, in both languages', () => {
    expect(searchTypeLabels('en', 'Register')).toEqual({ SOP: 'SOP', Standard: 'Standard', KPI: 'KPI', 'Handbook page': 'Handbook page', Audit: 'Audit', 'Audit finding': 'Audit finding', Risk: 'Risk', 'Management review': 'Management review', Register: 'Register' });
    expect(searchTypeLabels('zh-CN', '记录台账')).toEqual({ SOP: '程序文件', Standard: '服务标准', KPI: '关键指标', 'Handbook page': '手册页面', Audit: '审核', 'Audit finding': '审核发现', Risk: '风险', 'Management review': '管理评审', Register: '记录台账' });
  });

  it('labels statuses and cleans filter values', () => {
    expect(statusLabel('in-review')).toBe('In review');
    expect(statusLabel('effective')).toBe('Effective');
    expect(filterValue('Sales, service: east ')).toBe('Sales service east');
  });

  const { handbook } = getHandbook();

  it('gives an SOP its id, type, area, units, status and other-language terms', () => {
    const sop = handbook.sops.get('SOP-CS-001')!;
    const data = searchData(handbook, { kind: 'sop', item: sop });
    expect(data.id).toBe('SOP-CS-001');
    expect(data.type).toBe('SOP');
    expect(data.filters).toContainEqual(['type', 'SOP']);
    expect(data.filters).toContainEqual(['area', 'Customer service']);
    expect(data.filters).toContainEqual(['status', 'Effective']);
    expect(data.filters).toContainEqual(['lifecycle', 'current']);
    expect(data.otherLang).toBe('zh-CN');
    expect(data.otherTerms.join(' ')).toContain('投诉');
  });

  it('marks a retired SOP as archived', () => {
    const sop = handbook.sops.get('SOP-CS-005')!;
    const data = searchData(handbook, { kind: 'sop', item: sop });
    expect(data.filters).toContainEqual(['status', 'Retired']);
    expect(data.filters).toContainEqual(['lifecycle', 'archived']);
  });

  it('names units in scope, or all units', () => {
    expect(unitLabels(handbook, 'all')).toEqual([ALL_UNITS]);
    const [id] = [...handbook.units.keys()];
    expect(unitLabels(handbook, [id!, 'no-such-unit'])).toHaveLength(2);
    expect(unitLabels(handbook, ['no-such-unit'])).toEqual(['no-such-unit']);
  });
});

describe('search index helpers', () => {
  it('counts indexed pages over languages and formats sizes', () => {
    expect(indexedPages({ version: '1.6.0', languages: { zh: { page_count: 50 }, en: { page_count: 3 } } })).toBe(53);
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB');
  });
});

describe('search data of the registers and management reviews', () => {
  const { handbook } = getHandbook();

  it('indexes each register page once, with the filters of the items it lists', () => {
    const complaints = searchData(handbook, { kind: 'register', register: 'complaints' });
    expect(complaints.id).toBe('complaints');
    expect(complaints.type).toBe('Register');
    expect(complaints.filters).toContainEqual(['type', 'Register']);
    // the units of the register's months and the process areas of its causes
    expect(complaints.filters).toContainEqual(['unit', 'Shenzhen branch']);
    expect(complaints.filters).toContainEqual(['area', 'Customer service']);
    expect(complaints.filters).toContainEqual(['area', 'Delivery and logistics']);
    expect(complaints.filters).toContainEqual(['lifecycle', 'current']);
    const training = searchData(handbook, { kind: 'register', register: 'training' });
    expect(training.filters).toContainEqual(['unit', 'Shenzhen branch']); // a campaign's units and the coverage rows
    expect(training.filters.filter(([k]) => k === 'area')).toEqual([]);
    const inspections = searchData(handbook, { kind: 'register', register: 'inspections' });
    expect(inspections.filters.filter(([k]) => k === 'unit').map(([, v]) => v)).toContain('Shenzhen branch');
    // each value once
    for (const d of [complaints, training, inspections]) expect(new Set(d.filters.map((f) => f.join(':'))).size).toBe(d.filters.length);
  });

  it('keeps the latest management review current and the reviews before it superseded, out of default results', () => {
    const latest = searchData(handbook, { kind: 'management-review', item: handbook.managementReviews.get('MR-2026-Q3')! });
    expect(latest.id).toBe('MR-2026-Q3');
    expect(latest.type).toBe('Management review');
    expect(latest.filters).toContainEqual(['status', 'Held']);
    expect(latest.filters).toContainEqual(['lifecycle', 'current']);
    const earlier = searchData(handbook, { kind: 'management-review', item: handbook.managementReviews.get('MR-2026-Q2')! });
    expect(earlier.filters).toContainEqual(['status', 'Superseded']);
    expect(earlier.filters).toContainEqual(['lifecycle', 'archived']);
  });
});

describe('past quality records in the search', () => {
  const { handbook } = getHandbook();

  it('keeps closed audit findings out of default results, and open ones in', () => {
    const closed = searchData(handbook, { kind: 'finding', item: handbook.findings.get('AF-2026-001')! });
    expect(closed.filters).toContainEqual(['status', 'Closed']);
    expect(closed.filters).toContainEqual(['lifecycle', 'archived']);
    const open = searchData(handbook, { kind: 'finding', item: handbook.findings.get('AF-2026-009')! });
    expect(open.filters).toContainEqual(['lifecycle', 'current']);
    // Asking for the status finds them without the checkbox.
    expect(pagefindFilters(parseSearchQuery(new URLSearchParams('q=a&status=Closed')))).toEqual({ status: 'Closed' });
  });
});
