/**
 * An SOP (or an SOP's translation, or any controlled document) read from its text alone, outside a handbook: for versions
 * taken from Git history, which are shown as they were and are not checked against today's
 * handbook.
 */
import jsyaml from 'js-yaml';
import type { z } from 'zod';
import { splitFrontmatter } from '../source/frontmatter.ts';
import { SopFrontmatter } from '../schema/sop.ts';
import { SopTranslationFrontmatter } from '../schema/translation.ts';
import { LIMITS } from '../source/limits.ts';
import { checkAliasExpansion } from '../source/yaml-aliases.ts';
import { renameOldFields } from './load/renamed-fields.ts';

export interface DocumentText<T> {
  /** The fields as written (whatever today's schema says about them). */
  raw: Record<string, unknown>;
  /** The frontmatter when it still passes today's schema; undefined otherwise. */
  frontmatter: T | undefined;
  body: string;
}

export type SopText = DocumentText<SopFrontmatter>;
export type SopTranslationText = DocumentText<SopTranslationFrontmatter>;

function parseText<T>(text: string, schema: z.ZodType<T>): DocumentText<T> | undefined {
  const split = splitFrontmatter(text);
  if (split.yaml === undefined) return undefined;
  return parseFields(split.yaml, split.body, schema);
}

/**
 * A YAML data file (a standard, a KPI) read from its text alone; undefined when it is not a mapping.
 * Fields written under an old name (`renamed`: old → new, a kind's `renamedFields`) are read under the new one.
 */
export function parseYamlText<T>(text: string, schema: z.ZodType<T>, renamed: Readonly<Record<string, string>> = {}): DocumentText<T> | undefined {
  return parseFields(text, '', schema, renamed);
}

/** A page's text (the quality manual, a policy): frontmatter and Markdown body. */
export function parsePageText<T>(text: string, schema: z.ZodType<T>): DocumentText<T> | undefined {
  return parseText(text, schema);
}

function parseFields<T>(yaml: string, body: string, schema: z.ZodType<T>, renamed: Readonly<Record<string, string>> = {}): DocumentText<T> | undefined {
  let raw: unknown;
  try {
    raw = jsyaml.load(yaml, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  // A version from history is shown as it was, but not one whose aliases never end or expand to billions of values.
  if (!checkAliasExpansion(raw, LIMITS.yamlAliasExpansion).ok) return undefined;
  const fields = renameOldFields({ renamedFields: renamed }, raw) as Record<string, unknown>;
  const parsed = schema.safeParse(fields);
  return { raw: fields, frontmatter: parsed.success ? parsed.data : undefined, body };
}

/** Parses an SOP file's text; undefined when it has no readable frontmatter. */
export function parseSopText(text: string): SopText | undefined {
  return parseText(text, SopFrontmatter);
}

/** Parses the text of an SOP's translation (`SOP-CS-001.zh-CN.mdx`); undefined when it has no readable frontmatter. */
export function parseTranslationText(text: string): SopTranslationText | undefined {
  return parseText(text, SopTranslationFrontmatter);
}

/** A field of the raw frontmatter as text, if it is a string. */
export function rawText(raw: Record<string, unknown>, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' ? value : undefined;
}
