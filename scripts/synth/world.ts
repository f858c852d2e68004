/**
 * What the generator has decided so far, shared between its parts: ids and the few attributes
 * later parts need to keep references valid (statuses, time limits, scopes).
 */
import type { KpiArchetype } from './catalogue.ts';
import type { AreaInfo, Named, RoleInfo } from './vocabulary.ts';

export interface UnitRec {
  id: string;
  type: 'organisation' | 'department' | 'region' | 'branch';
  en: string;
  zh: string;
  parent?: string;
  manager?: string;
}

export interface PersonRec {
  id: string;
  name: string;
  role: string;
  unit: string;
  git?: string;
}

export interface KpiRec extends KpiArchetype {
  name: { en: string; zh: string };
  owner: string;
  units: 'all' | string[];
  notApplicable: string[];
  /** Branches the KPI is reported for. */
  branches: UnitRec[];
  /** For an `sla-compliance` KPI computed from the complaint register: the time-limit standard it counts. */
  standard?: string;
}

export interface StandardRec {
  id: string;
  title: string;
  status: 'effective' | 'retired';
  all: boolean;
  /** Time-limit standards: the event category and the limit in minutes. */
  category?: string;
  limitMinutes?: number;
  kpi?: string;
}

export interface SopRec {
  id: string;
  area: AreaInfo;
  status: 'draft' | 'in-review' | 'effective' | 'superseded' | 'retired';
  /** Set once the SOP is written: who owns and approves it (auditors must be neither), its training level and number of steps. */
  owner?: string;
  approvers?: string[];
  level?: 'none' | 'read' | 'assessed';
  steps?: number;
}

export interface World {
  /** Last month with data, `YYYY-MM`; every date written lies on or before its last day. */
  endMonth: string;
  endDate: string;
  units: UnitRec[];
  branches: UnitRec[];
  regions: UnitRec[];
  departments: UnitRec[];
  roles: RoleInfo[];
  people: PersonRec[];
  areas: AreaInfo[];
  /** The owner of each process area that has one (set when data/process-areas.yaml is written). */
  areaOwners: Map<string, string>;
  kpis: KpiRec[];
  standards: StandardRec[];
  sops: SopRec[];
}

export function peopleWithRoles(world: World, roles: string[]): PersonRec[] {
  const found = world.people.filter((p) => roles.includes(p.role));
  return found.length > 0 ? found : world.people;
}

export type { Named };
