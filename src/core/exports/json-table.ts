/**
 * JSON exports that are tables (a scorecard's rows, every measurement) are written with their
 * columns once: `"columns": ["unit", "kpi", …]` and `"rows": [[…], …]`, each row's values in the
 * order of the columns (numbers stay numbers, a list stays a list, a missing value is `null`). Rows
 * written as objects repeated every field name on every row: about 60 % of a scorecard file.
 *
 * To read such a table as objects again: `tableObjects` here, or with jq
 * `jq '[.rows[] as $r | [.columns, $r] | transpose | map({(.[0]): .[1]}) | add]' scorecard-2026-10.json`.
 */

/** A table as the JSON exports write it. */
export interface JsonTable<C extends string = string> {
  columns: readonly C[];
  rows: unknown[][];
}

/** The table of `rows`: the `columns` once, and each row's values in their order (`undefined` as `null`). */
export function jsonTable<R, C extends keyof R & string>(columns: readonly C[], rows: readonly R[]): JsonTable<C> {
  const width = columns.length;
  const values: unknown[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const cells: unknown[] = new Array(width);
    for (let c = 0; c < width; c++) cells[c] = row[columns[c]!] ?? null;
    values[i] = cells;
  }
  return { columns, rows: values };
}

/** The rows of a table read back into objects with the columns' names, as a reader of the file would. */
export function tableObjects(table: { columns: readonly string[]; rows: readonly (readonly unknown[])[] }): Record<string, unknown>[] {
  return table.rows.map((values) => Object.fromEntries(table.columns.map((c, i) => [c, values[i]])));
}
