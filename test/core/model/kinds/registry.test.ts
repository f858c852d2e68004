/**
 * The registry of kinds: locations that do not overlap and cover every file of the sample, references
 * to kinds that exist (and fields that exist), a JSON Schema for every kind and a scaffold for every
 * kind of which `sqms new` makes one file per item; the routing and hints that follow from it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { KINDS, claims, dataLocationHint, editorSchemaMapping, kindNamed, kindOfPath, recordFolders } from '../../../../src/core/model/kinds/registry.ts';
import { expandBraces, globPattern, matchesGlob } from '../../../../src/core/model/kinds/glob.ts';
import { renderJsonSchemas } from '../../../../src/cli/json-schema.ts';
import { buildHandbook, loadHandbook } from '../../../../src/core/load.ts';
import { classifySourcePath } from '../../../../src/core/model/sources.ts';
import { PROJECT_ROOT, TODAY, VALID_ROOT } from '../../../helpers/fixture.ts';

/** Every file below `content/` and `data/` of a handbook, relative to its root. */
function filesOf(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('content');
  walk('data');
  return out;
}

/** Paths each pattern holds, made up: its choices written out, `**\/` as no folder and as two, `*` as a name. */
function probes(glob: string): string[] {
  return expandBraces(glob).flatMap((g) => [g.replace(/\*\*\//g, ''), g.replace(/\*\*\//g, 'a/b/')].map((p) => p.replace(/\*\*/g, 'x/y').replace(/\*/g, 'probe')));
}

/** The schema of the field at `path` (dots between names), through optional, default, array and union wrappers. */
function fieldSchema(schema: z.ZodType, path: string): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const step of path.split('.')) {
    current = current && objectShape(current)?.[step];
    if (!current) return undefined;
  }
  return current;
}

function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (schema as unknown as { def: Record<string, unknown> }).def;
  if (def['shape']) return def['shape'] as Record<string, z.ZodType>;
  if (def['innerType']) return objectShape(def['innerType'] as z.ZodType);
  if (def['element']) return objectShape(def['element'] as z.ZodType);
  if (def['in']) return objectShape(def['in'] as z.ZodType);
  if (Array.isArray(def['options'])) return Object.assign({}, ...(def['options'] as z.ZodType[]).map((o) => objectShape(o) ?? {}));
  return undefined;
}

