/**
 * The key of the export files (core/exports/export-key.ts) changes with everything they are computed
 * from, and not with what no export reads: an SOP's steps, title and body. A build reuses the
 * previous build's files when the key is the same (src/integration/export-cache.ts), so a key that
 * missed an input would publish stale files.
 */
import { describe, expect, it } from 'vitest';
import type { EarlierVersionsOf } from '../../../src/core/analysis/definitions-in-force.ts';
import { exportKey } from '../../../src/core/exports/export-key.ts';
import { exportModel } from '../../../src/core/exports/export-model.ts';
import { exportFiles } from '../../../src/core/exports/files.ts';
import type { Handbook, KpiEntity, SopEntity } from '../../../src/core/model/handbook.ts';
import { sampleHandbook } from '../../site/sample-handbook.ts';

const h = sampleHandbook();
const noHistory: EarlierVersionsOf = () => undefined;
const keyOf = (handbook: Handbook, versionsOf: EarlierVersionsOf = noHistory, strict = false) => exportKey(exportModel(handbook, versionsOf), { strict });
const base = keyOf(h);

/** `h` with one entity of a map replaced by a changed copy. */
function withEntity<K extends 'sops' | 'kpis' | 'units'>(kind: K, id: string, change: (e: any) => object): Handbook {
  const map = new Map(h[kind] as Map<string, object>);
  const entity = map.get(id);
  expect(entity, id).toBeDefined();
  map.set(id, { ...entity, ...change(entity) });
  return { ...h, [kind]: map };
}

const sopId = 'SOP-DL-001';

describe('the key of the export files', () => {
  it('is the same for the same handbook, loaded twice', () => {
    expect(keyOf(sampleHandbook())).toBe(base);
  });

  it("does not change when an SOP's steps, title or body change: no export reads them", () => {
    const edited = withEntity('sops', sopId, (s: SopEntity) => ({
      title: { en: 'Handling delivery exceptions and call-backs' },
      steps: s.steps.map((step, i) => (i === 0 ? { ...step, action: { en: 'Report the exception at once in the driver app' } } : step)),
      body: `${s.body}\n\nOne more paragraph.\n`,
    }));
    expect(edited.sops.get(sopId)!.steps[0]!.action).not.toEqual(h.sops.get(sopId)!.steps[0]!.action);
    expect(keyOf(edited)).toBe(base);
    // And indeed the files are the same.
    const text = (handbook: Handbook) => exportFiles(exportModel(handbook, noHistory)).map((f) => f.render());
    expect(text(edited)).toEqual(text(h));
  });

  it('changes when a measurement changes', () => {
    const measurements = h.measurements.map((m, i) => (i === 0 ? { ...m, value: (m.value ?? 0) + 1 } : m));
    expect(keyOf({ ...h, measurements })).not.toBe(base);
    const notes = h.measurements.map((m, i) => (i === 3 ? { ...m, note: 'Counted again' } : m));
    expect(keyOf({ ...h, measurements: notes })).not.toBe(base);
  });

  it("changes when a KPI's target changes", () => {
    expect(keyOf(withEntity('kpis', 'KPI-CSAT', (k: KpiEntity) => ({ target: (k.target as number) + 1 })))).not.toBe(base);
  });

  it('changes when an objective of an earlier period changes (a superseded KPI version, from Git history)', () => {
    const kpi = h.kpis.get('KPI-CSAT')!;
    expect(kpi.version).toBeDefined();
    expect(kpi.effective).toBeDefined();
    const history = (target: number): EarlierVersionsOf => (id) => (id === 'KPI-CSAT' ? { superseded: [{ effective: '2024-01-01', sop: { frontmatter: { ...kpi, version: '1.0', target } } }] } : undefined);
    const with80 = keyOf(h, history(80));
    expect(with80).not.toBe(base);
    expect(keyOf(h, history(82))).not.toBe(with80);
    expect(keyOf(h, history(80))).toBe(with80);
  });

  it('changes when a unit changes', () => {
    const [unitId] = h.units.keys();
    expect(keyOf(withEntity('units', unitId!, () => ({ name: { en: 'Renamed branch' } })))).not.toBe(base);
  });

  it("changes when the date of an SOP version changes (the phases of the control charts start on a major version's date)", () => {
    const edited = withEntity('sops', sopId, (s: SopEntity) => ({ changeLog: s.changeLog.map((c, i) => (i === s.changeLog.length - 1 ? { ...c, date: '2026-02-02' } : c)) }));
    expect(keyOf(edited)).not.toBe(base);
  });

  it('changes with the evaluation date and with strict builds', () => {
    expect(keyOf({ ...h, today: '2026-11-23' })).not.toBe(base);
    expect(keyOf(h, noHistory, true)).not.toBe(base);
  });

  it('holds of the SOPs only the facts that place control-chart phases', () => {
    const model = exportModel(h, noHistory);
    const sop = model.sops.get(sopId)!;
    expect(Object.keys(sop).sort()).toEqual(['changeLog', 'id', 'scope', 'status']);
    // @ts-expect-error: the export model gives no way to an SOP's steps (the compiler keeps the list of inputs).
    expect(sop.steps).toBeUndefined();
  });
});
