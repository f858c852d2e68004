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
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(diagnostics: readonly Diagnostic[], options: FormatOptions = {}): string {
  const c = (name: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[name]}${text}${COLORS.reset}` : text);
  return diagnostics
    .map(
      (d) =>
        `${c('bold', `${d.file}:${d.line}:${d.column}`)} ${c(d.severity, d.severity)} ${c('dim', d.code)}\n  ${d.message}\n  ${c('dim', 'hint:')} ${d.hint}`,
    )
    .join('\n\n');
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
