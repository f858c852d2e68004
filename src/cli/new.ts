/**
 * `sqms new <sop|standard|kpi|action>`: writes a new document from its kind's template (the
 * `scaffold` of src/core/model/kinds/) with the next free id, so a process owner starts from something
 * the check reads, with TODOs to fill in. The owner
 * (and for an SOP its approvers) are asked for on a terminal or given as `--owner` and
 * `--approvers`: never chosen silently. Without them and without a terminal, the command says
 * who can be named (the people of data/people.yaml) and writes nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadHandbook } from '../core/load.ts';
import { today as currentDay } from '../core/settings.ts';
import type { Handbook, PersonEntity } from '../core/model/handbook.ts';
import { KINDS, kindNamed } from '../core/model/kinds/registry.ts';
import type { KindDefinition } from '../core/model/kinds/kind.ts';

export interface NewOptions {
  title: string | undefined;
  area: string | undefined;
  prefix: string | undefined;
  today: string | undefined;
  /** A person id, or a git handle with @. */
  owner?: string | undefined;
  /** Person ids or git handles, separated by commas (an SOP's approvers). */
  approvers?: string | undefined;
  /** Asks a question on the terminal (interactive use); undefined when there is none. */
  ask?: ((question: string) => string | undefined) | undefined;
}

/** The people who can be named, for messages: `ann-lee (Ann Lee, @annlee), bo-chen (Bo Chen)`. */
export function peopleList(h: Handbook): string {
  return [...h.people.values()].map((p) => `${p.id} (${p.name}${p.git ? `, ${p.git}` : ''})`).join(', ');
}

/** The person named by an id or a git handle (`@chenjing-qm`, or without the @). */
export function findPerson(h: Handbook, name: string): PersonEntity | undefined {
  const wanted = name.trim();
  const handle = wanted.startsWith('@') ? wanted : `@${wanted}`;
  return h.people.get(wanted) ?? [...h.people.values()].find((p) => p.git?.toLowerCase() === handle.toLowerCase());
}

type Choice = { ok: true; owner: string; approvers: string[] } | { ok: false; message: string };

/**
 * The owner and, for a controlled document (an SOP, a standard, a KPI), the approvers: from the
 * options, else asked on the terminal. Every name must be a person of the handbook; a controlled
 * document needs at least one approver other than its owner.
 */
export function choosePeople(h: Handbook, kind: string, options: Pick<NewOptions, 'owner' | 'approvers' | 'ask'>, suggestedOwner: string | undefined, kinds: readonly KindDefinition[] = KINDS): Choice {
  const people = peopleList(h);
  let owner = options.owner;
  if (owner === undefined && options.ask) {
    const answer = options.ask(`Owner of the new ${kind} (a person id or @handle${suggestedOwner ? `; Enter for ${suggestedOwner}` : ''}).\nPeople: ${people}\nOwner: `);
    owner = answer === '' ? suggestedOwner : answer;
  }
  if (!owner) return { ok: false, message: `Name the owner with --owner (a person id or git handle): one of ${people}.` };
  const ownerPerson = findPerson(h, owner);
  if (!ownerPerson) return { ok: false, message: `--owner "${owner}" is not a person of data/people.yaml: name one of ${people}.` };
  // Controlled documents (SOPs, standards, KPIs) are approved by someone other than their owner; actions have no approvers.
  const definition = kindNamed(kind, kinds);
  if (!definition?.scaffold?.approvers) return { ok: true, owner: ownerPerson.id, approvers: [] };
  const noun = definition.noun;
  let approvers = options.approvers;
  if (approvers === undefined && options.ask) approvers = options.ask(`Approvers of the new ${noun}, separated by commas (not the owner ${ownerPerson.id}): `);
  const names = (approvers ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  if (names.length === 0) return { ok: false, message: `Name the ${noun}'s approvers with --approvers (person ids or git handles, separated by commas; not the owner): from ${people}.` };
  const ids: string[] = [];
  for (const name of names) {
    const person = findPerson(h, name);
    if (!person) return { ok: false, message: `--approvers names "${name}", who is not a person of data/people.yaml: name people from ${people}.` };
    if (person.id === ownerPerson.id) return { ok: false, message: `${person.id} owns the ${noun} and cannot also approve it (ISO 9001 asks for a second person): name other approvers from ${people}.` };
    if (!ids.includes(person.id)) ids.push(person.id);
  }
  return { ok: true, owner: ownerPerson.id, approvers: ids };
}

/** The kinds `sqms new` can create: those with a scaffold. */
function creatable(kinds: readonly KindDefinition[]): KindDefinition[] {
  return kinds.filter((k) => k.scaffold);
}

export function scaffold(root: string, name: string | undefined, options: NewOptions, kinds: readonly KindDefinition[] = KINDS): number {
  const kind = name === undefined ? undefined : creatable(kinds).find((k) => k.name === name);
  if (!name || !kind?.scaffold) {
    process.stderr.write(`Say what to create: npm run new -- ${creatable(kinds).map((k) => k.name).join('|')} --title "…"\n`);
    return 2;
  }
  const template = kind.scaffold;
  const title = options.title?.trim();
  if (!title) {
    process.stderr.write(`Give a title: npm run new -- ${name} --title "…"\n`);
    return 2;
  }
  const date = options.today ?? currentDay();
  // Only the model is needed (owners, areas, ids taken): the bodies are not compiled.
  const { handbook } = loadHandbook(root, { today: date, bodies: false, kinds });
  if (handbook.people.size === 0) {
    process.stderr.write('The handbook has no people yet: add data/people.yaml first (see CONTRIBUTING.md).\n');
    return 1;
  }
  const area = template.needs === 'area' && options.area ? handbook.areas.get(options.area) : undefined;
  if (template.needs === 'area' && !area) {
    process.stderr.write(`Name the process area with --area: one of ${[...handbook.areas.keys()].join(', ')}.\n`);
    return 2;
  }
  const prefix = options.prefix?.toUpperCase();
  if (template.needs === 'prefix' && (!prefix || !/^[A-Z]{2,6}$/.test(prefix))) {
    process.stderr.write('Give the id prefix with --prefix, 2–6 capitals (e.g. RESP for responsiveness standards).\n');
    return 2;
  }
  const chosen = choosePeople(handbook, name, options, area?.owner, kinds);
  if (!chosen.ok) {
    process.stderr.write(`${chosen.message}\n`);
    return 2;
  }
  const { file, text } = template.create({ handbook, title, owner: chosen.owner, approvers: chosen.approvers, date, ...(area ? { area } : {}), ...(prefix ? { prefix } : {}) });
  const target = join(root, file);
  if (existsSync(target)) {
    process.stderr.write(`${file} already exists; nothing written.\n`);
    return 1;
  }
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  process.stdout.write(`Created ${relative(process.cwd(), target) || file}. Fill in the TODOs, then run npm run check.\n`);
  return 0;
}
