/**
 * `sqms schema`: writes one JSON Schema per kind of record (src/core/model/kinds/) into `schemas/`, and
 * the editor settings' mapping of each schema onto the YAML files of its kind's location
 * (`.vscode/settings.json`, `yaml.schemas`), so authors get completion and the field
 * descriptions as hover text. `--check` fails when either is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { KINDS, editorSchemaMapping } from '../core/model/kinds/registry.ts';
import type { KindDefinition } from '../core/model/kinds/kind.ts';

/** The editor settings that hold the schema mapping, relative to the project root. */
export const EDITOR_SETTINGS = '.vscode/settings.json';

/** The JSON Schema of each kind, by its path below the project root. */
export function renderJsonSchemas(kinds: readonly KindDefinition[] = KINDS): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of kinds) {
    const { name, title, schema = kind.schema } = kind.jsonSchema;
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    out.set(`schemas/${name}.schema.json`, JSON.stringify({ ...json, title }, null, 2) + '\n');
  }
  return out;
}

/**
 * The editor settings with the schema mapping of `kinds` in place of the one they have; the other
 * settings are kept as they are. Undefined when the current settings are not JSON (the file is
 * then left alone and the problem reported).
 */
export function renderEditorSettings(current: string | undefined, kinds: readonly KindDefinition[] = KINDS): string | undefined {
  let settings: Record<string, unknown> = {};
  if (current !== undefined) {
    try {
      const parsed: unknown = JSON.parse(current);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
      settings = parsed as Record<string, unknown>;
    } catch {
      return undefined;
    }
  }
  const mapping = editorSchemaMapping(kinds);
  const next = 'yaml.schemas' in settings ? { ...settings, 'yaml.schemas': mapping } : { 'yaml.schemas': mapping, ...settings };
  return JSON.stringify(next, null, 2) + '\n';
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function writeJsonSchemas(projectRoot: string, checkOnly: boolean, kinds: readonly KindDefinition[] = KINDS): number {
  const stale: string[] = [];
  const wanted = renderJsonSchemas(kinds);
  const settingsPath = join(projectRoot, EDITOR_SETTINGS);
  const settings = renderEditorSettings(readOrUndefined(settingsPath), kinds);
  if (settings === undefined) {
    process.stderr.write(`${EDITOR_SETTINGS} is not plain JSON (comments are not kept): remove the comments, then run \`npm run schema\` again.\n`);
    return 1;
  }
  wanted.set(EDITOR_SETTINGS, settings);
  for (const [path, text] of wanted) {
    const target = join(projectRoot, path);
    if (readOrUndefined(target) === text) continue;
    stale.push(path);
    if (!checkOnly) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (checkOnly && stale.length > 0) {
    const schemas = stale.filter((p) => p !== EDITOR_SETTINGS);
    const lines = [
      ...(schemas.length > 0 ? [`These JSON Schemas are out of date: ${schemas.join(', ')}.`] : []),
      ...(stale.includes(EDITOR_SETTINGS) ? [`The editor's schema mapping (\`yaml.schemas\` in ${EDITOR_SETTINGS}) is out of date.`] : []),
    ];
    process.stderr.write(`${lines.join('\n')}\nRun \`npm run schema\` and commit the result.\n`);
    return 1;
  }
  process.stdout.write(stale.length ? `Wrote ${stale.join(', ')}.\n` : 'JSON Schemas and the editor\'s schema mapping are up to date.\n');
  return 0;
}
