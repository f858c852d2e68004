/** Words of the unit pages: the unit tree, the units list and a unit's page. */
import type { UNIT_TYPES } from '../../../core/schema/organisation.ts';

type UnitType = (typeof UNIT_TYPES)[number];

export const units = {
  title: 'Units',
  description: "The organisation's departments, regions and branches.",
  intro: (units: string, people: string) => `${units} units and ${people} people. A unit's page lists its people and the SOPs that apply to it.`,
  types: { organisation: 'Organisation', department: 'Department', region: 'Region', branch: 'Branch' } as Record<UnitType, string>,
  /** The unit type after a unit's name in the tree. */
  typeInTree: (type: string) => ` (${type})`,
  partOf: 'Part of',
  top: 'Top of the organisation',
  manager: 'Manager',
  noneNamed: 'None named',
  scorecard: 'Scorecard',
  scorecardLink: (unit: string, period: string) => `KPIs of ${unit}, ${period}`,
  below: 'Units below',
  people: 'People',
  noPeople: 'No one listed.',
  /** A person and their role in the people list. */
  roleSeparator: ', ',
  sopsHeading: 'SOPs that apply here',
  allUnitsSops: (n: number, count: string) => (n === 1 ? '1 SOP applies to every unit' : `${count} SOPs apply to every unit`),
  /** After the all-units sentence, before the next one. */
  sentenceEnd: '. ',
  noSpecific: 'No SOP is scoped to this unit or a unit above it.',
  specific: (n: number, count: string) => `${n === 1 ? '1 SOP is' : `${count} SOPs are`} scoped to this unit or a unit above it:`,
  actions: 'Improvement actions',
};

