/**
 * The developer guide (docs/adding-a-kind.md), dry-run: a toy kind of record, "customer
 * compliment", registered in a registry of the test's own, goes through the real loader, the
 * rejected-file routing, the change comparison, `sqms new` and `sqms schema` with no other change
 * to the code. (The handbook itself gets no such kind: the kinds of quality records come with
 * their own issue.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IsoDate, NonEmptyText, PersonId, UnitId } from '../../../../src/core/schema/common.ts';
import type { Collection, KindDefinition } from '../../../../src/core/model/kinds/kind.ts';
import { KINDS, editorSchemaMapping } from '../../../../src/core/model/kinds/registry.ts';
import { nextNumber, yamlString } from '../../../../src/core/model/kinds/scaffold-text.ts';
import type { EntityKind, Handbook } from '../../../../src/core/model/handbook.ts';
import { loadHandbook } from '../../../../src/core/load.ts';
import { compareHandbooks } from '../../../../src/core/change/compare.ts';
import { renderJsonSchemas } from '../../../../src/cli/json-schema.ts';
import { scaffold } from '../../../../src/cli/new.ts';
import { searchRecord, searchTypeLabels } from '../../../../src/site/search/records.ts';
import { sitePaths } from '../../../../src/core/site-paths.ts';
import { TODAY, applyPatch, build, copyValidFixture, removeTemp, validFiles } from '../../../helpers/fixture.ts';

/** Step 1 of the guide: the schema, documented field by field. */
const Compliment = z
  .strictObject({
    id: z.string().regex(/^CMP-\d{4}-\d{3}$/, { message: 'Compliment ids look like `CMP-2026-001`.' }).describe('Permanent id, also the file name.'),
    title: NonEmptyText.describe('What the customer praised.'),
    unit: UnitId.describe('The unit praised.'),
    received: IsoDate.describe('The day it was received.'),
    praises: PersonId.optional().describe('A member of staff named in it.'),
  })
  .describe('A customer compliment.');

/** Step 2: the kind. */
const complimentKind: KindDefinition = {
  name: 'compliment',
  noun: 'compliment',
  labels: { en: { one: 'compliment', many: 'compliments' }, 'zh-CN': { one: '表扬', many: '表扬' } },
  source: { shape: 'item-file', globs: ['data/compliments/**/*.{yaml,yml}'] },
  schema: Compliment,
  jsonSchema: { name: 'compliment', title: 'Customer compliment' },
  idPattern: /^CMP-\d{4}-\d{3}$/,
  nameField: 'title',
  // Step 3 adds the collection and its rejected ids to the Handbook type; the toy kind's exist only at run time.
  collection: 'compliments' as Collection,
  rejected: 'compliments' as EntityKind,
  dateFields: () => [['received']],
  references: { unit: 'unit', praises: 'person' },
  comparison: { by: 'fields', fields: ['title', 'unit', 'received', 'praises'] },
  pages: { folder: 'compliments', items: true },
  search: { type: 'Compliment', filters: [{ key: 'unit', field: 'unit' }], otherTerms: [] },
  scaffold: {
    approvers: false,
    create({ handbook, title, date }) {
      const year = date.slice(0, 4);
      const id = `CMP-${year}-${nextNumber(compliments(handbook).keys(), `CMP-${year}-`)}`;
      const unit = handbook.units.keys().next().value ?? 'TODO';
      return { id, file: `data/compliments/${id}.yaml`, text: `id: ${id}\ntitle: ${yamlString(title)}\nunit: ${unit}\nreceived: ${date}\n` };
    },
  },
};

const kinds = [...KINDS, complimentKind];
const compliments = (h: Handbook) => ((h as unknown as Record<string, Map<string, { id: string; title: string; origin: { file: string } }>>)['compliments'] ?? new Map());
const rejected = (h: Handbook) => (h.rejected as Record<string, Set<string> | undefined>)['compliments'];

const GOOD = 'id: CMP-2026-001\ntitle: Quick and friendly help with a parcel\nunit: br-north\nreceived: 2026-10-14\npraises: cy-wu\n';

