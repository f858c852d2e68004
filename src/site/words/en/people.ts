/** Words of the people pages (`/people/li-wei/`): who a person is and what the handbook names them for. */

/** What a person is named for, by the field of a kind that names them (see the kinds' `references`). */
export const PERSON_FIELDS = {
  owner: 'Owner',
  approvers: 'Approver',
  lead: 'Lead auditor',
  auditors: 'Auditor',
  chair: 'Chair',
  attendees: 'Attendee',
  'decisions.owner': 'Carries out a decision',
  manager: 'Manager',
  translator: 'Translator',
  'evaluation.evaluator': 'Evaluates effectiveness',
  'acceptance.by': 'Accepted the risk',
  'exception.by': 'Signed an exception',
  by: 'Acknowledged',
  'records.by': 'Signed',
} as const;
export type PersonField = keyof typeof PERSON_FIELDS;

export const people = {
  title: (name: string) => name,
  description: (name: string) => `${name}: role, unit and what the handbook names them for (documents owned and approved, actions, audits, risks, reviews).`,
  role: 'Role',
  unit: 'Unit',
  git: 'Ask in Git',
  gitNote: 'Mention this handle in a pull request or an issue to ask a question or request a review.',
  namedFor: 'Named in the handbook',
  nothing: 'Not named as an owner, approver or participant anywhere in the handbook yet.',
  as: 'As',
  item: 'Item',
  fields: PERSON_FIELDS as Record<PersonField, string>,
  peopleTitle: 'People',
  peopleDescription: 'Everyone named in the handbook, with their role and unit: whom to ask about a procedure.',
  peopleIntro: 'Everyone the handbook names as an owner, approver, auditor or participant, with their role and unit. Each page lists what the person is named for.',
  name: 'Name',
  count: 'Named for',
};
