/**
 * KPI values in a CSV file: a header naming the columns (`kpi,unit,period,k,n,note`), then one
 * row per value. Cells are read as the schema expects them (numbers, lists of counts, booleans),
 * so that the same schema and the same diagnostics serve YAML and CSV.
 */
import { parseCsvTexts, rowAt, type CsvRow, type CsvTextRow } from '../../source/csv.ts';
import type { SourcePosition } from '../../diagnostics/diagnostic.ts';
import type { Path } from '../../source/yaml-source.ts';
import { COUNT_FIELDS, CSV_COLUMNS, CSV_REQUIRED_COLUMNS, type Measurement } from '../../schema/measurement.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import { closest } from '../../suggest.ts';
import type { SourceFile } from '../sources.ts';
import { validate } from '../schema-issues.ts';
import type { Origin } from '../handbook.ts';
import type { LoadContext } from './context.ts';
import { measurementEntity } from './measurement-entity.ts';

export function loadMeasurementsCsv(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  // Counted before parsing, which holds every row's cell texts at once.
  if (ctx.tooManyRows(file.path, lineCount(file.text) - 1)) return;
  const { rows, errors, text } = parseCsvTexts(file.text);
  for (const e of errors) {
    ctx.bag.report('csv/syntax', { file: file.path, line: e.line, column: e.column }, e.message, 'Close every quoted cell with a " and double any quote inside it ("").');
  }
  if (errors.length > 0) return;
  const headerRow = rows[0];
  if (!headerRow) return;
  const header = rowAt(text, headerRow.offset, headerRow.line);
  const columns = header.cells.map((c) => c.text.trim());
  const at = (line: number, column: number) => ({ file: file.path, line, column });
  let headerOk = true;
  columns.forEach((name, i) => {
    if (columns.indexOf(name) !== i) {
      headerOk = false;
      const cell = header.cells[i]!;
      ctx.bag.report('csv/header', at(cell.line, cell.column), `Column "${name}" appears twice.`, 'Name each column once; remove or rename the second one.');
    } else if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      headerOk = false;
      const cell = header.cells[i]!;
      const suggestion = closest(name, CSV_COLUMNS);
      ctx.bag.report(
        'csv/header',
        at(cell.line, cell.column),
        `Unknown column "${name}".`,
        `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Columns are: ${CSV_COLUMNS.join(', ')} (${CSV_REQUIRED_COLUMNS.join(', ')} required; the value, or the counts it comes from, in the others).`,
      );
    }
  });
  for (const required of CSV_REQUIRED_COLUMNS) {
    if (!columns.includes(required)) {
      headerOk = false;
      ctx.bag.report('csv/header', at(header.line, 1), `The header has no "${required}" column.`, `The first line must name the columns: ${CSV_REQUIRED_COLUMNS.join(',')}, then the value or its counts and a note, e.g. \`kpi,unit,period,k,n,note\` (all columns: ${CSV_COLUMNS.join(',')}).`);
    }
  }
  if (!headerOk) return;
  const target = ctx.listOf(kind);
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.texts.length !== columns.length) {
      ctx.bag.report('csv/syntax', at(row.line, 1), `This row has ${row.texts.length} cells, but the header names ${columns.length} columns.`, 'Check for a missing or extra comma; quote cells that contain commas.');
      continue;
    }
    const record: Record<string, unknown> = {};
    columns.forEach((name, i) => {
      const text = row.texts[i]!.trim();
      if (name === 'value') record[name] = text === '' ? null : toNumber(text);
      else if (name === 'responses') {
        if (text !== '') record[name] = toNumberList(text);
      } else if (NUMBER_COLUMNS.has(name)) {
        if (text !== '') record[name] = toNumber(text);
      } else if (name === 'provisional') {
        if (text !== '') record[name] = text === 'true' ? true : text === 'false' ? false : text;
      } else if (text !== '' || name !== 'note') record[name] = text;
    });
    // An empty value cell is "no data" only when the row has no counts either; with counts, the value is derived from them.
    if (record['value'] === null && COUNT_FIELDS.some((f) => record[f] !== undefined)) delete record['value'];
    const origin = new CsvRowOrigin(file.path, columns, text, row);
    const source = { file: file.path, locate: (path: Path) => origin.at(path), locateKey: (path: Path) => origin.at(path), sourceText: (path: Path) => origin.text(path) };
    const data = validate(kind.schema, record, source, ctx.bag) as Measurement | undefined;
    if (data && !ctx.outsideDateWindow(source, [], data, ctx.dateFields(kind, data))) target.push(measurementEntity(data, origin));
  }
}

/**
 * Where the fields of one measurement of a CSV file are: a field is its column's cell in the row.
 * One small object per row, its methods shared, holding only where the row starts in the file's
 * text (shared by its rows); the row is read again when a position is asked for, which happens
 * only for a diagnostic. A measurement file of a large organisation has hundreds of thousands of
 * rows: closures and a map per row cost about 1 kB each, the row's cells about 500 bytes.
 */
class CsvRowOrigin implements Origin {
  readonly file: string;
  readonly #columns: readonly string[];
  readonly #text: string;
  readonly #offset: number;
  readonly #line: number;

  constructor(file: string, columns: readonly string[], text: string, row: Pick<CsvTextRow, 'offset' | 'line'>) {
    this.file = file;
    this.#columns = columns;
    this.#text = text;
    this.#offset = row.offset;
    this.#line = row.line;
  }

  #cell(path: Path): CsvRow['cells'][number] | undefined {
    const i = typeof path[0] === 'string' ? this.#columns.indexOf(path[0]) : -1;
    return i >= 0 ? rowAt(this.#text, this.#offset, this.#line).cells[i] : undefined;
  }

  at(path: Path): SourcePosition {
    const cell = this.#cell(path);
    return { file: this.file, line: cell ? cell.line : this.#line, column: cell ? cell.column : 1 };
  }

  atKey(path: Path): SourcePosition {
    return this.at(path);
  }

  /** The cell's text as written. */
  text(path: Path): string | undefined {
    return this.#cell(path)?.text;
  }
}

/** Lines of `text` that hold something (a last line without a line end counts). */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') || text === '' ? n : n + 1;
}

/** CSV columns read as numbers (the value is read apart: an empty value cell means no data). */
const NUMBER_COLUMNS = new Set(['n', 'k', 'promoters', 'passives', 'detractors', 'sd', 'median', 'p90']);

/** A CSV cell as a number when it is written as one; otherwise the text (so the schema reports it). */
function toNumber(text: string): number | string {
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : text;
}

/** A CSV cell of counts separated by spaces or semicolons (`3 5 20 180 272`) as a list; otherwise the text. */
function toNumberList(text: string): (number | string)[] | string {
  const parts = text.split(/[\s;]+/).filter((p) => p !== '');
  const numbers = parts.map(toNumber);
  return numbers.every((x) => typeof x === 'number') ? numbers : text;
}

