/**
 * `sqms new <sop|standard|kpi|action>`: writes a new, valid document from a template with the
 * next free id, so a process owner starts from something the check accepts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadHandbook } from '../core/model/load.ts';
import { today as currentDay } from '../core/time/dates.ts';
import type { Handbook } from '../core/model/handbook.ts';

export interface NewOptions {
  title: string | undefined;
  area: string | undefined;
  prefix: string | undefined;
  today: string | undefined;
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
  const owner = handbook.people.keys().next().value;
  if (!owner) {
    process.stderr.write('The handbook has no people yet: add data/people.yaml first (see CONTRIBUTING.md).\n');
    return 1;
  }
  let file: string;
  let text: string;
  switch (kind) {
    case 'sop': {
      const area = options.area ? handbook.areas.get(options.area) : undefined;
      if (!area) {
        process.stderr.write(`Name the process area with --area: one of ${[...handbook.areas.keys()].join(', ')}.\n`);
        return 2;
      }
      const id = `SOP-${area.code}-${nextNumber(handbook.sops.keys(), `SOP-${area.code}-`)}`;
      file = `content/sops/${area.id}/${id}.mdx`;
      text = sopTemplate(handbook, id, title, area.id, area.owner ?? owner, date);
      break;
    }
    case 'standard': {
      const prefix = options.prefix?.toUpperCase();
      if (!prefix || !/^[A-Z]{2,6}$/.test(prefix)) {
        process.stderr.write('Give the id prefix with --prefix, 2–6 capitals (e.g. RESP for responsiveness standards).\n');
        return 2;
      }
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
`;
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
# sample: none            # only when the values have no sample you could count (a published index)
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

function sopTemplate(h: Handbook, id: string, title: string, area: string, owner: string, date: string): string {
  const actor = h.roles.keys().next().value ?? 'process-owner';
  return `---
id: ${id}
title: ${yamlString(title)}
summary: "TODO: one or two sentences on what this procedure achieves"
lang: en
area: ${area}
owner: ${owner}
approvers: []
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
