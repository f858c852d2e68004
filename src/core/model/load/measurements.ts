/**
 * KPI values: a `measurements:` list in YAML, or a CSV file with one row per value
 * (`measurements-csv.ts`). A handbook holds hundreds of thousands of them, so positions are
 * found lazily and every entity has one shape.
 */
import { parseYamlSource, type YamlSource } from '../../source/yaml-source.ts';
import { sequenceLocator } from '../../source/sequence-locator.ts';
import type { Measurement } from '../../schema/measurement.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import type { SourceFile } from '../sources.ts';
import { validate } from '../schema-issues.ts';
import { isPlainObject, type LoadContext } from './context.ts';
import { loadMeasurementsCsv } from './measurements-csv.ts';
import { measurementEntity } from './measurement-entity.ts';

export function loadMeasurementFile(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  if (/\.csv$/i.test(file.path)) loadMeasurementsCsv(file, kind, ctx);
  else loadMeasurementsYaml(file, kind, ctx);
}

function loadMeasurementsYaml(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  const source = parseYamlSource(file.path, file.text, ctx.bag);
  if (source.value === undefined) return;
  const value = source.value as Record<string, unknown> | null;
  if (!isPlainObject(value) || !Array.isArray(value['measurements'])) {
    ctx.bag.report('schema/missing-field', source.locate([]), 'A measurement file must hold a list under `measurements:`.', 'Start the file with `measurements:` and one `- { kpi, unit, period, value, n }` entry per value.');
    return;
  }
  for (const extra of Object.keys(value).filter((k) => k !== 'measurements')) {
    ctx.bag.report('schema/unknown-field', source.locateKey([extra]), `Unknown field \`${extra}\` at the top of the file.`, 'A measurement file holds only `measurements:`.');
  }
  const list = value['measurements'] as unknown[];
  if (ctx.tooManyRows(file.path, list.length)) return;
  const fast = sequenceLocator(file.path, file.text, 'measurements', list.length);
  const located: YamlSource = fast
    ? {
        ...source,
        locate: (path) => (path[0] === 'measurements' && typeof path[1] === 'number' && path.length <= 3 ? fast.value(path[1], path[2] as string | undefined) : source.locate(path)),
        locateKey: (path) => (path[0] === 'measurements' && typeof path[1] === 'number' && path.length === 3 ? fast.key(path[1], String(path[2])) : source.locateKey(path)),
      }
    : source;
  const target = ctx.listOf(kind);
  for (let i = 0; i < list.length; i++) {
    const data = validate(kind.schema, list[i], located, ctx.bag, ['measurements', i]) as Measurement | undefined;
    if (data && !ctx.outsideDateWindow(located, ['measurements', i], data, ctx.dateFields(kind, data))) target.push(measurementEntity(data, ctx.origin(located, ['measurements', i])));
  }
}
