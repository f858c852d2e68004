/**
 * A line-based locator for the usual shape of a long list file such as a measurement file:
 *
 *   measurements:
 *     - { kpi: KPI-CSAT, unit: br-pudong, period: 2026-10, value: 87.4, n: 412 }
 *     - kpi: KPI-NPS
 *       unit: br-pudong
 *
 * Building the full YAML syntax tree of a file with thousands of entries takes most of a second;
 * this finds the line and column of `list[i].field` by scanning the text once, and is used for
 * the (often many) warnings in such files. When the text does not have this shape, it returns
 * undefined and the caller uses the full tree.
 */
import type { SourcePosition } from '../diagnostics/diagnostic.ts';

export interface SequenceLocator {
  /** Where the value of `field` of entry `index` starts (the entry itself when no field). */
  value(index: number, field?: string): SourcePosition;
  /** Where the key `field` of entry `index` starts. */
  key(index: number, field: string): SourcePosition;
}

export function sequenceLocator(file: string, text: string, listKey: string, count: number, lineOffset = 0): SequenceLocator | undefined {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l === `${listKey}:` || l.startsWith(`${listKey}: `) || l.startsWith(`${listKey}:\t`));
  if (header < 0 || lines[header]!.slice(listKey.length + 1).replace(/#.*/, '').trim() !== '') return undefined;
  const items: number[] = [];
  let indent = -1;
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const lead = line.length - trimmed.length;
    if (indent < 0) {
      if (!trimmed.startsWith('- ') && trimmed !== '-') return undefined;
      indent = lead;
    }
    if (lead < indent || (lead === indent && !(trimmed.startsWith('- ') || trimmed === '-'))) {
      // Dedent: the list has ended; anything else at top level is another key.
      if (lead === 0) break;
      return undefined;
    }
    if (lead === indent) items.push(i);
  }
  if (items.length !== count) return undefined;

  const entryLines = (index: number) => {
    const start = items[index]!;
    const end = index + 1 < items.length ? items[index + 1]! : lines.length;
    return { start, end };
  };
  const at = (line: number, column: number): SourcePosition => ({ file, line: line + 1 + lineOffset, column: column + 1 });
  const find = (index: number, field: string): { line: number; keyColumn: number; valueColumn: number } | undefined => {
    const { start, end } = entryLines(index);
    const pattern = new RegExp(`(^\\s*(?:-\\s+)?\\{?\\s*|[{,]\\s*)(${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\\s*:(\\s*)`);
    for (let l = start; l < end; l++) {
      const m = pattern.exec(lines[l]!);
      if (m) {
        const keyColumn = m.index + m[1]!.length;
        return { line: l, keyColumn, valueColumn: m.index + m[0].length };
      }
    }
    return undefined;
  };
  const entryStart = (index: number): SourcePosition => {
    const line = lines[items[index]!]!;
    const dash = line.indexOf('-');
    const rest = line.slice(dash + 1);
    return at(items[index]!, dash + 1 + (rest.length - rest.trimStart().length));
  };
  return {
    value(index, field) {
      if (index < 0 || index >= items.length) return at(header, 0);
      if (field === undefined) return entryStart(index);
      const f = find(index, field);
      return f ? at(f.line, f.valueColumn) : entryStart(index);
    },
    key(index, field) {
      if (index < 0 || index >= items.length) return at(header, 0);
      const f = find(index, field);
      return f ? at(f.line, f.keyColumn) : entryStart(index);
    },
  };
}
