/**
 * A diagnostic is one finding about the handbook's sources: a schema error, an unknown reference,
 * an overdue review. Diagnostics are collected, never thrown, so that one run reports everything.
 */
import { defaultSeverity, type DiagnosticCode, type Severity } from './codes.ts';
import { compareText } from '../order.ts';

export type { Severity } from './codes.ts';

/** A place in a source file. Lines and columns are 1-based, as editors show them. */
export interface SourcePosition {
  /** Path relative to the handbook root, with forward slashes (e.g. `data/kpis/KPI-CSAT.yaml`). */
  file: string;
  line: number;
  column: number;
}

export interface Diagnostic extends SourcePosition {
  /** Stable identifier, e.g. `ref/unknown`. Never reworded once released. */
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong, in one or two sentences. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Collects diagnostics from every loader and rule during one run. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  /** Records an occurrence of `code` at `at`, with the code's default severity unless given. */
  report(code: DiagnosticCode, at: SourcePosition, message: string, hint: string, severity?: Severity): void {
    this.items.push({
      code,
      severity: severity ?? defaultSeverity(code),
      file: at.file,
      line: at.line,
      column: at.column,
      message,
      hint,
    });
  }

  get errorCount(): number {
    return this.items.filter((d) => d.severity === 'error').length;
  }

  get warningCount(): number {
    return this.items.filter((d) => d.severity === 'warning').length;
  }

  /** Sorted by file, then line and column, so output is stable and reads like a compiler's. */
  sorted(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  return compareText(a.code, b.code);
}

/** In strict mode every warning counts as an error (for CI). */
/**
 * How broken links count: as errors (the default), or as warnings while a large handbook is
 * migrated in (`npm run check -- --links warn`, `SQMS_LINKS=warn` for the build). Never the default:
 * a broken link in a procedure sends staff nowhere.
 */
export type LinkSeverity = 'error' | 'warn';

/** The codes `--links warn` turns into warnings. */
export const LINK_CODES: ReadonlySet<string> = new Set(['link/broken']);

export function applyLinkSeverity(diagnostics: readonly Diagnostic[], links: LinkSeverity): Diagnostic[] {
  if (links === 'error') return [...diagnostics];
  return diagnostics.map((d) => (LINK_CODES.has(d.code) && d.severity === 'error' ? { ...d, severity: 'warning' } : d));
}

export function applyStrict(diagnostics: readonly Diagnostic[], strict: boolean): Diagnostic[] {
  if (!strict) return [...diagnostics];
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
}
