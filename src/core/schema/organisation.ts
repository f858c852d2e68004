/**
 * The organisation: units (the organisation itself, departments, regions, branches), roles,
 * people and process areas. Each lives in its own file under `data/`.
 */
import { z } from 'zod';
import { AreaId, LocalizedText, NonEmptyText, PersonId, RoleId, UnitId } from './common.ts';

export const UNIT_TYPES = ['organisation', 'department', 'region', 'branch'] as const;

export const Unit = z
  .strictObject({
    id: UnitId.describe('Permanent id of the unit, used in URLs and measurement files, e.g. `br-pudong`.'),
    name: LocalizedText.describe('Name shown on pages, e.g. `Pudong branch` or `{ en: Pudong branch, zh-CN: 浦东分店 }`.'),
    type: z.enum(UNIT_TYPES).describe('`organisation` (the root, exactly one), `department`, `region` or `branch`.'),
    parent: UnitId.optional().describe('The unit this one reports to. Every unit except the organisation has one.'),
    manager: PersonId.optional().describe('Person who heads the unit.'),
  })
  .describe('A unit of the organisation.');
export type Unit = z.infer<typeof Unit>;

export const UnitsFile = z.strictObject({
  units: z.array(Unit).min(1).describe('Every unit of the organisation, parents before or after children.'),
});

export const Role = z
  .strictObject({
    id: RoleId.describe('Permanent id of the role, e.g. `service-agent`. SOP steps name their actor by this id.'),
    name: LocalizedText.describe('Name shown on pages and in swimlanes, e.g. `Service agent`.'),
    description: LocalizedText.optional().describe('What the role is responsible for, in a sentence or two.'),
  })
  .describe('A role people hold; SOP steps are performed by roles, not by named people.');
export type Role = z.infer<typeof Role>;

export const RolesFile = z.strictObject({ roles: z.array(Role).min(1).describe('Every role used by SOPs and people.') });

export const Person = z
  .strictObject({
    id: PersonId.describe('Permanent id of the person, e.g. `li-wei`. SOP owners and approvers name people by this id.'),
    name: NonEmptyText.describe('Full name as printed in approval records, e.g. `Li Wei` or `李伟`.'),
    role: RoleId.describe('The person\'s main role.'),
    unit: UnitId.describe('The unit the person works in.'),
    git: z
      .string()
      .regex(/^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, { message: 'Git handles start with @, e.g. `@liwei`.' })
      .optional()
      .describe('Git host handle with @, e.g. `@liwei`; used to request this person\'s review of changes they must approve.'),
  })
  .describe('A person who owns, approves or performs quality work.');
export type Person = z.infer<typeof Person>;

export const PeopleFile = z.strictObject({ people: z.array(Person).min(1).describe('Everyone named in the handbook.') });

export const ProcessArea = z
  .strictObject({
    id: AreaId.describe('Permanent id of the process area, e.g. `customer-service`.'),
    name: LocalizedText.describe('Name shown in navigation, e.g. `Customer service`.'),
    code: z
      .string()
      .regex(/^[A-Z]{2,6}$/, { message: 'Area codes are 2–6 capital letters, e.g. `CS`.' })
      .describe('Code used in SOP ids of this area, e.g. `CS` for `SOP-CS-001`.'),
    owner: PersonId.optional().describe('Person accountable for the area\'s processes.'),
  })
  .describe('A process area that groups SOPs.');
export type ProcessArea = z.infer<typeof ProcessArea>;

export const ProcessAreasFile = z.strictObject({
  areas: z.array(ProcessArea).min(1).describe('The process areas SOPs are grouped into.'),
});
