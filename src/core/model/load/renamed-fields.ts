/**
 * Fields renamed since files were written (a kind's `renamedFields`, e.g. a field `unit` renamed `unitOfMeasure` so that "unit"
 * names only units of the organisation): a file with the old name is still read, with a warning
 * that says the new one, and problems with the value are reported where it is written.
 */
import type { Path, YamlSource } from '../../source/yaml-source.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import { isPlainObject, type LoadContext } from './context.ts';

type Located = Pick<YamlSource, 'file' | 'locate' | 'locateKey' | 'sourceText'>;

/** The item with its kind's old field names replaced by the new ones, and a source that finds them under the old. */
export function readRenamedFields<S extends Located>(ctx: LoadContext, kind: KindDefinition, source: S, value: unknown, base: Path = []): { value: unknown; source: S } {
  const renamed = kind.renamedFields;
  if (!renamed || !isPlainObject(value) || !Object.keys(renamed).some((old) => old in value)) return { value, source };
  const upgraded: Record<string, unknown> = {};
  const oldNames = new Map<string, string>();
  for (const [key, v] of Object.entries(value)) {
    const now = renamed[key];
    if (now === undefined) {
      if (!(key in upgraded)) upgraded[key] = v;
      continue;
    }
    const both = now in value;
    ctx.bag.report(
      'schema/renamed-field',
      source.locateKey([...base, key]),
      both ? `\`${key}\` is the old name of \`${now}\`, which is also given; \`${key}\` is ignored.` : `\`${key}\` is the old name of \`${now}\`.`,
      both ? `Remove \`${key}\`.` : `Rename \`${key}:\` to \`${now}:\` (the old name is still read for now).`,
    );
    if (!both) {
      upgraded[now] = v;
      oldNames.set(now, key);
    }
  }
  const written = (path: Path): Path => {
    const old = path.length > base.length ? oldNames.get(String(path[base.length])) : undefined;
    return old === undefined ? path : [...path.slice(0, base.length), old, ...path.slice(base.length + 1)];
  };
  return {
    value: upgraded,
    source: { ...source, locate: (p: Path) => source.locate(written(p)), locateKey: (p: Path) => source.locateKey(written(p)), sourceText: (p: Path) => source.sourceText(written(p)) },
  };
}

/** The same, silently, for a text read from history (shown as it was, not checked). */
export function renameOldFields(kind: Pick<KindDefinition, 'renamedFields'>, value: unknown): unknown {
  const renamed = kind.renamedFields;
  if (!renamed || !isPlainObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [old, now] of Object.entries(renamed)) {
    if (!(old in out)) continue;
    if (!(now in out)) out[now] = out[old];
    delete out[old];
  }
  return out;
}
