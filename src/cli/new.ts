/**
 * `sqms new <sop|standard|kpi|action>`: writes a new document from a template with the next free
 * id, so a process owner starts from something the check reads, with TODOs to fill in. The owner
 * (and for an SOP its approvers) are asked for on a terminal or given as `--owner` and
 * `--approvers`: never chosen silently. Without them and without a terminal, the command says
 * who can be named (the people of data/people.yaml) and writes nothing.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadHandbook } from '../core/model/load.ts';
import { today as currentDay } from '../core/time/dates.ts';
import type { Handbook, PersonEntity } from '../core/model/handbook.ts';

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
export function choosePeople(h: Handbook, kind: string, options: Pick<NewOptions, 'owner' | 'approvers' | 'ask'>, suggestedOwner: string | undefined): Choice {
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
  if (kind === 'action') return { ok: true, owner: ownerPerson.id, approvers: [] };
  const noun = kind === 'sop' ? 'SOP' : kind === 'kpi' ? 'KPI' : 'standard';
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

const KINDS = ['sop', 'standard', 'kpi', 'action'] as const;

/** The next free three-digit number after the highest used with `prefix`. */
export function nextNumber(ids: Iterable<string>, prefix: string): string {
  let max = 0;
  for (const id of ids) if (id.startsWith(prefix)) max = Math.max(max, Number(id.slice(prefix.length)) || 0);
  return String(max + 1).padStart(3, '0');
}