describe('adding a kind of record (docs/adding-a-kind.md), dry-run with a toy kind', () => {
  it('is loaded by the real loader into its collection, with no diagnostics', () => {
    const files = applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD } });
    const { handbook, diagnostics } = build(files, { kinds });
    expect(diagnostics).toEqual([]);
    const item = compliments(handbook).get('CMP-2026-001');
    expect(item).toMatchObject({ id: 'CMP-2026-001', title: 'Quick and friendly help with a parcel', origin: { file: 'data/compliments/CMP-2026-001.yaml' } });
  });

  it('is what makes the file read: without the kind, the same file lies in an unknown location', () => {
    const files = applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD } });
    expect(build(files).diagnostics.map((d) => [d.code, d.file])).toEqual([['file/unknown-location', 'data/compliments/CMP-2026-001.yaml']]);
  });

  it('reports a broken item at its place, remembers its id as rejected, and checks the file name and dates', () => {
    const files = applyPatch(validFiles(), {
      files: {
        'data/compliments/CMP-2026-001.yaml': GOOD.replace('unit: br-north', 'unit: [br-north]'),
        'data/compliments/CMP-2026-002.yaml': GOOD.replace('CMP-2026-001', 'CMP-2026-003'),
        'data/compliments/CMP-2026-004.yaml': GOOD.replace('CMP-2026-001', 'CMP-2026-004').replace('2026-10-14', '0206-10-14'),
      },
    });
    const { handbook, diagnostics } = build(files, { kinds });
    expect(diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['schema/wrong-type', 'data/compliments/CMP-2026-001.yaml', 3],
      ['id/filename-mismatch', 'data/compliments/CMP-2026-002.yaml', 1],
      ['date/out-of-window', 'data/compliments/CMP-2026-004.yaml', 4],
    ]);
    expect([...(rejected(handbook) ?? [])].sort()).toEqual(['CMP-2026-001', 'CMP-2026-004']);
    expect([...compliments(handbook).keys()]).toEqual(['CMP-2026-003']);
  });

  it('is listed in the hint for a data file in an unknown place', () => {
    const files = applyPatch(validFiles(), { files: { 'data/compliment/CMP-2026-001.yaml': GOOD } });
    const [d] = build(files, { kinds }).diagnostics;
    expect(d).toMatchObject({ code: 'file/unknown-location', file: 'data/compliment/CMP-2026-001.yaml' });
    expect(d!.hint).toContain('or one file per item in data/standards/, data/kpis/, data/actions/, data/audits/, data/findings/, data/risks/, data/management-reviews/, data/training/coverage/, data/training/campaigns/, data/compliments/;');
  });

  it('is compared between revisions by the fields its kind names', () => {
    const base = build(applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD } }), { kinds }).handbook;
    const head = build(applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD.replace('br-north', 'br-south') } }), { kinds }).handbook;
    const changes = compareHandbooks(base, head, kinds) as unknown as Record<string, { id: string; kind: string; fields: { field: string }[] }[]>;
    expect(changes['compliments']?.map((c) => [c.id, c.kind, c.fields.map((f) => f.field)])).toEqual([['CMP-2026-001', 'changed', ['unit']]]);
  });

  it('gets its search record (type, filters, status) from its search facets', () => {
    const { handbook } = build(applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD } }), { kinds });
    const item = compliments(handbook).get('CMP-2026-001') as unknown as Record<string, unknown>;
    expect(searchRecord(handbook, complimentKind, item, kinds)).toEqual({
      id: 'CMP-2026-001',
      type: 'Compliment',
      filters: [['type', 'Compliment'], ['unit', 'North branch'], ['status', 'Effective'], ['lifecycle', 'current']],
      otherTerms: [],
      otherLang: 'zh-CN',
    });
  });

  it('gets its label in the type filter of the search from its own labels, in both languages', () => {
    expect(searchTypeLabels('en', 'Register', kinds)['Compliment']).toBe('Compliment');
    expect(searchTypeLabels('zh-CN', '记录台账', kinds)['Compliment']).toBe('表扬');
  });

  it('gets its addresses, which the link check knows, from its pages', () => {
    const { handbook } = build(applyPatch(validFiles(), { files: { 'data/compliments/CMP-2026-001.yaml': GOOD } }), { kinds });
    const paths = sitePaths(handbook, kinds);
    expect([...paths].filter((p) => p.includes('compliments'))).toEqual(['/compliments/', '/compliments/CMP-2026-001/', '/zh/compliments/', '/zh/compliments/CMP-2026-001/']);
    expect([...sitePaths(handbook)].filter((p) => p.includes('compliments'))).toEqual([]);
  });

  it('gets its JSON Schema and the editor mapping from `sqms schema`', () => {
    const schema = JSON.parse(renderJsonSchemas(kinds).get('schemas/compliment.schema.json') ?? '{}') as { title?: string; properties?: Record<string, unknown> };
    expect(schema.title).toBe('Customer compliment');
    expect(Object.keys(schema.properties ?? {})).toEqual(['id', 'title', 'unit', 'received', 'praises']);
    expect(editorSchemaMapping(kinds)['./schemas/compliment.schema.json']).toEqual(['data/compliments/**/*.yaml', 'data/compliments/**/*.yml']);
  });

  describe('`sqms new compliment`', () => {
    let root: string | undefined;
    afterEach(() => {
      if (root) removeTemp(root);
      vi.restoreAllMocks();
    });

    it('writes a file the check accepts, with the next free id', () => {
      root = copyValidFixture();
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      expect(scaffold(root, 'compliment', { title: 'Kind words', area: undefined, prefix: undefined, today: TODAY, owner: 'bo-chen' }, kinds)).toBe(0);
      expect(scaffold(root, 'compliment', { title: 'More kind words', area: undefined, prefix: undefined, today: TODAY, owner: 'bo-chen' }, kinds)).toBe(0);
      expect(readFileSync(join(root, 'data/compliments/CMP-2026-002.yaml'), 'utf8')).toContain('title: "More kind words"');
      const { handbook, diagnostics } = loadHandbook(root, { today: TODAY, kinds });
      expect(diagnostics).toEqual([]);
      expect([...compliments(handbook).keys()]).toEqual(['CMP-2026-001', 'CMP-2026-002']);
    });
  });
});
