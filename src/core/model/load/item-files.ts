/** One YAML file per item, named by its id (standards, KPIs, improvement actions). */
import { parseYamlSource } from '../../source/yaml-source.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import type { SourceFile } from '../sources.ts';
import { validate } from '../schema-issues.ts';
import type { Origin } from '../handbook.ts';
import type { LoadContext } from './context.ts';
import { readRenamedFields } from './renamed-fields.ts';

export function loadItemFile(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  const parsed = parseYamlSource(file.path, file.text, ctx.bag);
  if (parsed.value === undefined) return;
  const { value, source } = readRenamedFields(ctx, kind, parsed, parsed.value);
  const data = validate(kind.schema, value, source, ctx.bag);
  if (!data || ctx.outsideDateWindow(source, [], data as object, ctx.dateFields(kind, data as object))) {
    ctx.reject(kind, value);
    return;
  }
  const entity = ctx.entity(kind, { ...(data as object), origin: ctx.origin(source, []) }) as { origin: Origin; id: string };
  ctx.checkFileName(file.path, entity.id, entity.origin, kind.noun);
  ctx.register(ctx.itemsOf(kind), entity.id, entity, kind.noun);
}
