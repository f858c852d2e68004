/**
 * Units (organisation → departments and regions → branches), roles, people and process areas.
 */
import type { Random } from './random.ts';
import type { PersonRec, UnitRec, World } from './world.ts';
import { toYaml } from './yaml-writer.ts';
import {
  AREAS,
  DEPARTMENTS,
  DISTRICTS,
  GIVEN_NAMES,
  ORGANISATION,
  REGIONS,
  ROLES,
  SURNAMES,
  WESTERN_NAMES,
  type AreaInfo,
} from './vocabulary.ts';

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

export function buildUnits(r: Random, count: number): UnitRec[] {
  if (count < 4) throw new Error('--units must be at least 4 (organisation, department, region, branch).');
  const nDepts = clamp(Math.round(count * 0.03), 1, DEPARTMENTS.length);
  const nRegions = clamp(Math.round(count * 0.07), 1, REGIONS.length);
  const nBranches = count - 1 - nDepts - nRegions;
  const org: UnitRec = { id: ORGANISATION.slug, type: 'organisation', en: ORGANISATION.en, zh: ORGANISATION.zh };
  // The quality department is always among them: the quality team and the internal auditors work there (placed in the
  // organisation unit itself, they would belong to every unit they audit).
  const chosen = DEPARTMENTS.slice(0, nDepts);
  if (!chosen.some((d) => d.slug === 'dept-quality')) chosen[chosen.length - 1] = DEPARTMENTS.find((d) => d.slug === 'dept-quality')!;
  const depts: UnitRec[] = chosen.map((d) => ({ id: d.slug, type: 'department', en: d.en, zh: d.zh, parent: org.id }));
  const regions: UnitRec[] = REGIONS.slice(0, nRegions).map((g) => ({
    id: `reg-${g.slug}`,
    type: 'region',
    en: `${g.en} region`,
    zh: `${g.zh}区域`,
    parent: org.id,
  }));
  // Bigger regions first: region i gets weight decreasing with i, every region at least one branch.
  const perRegion = regions.map(() => 1);
  for (let i = regions.length; i < nBranches; i++) perRegion[r.weighted(regions.map((_, k) => [k, 1 / (1 + k * 0.15)] as const))]! += 1;
  const used = new Set<string>();
  const branches: UnitRec[] = [];
  regions.forEach((region, ri) => {
    const g = REGIONS[ri]!;
    for (let k = 0; k < perRegion[ri]!; k++) {
      const d = DISTRICTS[(ri * 7 + k) % DISTRICTS.length]!;
      const round = Math.floor(k / DISTRICTS.length);
      let id = `br-${d.slug}`;
      let en = `${d.en} branch`;
      let zh = `${d.zh}网点`;
      if (used.has(id)) {
        id = `br-${g.slug}-${d.slug}`;
        en = `${g.en} ${d.en} branch`;
        zh = `${g.zh}${d.zh}网点`;
      }
      if (used.has(id) || round > 0) {
        id = `br-${g.slug}-${d.slug}-${round + 1}`;
        en = `${g.en} ${d.en} branch ${round + 1}`;
        zh = `${g.zh}${d.zh}${round + 1}号网点`;
      }
      used.add(id);
      branches.push({ id, type: 'branch', en, zh, parent: region.id });
    }
  });
  return [org, ...depts, ...regions, ...branches];
}

