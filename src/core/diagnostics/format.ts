/**
 * Diagnostics as text (compiler-like, one block per finding) or JSON (for tools and CI).
 *
 *   data/kpis/KPI-CSAT.yaml:9:10 error schema/invalid-value
 *     `direction` is "hgher", which is not an allowed value.
 *     hint: Did you mean "higher"? Allowed: higher, lower, band.
 */
import type { Diagnostic } from './diagnostic.ts';
import { plural } from '../text/plural.ts';

export interface FormatOptions {
  color?: boolean;
  /**
   * Show at most this many findings of each code (the first ones, in file order) and one line for
   * the rest: an import of a wiki can raise 20,000 broken links, and 100,000 lines bury the
   * handful of other problems. 0 or undefined: all.
   */
  maxPerCode?: number;
}

/** The findings a code limit shows, and how many of each code it leaves out. */
export function limitPerCode(diagnostics: readonly Diagnostic[], max: number | undefined): { shown: Diagnostic[]; left: Map<string, number> } {
  if (!max || max <= 0) return { shown: [...diagnostics], left: new Map() };
  const seen = new Map<string, number>();
  const shown: Diagnostic[] = [];
  const left = new Map<string, number>();
  for (const d of diagnostics) {
    const n = (seen.get(d.code) ?? 0) + 1;
    seen.set(d.code, n);
    if (n <= max) shown.push(d);
    else left.set(d.code, (left.get(d.code) ?? 0) + 1);
  }
  return { shown, left };
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const c = (name: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[name]}${text}${COLORS.reset}` : text);
  const { shown, left } = limitPerCode(diagnostics, options.maxPerCode);
  const blocks = shown.map(
    (d) => `${c('bold', `${d.file}:${d.line}:${d.column}`)} ${c(d.severity, d.severity)} ${c('dim', d.code)}\n  ${d.message}\n  ${c('dim', 'hint:')} ${d.hint}`,
  );
  for (const [code, n] of left) blocks.push(c('dim', `… ${count(n)} more ${code} not shown (the first ${options.maxPerCode} are above; --max-per-code 0 shows all).`));
  return blocks.join('\n\n');
}

/** 12345 → `12,345`. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A table of the findings by code, most frequent first, for the end of a long report:
 *
 *   code              severity   count
 *   link/broken       error      3,221
 *   page/no-title     warning       12
 */
export function codeTable(diagnostics: readonly Diagnostic[]): string {
  const rows = new Map<string, { severity: Diagnostic['severity']; n: number }>();
  for (const d of diagnostics) {
    const key = `${d.code}\u0000${d.severity}`;
    const row = rows.get(key);
    if (row) row.n++;
    else rows.set(key, { severity: d.severity, n: 1 });
  }
  const lines = [...rows]
    .map(([key, r]) => [key.slice(0, key.indexOf('\u0000')), r.severity, count(r.n), r.n] as const)
    .sort((a, b) => b[3] - a[3] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const w0 = Math.max(4, ...lines.map((l) => l[0].length));
  const w2 = Math.max(5, ...lines.map((l) => l[2].length));
  return [`${'code'.padEnd(w0)}  severity  ${'count'.padStart(w2)}`, ...lines.map((l) => `${l[0].padEnd(w0)}  ${l[1].padEnd(8)}  ${l[2].padStart(w2)}`)].join('\n');
}

export function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')}`;
}

/** `change`: with a base revision, whose each finding is (`touched`, `caused`, `standing`; see core/change/attribution.ts). */
export function formatJson(diagnostics: readonly Diagnostic[], change?: ReadonlyMap<Diagnostic, string>): string {
  return JSON.stringify(
    {
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: diagnostics.map((d) => {
        const { code, severity, file, line, column, message, hint } = d;
        return { code, severity, file, line, column, message, hint, ...(change ? { change: change.get(d) } : {}) };
      }),
    },
    null,
    2,
  );
}
