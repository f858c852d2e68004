/**
 * The `sqms` command, run as a process with the pinned Node (as `npm run check` does): exit codes,
 * text and JSON output, --strict, and `new` writing documents that pass the check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT, TODAY, VALID_ROOT, applyPatch, copyValidFixture, removeTemp, validFiles, writeTempHandbook } from '../helpers/fixture.ts';
import { BROKEN_CASES } from '../fixtures/broken/cases.ts';

// Each test runs the command as a process, some several times (about 5 s each, three times that on a loaded machine).
vi.setConfig({ testTimeout: 120_000 });

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');
const CLI = join(PROJECT_ROOT, 'src/cli/sqms.ts');

function sqms(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(NODE, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, SQMS_TODAY: '', SQMS_ROOT: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  errors: number;
  warnings: number;
  diagnostics: { code: string; severity: string; file: string; line: number; column: number; message: string; hint: string }[];
}
function checkJson(root: string, ...extra: string[]): { code: number | null; report: JsonReport } {
  const r = sqms(['check', '--root', root, '--today', TODAY, '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

function caseNamed(name: string) {
  const c = BROKEN_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no broken case named ${name}`);
  return c;
}

const temps: string[] = [];
afterEach(() => {
  while (temps.length) removeTemp(temps.pop()!);
});
function brokenRoot(...names: string[]): string {
  let files = validFiles();
  for (const name of names) files = applyPatch(files, caseNamed(name));
  const dir = writeTempHandbook(files);
  temps.push(dir);
  return dir;
}
function validCopy(): string {
  const dir = copyValidFixture();
  temps.push(dir);
  return dir;
}

describe('sqms check', () => {
  it('exits 0 on the valid fixture and prints a one-line summary', () => {
    const r = sqms(['check', '--root', VALID_ROOT, '--today', TODAY]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^Checked 3 SOPs, 2 pages, 3 standards, 3 KPIs, 6 measurements, 2 actions in \d+ ms \(today is 2026-11-22\): 0 errors, 0 warnings, 0 notes\.\n$/,
    );
  });

  it('exits 1 on errors and prints each one with file, line, column, code, message and hint', () => {
    const root = brokenRoot('unknown reference with "did you mean" (implements STD-RSP-001)', 'CSV unknown header');
    const r = sqms(['check', '--root', root, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'content/sops/customer-service/SOP-CS-001.mdx:14:14 error ref/unknown\n  `implements` names the standard "STD-RSP-001", which does not exist.\n  hint: Did you mean "STD-RESP-001"?',
    );
    expect(r.stdout).toContain('data/measurements/2026-10.csv:1:38 error csv/header\n  Unknown column "notes".\n  hint: ');
    expect(r.stdout).toMatch(/: 3 errors, 0 warnings, 0 notes\.\n$/);
    expect(r.stdout).not.toContain('\x1b['); // no colour when not writing to a terminal
  });

  it('lists the codes as JSON with --format json', () => {
    const root = brokenRoot('future period', 'NPS of 150 is out of scale', 'overdue action');
    const { code, report } = checkJson(root);
    expect(code).toBe(1);
    expect(report.errors).toBe(2);
    expect(report.warnings).toBe(2);
    expect(report.diagnostics.map((d) => `${d.code} ${d.severity} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'action/overdue warning data/actions/IA-2026-001.yaml:12:6',
      'measurement/future-period error data/measurements/2026-10.csv:2:19',
      'measurement/out-of-scale error data/measurements/2026-Q3.yaml:2:57',
      'measurement/value-without-counts warning data/measurements/2026-Q3.yaml:2:57',
    ]);
    for (const d of report.diagnostics) {
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.hint.length).toBeGreaterThan(10);
    }
  });

  it('gives valid JSON with no diagnostics for the valid fixture', () => {
    expect(checkJson(VALID_ROOT)).toEqual({ code: 0, report: { errors: 0, warnings: 0, diagnostics: [] } });
  });

  it('exits 0 on warnings only, and 1 with --strict', () => {
    const root = brokenRoot('overdue review is a warning');
    const plain = checkJson(root);
    expect(plain.code).toBe(0);
    expect(plain.report.diagnostics.map((d) => [d.code, d.severity])).toEqual([['review/overdue', 'warning']]);

    const strict = checkJson(root, '--strict');
    expect(strict.code).toBe(1);
    expect(strict.report).toMatchObject({ errors: 1, warnings: 0 });
    expect(strict.report.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['review/overdue', 'error', 11]]);

    const text = sqms(['check', '--root', root, '--today', TODAY, '--strict']);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\(today is 2026-11-22, strict\): 1 error, 0 warnings, 0 notes\.\n$/);
  });

  it('evaluates due dates against --today', () => {
    // On 2026-11-10 the action due 2026-11-15 is not overdue yet.
    const root = brokenRoot('overdue action');
    expect(checkJson(root).report.diagnostics.map((d) => d.code)).toEqual(['action/overdue']);
    const r = sqms(['check', '--root', root, '--today', '2026-11-10', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual({ errors: 0, warnings: 0, diagnostics: [] });
  });

  it('leaves notes out with --quiet', () => {
    const root = brokenRoot('review due within 30 days (note)');
    expect(checkJson(root).report.diagnostics.map((d) => d.code)).toEqual(['review/due-soon']);
    expect(checkJson(root, '--quiet').report.diagnostics).toEqual([]);
  });

  it('reads the root from SQMS_ROOT and today from SQMS_TODAY', () => {
    const root = brokenRoot('overdue action');
    const r = sqms(['check', '--format', 'json'], { SQMS_ROOT: root, SQMS_TODAY: '2026-11-20' });
    expect((JSON.parse(r.stdout) as JsonReport).diagnostics.map((d) => d.message)).toEqual(['IA-2026-001 was due on 2026-11-15 and is still in stage do.']);
  });

  it('refuses a bad --today or --format with exit 2', () => {
    const badDay = sqms(['check', '--root', VALID_ROOT, '--today', '2026-02-30']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toBe('--today must be a date YYYY-MM-DD, not "2026-02-30".\n');
    const badFormat = sqms(['check', '--root', VALID_ROOT, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe('--format must be text or json, not "xml".\n');
  });

  it('takes the plausible years from --date-window, and refuses one it cannot read', () => {
    const files = validFiles();
    files.set('data/measurements/2026-10.csv', files.get('data/measurements/2026-10.csv')!.replace('KPI-CSAT,br-north,2026-10', 'KPI-CSAT,br-north,1950-10'));
    const root = writeTempHandbook(files);
    try {
      const narrow = sqms(['check', '--root', root, '--today', '2026-11-22', '--date-window', '1990..+10']);
      expect(narrow.code).toBe(1);
      expect(narrow.stdout).toMatch(/data\/measurements\/2026-10\.csv:2:19 error date\/out-of-window\n  1950-10 lies outside the years this handbook accepts \(1990–2036\)\./);
      expect(sqms(['check', '--root', root, '--today', '2026-11-22']).code).toBe(0);
    } finally {
      removeTemp(root);
    }
    const bad = sqms(['check', '--root', VALID_ROOT, '--date-window', '2000-2030']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--date-window must be FROM..TO');
  });

  it('on a large import, lists 20 findings of a code, counts the rest, ends with a table of codes, and takes --links warn', () => {
    const files = validFiles();
    const page = 'content/policies/quality-policy.md';
    const links = Array.from({ length: 30 }, (_, i) => `- [old page ${i}](/pages/old/page-${i}/)`).join('\n');
    files.set(page, `${files.get(page)!}\n${links}\n`);
    const root = writeTempHandbook(files);
    temps.push(root);
    const r = sqms(['check', '--root', root, '--today', TODAY]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/error link\/broken/g)).toHaveLength(20);
    expect(r.stdout).toContain('… 10 more link/broken not shown (the first 20 are above; --max-per-code 0 shows all).');
    expect(r.stdout).toMatch(/code\s+severity\s+count\nlink\/broken\s+error\s+30\n/);
    expect(sqms(['check', '--root', root, '--today', TODAY, '--max-per-code', '0']).stdout.match(/error link\/broken/g)).toHaveLength(30);
    expect(sqms(['check', '--root', root, '--today', TODAY, '--max-per-code', '3']).stdout).toContain('… 27 more link/broken not shown');
    expect(checkJson(root).report.diagnostics.filter((d) => d.code === 'link/broken')).toHaveLength(30);
    // During a migration the links may be warnings; --strict makes them errors again.
    const warn = sqms(['check', '--root', root, '--today', TODAY, '--links', 'warn']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toMatch(/link\/broken\s+warning\s+30\n/);
    expect(sqms(['check', '--root', root, '--today', TODAY, '--links', 'warn', '--strict']).code).toBe(1);
    const badLinks = sqms(['check', '--root', root, '--links', 'ignore']);
    expect(badLinks.code).toBe(2);
    expect(badLinks.stderr).toBe('--links must be error or warn, not "ignore".\n');
    const badMax = sqms(['check', '--root', root, '--max-per-code', 'all']);
    expect(badMax.code).toBe(2);
    expect(badMax.stderr).toBe('--max-per-code must be a whole number (0 shows all), not "all".\n');
  }, 180_000);

  it('refuses unknown commands and options with exit 2 and the usage', () => {
    const unknown = sqms(['verify']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown command "verify"\.\n\nUsage: sqms <command>/);
    const option = sqms(['check', '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Usage: sqms <command>');
    expect(sqms([]).code).toBe(2);
    const help = sqms(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('new <kind>');
  });
});

describe('sqms new', () => {
  function created(stdout: string): string {
    const m = /^Created (.+)\. Fill in the TODOs, then run npm run check\.\n$/.exec(stdout);
    expect(m, stdout).not.toBeNull();
    return m![1]!;
  }
  function expectClean(root: string) {
    expect(checkJson(root)).toEqual({ code: 0, report: { errors: 0, warnings: 0, diagnostics: [] } });
  }

  it('creates an SOP with the next free id in its area that passes the check', () => {
    const root = validCopy();
    const r = sqms(['new', 'sop', '--root', root, '--area', 'customer-service', '--title', 'Refund processing', '--owner', 'bo-chen', '--approvers', 'ann-lee', '--today', TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(root, 'content/sops/customer-service/SOP-CS-003.mdx');
    expect(created(r.stdout)).toMatch(/SOP-CS-003\.mdx$/);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\nid: SOP-CS-003\ntitle: "Refund processing"\n/);
    expect(text).toContain('area: customer-service\nowner: bo-chen\napprovers: [ann-lee]\n'); // as given
    expect(text).toContain('status: draft');
    expect(text).toContain(`    date: ${TODAY}\n`);
    expectClean(root);

    const again = sqms(['new', 'sop', '--root', root, '--area', 'customer-service', '--title', 'Refund approval', '--owner', '@annlee', '--approvers', 'bo-chen, cy-wu', '--today', TODAY]);
    expect(again.code).toBe(0);
    expect(existsSync(join(root, 'content/sops/customer-service/SOP-CS-004.mdx'))).toBe(true);
    expectClean(root);
  });

  it('numbers SOPs per area code', () => {
    const root = validCopy();
    const r = sqms(['new', 'sop', '--root', root, '--area', 'delivery', '--title', 'Damaged parcels', '--owner', 'ann-lee', '--approvers', 'bo-chen', '--today', TODAY]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'content/sops/delivery/SOP-DL-002.mdx'), 'utf8');
    expect(text).toContain('owner: ann-lee\napprovers: [bo-chen]\n');
    expectClean(root);
  });

  it('creates a standard with the next free number for its prefix', () => {
    const root = validCopy();
    const resp = sqms(['new', 'standard', '--root', root, '--prefix', 'RESP', '--title', 'Reply to suggestions within 72 hours', '--owner', 'cy-wu', '--approvers', 'ann-lee', '--today', TODAY]);
    expect(resp.code).toBe(0);
    expect(created(resp.stdout)).toMatch(/STD-RESP-002\.yaml$/);
    const rel = sqms(['new', 'standard', '--root', root, '--prefix', 'rel', '--title', 'Parcels arrive intact', '--owner', 'cy-wu', '--approvers', 'ann-lee', '--today', TODAY]);
    expect(rel.code).toBe(0);
    const text = readFileSync(join(root, 'data/standards/STD-REL-003.yaml'), 'utf8');
    expect(text).toContain('id: STD-REL-003\ntitle: "Parcels arrive intact"\n');
    expect(text).toContain('owner: cy-wu\n');
    // A standard is released as soon as it is written: the check points at each TODO left to fill in.
    const { code, report } = checkJson(root);
    expect(code).toBe(1);
    expect(report.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['content/placeholder', 'data/standards/STD-REL-003.yaml', 4],
      ['content/placeholder', 'data/standards/STD-REL-003.yaml', 9],
      ['content/placeholder', 'data/standards/STD-REL-003.yaml', 14],
      ['content/placeholder', 'data/standards/STD-RESP-002.yaml', 4],
      ['content/placeholder', 'data/standards/STD-RESP-002.yaml', 9],
      ['content/placeholder', 'data/standards/STD-RESP-002.yaml', 14],
    ]);
  });

  it('creates a KPI with a mnemonic id, numbered when taken', () => {
    const root = validCopy();
    const first = sqms(['new', 'kpi', '--root', root, '--title', 'Average handling time', '--owner', 'bo-chen', '--approvers', 'ann-lee', '--today', TODAY]);
    expect(first.code).toBe(0);
    expect(readFileSync(join(root, 'data/kpis/KPI-AHT.yaml'), 'utf8')).toContain('id: KPI-AHT\nname: "Average handling time"\n');
    const second = sqms(['new', 'kpi', '--root', root, '--title', 'Average handling time', '--owner', 'bo-chen', '--approvers', 'ann-lee', '--today', TODAY]);
    expect(second.code).toBe(0);
    expect(existsSync(join(root, 'data/kpis/KPI-AHT-2.yaml'))).toBe(true);
    // Its definition and data source are TODOs until written: the check says where.
    expect(checkJson(root).report.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([
      ['content/placeholder', 'data/kpis/KPI-AHT-2.yaml', 4],
      ['content/placeholder', 'data/kpis/KPI-AHT-2.yaml', 16],
      ['content/placeholder', 'data/kpis/KPI-AHT.yaml', 4],
      ['content/placeholder', 'data/kpis/KPI-AHT.yaml', 16],
    ]);
  });

  it('creates an action numbered within the current year', () => {
    const root = validCopy();
    const r = sqms(['new', 'action', '--root', root, '--title', 'Fewer repeat complaints', '--owner', 'bo-chen', '--today', TODAY]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'data/actions/IA-2026-002.yaml'), 'utf8');
    expect(text).toContain('id: IA-2026-002\n');
    expect(text).toContain(`opened: ${TODAY}\n`);
    expectClean(root);
    const next = sqms(['new', 'action', '--root', root, '--title', 'Next year', '--owner', 'bo-chen', '--today', '2027-01-05']);
    expect(next.code).toBe(0);
    expect(existsSync(join(root, 'data/actions/IA-2027-001.yaml'))).toBe(true);
  });

  it('refuses to guess: no kind, no title, no or unknown area, bad prefix', () => {
    const root = validCopy();
    const cases: [string[], RegExp][] = [
      [['new', '--root', root, '--title', 'X'], /^Say what to create: npm run new -- sop\|standard\|kpi\|action/],
      [['new', 'policy', '--root', root, '--title', 'X'], /^Say what to create/],
      [['new', 'sop', '--root', root, '--area', 'customer-service'], /^Give a title/],
      [['new', 'sop', '--root', root, '--title', 'X'], /^Name the process area with --area: one of customer-service, delivery\.\n$/],
      [['new', 'sop', '--root', root, '--title', 'X', '--area', 'sales'], /^Name the process area/],
      [['new', 'standard', '--root', root, '--title', 'X'], /^Give the id prefix with --prefix/],
      [['new', 'standard', '--root', root, '--title', 'X', '--prefix', 'R'], /^Give the id prefix with --prefix/],
      // Never chosen silently: without a terminal, the owner and approvers must be given.
      [['new', 'kpi', '--root', root, '--title', 'X'], /^Name the owner with --owner \(a person id or git handle\): one of ann-lee \(Ann Lee, @annlee\), bo-chen \(Bo Chen\), cy-wu \(Cy Wu\)\.\n$/],
      [['new', 'sop', '--root', root, '--title', 'X', '--area', 'delivery', '--owner', 'bo-chen'], /^Name the SOP's approvers with --approvers .*from ann-lee \(Ann Lee, @annlee\), bo-chen \(Bo Chen\), cy-wu \(Cy Wu\)\.\n$/],
      [['new', 'sop', '--root', root, '--title', 'X', '--area', 'delivery', '--owner', 'bo-chen', '--approvers', 'bo-chen'], /^bo-chen owns the SOP and cannot also approve it/],
      [['new', 'sop', '--root', root, '--title', 'X', '--area', 'delivery', '--owner', 'bo-chn', '--approvers', 'ann-lee'], /^--owner "bo-chn" is not a person of data\/people\.yaml/],
    ];
    for (const [args, message] of cases) {
      const r = sqms(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    // Nothing was written.
    expect(checkJson(root).report.diagnostics).toEqual([]);
    expect(existsSync(join(root, 'content/sops/customer-service/SOP-CS-003.mdx'))).toBe(false);
  }, 180_000); // thirteen CLI processes: about 30 s alone, more on a loaded machine
});
