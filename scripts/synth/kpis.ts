/**
 * KPI definitions: the archetypes of the catalogue first, then the same KPIs per channel.
 * Thresholds stay inside the scale, with the warning on the failing side of the target.
 */
import { KPI_ARCHETYPES, KPI_CHANNELS, type KpiArchetype } from './catalogue.ts';
import type { Random } from './random.ts';
import type { KpiRec, UnitRec, World } from './world.ts';
import { toYaml } from './yaml-writer.ts';

export function buildKpis(r: Random, count: number, world: Pick<World, 'people' | 'regions' | 'branches' | 'units'>): KpiRec[] {
  const archetypes: { a: KpiArchetype; id: string; en: string; zh: string; channel?: string }[] = KPI_ARCHETYPES.map((a) => ({ a, id: a.id, en: a.en, zh: a.zh }));
  const perChannel = KPI_ARCHETYPES.filter((a) => a.perChannel);
  for (const ch of KPI_CHANNELS) {
    for (const a of perChannel) archetypes.push({ a, id: `${a.id}-${ch.code}`, en: `${a.en}, ${ch.en}`, zh: `${a.zh}（${ch.zh}）`, channel: ch.en });
  }
  for (let v = 2; archetypes.length < count; v++) {
    for (const a of KPI_ARCHETYPES) archetypes.push({ a, id: `${a.id}-V${v}`, en: `${a.en}, variant ${v}`, zh: `${a.zh}（口径${v}）` });
  }
  const owners = world.people.filter((p) => ['quality-manager', 'data-analyst', 'department-head'].includes(p.role));
  const parentOf = new Map(world.units.map((u) => [u.id, u.parent]));
  const inRegions = (b: UnitRec, regions: string[]) => regions.includes(parentOf.get(b.id) ?? '');

  return archetypes.slice(0, count).map(({ a, id, en, zh, channel }) => {
    let units: 'all' | string[] = 'all';
    let notApplicable: string[] = [];
    if (a.id === 'KPI-QUEUE-TIME' && world.regions.length >= 2) {
      units = r.sample(world.regions, Math.ceil(world.regions.length / 2)).map((g) => g.id);
    } else if (id === 'KPI-MYSTERY-SHOPPER' && world.regions.length > 0) {
      // Mystery shoppers visit branches: the regions' branches, not the head-office departments.
      units = world.regions.map((g) => g.id);
    } else if (a.id === 'KPI-ON-TIME' || channel === 'on-site' || (channel !== undefined && r.chance(0.15))) {
      notApplicable = r.sample(world.branches, Math.max(1, Math.round(world.branches.length * 0.05))).map((b) => b.id);
      if (notApplicable.length >= world.branches.length) notApplicable = [];
    }
    const scoped = units === 'all' ? world.branches : world.branches.filter((b) => inRegions(b, units as string[]));
    const branches = scoped.filter((b) => !notApplicable.includes(b.id));
    return {
      ...a,
      id,
      name: { en, zh },
      definition: channel ? `${a.definition} Counted for contacts through the ${channel} channel only.` : a.definition,
      weight: Math.max(1, Math.min(10, a.weight + r.int(-1, 1))),
      owner: r.pick(owners.length > 0 ? owners : world.people).id,
      units,
      notApplicable,
      branches,
    };
  });
}

export function kpiYaml(r: Random, k: KpiRec): string {
  return toYaml({
    id: k.id,
    name: r.chance(0.8) ? { en: k.name.en, 'zh-CN': k.name.zh } : k.name.en,
    definition: k.definition,
    method: k.method,
    limit: k.limit,
    standard: k.standard,
    unitOfMeasure: k.unitOfMeasure,
    scale: { min: k.scale.min, max: k.scale.max },
    direction: k.direction,
    target: k.target,
    warning: k.warning,
    frequency: k.frequency,
    layer: k.layer,
    weight: k.weight,
    owner: k.owner,
    dataSource: k.dataSource,
    minSampleSize: k.minSampleSize,
    units: k.units,
    notApplicable: k.notApplicable.length > 0 ? k.notApplicable : undefined,
  });
}

/** The target as text for prose: `45`, `6–9`. */
export function targetText(k: KpiRec): string {
  const unit = k.unitOfMeasure === 'percent' ? '%' : k.unitOfMeasure === 'minutes' ? ' min' : k.unitOfMeasure === 'hours' ? ' h' : '';
  if (typeof k.target === 'number') return `${k.target}${unit}`;
  return `${k.target.min}–${k.target.max}${unit}`;
}
