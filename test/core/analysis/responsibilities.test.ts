import { describe, expect, it } from 'vitest';
import { responsibilities } from '../../../src/core/analysis/responsibilities.ts';
import { KINDS } from '../../../src/core/model/kinds/registry.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

describe('what each person is named for (sample)', () => {
  const h = sampleHandbook();
  const all = responsibilities(h);
  const of = (person: string, kind: string) => (all.get(person) ?? []).filter((r) => r.kind === kind).map((r) => `${r.id}:${r.field}`).sort();

  it('finds owners and approvers of SOPs as their files name them', () => {
    const expected = [...h.sops.values()].flatMap((s) => [...(s.owner === 'li-wei' ? [`${s.id}:owner`] : []), ...(s.approvers.includes('li-wei') ? [`${s.id}:approvers`] : [])]).sort();
    expect(of('li-wei', 'sop')).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
  });

  it('reads nested fields: the management reviews a person attended, chaired or carries a decision of', () => {
    const mr = [...h.managementReviews.values()];
    const chairs = mr.filter((r) => r.chair === 'zhou-ming').map((r) => `${r.id}:chair`);
    expect(of('zhou-ming', 'management-review').filter((x) => x.endsWith(':chair'))).toEqual(chairs.sort());
    const decisionOwners = mr.flatMap((r) => [...new Set(r.decisions.flatMap((d) => (d.owner ? [d.owner] : [])))].map((p) => [p, r.id] as const));
    expect(decisionOwners.length).toBeGreaterThan(0);
    for (const [person, id] of decisionOwners) expect(of(person, 'management-review')).toContain(`${id}:decisions.owner`);
  });

  it('covers every kind whose references name a person and whose items the model keeps by id', () => {
    const kindsNamingPeople = new Set([...all.values()].flat().map((r) => r.kind));
    for (const k of KINDS) {
      const namesPeople = Object.values(k.references).some((t) => t === 'person' || (Array.isArray(t) && t.includes('person')));
      const items = k.collection && !k.collection.includes('.') ? (h as unknown as Record<string, unknown>)[k.collection] : undefined;
      if (k.name === 'person' || !namesPeople || !(items instanceof Map) || items.size === 0) continue;
      expect(kindsNamingPeople.has(k.name), k.name).toBe(true);
    }
    for (const k of ['sop', 'page', 'standard', 'kpi', 'action', 'audit', 'risk', 'management-review', 'unit', 'campaign']) expect(kindsNamingPeople.has(k), k).toBe(true);
  });

  it('names nobody who is not a person of the handbook (every reference resolves)', () => {
    for (const id of all.keys()) expect(h.people.has(id), id).toBe(true);
  });
});
