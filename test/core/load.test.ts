/** Loading the valid fixture: zero diagnostics, and a model with the right entities, links and dates. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildHandbook, loadHandbook } from '../../src/core/load.ts';
import { TODAY, VALID_ROOT, build, buildPatched, copyValidFixture, removeTemp, validFiles } from '../helpers/fixture.ts';

describe('the valid fixture', () => {
  const { handbook, diagnostics } = loadHandbook(VALID_ROOT, { today: TODAY });

  it('loads from disk with zero diagnostics of any severity', () => {
    expect(diagnostics).toEqual([]);
  });

  it('also has zero diagnostics in strict mode', () => {
    expect(loadHandbook(VALID_ROOT, { today: TODAY, strict: true }).diagnostics).toEqual([]);
  });

  it('gives the same result from in-memory files as from disk', () => {
    const memory = build(validFiles());
    expect(memory.diagnostics).toEqual([]);
    expect([...memory.handbook.sops.keys()]).toEqual([...handbook.sops.keys()]);
    expect(memory.handbook.measurements.map((m) => [m.kpi, m.unit, m.period, m.value])).toEqual(
      handbook.measurements.map((m) => [m.kpi, m.unit, m.period, m.value]),
    );
  });

  it('covers every kind of entity', () => {
    expect(handbook.today).toBe(TODAY);
    expect([...handbook.units.keys()]).toEqual(['acme', 'dept-service', 'region-east', 'br-north', 'br-south', 'br-kiosk']);
    expect([...handbook.roles.keys()]).toEqual(['service-agent', 'team-leader', 'quality-manager']);
    expect([...handbook.people.keys()]).toEqual(['ann-lee', 'bo-chen', 'cy-wu']);
    expect([...handbook.areas.keys()]).toEqual(['customer-service', 'delivery']);
    expect([...handbook.sops.keys()]).toEqual(['SOP-CS-001', 'SOP-CS-002', 'SOP-DL-001']);
    expect([...handbook.pages.keys()]).toEqual(['index', 'policies/quality-policy']);
    expect([...handbook.standards.keys()].sort()).toEqual(['STD-REL-001', 'STD-REL-002', 'STD-RESP-001']);
    expect([...handbook.kpis.keys()].sort()).toEqual(['KPI-ART', 'KPI-CSAT', 'KPI-NPS']);
    expect([...handbook.actions.keys()]).toEqual(['IA-2025-001', 'IA-2026-001']);
    expect(handbook.measurements).toHaveLength(6);
  });

  it('builds the unit tree', () => {
    const region = handbook.units.get('region-east')!;
    expect(region.parentUnit?.id).toBe('acme');
    expect(region.children.map((u) => u.id)).toEqual(['br-north', 'br-south', 'br-kiosk']);
    expect([...handbook.index.unitAndDescendants('region-east')].sort()).toEqual(['br-kiosk', 'br-north', 'br-south', 'region-east']);
    expect(handbook.index.unitAndDescendants('acme').size).toBe(6);
    expect([...handbook.index.unitAndDescendants('br-north')]).toEqual(['br-north']);
  });

  it('indexes the links between entities', () => {
    const ids = (list: { id: string }[] | undefined) => (list ?? []).map((x) => x.id);
    expect(ids(handbook.index.sopsByStandard.get('STD-RESP-001'))).toEqual(['SOP-CS-001']);
    expect(ids(handbook.index.sopsByKpi.get('KPI-ART'))).toEqual(['SOP-CS-001']);
    expect(ids(handbook.index.standardsByKpi.get('KPI-CSAT'))).toEqual(['STD-REL-001']);
    expect(ids(handbook.index.sopsByArea.get('customer-service'))).toEqual(['SOP-CS-001', 'SOP-CS-002']);
    expect(ids(handbook.index.actionsByKpi.get('KPI-CSAT'))).toEqual(['IA-2026-001']);
    expect(ids(handbook.index.actionsByUnit.get('dept-service'))).toEqual(['IA-2025-001']);
    expect(ids(handbook.index.actionsBySop.get('SOP-CS-001'))).toEqual(['IA-2026-001']);
    expect(ids(handbook.index.actionsByStandard.get('STD-RESP-001'))).toEqual(['IA-2025-001']);
    expect(ids(handbook.index.peopleByUnit.get('br-north'))).toEqual(['cy-wu']);
  });

  it('reads measurements from CSV and YAML, with periods, sample sizes and notes', () => {
    const m = handbook.index.measurementsByKpi;
    expect(m.get('KPI-CSAT')?.get('br-north')?.get('2026-10')).toMatchObject({
      value: 88.5,
      n: 200,
      counts: { shape: 'proportion', k: 177, n: 200, from: 'counts' },
      periodInfo: { start: '2026-10-01', end: '2026-10-31' },
    });
    expect(m.get('KPI-CSAT')?.get('br-south')?.get('2026-10')?.note).toBe('Two agents on leave, "short-staffed"');
    expect(m.get('KPI-CSAT')?.get('region-east')?.get('2026-10')).toMatchObject({ value: null, note: 'Survey vendor outage' });
    const art = m.get('KPI-ART')?.get('dept-service')?.get('2026-W44');
    expect(art?.counts).toEqual({ shape: 'duration', mean: 18.2, median: 12.5, p90: 41, n: 64, from: 'counts' });
    expect(art?.periodInfo).toEqual({ key: '2026-W44', frequency: 'weekly', start: '2026-10-26', end: '2026-11-01' });
    expect(m.get('KPI-NPS')?.get('br-north')?.get('2026-Q3')).toMatchObject({ value: -5, n: 80 });
    // Counts alone: the value is derived, and n is their sum.
    expect(m.get('KPI-NPS')?.get('acme')?.get('2026-Q3')).toMatchObject({
      value: 42,
      valueWritten: undefined,
      n: 600,
      counts: { shape: 'net', promoters: 330, passives: 192, detractors: 78, n: 600, from: 'counts' },
    });
    const csvRow = m.get('KPI-CSAT')!.get('br-south')!.get('2026-10')!;
    expect(csvRow.origin.at(['value'])).toEqual({ file: 'data/measurements/2026-10.csv', line: 3, column: 27 });
    const yamlRow = m.get('KPI-NPS')!.get('br-north')!.get('2026-Q3')!;
    expect(yamlRow.origin.at(['value'])).toEqual({ file: 'data/measurements/2026-Q3.yaml', line: 6, column: 12 });
  });

  it('computes review status from the effective date and the interval', () => {
    expect(handbook.sops.get('SOP-CS-001')!.review).toEqual({ lastReview: '2026-03-01', due: '2027-03-01', daysLeft: 99, state: 'ok' });
    expect(handbook.sops.get('SOP-CS-002')!.review.state).toBe('not-scheduled');
    expect(handbook.sops.get('SOP-DL-001')!.review).toEqual({ lastReview: undefined, due: undefined, daysLeft: undefined, state: 'not-scheduled' });
  });

  it('keeps SOP bodies with the line they start on, and where each field is', () => {
    const sop = handbook.sops.get('SOP-CS-001')!;
    expect(sop.bodyLine).toBe(54);
    expect(sop.body).toMatch(/^\n## Purpose\n/);
    expect(sop.origin.file).toBe('content/sops/customer-service/SOP-CS-001.mdx');
    expect(sop.origin.at(['steps', 2, 'timeLimit'])).toEqual({ file: sop.origin.file, line: 38, column: 16 });
    expect(sop.origin.atKey(['changeLog'])).toEqual({ file: sop.origin.file, line: 44, column: 1 });
  });

  it('flags no action as overdue', () => {
    expect([...handbook.actions.values()].map((a) => [a.id, a.overdue])).toEqual([
      ['IA-2025-001', false],
      ['IA-2026-001', false],
    ]);
  });

  it('titles pages from frontmatter, else their first heading, in the default language', () => {
    expect(handbook.pages.get('index')).toMatchObject({ title: 'Acme service quality handbook', lang: 'en', bodyLine: 1 });
    expect(handbook.pages.get('policies/quality-policy')).toMatchObject({ title: 'Quality policy', owner: 'ann-lee', order: 1, bodyLine: 8 });
  });
});

describe('loading details', () => {
  let temp: string | undefined;
  afterEach(() => {
    if (temp) removeTemp(temp);
    temp = undefined;
  });

  it('reports a file that is not UTF-8 at its first bad byte, and still loads the rest', () => {
    temp = copyValidFixture();
    writeFileSync(join(temp, 'data/standards/STD-BAD-001.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const { handbook, diagnostics } = loadHandbook(temp, { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.severity])).toEqual([['file/encoding', 'data/standards/STD-BAD-001.yaml', 1, 5, 'error']]);
    expect(diagnostics[0]!.message).toMatch(/0xFF here is not UTF-8/);
    expect(handbook.standards.size).toBe(3);
  });

  it('ignores files in hidden folders, and names files that are not sources', () => {
    temp = copyValidFixture();
    writeFileSync(join(temp, 'data/kpis/README.txt'), 'not a source');
    mkdirSync(join(temp, 'data/kpis/.drafts'));
    writeFileSync(join(temp, 'data/kpis/.drafts/KPI-X.yaml'), 'id: broken: [');
    expect(loadHandbook(temp, { today: TODAY }).diagnostics.map((d) => [d.code, d.file, d.severity])).toEqual([['file/unknown-type', 'data/kpis/README.txt', 'warning']]);
  });

  it('loads an empty folder as an empty handbook', () => {
    const { handbook, diagnostics } = loadHandbook(join(VALID_ROOT, 'does-not-exist'), { today: TODAY });
    expect(diagnostics).toEqual([]);
    expect(handbook.sops.size + handbook.units.size + handbook.measurements.length).toBe(0);
  });

  it('derives page titles and languages from file names when nothing else says', () => {
    const { handbook, diagnostics } = buildPatched({
      files: {
        'content/guides/working-hours.md': 'No heading here.\n',
        'content/guides/working-hours.zh-CN.md': '# 工作时间\n',
      },
    });
    expect(diagnostics).toEqual([]);
    expect(handbook.pages.get('guides/working-hours')).toMatchObject({ title: 'Working hours', lang: 'en' });
    expect(handbook.pages.get('guides/working-hours.zh-CN')).toMatchObject({ title: '工作时间', lang: 'zh-CN' });
  });

  it('uses the default language option for pages', () => {
    const { handbook } = buildPatched({}, { defaultLang: 'zh-CN' });
    expect(handbook.pages.get('index')!.lang).toBe('zh-CN');
  });

  it('takes today from SQMS_TODAY when no date is given', () => {
    const before = process.env['SQMS_TODAY'];
    process.env['SQMS_TODAY'] = '2027-02-15';
    try {
      const list = [...validFiles()].map(([path, text]) => ({ path, text }));
      const { handbook, diagnostics } = buildHandbook('/x', list);
      expect(handbook.today).toBe('2027-02-15');
      // Then the open action is overdue and SOP-CS-001's review (2027-03-01) is due soon.
      expect(diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`)).toEqual([
        'review/due-soon content/sops/customer-service/SOP-CS-001.mdx:11',
        'action/overdue data/actions/IA-2026-001.yaml:12',
      ]);
      expect(diagnostics[0]!.message).toBe('The periodic review of SOP-CS-001 is due on 2027-03-01 (in 14 days).');
    } finally {
      if (before === undefined) delete process.env['SQMS_TODAY'];
      else process.env['SQMS_TODAY'] = before;
    }
  });
});
