/**
 * The change rules, on two in-memory handbooks (no Git): the base (the target branch) and the head
 * (the pull request). Messages are pinned: they are what a process owner reads.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { compareHandbooks, documentsNeedingApproval, sopsNeedingApproval, type HandbookChanges } from '../../../src/core/change/compare.ts';
import { checkChanges } from '../../../src/core/change/rules.ts';
import type { Handbook } from '../../../src/core/model/handbook.ts';
import { build, buildPatched, validFiles, type Patch } from '../../helpers/fixture.ts';

const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const base = build(validFiles()).handbook;

function changeWith(patch: Patch): { changes: HandbookChanges; head: Handbook; found: { code: string; severity: string; message: string; line: number }[] } {
  const { handbook: head, diagnostics } = buildPatched(patch);
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
  const changes = compareHandbooks(base, head);
  const bag = new DiagnosticBag();
  checkChanges(changes, head, bag);
  return { changes, head, found: bag.sorted().map(({ code, severity, message, line }) => ({ code, severity, message, line })) };
}

const shorterFirstResponse = { file: SOP, from: '    timeLimit: 30 min\n', to: '    timeLimit: 20 min\n' };
const newVersion = (version: string, change: 'major' | 'minor', summary = 'First response within 20 minutes.') => [
  { file: SOP, from: '\nversion: "1.10"', to: `\nversion: "${version}"` },
  { file: SOP, from: 'effective: 2026-03-01', to: 'effective: 2026-11-02' },
  {
    file: SOP,
    from: '    summary: Clarified who records the ticket.\n',
    to: `    summary: Clarified who records the ticket.\n  - version: "${version}"\n    date: 2026-11-02\n    change: ${change}\n    summary: ${summary}\n`,
  },
];

describe('version rule', () => {
  it('fails when an effective SOP changes its steps without a new version', () => {
    const { found } = changeWith({ replace: [shorterFirstResponse] });
    expect(found).toEqual([
      {
        code: 'change/version-not-raised',
        severity: 'error',
        line: 9,
        message: 'SOP-CS-001 changed in substance (step S1 time limit: 30 min → 20 min), but its version is still 1.10.',
      },
    ]);
  });

  it('fails when only the text changes, and says how much', () => {
    const { found } = changeWith({ replace: [{ file: SOP, from: 'Complaints are answered quickly and consistently.', to: 'Complaints are answered within the hour.\n\nEvery channel counts.' }] });
    expect(found.map((f) => f.message)).toEqual(['SOP-CS-001 changed in substance (text: +3 −1 lines), but its version is still 1.10.']);
  });

  it('passes with a new major version and its change-log entry, and names the roles to retrain', () => {
    const { found, changes } = changeWith({ replace: [shorterFirstResponse, ...newVersion('2.0', 'major')] });
    expect(found).toEqual([
      {
        code: 'change/retraining',
        severity: 'info',
        line: 55,
        message: 'SOP-CS-001 2.0 is a major change: retrain Service agent, Team leader before it takes effect.',
      },
    ]);
    expect(sopsNeedingApproval(changes)).toEqual(new Set(['SOP-CS-001']));
  });

  it('warns when a change in how the work is done is recorded as minor', () => {
    const { found } = changeWith({ replace: [shorterFirstResponse, ...newVersion('1.11', 'minor')] });
    expect(found.map((f) => [f.code, f.message])).toEqual([
      [
        'change/major-as-minor',
        'SOP-CS-001 1.10 → 1.11 is recorded as a minor change, but step S1 time limit: 30 min → 20 min: that changes how the work is done.',
      ],
    ]);
  });

  it('accepts a wording correction as a minor version', () => {
    const { found } = changeWith({ replace: [{ file: SOP, from: 'Acknowledge the complaint by phone or message.', to: 'Acknowledge the complaint by phone, chat or message.' }, ...newVersion('1.11', 'minor', 'Chat named.')] });
    expect(found).toEqual([]);
  });

  it('warns when the kind of change and the version number disagree', () => {
    const { found } = changeWith({ replace: [shorterFirstResponse, ...newVersion('1.11', 'major')] });
    expect(found.map((f) => f.code).sort()).toEqual(['change/retraining', 'change/version-kind-mismatch']);
  });

  it('fails when the version goes down', () => {
    const { found } = changeWith({ replace: [{ file: SOP, from: '\nversion: "1.10"', to: '\nversion: "1.9"' }, { file: SOP, from: '  - version: "1.10"', to: '  - version: "1.9"' }] });
    expect(found.map((f) => f.code)).toContain('change/version-lowered');
  });

  it('records a periodic review without change as such: no new version needed', () => {
    const { found, changes } = changeWith({ replace: [{ file: SOP, from: 'reviewIntervalMonths: 12', to: 'lastReviewed: 2026-11-20\nreviewIntervalMonths: 12' }] });
    expect(found).toEqual([]);
    const change = changes.sops[0]!;
    expect(change.kind === 'changed' && change.diff.reviewOnly).toBe(true);
    expect(sopsNeedingApproval(changes).size).toBe(0);
  });

  it('lets a draft change freely: its version is not released yet', () => {
    const { found } = changeWith({ replace: [{ file: 'content/sops/delivery/SOP-DL-001.mdx', from: 'status: draft', to: 'status: draft\n# edited' }], edit: (f) => f.set('content/sops/delivery/SOP-DL-001.mdx', f.get('content/sops/delivery/SOP-DL-001.mdx')!.replace(/(\n---\n)([\s\S]*)$/, '$1$2\nMore text.\n')) });
    expect(found).toEqual([]);
  });

  it('warns when an earlier change-log entry is rewritten', () => {
    const { found } = changeWith({ replace: [{ file: SOP, from: 'summary: First version.', to: 'summary: First version, approved by the board.' }] });
    expect(found.map((f) => [f.code, f.message])).toEqual([['change/change-log-rewritten', 'The change-log entry of SOP-CS-001 1.0 was edited; it records a released version.']]);
  });
});

describe('documents and records', () => {
  it('fails when a released SOP is deleted rather than retired', () => {
    const { found } = changeWith({ files: { 'content/sops/customer-service/SOP-CS-002.mdx': null } });
    expect(found.map((f) => [f.code, f.message])).toEqual([
      ['change/document-deleted', 'The SOP SOP-CS-002 is deleted. A controlled document is retired, not deleted, so that its permanent address, history and references stay valid.'],
    ]);
  });

  it('reports a corrected past measurement as a correction, and a removed one as a warning', () => {
    const { found, changes } = changeWith({
      replace: [
        { file: 'data/measurements/2026-10.csv', from: 'KPI-CSAT,br-north,2026-10,88.5,200,177,,,', to: 'KPI-CSAT,br-north,2026-10,86.5,200,173,,,Recounted after CRM fix' },
        { file: 'data/measurements/2026-10.csv', from: 'KPI-CSAT,br-south,2026-10,81,95,77,,,"Two agents on leave, ""short-staffed"""\n', to: '' },
      ],
    });
    expect(found.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['change/measurement-removed', 'warning', 'The value of KPI-CSAT for br-south in 2026-10 (81.05 (77 of 95), in data/measurements/2026-10.csv) is removed.'],
      ['change/measurement-corrected', 'info', 'Correction: KPI-CSAT for br-north in 2026-10 changes from 88.5 (177 of 200) to 86.5 (173 of 200).'],
    ]);
    expect(changes.measurements.corrected[0]?.after.note).toBe('Recounted after CRM fix');
  });

  it('notices KPI target changes and added measurements without diagnostics', () => {
    const { found, changes } = changeWith({
      replace: [{ file: 'data/kpis/KPI-CSAT.yaml', from: 'target: 85', to: 'target: 88' }],
      append: [{ file: 'data/measurements/2026-10.csv', text: 'KPI-CSAT,br-north,2026-09,90,140,126,,,\n' }],
    });
    expect(found).toEqual([]);
    expect(changes.kpis.map((k) => [k.id, k.fields.map((f) => [f.field, f.before, f.after])])).toEqual([['KPI-CSAT', [['target', 85, 88]]]]);
    expect(changes.measurements.added.map((m) => `${m.kpi} ${m.unit} ${m.period}`)).toEqual(['KPI-CSAT br-north 2026-09']);
  });
});

describe('the quality manual, a policy, a standard and a KPI go through the same rules', () => {
  const KPI = 'data/kpis/KPI-CSAT.yaml';
  const STD = 'data/standards/STD-RESP-001.yaml';
  const POLICY = 'content/policies/quality-policy.md';
  const MANUAL = 'content/quality-manual.md';
  const control = (version = '1.0', log = `  - { version: "1.0", date: 2026-01-01, change: major, summary: First version. }\n`) =>
    `version: "${version}"\neffective: 2026-01-01\napprovers: [bo-chen]\nreviewIntervalMonths: 12\nchangeLog:\n${log}`;
  /** The fixture with KPI-CSAT, STD-RESP-001, the quality policy and a quality manual under document control at 1.0. */
  const controlled = (o: { kpi?: string; std?: string; policy?: string; manual?: string } = {}): Patch => ({
    files: { [MANUAL]: `---\ntitle: Quality manual\nowner: ann-lee\n${o.manual ?? control()}---\n\nEvery controlled document is approved before use.\n` },
    replace: [
      { file: KPI, from: 'notApplicable: [br-kiosk]\n', to: `notApplicable: [br-kiosk]\n${o.kpi ?? control()}` },
      { file: STD, from: '  event: First personal response to a logged complaint\n', to: `  event: First personal response to a logged complaint\n${o.std ?? control()}` },
      { file: POLICY, from: 'order: 1\n', to: `order: 1\n${o.policy ?? control()}` },
    ],
  });
  const controlledBase = buildPatched(controlled()).handbook;
  const compare = (head: Patch) => {
    const { handbook, diagnostics } = buildPatched(head);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
    const changes = compareHandbooks(controlledBase, handbook);
    const bag = new DiagnosticBag();
    checkChanges(changes, handbook, bag);
    return { changes, found: bag.sorted().map((d) => [d.code, d.file, d.line, d.message]) };
  };
  const withEdits = (patch: Patch, extra: Patch['replace']): Patch => ({ ...patch, replace: [...(patch.replace ?? []), ...(extra ?? [])] });
  const v2 = (summary: string, change = 'major', version = '2.0', date = '2027-01-01') =>
    control(version, `  - { version: "1.0", date: 2026-01-01, change: major, summary: First version. }\n  - { version: "${version}", date: ${date}, change: ${change}, summary: ${summary} }\n`).replace('effective: 2026-01-01', `effective: ${date}`);

  /** A management review of 2026-Q3 whose decision sets KPI-CSAT `version` as an objective. */
  const review = (version: string): Patch['files'] => ({
    'data/management-reviews/MR-2026-Q3.yaml': `id: MR-2026-Q3\ndate: 2026-10-20\nchair: ann-lee\nattendees: [bo-chen]\ninputs: [previous-actions, context-changes, customer-satisfaction, objectives, process-performance, nonconformities, monitoring-results, audit-results, external-providers, resources, risks, improvement]\nminutes: DMS-7\ndecisions:\n  - kind: change\n    decision: Raise the CSAT objective to 88.\n    objectives: [{ kpi: KPI-CSAT, version: "${version}" }]\n`,
  });
  const objectiveUndecided = (line: number, version: string): [string, string, number, string] => [
    'change/objective-without-review',
    KPI,
    line,
    `KPI-CSAT's target changes from 85 to 88, and no management review decision sets KPI-CSAT ${version} as an objective.`,
  ];

  it('fails when a KPI target is raised without a new version, or without the management review that set it', () => {
    const { found } = compare(withEdits(controlled(), [{ file: KPI, from: 'target: 85', to: 'target: 88' }]));
    expect(found).toEqual([objectiveUndecided(8, '1.0'), ['change/version-not-raised', KPI, 18, 'KPI-CSAT changed in substance (target: 85 → 88), but its version is still 1.0.']]);
  });

  it('warns when a KPI target change is recorded as minor, and passes as a major version approved for a later date that a management review set', () => {
    const minor = compare(withEdits(controlled({ kpi: v2('Target raised.', 'minor', '1.1') }), [{ file: KPI, from: 'target: 85', to: 'target: 88' }]));
    expect(minor.found).toEqual([objectiveUndecided(8, '1.1'), ['change/major-as-minor', KPI, 24, 'KPI-CSAT 1.0 → 1.1 is recorded as a minor change, but target: 85 → 88: that changes how the work is done or judged.']]);
    const undecided = compare(withEdits(controlled({ kpi: v2('Target raised to 88.') }), [{ file: KPI, from: 'target: 85', to: 'target: 88' }]));
    expect(undecided.found).toEqual([objectiveUndecided(8, '2.0')]);
    // The review sets the version before: the new one is still undecided.
    const otherVersion = compare(withEdits({ ...controlled({ kpi: v2('Target raised to 88.') }), files: { ...controlled().files, ...review('1.0') } }, [{ file: KPI, from: 'target: 85', to: 'target: 88' }]));
    expect(otherVersion.found).toEqual([objectiveUndecided(8, '2.0')]);
    const major = compare(withEdits({ ...controlled({ kpi: v2('Target raised to 88.') }), files: { ...controlled().files, ...review('2.0') } }, [{ file: KPI, from: 'target: 85', to: 'target: 88' }]));
    expect(major.found).toEqual([]);
    expect(documentsNeedingApproval(major.changes)).toEqual(new Set(['KPI-CSAT']));
  });

  it('fails when a standard\'s time limit changes without a new version, and when its change log is rewritten', () => {
    const { found } = compare(withEdits(controlled({ std: control().replace('summary: First version.', 'summary: First version; from the 2024 survey.') }), [{ file: STD, from: 'timeLimit: 30 min', to: 'timeLimit: 45 min' }]));
    expect(found).toEqual([
      ['change/version-not-raised', STD, 14, 'STD-RESP-001 changed in substance (criterion: First personal response to a logged complaint within 30 min → First personal response to a logged complaint within 45 min), but its version is still 1.0.'],
      ['change/change-log-rewritten', STD, 19, 'The change-log entry of STD-RESP-001 1.0 was edited; it records a released version.'],
    ]);
  });

  it('fails when a policy\'s text changes without a new version, and when the manual\'s version goes down', () => {
    const { found } = compare(
      withEdits({ ...controlled({ manual: control('0.9', '  - { version: "0.9", date: 2026-01-01, change: major, summary: First version. }\n') }) }, [
        { file: POLICY, from: 'We answer every complaint within 30 minutes.', to: 'We answer every complaint within 20 minutes.' },
      ]),
    );
    expect(found).toEqual([
      ['change/version-not-raised', POLICY, 7, 'policies/quality-policy changed in substance (text: +1 −1 lines), but its version is still 1.0.'],
      ['change/version-lowered', MANUAL, 4, 'quality-manual goes from version 1.0 back to 0.9.'],
      ['change/change-log-rewritten', MANUAL, 9, 'The change-log entry of quality-manual 1.0 was removed.'],
    ]);
  });

  it('records a periodic review without change: no new version, no new approval', () => {
    const { found, changes } = compare(withEdits(controlled(), [{ file: KPI, from: 'reviewIntervalMonths: 12', to: 'lastReviewed: 2026-11-20\nreviewIntervalMonths: 12' }]));
    expect(found).toEqual([]);
    expect(documentsNeedingApproval(changes).size).toBe(0);
  });
});