describe('the registry of kinds', () => {
  it('gives every kind a unique name and a unique JSON Schema name', () => {
    expect(new Set(KINDS.map((k) => k.name)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.jsonSchema.name)).size).toBe(KINDS.length);
  });

  it('has locations that do not overlap: no made-up or sample path is claimed by two kinds', () => {
    const paths = [...KINDS.flatMap((k) => (k.source.shape === 'same-files' ? [] : k.source.globs.flatMap(probes))), ...filesOf(PROJECT_ROOT), ...filesOf(VALID_ROOT)];
    const overlaps = paths.map((p) => [p, KINDS.filter((k) => claims(k, p)).map((k) => k.name)] as const).filter(([, names]) => names.length > 1);
    expect(overlaps).toEqual([]);
    // The probes do reach their own kinds (a pattern that holds nothing would pass the test above).
    for (const k of KINDS) if (k.source.shape !== 'same-files') expect(probes(k.source.globs[0]!).some((p) => claims(k, p)), k.name).toBe(true);
  });

  it('claims every file of the sample organisation and of the valid fixture by exactly one kind', () => {
    for (const root of [PROJECT_ROOT, VALID_ROOT]) {
      // Images and attachments next to the pages are published as they are, not records of a kind.
      const unclaimed = filesOf(root).filter((p) => kindOfPath(p) === undefined && classifySourcePath(p) !== 'asset');
      expect(unclaimed, root).toEqual([]);
    }
  });

  it('routes the sample files as the handbook has always read them', () => {
    const route = (p: string) => kindOfPath(p)?.name;
    expect(route('content/sops/customer-service/SOP-CS-001.mdx')).toBe('sop');
    expect(route('content/sops/customer-service/SOP-CS-001.zh-CN.mdx')).toBe('sop'); // its translation: told apart by content
    expect(route('content/sops/SOP-CS-001.MDX')).toBe('sop');
    expect(route('content/policies/quality-policy.md')).toBe('page');
    expect(route('content/index.mdx')).toBe('page');
    expect(route('content/logo.png')).toBeUndefined();
    expect(route('data/units.yaml')).toBe('unit');
    expect(route('data/units.yml')).toBe('unit');
    expect(route('data/roles.yaml')).toBe('role');
    expect(route('data/people.yaml')).toBe('person');
    expect(route('data/process-areas.yaml')).toBe('process-area');
    expect(route('data/kpis/KPI-CSAT.yaml')).toBe('kpi');
    expect(route('data/kpis/KPI-CSAT.YAML')).toBe('kpi');
    expect(route('data/kpis/old/KPI-CSAT.yaml')).toBe('kpi');
    expect(route('data/standards/STD-RESP-001.yaml')).toBe('standard');
    expect(route('data/actions/IA-2025-001.yaml')).toBe('action');
    expect(route('data/measurements/2026-10.csv')).toBe('measurement');
    expect(route('data/measurements/2026-10.yaml')).toBe('measurement');
    expect(route('data/phases.yaml')).toBe('phase');
    expect(route('data/acknowledgements.yaml')).toBe('acknowledgement');
    expect(route('data/search-synonyms.yaml')).toBe('search-synonym');
    expect(route('data/approvals/SOP-CS-001.yaml')).toBe('approval');
    expect(route('data/approvals/policies/quality-policy.yaml')).toBe('approval');
    expect(route('data/misc/notes.yaml')).toBeUndefined();
    expect(route('data/kpis.csv')).toBeUndefined();
    expect(route('data/unitsX.yaml')).toBeUndefined();
  });

  it('names only registered kinds in its references, at fields its schemas have', () => {
    const problems: string[] = [];
    for (const k of KINDS) {
      for (const [field, target] of Object.entries(k.references)) {
        for (const name of typeof target === 'string' ? [target] : target) if (!kindNamed(name)) problems.push(`${k.name}.${field} → ${name}: no such kind`);
        if (!fieldSchema(k.schema, field)) problems.push(`${k.name}.${field}: no such field`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every kind a JSON Schema, and every kind of one file per item a scaffold', () => {
    const schemas = renderJsonSchemas();
    for (const k of KINDS) expect(schemas.has(`schemas/${k.jsonSchema.name}.schema.json`), k.name).toBe(true);
    const onePerFile = KINDS.filter((k) => k.source.shape === 'item-file' || (k.source.shape === 'document' && k.source.idFrom === 'frontmatter'));
    expect(onePerFile.filter((k) => !k.scaffold).map((k) => k.name)).toEqual([]);
  });

  it('gives every kind its words in English and Chinese', () => {
    for (const k of KINDS) for (const lang of ['en', 'zh-CN'] as const) expect(k.labels[lang].one.trim(), `${k.name} ${lang}`).not.toBe('');
  });

  it('has the ids of the sample organisation match their kind\'s id pattern', () => {
    const { handbook } = loadHandbook(PROJECT_ROOT, { today: TODAY, bodies: false });
    for (const k of KINDS) {
      if (!k.idPattern || !k.collection || k.collection.includes('.')) continue;
      const items = handbook[k.collection as 'kpis'] as Map<string, unknown>;
      expect(items.size, k.name).toBeGreaterThan(0);
      for (const id of items.keys()) expect(id, k.name).toMatch(k.idPattern);
    }
  });

  it('gives the model an empty collection per kind that fills one, and a set of rejected ids per kind that has them', () => {
    const { handbook } = buildHandbook('/empty', [], { today: TODAY });
    expect(Object.keys(handbook).sort()).toEqual(
      ['acknowledgements', 'actions', 'areas', 'assets', 'audits', 'campaigns', 'checkSettings', 'checklists', 'compiledBodies', 'complaintCauses', 'complaints', 'dateWindow', 'derived', 'findings', 'index', 'inspections', 'kpis', 'managementReviews', 'measurements', 'mysteryShopVisits', 'pages', 'people', 'phases', 'rejected', 'risks', 'roles', 'root', 'searchSynonyms', 'siteSettings', 'sops', 'standards', 'today', 'trainingCoverage', 'trainingSettings', 'translations', 'units'],
    );
    expect(handbook.kpis).toBeInstanceOf(Map);
    expect(handbook.measurements).toEqual([]);
    expect(Object.keys(handbook.rejected)).toEqual(['units', 'roles', 'people', 'areas', 'sops', 'standards', 'kpis', 'actions', 'audits', 'findings', 'risks', 'checklists', 'mysteryShopVisits', 'managementReviews', 'pages', 'complaintCauses']);
  });

  it('says where data files may live, in the words the check has always used', () => {
    expect(dataLocationHint()).toBe(
      'Move it: data/units.yaml, roles.yaml, people.yaml, process-areas.yaml, checklists.yaml, phases.yaml, acknowledgements.yaml, search-synonyms.yaml, training/settings.yaml, complaint-causes.yaml, check-settings.yaml, site.yaml, or one file per item in data/standards/, data/kpis/, data/actions/, data/audits/, data/findings/, data/risks/, data/management-reviews/, data/training/coverage/, data/training/campaigns/; lists in data/inspections/, data/mystery-shop/, data/complaints/; measurements in data/measurements/ (YAML or CSV).',
    );
    expect(recordFolders()).toEqual(['data/approvals/']);
  });

  it('maps each YAML kind\'s JSON Schema onto its location for the editor (frontmatter and CSV have none)', () => {
    const mapping = editorSchemaMapping();
    expect(mapping['./schemas/kpi.schema.json']).toEqual(['data/kpis/**/*.yaml', 'data/kpis/**/*.yml']);
    expect(mapping['./schemas/units.schema.json']).toEqual(['data/units.yaml', 'data/units.yml']);
    expect(mapping['./schemas/measurements.schema.json']).toEqual(['data/measurements/**/*.yaml', 'data/measurements/**/*.yml']);
    expect(Object.keys(mapping)).not.toContain('./schemas/sop.schema.json');
    expect(Object.keys(mapping)).toHaveLength(KINDS.filter((k) => k.source.shape !== 'document' && k.source.shape !== 'same-files').length);
  });
});

describe('location patterns', () => {
  it('match names, folders at any depth, choices, and extensions in any case', () => {
    expect(matchesGlob('data/kpis/**/*.{yaml,yml}', 'data/kpis/KPI-A.yaml')).toBe(true);
    expect(matchesGlob('data/kpis/**/*.{yaml,yml}', 'data/kpis/a/b/KPI-A.yml')).toBe(true);
    expect(matchesGlob('data/kpis/**/*.{yaml,yml}', 'data/kpis/KPI-A.Yaml')).toBe(true);
    expect(matchesGlob('data/kpis/**/*.{yaml,yml}', 'data/kpisx/KPI-A.yaml')).toBe(false);
    expect(matchesGlob('data/kpis/**/*.{yaml,yml}', 'data/kpis/KPI-A.csv')).toBe(false);
    expect(matchesGlob('data/units.{yaml,yml}', 'data/units.yaml')).toBe(true);
    expect(matchesGlob('data/units.{yaml,yml}', 'data/sub/units.yaml')).toBe(false);
    expect(matchesGlob('content/sops/**', 'content/sops/a/SOP-CS-001.mdx')).toBe(true);
    expect(matchesGlob('Data/units.yaml', 'data/units.yaml')).toBe(false);
    expect(globPattern('data/a.b/*.yaml').test('data/aXb/x.yaml')).toBe(false);
  });

  it('write out their choices for the editor', () => {
    expect(expandBraces('data/{a,b}/*.{yaml,yml}')).toEqual(['data/a/*.yaml', 'data/a/*.yml', 'data/b/*.yaml', 'data/b/*.yml']);
    expect(expandBraces('data/units.yaml')).toEqual(['data/units.yaml']);
  });
});