export function buildPeople(r: Random, units: UnitRec[], count: number): PersonRec[] {
  const people: PersonRec[] = [];
  const ids = new Set<string>();
  const newPerson = (role: string, unit: string): PersonRec => {
    let id: string;
    let name: string;
    if (r.chance(0.04)) {
      name = r.pick(WESTERN_NAMES);
      id = name.toLowerCase().replace(/ /g, '-');
    } else {
      const [sp, sc] = r.pick(SURNAMES);
      const [gp, gc] = r.pick(GIVEN_NAMES);
      id = `${sp}-${gp}`.toLowerCase();
      name = r.chance(0.35) ? `${sc}${gc}` : `${sp} ${gp}`;
    }
    let unique = id;
    for (let k = 2; ids.has(unique); k++) unique = `${id}-${k}`;
    ids.add(unique);
    const p: PersonRec = { id: unique, name, role, unit, git: r.chance(0.7) ? `@${unique.replace(/-/g, '')}` : undefined };
    people.push(p);
    return p;
  };

  const byType = (t: UnitRec['type']) => units.filter((u) => u.type === t);
  const quality = units.find((u) => u.id === 'dept-quality')?.id ?? units[0]!.id;
  const training = units.find((u) => u.id === 'dept-training')?.id ?? quality;
  const org = units[0]!;
  // Central quality team first, scaled with the head count.
  const central: [string, number, string][] = [
    ['quality-manager', Math.max(2, Math.round(count / 60)), quality],
    ['quality-inspector', Math.max(1, Math.round(count / 40)), quality],
    ['internal-auditor', Math.max(2, Math.round(count / 80)), units.find((u) => u.id === 'dept-internal-control')?.id ?? quality],
    ['document-controller', Math.max(1, Math.round(count / 150)), quality],
    ['data-analyst', Math.max(1, Math.round(count / 100)), quality],
    ['trainer', Math.max(1, Math.round(count / 100)), training],
  ];
  for (const [role, n, unit] of central) for (let i = 0; i < n; i++) newPerson(role, unit);
  // Managers: every organisation, department and region unit; branches while the budget lasts.
  const managerRole = { organisation: 'department-head', department: 'department-head', region: 'regional-manager', branch: 'branch-manager' } as const;
  for (const u of [org, ...byType('department'), ...byType('region')]) u.manager = newPerson(managerRole[u.type], u.id).id;
  const branchBudget = Math.max(0, Math.floor(count * 0.55) - people.length);
  for (const u of byType('branch').slice(0, branchBudget)) u.manager = newPerson('branch-manager', u.id).id;
  // Front-line staff in branches.
  const branches = byType('branch');
  const staffRoles: [string, number][] = [
    ['team-leader', 4], ['senior-agent', 3], ['service-agent', 6], ['complaint-specialist', 3], ['after-sales-engineer', 2],
    ['dispatcher', 1], ['counter-clerk', 2], ['mentor', 1], ['delivery-driver', 1], ['it-support', 0.5],
  ];
  while (people.length < count) newPerson(r.weighted(staffRoles), r.pick(branches).id);
  return people;
}

export function buildAreas(r: Random, sops: number): { areas: AreaInfo[]; counts: number[] } {
  const n = Math.max(Math.ceil(sops / 999), Math.min(AREAS.length, Math.max(4, Math.ceil(sops / 300))));
  const areas: AreaInfo[] = AREAS.slice(0, n);
  for (let i = AREAS.length; i < n; i++) {
    const code = `X${letters(i - AREAS.length)}`;
    areas.push({ slug: `operations-${code.toLowerCase()}`, code, en: `Operations unit ${code}`, zh: `运营单元${code}`, touchpoint: 'all', subjects: AREAS[i % AREAS.length]!.subjects });
  }
  const weights = areas.map(() => 0.5 + r.next() * 1.5);
  const total = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.min(999, Math.floor((sops * w) / total)));
  let left = sops - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n) {
    if (counts[i]! < 999) {
      counts[i]! += 1;
      left--;
    }
  }
  return { areas, counts };
}

function letters(i: number): string {
  let s = '';
  let k = i;
  do {
    s = String.fromCharCode(65 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

const localized = (r: Random, en: string, zh: string) => (r.chance(0.85) ? { en, 'zh-CN': zh } : en);

export function unitsYaml(r: Random, units: UnitRec[]): string {
  return toYaml({
    units: units.map((u) => ({ id: u.id, name: localized(r, u.en, u.zh), type: u.type, parent: u.parent, manager: u.manager })),
  });
}

export function rolesYaml(world: World): string {
  return toYaml({
    roles: world.roles.map((role) => ({ id: role.slug, name: { en: role.en, 'zh-CN': role.zh }, description: role.description })),
  });
}

export function peopleYaml(world: World): string {
  return toYaml({
    people: world.people.map((p) => ({ id: p.id, name: p.name, role: p.role, unit: p.unit, git: p.git })),
  });
}

export function areasYaml(r: Random, world: World): string {
  const owners = world.people.filter((p) => p.role === 'department-head' || p.role === 'quality-manager');
  return toYaml({
    areas: world.areas.map((a) => {
      const owner = r.chance(0.9) ? r.pick(owners).id : undefined;
      if (owner !== undefined) world.areaOwners.set(a.slug, owner);
      return { id: a.slug, name: { en: a.en, 'zh-CN': a.zh }, code: a.code, owner };
    }),
  });
}

export const ALL_ROLES = ROLES;