/** A mnemonic KPI id from a title: "Average handling time" → KPI-AHT (with -2, -3… if taken). */
export function kpiIdFromTitle(title: string, taken: ReadonlySet<string>): string {
  const initials = title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 6) || 'NEW';
  let id = `KPI-${initials}`;
  for (let i = 2; taken.has(id); i++) id = `KPI-${initials}-${i}`;
  return id;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function scaffold(root: string, kind: string | undefined, options: NewOptions): number {
  if (!kind || !(KINDS as readonly string[]).includes(kind)) {
    process.stderr.write(`Say what to create: npm run new -- ${KINDS.join('|')} --title "…"\n`);
    return 2;
  }
  const title = options.title?.trim();
  if (!title) {
    process.stderr.write(`Give a title: npm run new -- ${kind} --title "…"\n`);
    return 2;
  }
  const date = options.today ?? currentDay();
  // Only the model is needed (owners, areas, ids taken): the bodies are not compiled.
  const { handbook } = loadHandbook(root, { today: date, bodies: false });
  if (handbook.people.size === 0) {
    process.stderr.write('The handbook has no people yet: add data/people.yaml first (see CONTRIBUTING.md).\n');
    return 1;
  }
  const area = kind === 'sop' && options.area ? handbook.areas.get(options.area) : undefined;
  if (kind === 'sop' && !area) {
    process.stderr.write(`Name the process area with --area: one of ${[...handbook.areas.keys()].join(', ')}.\n`);
    return 2;
  }
  const prefix = options.prefix?.toUpperCase();
  if (kind === 'standard' && (!prefix || !/^[A-Z]{2,6}$/.test(prefix))) {
    process.stderr.write('Give the id prefix with --prefix, 2–6 capitals (e.g. RESP for responsiveness standards).\n');
    return 2;
  }
  const chosen = choosePeople(handbook, kind, options, area?.owner);
  if (!chosen.ok) {
    process.stderr.write(`${chosen.message}\n`);
    return 2;
  }
  const { owner, approvers } = chosen;
  let file: string;
  let text: string;
  switch (kind) {
    case 'sop': {
      if (!area) return 2; // reported above
      const id = `SOP-${area.code}-${nextNumber(handbook.sops.keys(), `SOP-${area.code}-`)}`;
      file = `content/sops/${area.id}/${id}.mdx`;
      text = sopTemplate(handbook, id, title, area.id, owner, approvers, date);
      break;
    }
    case 'standard': {
      if (!prefix) return 2; // reported above
      const id = `STD-${prefix}-${nextNumber(handbook.standards.keys(), `STD-${prefix}-`)}`;
      file = `data/standards/${id}.yaml`;
      text = `# yaml-language-server: $schema=../../schemas/standard.schema.json
id: ${id}
title: ${yamlString(title)}
requirement: "TODO: the requirement as a customer would notice it"
status: effective
dimension: responsiveness # reliability | assurance | tangibles | empathy | responsiveness
touchpoint: all # phone | counter | online | on-site | delivery | all
kano: must-be # must-be | one-dimensional | attractive | indifferent | reverse
source: "TODO: industry norm, survey or complaint analysis"
owner: ${owner}
units: all
criterion:
  timeLimit: 24 h
  event: "TODO: what must happen within the limit"
${controlTemplate(approvers, date, 'First version of the standard.')}`;
      break;
    }
    case 'kpi': {
      const id = kpiIdFromTitle(title, new Set(handbook.kpis.keys()));
      file = `data/kpis/${id}.yaml`;
      text = `# yaml-language-server: $schema=../../schemas/kpi.schema.json
id: ${id}
name: ${yamlString(title)}
definition: "TODO: what is measured and how a case is counted"
method: percentage # see the method list in CONTRIBUTING.md
unit: percent
scale: { min: 0, max: 100 }
direction: higher
target: 90
warning: 85
floor: 75 # scores 0 in the composite: the level that is plainly unacceptable
frequency: monthly
layer: efficiency
weight: 1
owner: ${owner}
dataSource: "TODO: the system or survey the numbers come from"
minSampleSize: 100 # at least 10 cases expected to miss at the target (100 × 10 %)
units: all
${controlTemplate(approvers, date, 'First version of the definition and target.')}# sample: none            # only when the values have no sample you could count (a published index)
# For method sla-compliance: limit: 30 min, and standard: STD-… when it counts that time-limit standard.
#
# Its values go into data/measurements/ as the counts they come from; the value is derived:
#   percentage, fcr, sla-compliance, per-thousand:  - { kpi: ${id}, unit: …, period: 2026-10, k: 412, n: 480 }
#   nps:                 - { kpi: ${id}, unit: …, period: 2026-10, promoters: 210, passives: 120, detractors: 60 }
#   csat-*, ces-*:       - { kpi: ${id}, unit: …, period: 2026-10, responses: [4, 9, 31, 160, 276] }  # per scale point, lowest first
#   csat-mean, ces-mean, score (or):  value: 4.3, sd: 0.8, n: 480
#   mean-duration:       - { kpi: ${id}, unit: …, period: 2026-10, value: 18.4, median: 12, p90: 41, n: 3100 }
`;
      break;
    }
    default: {
      const year = date.slice(0, 4);
      const id = `IA-${year}-${nextNumber(handbook.actions.keys(), `IA-${year}-`)}`;
      file = `data/actions/${id}.yaml`;
      text = `# yaml-language-server: $schema=../../schemas/action.schema.json
id: ${id}
title: ${yamlString(title)}
stage: plan
source: kpi-breach # kpi-breach | spc-signal | audit-finding | complaint | suggestion | mystery-shopper | management-review
links: { kpis: [], units: [], sops: [], standards: [] }
owner: ${owner}
opened: ${date}
due: ${date}
goal: "TODO: a measurable goal with a date"
measures:
  - "TODO: first measure"
evaluation:
  method: "TODO: how effectiveness will be judged"
`;
    }
  }
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

/**
 * The document-control fields of a new standard or KPI: a standard's requirement and a KPI's target
 * are controlled like an SOP (a new version for a change in substance, approved before it takes effect).
 */
function controlTemplate(approvers: readonly string[], date: string, summary: string): string {
  return `# Document control: change the substance only with a new version ("1.1" for a correction, "2.0" for a
# new target, threshold, requirement or time limit) and a change-log entry; approved before it takes effect.
version: "1.0"
effective: ${date} # the day it takes effect; a later date keeps the version before in force until then
approvers: [${approvers.join(', ')}]
reviewIntervalMonths: 12
changeLog:
  - version: "1.0"
    date: ${date}
    change: major
    summary: ${summary}
`;
}

function sopTemplate(h: Handbook, id: string, title: string, area: string, owner: string, approvers: readonly string[], date: string): string {
  const actor = h.roles.keys().next().value ?? 'process-owner';
  return `---
id: ${id}
title: ${yamlString(title)}
summary: "TODO: one or two sentences on what this procedure achieves"
lang: en
area: ${area}
owner: ${owner}
approvers: [${approvers.join(', ')}]
version: "0.1"
status: draft
reviewIntervalMonths: 12
scope: all
implements: []
measuredBy: []
related: []
training:
  level: read
  roles: []
steps:
  - id: S1
    actor: ${actor}
    action: "TODO: what the actor does, starting with a verb"
    record: "TODO: the record this step produces"
changeLog:
  - version: "0.1"
    date: ${date}
    change: major
    summary: First draft.
---

## Purpose

TODO: why this procedure exists and what goes wrong without it.

## Scope

TODO: which services, units and cases it covers, and which it does not.

## Definitions

TODO: terms a new member of staff would not know.

## Notes

TODO: guidance that does not fit the steps.
`;
}
