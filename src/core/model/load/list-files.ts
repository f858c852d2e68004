/**
 * One YAML file holding a list under one key: items with ids (`units:`, `roles:`, `people:`,
 * `areas:`), registered by id, or records without (`phases:`, `acknowledgements:`, `synonyms:`),
 * kept in file order.
 */
import { parseYamlSource } from '../../source/yaml-source.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import type { SourceFile } from '../sources.ts';
import { validate } from '../schema-issues.ts';
import type { Origin } from '../handbook.ts';
import { isPlainObject, type LoadContext } from './context.ts';
import { readRenamedFields } from './renamed-fields.ts';

export function loadListFile(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  if (kind.source.shape !== 'list-file') return;
  const { key, ids } = kind.source;
  const source = parseYamlSource(file.path, file.text, ctx.bag);
  if (source.value === undefined) return;
  const value = source.value as Record<string, unknown> | null;
  if (!isPlainObject(value) || !Array.isArray(value[key])) {
    ctx.bag.report('schema/missing-field', source.locate([]), `This file must hold a list under \`${key}:\`.`, `Start the file with \`${key}:\` and one ${ids ? '`- id: …` ' : ''}entry per ${kind.noun}.`);
    return;
  }
  for (const extra of Object.keys(value).filter((k) => k !== key)) {
    ctx.bag.report('schema/unknown-field', source.locateKey([extra]), `Unknown field \`${extra}\` at the top of the file.`, ids ? `This file holds only \`${key}:\`. Remove \`${extra}\` or move it into an entry.` : `This file holds only \`${key}:\`.`);
  }
  const list = value[key] as unknown[];
  if (ids && ctx.tooManyRows(file.path, list.length)) return;
  list.forEach((written, i) => {
    const { value: item, source: located } = readRenamedFields(ctx, kind, source, written, [key, i]);
    const data = validate(kind.schema, item, located, ctx.bag, [key, i]);
    if (!data || ctx.outsideDateWindow(located, [key, i], data as object, ctx.dateFields(kind, data as object))) {
      ctx.reject(kind, item);
      return;
    }
    const entity = ctx.entity(kind, { ...(data as object), origin: ctx.origin(located, [key, i]) }) as { origin: Origin; id?: string };
    if (ids) ctx.register(ctx.itemsOf(kind), entity.id!, entity, kind.noun);
    else ctx.listOf(kind).push(entity);
  });
}
