/**
 * The fuzz harness: many seeded random mutations of a handbook's files, each run through what
 * `sqms check` does (the reader's text checks, the model, the rules, the approval records) and,
 * when the check passes, through the scorecards the build computes. A mutation must give
 * diagnostics or pass; an exception, or a diagnostic without a known code or a real place, is a
 * crash. Used by test/core/fuzz.test.ts (a few hundred per run) and `npm run fuzz` (thousands).
 */
import { CODES } from '../../src/core/diagnostics/codes.ts';
import { DiagnosticBag, type Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { buildHandbook, reportReadProblems } from '../../src/core/load.ts';
import { readSources, type SourceFile } from '../../src/core/model/sources.ts';
import { buildApprovalBook, readApprovalFiles } from '../../src/core/approval/book.ts';
import { checkApprovals } from '../../src/core/approval/rule.ts';
import { sopFingerprint } from '../../src/core/approval/fingerprint.ts';
import { textOfBytes } from '../../src/core/source/read-file.ts';
import { buildScorecard, periodsWithData } from '../../src/core/scoring/index.ts';
import { mutate, random } from './mutations.ts';

export const FUZZ_TODAY = '2026-11-22';

export interface FuzzBase {
  files: SourceFile[];
  approvals: SourceFile[];
}

export interface Crash {
  run: number;
  file: string;
  mutation: string;
  error: string;
}

export interface FuzzResult {
  runs: number;
  /** Mutations that gave at least one error. */
  refused: number;
  crashes: Crash[];
  ms: number;
}

/**
 * The files of the handbook at `root`, and its approval records; a handbook without any gets one
 * record for its first effective SOP, so that the approval code is fuzzed too.
 */
export function loadFuzzBase(root: string): FuzzBase {
  const { files, problems } = readSources(root);
  if (problems.length > 0) throw new Error(`The handbook to fuzz has unreadable files: ${problems.map((p) => p.path).join(', ')}`);
  let { files: approvals } = readApprovalFiles(root);
  if (approvals.length === 0) {
    const { handbook } = buildHandbook(root, files, { today: FUZZ_TODAY });
    const sop = [...handbook.sops.values()].find((s) => s.status === 'effective');
    if (sop) {
      approvals = [
        {
          path: `data/approvals/${sop.id}.yaml`,
          text: `document: ${sop.id}\nrecords:\n  - version: "${sop.version}"\n    by: ${sop.approvers[0] ?? sop.owner}\n    meaning: approved\n    at: 2026-03-01T09:00:00Z\n    fingerprint: ${sopFingerprint(sop)}\n`,
        },
      ];
    }
  }
  return { files, approvals };
}

/** Runs `runs` mutations from `seed` (run `i` uses its own generator, so any run can be repeated alone with `only`). */
export function fuzz(base: FuzzBase, options: { runs: number; seed: number; only?: number; onProgress?: (done: number, result: FuzzResult) => void }): FuzzResult {
  const started = performance.now();
  const result: FuzzResult = { runs: 0, refused: 0, crashes: [], ms: 0 };
  const all = [...base.files, ...base.approvals];
  const first = options.only ?? 0;
  const last = options.only !== undefined ? options.only + 1 : options.runs;
  for (let run = first; run < last; run++) {
    const rng = random(mix(options.seed, run));
    const target = all[Math.floor(rng() * all.length)]!;
    const mutation = mutate(target.text, rng);
    try {
      const diagnostics = checkMutated(base, target.path, mutation.bytes);
      const bad = diagnostics.find(malformed);
      if (bad) throw new Error(`malformed diagnostic ${JSON.stringify(bad)}`);
      if (diagnostics.some((d) => d.severity === 'error')) result.refused++;
    } catch (error) {
      result.crashes.push({ run, file: target.path, mutation: mutation.description, error: error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n') : String(error) });
    }
    result.runs++;
    if (options.onProgress && result.runs % 1000 === 0) options.onProgress(result.runs, result);
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

/** What the check reports for the handbook with `path` replaced by `bytes`; then, if it passes, the scorecards. */
function checkMutated(base: FuzzBase, path: string, bytes: Uint8Array): Diagnostic[] {
  const bag = new DiagnosticBag();
  const read = textOfBytes(path, bytes);
  const replace = (files: SourceFile[]) => files.flatMap((f) => (f.path !== path ? [f] : read.ok ? [{ path, text: read.text }] : []));
  if (!read.ok) reportReadProblems([read.problem], bag);
  const { handbook, diagnostics } = buildHandbook('/fuzz', replace(base.files), { today: FUZZ_TODAY }, bag);
  const approvalsBag = new DiagnosticBag();
  const book = buildApprovalBook(replace(base.approvals), true, handbook, approvalsBag);
  checkApprovals(handbook, book, approvalsBag);
  const all = [...diagnostics, ...approvalsBag.items];
  if (!all.some((d) => d.severity === 'error')) {
    buildScorecard(handbook);
    for (const period of periodsWithData(handbook).slice(-2)) buildScorecard(handbook, period.key);
  }
  return all;
}

function malformed(d: Diagnostic): boolean {
  return (
    !(d.code in CODES) ||
    !Number.isInteger(d.line) ||
    !Number.isInteger(d.column) ||
    d.line < 1 ||
    d.column < 1 ||
    typeof d.message !== 'string' ||
    d.message.trim() === '' ||
    /\bundefined\b|\[object Object\]|\bNaN\b/.test(`${d.message} ${d.hint}`.replace(/`[^`]*`|"[^"]*"/g, ''))
  );
}

function mix(seed: number, run: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ run, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
