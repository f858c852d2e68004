/**
 * Each schema accepts a good example (taken from the valid fixture) and rejects specific bad ones
 * with the issue at the right path.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ActionId, Duration, IsoDate, KpiId, LocalizedText, SopId, StandardId, UnitId, UnitScope, Version } from '../../src/core/schema/common.ts';
import { SopFrontmatter } from '../../src/core/schema/sop.ts';
import { Standard } from '../../src/core/schema/standard.ts';
import { Kpi } from '../../src/core/schema/kpi.ts';
import { KPI_METHODS, KPI_METHOD_NAMES } from '../../src/core/schema/kpi-method.ts';
import { ImprovementAction } from '../../src/core/schema/improvement-action.ts';
import { CSV_COLUMNS, CSV_REQUIRED_COLUMNS, Measurement, MeasurementsFile } from '../../src/core/schema/measurement.ts';
import { PeopleFile, Person, ProcessArea, ProcessAreasFile, Role, RolesFile, Unit, UnitsFile } from '../../src/core/schema/organisation.ts';
import { PageFrontmatter } from '../../src/core/schema/page.ts';
import { splitFrontmatter } from '../../src/core/source/frontmatter.ts';
import { validFiles } from '../helpers/fixture.ts';

const files = validFiles();
const yamlOf = (path: string): Record<string, unknown> => {
  const text = files.get(path);
  if (text === undefined) throw new Error(`no fixture file ${path}`);
  return parseYaml(path.endsWith('.mdx') || path.endsWith('.md') ? splitFrontmatter(text).yaml! : text, { schema: 'core' }) as Record<string, unknown>;
};

/** `code path` of every issue, e.g. `invalid_value direction`. */
function issues(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.path.join('.')}`.trim());
}
const customCode = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? undefined : (result.error.issues[0] as { params?: { code?: string } }).params?.code;
};

describe('common building blocks', () => {
  it('ids follow their patterns', () => {
    expect(issues(SopId, 'SOP-CS-001')).toEqual([]);
    expect(issues(SopId, 'SOP-QUALIT-123')).toEqual([]);
    expect(issues(SopId, 'SOP-C-001')).toEqual(['invalid_format']);
    expect(issues(SopId, 'SOP-CS-01')).toEqual(['invalid_format']);
    expect(issues(SopId, 'sop-cs-001')).toEqual(['invalid_format']);
    expect(issues(StandardId, 'STD-RESP-001')).toEqual([]);
    expect(issues(StandardId, 'STD-RESP-1')).toEqual(['invalid_format']);
    expect(issues(KpiId, 'KPI-FR-SLA')).toEqual([]);
    expect(issues(KpiId, 'KPI-csat')).toEqual(['invalid_format']);
    expect(issues(KpiId, 'KPI-')).toEqual(['invalid_format']);
    expect(issues(ActionId, 'IA-2025-014')).toEqual([]);
    expect(issues(ActionId, 'IA-25-014')).toEqual(['invalid_format']);
    expect(issues(UnitId, 'br-pudong')).toEqual([]);
    expect(issues(UnitId, 'Br-Pudong')).toEqual(['invalid_format']);
    expect(issues(UnitId, 'br--pudong')).toEqual(['invalid_format']);
    expect(issues(UnitId, 'br_pudong')).toEqual(['invalid_format']);
  });

  it('dates must be written YYYY-MM-DD and exist; an impossible date carries the date/impossible code', () => {
    expect(issues(IsoDate, '2024-02-29')).toEqual([]);
    expect(issues(IsoDate, '2025-02-30')).toEqual(['custom']);
    expect(customCode(IsoDate, '2025-02-30')).toBe('date/impossible');
    expect(issues(IsoDate, '2025-2-3')[0]).toBe('invalid_format');
    expect(issues(IsoDate, 20250101)).toEqual(['invalid_type']);
  });

  it('durations are a number and min, h or d', () => {
    expect(issues(Duration, '30 min')).toEqual([]);
    expect(issues(Duration, '48 h')).toEqual([]);
    expect(issues(Duration, '3 d')).toEqual([]);
    expect(issues(Duration, '30')).toEqual(['invalid_format']);
    expect(issues(Duration, '30 minutes')).toEqual(['invalid_format']);
  });

  it('versions are MAJOR.MINOR text, never a number', () => {
    expect(issues(Version, '1.10')).toEqual([]);
    expect(issues(Version, '1')).toEqual(['invalid_format']);
    expect(issues(Version, '1.2.3')).toEqual(['invalid_format']);
    expect(issues(Version, 1.1)).toEqual(['invalid_type']);
  });

  it('localised text is plain text or per-language text with at least one language', () => {
    expect(issues(LocalizedText, 'Complaint handling')).toEqual([]);
    expect(issues(LocalizedText, { en: 'Complaints', 'zh-CN': '投诉' })).toEqual([]);
    expect(issues(LocalizedText, { 'zh-CN': '投诉' })).toEqual([]);
    expect(LocalizedText.safeParse({}).success).toBe(false);
    expect(LocalizedText.safeParse('').success).toBe(false);
    expect(LocalizedText.safeParse({ en: 'x', fr: 'y' }).success).toBe(false);
  });

  it('a unit scope is `all` or a non-empty list of unit ids', () => {
    expect(issues(UnitScope, 'all')).toEqual([]);
    expect(issues(UnitScope, ['br-north'])).toEqual([]);
    expect(UnitScope.safeParse([]).success).toBe(false);
    expect(UnitScope.safeParse('everyone').success).toBe(false);
    expect(UnitScope.safeParse(['Br-North']).success).toBe(false);
  });
});

describe('SopFrontmatter', () => {
  const good = yamlOf('content/sops/customer-service/SOP-CS-001.mdx');

  it('accepts the fixture SOPs, filling defaults', () => {
    expect(issues(SopFrontmatter, good)).toEqual([]);
    const draft = SopFrontmatter.parse(yamlOf('content/sops/delivery/SOP-DL-001.mdx'));
    expect(draft).toMatchObject({ implements: [], measuredBy: [], related: [], training: { level: 'none', roles: [] } });
    expect(issues(SopFrontmatter, yamlOf('content/sops/customer-service/SOP-CS-002.mdx'))).toEqual([]);
  });

  it.each([
    ['unknown status', { status: 'active' }, ['invalid_value status']],
    ['unknown language', { lang: 'fr' }, ['invalid_value lang']],
    ['version as a number', { version: 1.1 }, ['invalid_type version']],
    ['no steps', { steps: [] }, ['too_small steps']],
    ['empty change log', { changeLog: [] }, ['too_small changeLog']],
    ['review interval over 60 months', { reviewIntervalMonths: 72 }, ['too_big reviewIntervalMonths']],
    ['review interval not whole', { reviewIntervalMonths: 1.5 }, ['invalid_type reviewIntervalMonths']],
    ['unknown field', { ownr: 'bo-chen' }, ['unrecognized_keys']],
    ['approvers not a list', { approvers: 'ann-lee' }, ['invalid_type approvers']],
    ['blank title', { title: '   ' }, ['too_small title']],
  ])('rejects %s', (_name, change, expected) => {
    expect(issues(SopFrontmatter, { ...good, ...change })).toEqual(expected);
  });

  it('rejects bad steps at their path', () => {
    const steps = good['steps'] as Record<string, unknown>[];
    const withStep = (i: number, change: Record<string, unknown>) => ({ ...good, steps: steps.map((s, j) => (j === i ? { ...s, ...change } : s)) });
    expect(issues(SopFrontmatter, withStep(0, { id: 'Step1' }))).toEqual(['invalid_format steps.0.id']);
    expect(issues(SopFrontmatter, withStep(0, { timeLimit: '30 mins' }))).toEqual(['invalid_format steps.0.timeLimit']);
    expect(issues(SopFrontmatter, withStep(2, { next: 'finish' }))).toHaveLength(1);
    expect(issues(SopFrontmatter, withStep(1, { decision: { question: 'Major?', options: [{ label: 'Yes', next: 'S3' }] } }))).toEqual(['too_small steps.1.decision.options']);
  });

  it('rejects a change-log entry with an unknown kind of change', () => {
    const log = good['changeLog'] as Record<string, unknown>[];
    expect(issues(SopFrontmatter, { ...good, changeLog: [{ ...log[0], change: 'patch' }, log[1]] })).toEqual(['invalid_value changeLog.0.change']);
  });

  it('requires the core fields', () => {
    const { id: _id, owner: _owner, ...rest } = good;
    expect(issues(SopFrontmatter, rest)).toEqual(['invalid_type id', 'invalid_type owner']);
  });
});

describe('Standard', () => {
  const timeLimit = yamlOf('data/standards/STD-RESP-001.yaml');
  const kpiBased = yamlOf('data/standards/STD-REL-001.yaml');

  it('accepts both kinds of criterion', () => {
    expect(issues(Standard, timeLimit)).toEqual([]);
    expect(issues(Standard, kpiBased)).toEqual([]);
    expect(issues(Standard, yamlOf('data/standards/STD-REL-002.yaml'))).toEqual([]);
  });

  it.each([
    ['a status SOPs use but standards do not', { status: 'superseded' }, 'status'],
    ['an unknown SERVQUAL dimension', { dimension: 'speed' }, 'dimension'],
    ['an unknown touchpoint', { touchpoint: 'email' }, 'touchpoint'],
    ['an unknown Kano category', { kano: 'delighter' }, 'kano'],
  ])('rejects %s', (_name, change, path) => {
    expect(issues(Standard, { ...timeLimit, ...change })).toEqual([`invalid_value ${path}`]);
  });

  it('rejects a criterion that mixes or lacks both forms', () => {
    expect(Standard.safeParse({ ...timeLimit, criterion: { timeLimit: '30 min' } }).success).toBe(false);
    expect(Standard.safeParse({ ...timeLimit, criterion: { kpi: 'KPI-CSAT', threshold: '85' } }).success).toBe(false);
    expect(Standard.safeParse({ ...timeLimit, criterion: { kpi: 'KPI-CSAT', threshold: 85, timeLimit: '30 min' } }).success).toBe(false);
  });
});

describe('Kpi', () => {
  const good = yamlOf('data/kpis/KPI-CSAT.yaml');

  it('accepts the fixture KPIs', () => {
    for (const id of ['KPI-CSAT', 'KPI-NPS', 'KPI-ART']) expect(issues(Kpi, yamlOf(`data/kpis/${id}.yaml`)), id).toEqual([]);
    expect(Kpi.parse(yamlOf('data/kpis/KPI-NPS.yaml')).notApplicable).toEqual([]);
  });

  it('accepts a band KPI', () => {
    expect(issues(Kpi, { ...good, direction: 'band', target: { min: 95, max: 105 }, warning: { min: 90, max: 110 } })).toEqual([]);
  });

  it.each([
    ['an unknown direction', { direction: 'hgher' }, ['invalid_value direction']],
    ['an unknown method', { method: 'average' }, ['invalid_value method']],
    ['an unknown frequency', { frequency: 'daily' }, ['invalid_value frequency']],
    ['an unknown layer', { layer: 'speed' }, ['invalid_value layer']],
    ['an unknown unit of measure', { unitOfMeasure: '%' }, ['invalid_value unitOfMeasure']],
    ['a zero weight', { weight: 0 }, ['too_small weight']],
    ['a weight over 100', { weight: 101 }, ['too_big weight']],
    ['a scale whose min is not below its max', { scale: { min: 100, max: 0 } }, ['custom scale']],
    ['a target given as text', { target: '85%' }, ['invalid_union target']],
    ['a fractional minimum sample size', { minSampleSize: 2.5 }, ['invalid_type minSampleSize']],
    ['a bad SLA limit', { limit: '30' }, ['invalid_format limit']],
  ])('rejects %s', (_name, change, expected) => {
    expect(issues(Kpi, { ...good, ...change })).toEqual(expected);
  });

  it('rejects a band whose min exceeds its max', () => {
    expect(Kpi.safeParse({ ...good, direction: 'band', target: { min: 105, max: 95 }, warning: { min: 90, max: 110 } }).success).toBe(false);
  });
});

describe('KPI methods', () => {
  it('give every method a label and a scale, and mark the proportions', () => {
    expect(KPI_METHOD_NAMES).toContain('nps');
    for (const name of KPI_METHOD_NAMES) {
      const m = KPI_METHODS[name];
      expect(m.label.length, name).toBeGreaterThan(10);
      expect(m.scale.min, name).toBeLessThan(m.scale.max);
    }
    expect(KPI_METHODS.nps.scale).toEqual({ min: -100, max: 100 });
    expect(KPI_METHODS.nps.proportion).toBe(false);
    expect(KPI_METHODS['csat-top-two-box']).toMatchObject({ scale: { min: 0, max: 100 }, needsSampleSize: true, proportion: true });
    expect(KPI_METHODS['sla-compliance'].needsSampleSize).toBe(true);
    expect(KPI_METHODS['mean-duration'].needsSampleSize).toBe(false);
  });
});

describe('ImprovementAction', () => {
  const open = yamlOf('data/actions/IA-2026-001.yaml');
  const closed = yamlOf('data/actions/IA-2025-001.yaml');

  it('accepts open and closed actions', () => {
    expect(issues(ImprovementAction, open)).toEqual([]);
    expect(issues(ImprovementAction, closed)).toEqual([]);
  });

  it('fills empty link lists', () => {
    expect(ImprovementAction.parse({ ...open, links: {} }).links).toEqual({ kpis: [], units: [], sops: [], standards: [] });
  });

  it.each([
    ['an unknown stage', { stage: 'done' }, ['invalid_value stage']],
    ['an unknown source', { source: 'customer' }, ['invalid_value source']],
    ['no measures', { measures: [] }, ['too_small measures']],
    ['`yes` for effective', { evaluation: { method: 'x', effective: 'yes' } }, ['invalid_type evaluation.effective']],
    ['an evaluation without a method', { evaluation: { result: 'ok' } }, ['invalid_type evaluation.method']],
    ['an impossible due date', { due: '2026-02-30' }, ['custom due']],
    ['an unknown field in links', { links: { kpi: ['KPI-CSAT'] } }, ['unrecognized_keys links']],
  ])('rejects %s', (_name, change, expected) => {
    expect(issues(ImprovementAction, { ...open, ...change })).toEqual(expected);
  });
});

describe('Measurement', () => {
  const good = { kpi: 'KPI-CSAT', unit: 'br-north', period: '2026-10', value: 88.5, n: 120 };

  it('accepts a value, and null with a note', () => {
    expect(issues(Measurement, good)).toEqual([]);
    expect(issues(Measurement, { ...good, value: null, n: undefined, note: 'Outage' })).toEqual([]);
    expect(issues(MeasurementsFile, yamlOf('data/measurements/2026-Q3.yaml'))).toEqual([]);
  });

  it.each([
    ['a value as text', { value: '88.5' }, ['invalid_type value']],
    ['negative counts', { k: -3 }, ['too_small k']],
    ['a fractional count', { promoters: 12.5 }, ['invalid_type promoters']],
    ['a list of one response count', { responses: [4] }, ['too_small responses']],
    ['a fractional sample size', { n: 12.5 }, ['invalid_type n']],
    ['a negative sample size', { n: -1 }, ['too_small n']],
    ['an empty note', { note: ' ' }, ['too_small note']],
    ['an unknown field', { sample: 5 }, ['unrecognized_keys']],
  ])('rejects %s', (_name, change, expected) => {
    expect(issues(Measurement, { ...good, ...change })).toEqual(expected);
  });

  it('accepts counts in place of the value (the value is derived from them when the handbook is loaded)', () => {
    const { value: _value, ...counted } = good;
    expect(issues(Measurement, { ...counted, k: 106 })).toEqual([]);
    expect(issues(Measurement, { ...counted, n: undefined, promoters: 50, passives: 30, detractors: 20 })).toEqual([]);
    expect(issues(Measurement, { ...counted, n: undefined, responses: [1, 2, 3, 40, 60] })).toEqual([]);
  });

  it('names the CSV columns, the first three required (the value or its counts follow)', () => {
    expect(CSV_COLUMNS).toEqual(['kpi', 'unit', 'period', 'value', 'n', 'k', 'promoters', 'passives', 'detractors', 'responses', 'sd', 'median', 'p90', 'note', 'provisional']);
    expect(CSV_REQUIRED_COLUMNS).toEqual(['kpi', 'unit', 'period']);
  });
});

describe('organisation', () => {
  it('accepts the fixture files', () => {
    expect(issues(UnitsFile, yamlOf('data/units.yaml'))).toEqual([]);
    expect(issues(RolesFile, yamlOf('data/roles.yaml'))).toEqual([]);
    expect(issues(PeopleFile, yamlOf('data/people.yaml'))).toEqual([]);
    expect(issues(ProcessAreasFile, yamlOf('data/process-areas.yaml'))).toEqual([]);
  });

  it('rejects bad units, roles, people and areas', () => {
    expect(issues(Unit, { id: 'br-x', name: 'X', type: 'shop', parent: 'acme' })).toEqual(['invalid_value type']);
    expect(issues(Role, { id: 'agent' })).toEqual(['invalid_union name']); // name is plain or localised text
    expect(issues(Person, { id: 'ann-lee', name: 'Ann', role: 'qm', unit: 'acme', git: 'annlee' })).toEqual(['invalid_format git']);
    expect(issues(Person, { id: 'ann-lee', name: 'Ann', role: 'qm', unit: 'acme', git: '@annlee' })).toEqual([]);
    expect(issues(ProcessArea, { id: 'cs', name: 'CS', code: 'cs' })).toEqual(['invalid_format code']);
    expect(issues(ProcessArea, { id: 'cs', name: 'CS', code: 'CUSTOMER' })).toEqual(['invalid_format code']);
    expect(issues(UnitsFile, { units: [] })).toEqual(['too_small units']);
  });
});

describe('PageFrontmatter', () => {
  it('accepts an empty or a full frontmatter, and extra fields', () => {
    expect(issues(PageFrontmatter, {})).toEqual([]);
    expect(issues(PageFrontmatter, yamlOf('content/policies/quality-policy.md'))).toEqual([]);
    expect(issues(PageFrontmatter, { layout: 'wide' })).toEqual([]);
  });

  it('still checks the fields it knows', () => {
    // Any BCP 47 tag is a language (`de`, `ja`, `pt-BR`); `de_DE` is not one.
    expect(issues(PageFrontmatter, { lang: 'de' })).toEqual([]);
    expect(issues(PageFrontmatter, { lang: 'de_DE' })).toEqual(['custom lang']);
    expect(issues(PageFrontmatter, { updated: '2026-02-30' })).toEqual(['custom updated']);
    expect(issues(PageFrontmatter, { order: 1.5 })).toEqual(['invalid_type order']);
    expect(issues(PageFrontmatter, { owner: 'Ann Lee' })).toEqual(['invalid_format owner']);
  });
});
