/**
 * Field values in words, for change lists: "30 min", "80–90", "all", "First response to a
 * complaint within 30 min". Objects fall back to compact JSON.
 */
import { canonicalJson } from '../approval/canonical.ts';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatValue).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('en' in o || 'zh-CN' in o) return String(o['en'] ?? o['zh-CN']);
    if ('min' in o && 'max' in o && Object.keys(o).length === 2) return `${formatValue(o['min'])}–${formatValue(o['max'])}`;
    if ('timeLimit' in o && 'event' in o) return `${formatValue(o['event'])} within ${formatValue(o['timeLimit'])}`;
    if ('kpi' in o && 'threshold' in o) return `${formatValue(o['kpi'])} at ${formatValue(o['threshold'])}`;
    if ('level' in o && 'roles' in o) return `${formatValue(o['level'])} (${formatValue(o['roles'])})`;
  }
  return canonicalJson(value);
}

/** The top-level fields of two objects that differ (compared canonically), in the order of `fields`. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    if (canonicalJson(before[field] ?? null) !== canonicalJson(after[field] ?? null)) out.push({ field, before: before[field], after: after[field] });
  }
  return out;
}

/** `target: 85 → 88` */
export function describeChange(c: FieldChange): string {
  return `${c.field}: ${formatValue(c.before)} → ${formatValue(c.after)}`;
}
