/**
 * Markdown and MDX documents with YAML frontmatter: SOPs (and their translations, in the same
 * folders, told apart by `sourceVersion`) and handbook pages (and theirs, by `translationOf`).
 * Every body is compiled as the build will compile it, so that what the check accepts, the build
 * accepts.
 */
import type { z } from 'zod';
import { parseYamlSource, type YamlSource } from '../../source/yaml-source.ts';
import { splitFrontmatter } from '../../source/frontmatter.ts';
import { checkBody } from '../../body/compile.ts';
import { plainText } from '../../body/plain-text.ts';
import type { Locale } from '../../schema/common.ts';
import type { PageFrontmatter } from '../../schema/page.ts';
import { isSopTranslation } from '../../schema/translation.ts';
import type { SopTranslationFrontmatter } from '../../schema/translation.ts';
import type { KindDefinition } from '../kinds/kind.ts';
import { variantsOf } from '../kinds/registry.ts';
import type { SourceFile } from '../sources.ts';
import { validate } from '../schema-issues.ts';
import type { Origin, PageEntity, SopEntity, SopTranslationEntity } from '../handbook.ts';
import { isPlainObject, type LoadContext } from './context.ts';
import { isFolderPageFile, pageIdOfFile, ROOT_PAGE_ID } from '../../page-files.ts';
import { interfaceLanguageOf, languageName } from '../../schema/language.ts';

/** The address of a page, for messages (src/core/site-paths.ts makes the site's). */
const pageAddress = (id: string) => (id === ROOT_PAGE_ID ? '/pages/' : `/pages/${id}/`);

export function loadDocument(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  const idFromPath = kind.source.shape === 'document' && kind.source.idFrom === 'path';
  if (idFromPath) loadPage(file, kind, ctx);
  else loadProcedure(file, kind, ctx);
  if (!ctx.bodies) return;
  // A file whose frontmatter is never closed, or a document without the frontmatter that gives its id, is reported as such, not compiled.
  const split = splitFrontmatter(file.text);
  if (split.unclosed || (split.yaml === undefined && !idFromPath)) return;
  ctx.handbook.compiledBodies.set(file.path, checkBody({ file: file.path, body: split.body, bodyLine: split.bodyLine }, ctx.bag));
}

/** A file that opens a frontmatter block and never closes it: nothing of it is loaded (or published as text). */
function unclosedFrontmatter(path: string, ctx: LoadContext): void {
  ctx.bag.report(
    'frontmatter/unclosed',
    { file: path, line: 1, column: 1 },
    'The frontmatter opened by this --- line is never closed: no later line is exactly ---.',
    'Add a --- line after the last field. If the file has no frontmatter and this line is meant as a horizontal rule, put the text before it or use *** instead.',
  );
}

/** An SOP, or the translation of one (the kind that shares its files). */
function loadProcedure(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  const split = splitFrontmatter(file.text);
  if (split.unclosed) return unclosedFrontmatter(file.path, ctx);
  if (split.yaml === undefined) {
    ctx.bag.report('frontmatter/missing', { file: file.path, line: 1, column: 1 }, `This ${kind.noun} has no frontmatter.`, `Start the file with a --- line, the ${kind.noun} fields (id, title, version, steps…), and another --- line. \`npm run new ${kind.name}\` creates a valid one.`);
    return;
  }
  const source = parseYamlSource(file.path, split.yaml, ctx.bag, split.yamlLineOffset);
  if (source.value === undefined) return;
  const translation = variantsOf(kind, ctx.kinds)[0];
  if (translation && (isSopTranslation(source.value) || (/\.(en|zh-CN)\.mdx?$/.test(file.path) && isPlainObject(source.value) && !('version' in source.value)))) {
    loadTranslation(file.path, translation, source, split.body, split.bodyLine, ctx);
    return;
  }
  const data = validate(kind.schema, source.value, source, ctx.bag) as Record<string, unknown> | undefined;
  if (!data || ctx.outsideDateWindow(source, [], data, ctx.dateFields(kind, data))) {
    ctx.reject(kind, source.value);
    return;
  }
  const sop = ctx.entity(kind, { ...data, origin: ctx.origin(source, []), body: split.body, bodyLine: split.bodyLine }) as SopEntity;
  ctx.checkFileName(file.path, sop.id, sop.origin, kind.noun);
  ctx.register(ctx.itemsOf(kind), sop.id, sop, kind.noun);
}

function loadTranslation(path: string, kind: KindDefinition, source: YamlSource, body: string, bodyLine: number, ctx: LoadContext): void {
  const data = validate(kind.schema, source.value, source, ctx.bag) as SopTranslationFrontmatter | undefined;
  if (!data) return;
  const translation: SopTranslationEntity = { ...data, kind: 'sop-translation', origin: ctx.origin(source, []), body, bodyLine };
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx?$/i, '');
  const expected = `${data.id}.${data.lang}`;
  if (base !== expected) {
    ctx.bag.report(
      'id/filename-mismatch',
      translation.origin.at(['id']),
      `The file is named "${base}" but holds the ${data.lang} translation of "${data.id}".`,
      `Name a translation after the SOP and its language: ${expected}${path.slice(path.lastIndexOf('.'))}, next to the original.`,
    );
  }
  registerTranslation(ctx.handbook.translations.sops, data.id, data.lang, translation, ctx);
}

/** Keeps the first translation of a document into a language; a second one is an error. */
function registerTranslation<T extends { origin: Origin }>(registry: Map<string, Map<Locale, T>>, id: string, lang: Locale, entity: T, ctx: LoadContext): void {
  let byLang = registry.get(id);
  if (!byLang) registry.set(id, (byLang = new Map()));
  const first = byLang.get(lang);
  if (first) {
    const at = first.origin.at(['lang']);
    ctx.bag.report(
      'translation/duplicate',
      entity.origin.at(['lang']),
      `"${id}" already has a ${lang} translation in ${at.file}:${at.line}.`,
      'Keep one translation per language: merge the two files and delete one.',
    );
    return;
  }
  byLang.set(lang, entity);
}

/** A handbook page: everything optional, its id from its path, its title from its first heading or file name. */
function loadPage(file: SourceFile, kind: KindDefinition, ctx: LoadContext): void {
  const split = splitFrontmatter(file.text);
  if (split.unclosed) return unclosedFrontmatter(file.path, ctx);
  let data: z.infer<typeof PageFrontmatter> = {};
  let origin: Origin = { file: file.path, at: () => ({ file: file.path, line: 1, column: 1 }), atKey: () => ({ file: file.path, line: 1, column: 1 }) };
  if (split.yaml !== undefined) {
    const source = parseYamlSource(file.path, split.yaml, ctx.bag, split.yamlLineOffset);
    if (source.value === undefined) return;
    const parsed = validate(kind.schema, source.value ?? {}, source, ctx.bag) as PageFrontmatter | undefined;
    if (!parsed || ctx.outsideDateWindow(source, [], parsed, ctx.dateFields(kind, parsed))) {
      // Known by its path all the same, so that links to it are not reported again as broken.
      ctx.reject(kind, { id: pageIdOfFile(file.path) });
      return;
    }
    data = parsed;
    origin = ctx.origin(source, []);
  }
  const id = pageIdOfFile(file.path);
  // The first heading, without the id written after it (`# Policy {#policy}`), as text.
  const firstHeading = /^#\s+(.+?)\s*#*\s*$/m.exec(split.body)?.[1]?.replace(/\s*\{\s*:?\s*[#.][^{}]*\}$/, '');
  const heading = firstHeading ? plainText(firstHeading) : undefined;
  const fileName = id.slice(id.lastIndexOf('/') + 1).replace(/\.(en|zh-CN)$/, '');
  const page: PageEntity = {
    ...data,
    kind: 'page',
    id,
    title: data.title ?? heading ?? fileName.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    lang: data.lang ?? (/\.zh-CN$/.test(id) ? 'zh-CN' : ctx.defaultLang),
    body: split.body,
    bodyLine: split.bodyLine,
    origin,
  };
  if (data.translationOf !== undefined) {
    const into = interfaceLanguageOf(page.lang);
    if (into === undefined) return translationIntoOtherLanguage(page, ctx);
    registerTranslation(ctx.handbook.translations.pages, data.translationOf, into, { ...page, translationOf: data.translationOf }, ctx);
    return;
  }
  const pages = ctx.itemsOf(kind) as Map<string, PageEntity>;
  const first = pages.get(id);
  if (first) return samePageTwice(first, page, ctx);
  pages.set(id, page);
}

/** A translation is read in an interface language; a page in another language (`ja`) is a page of its own. */
function translationIntoOtherLanguage(page: PageEntity, ctx: LoadContext): void {
  ctx.bag.report(
    'translation/other-language',
    page.origin.at(['lang']),
    `This page translates another into ${languageName(page.lang)} (${page.lang}), but translations are shown only to readers of the interface's languages, English (en) and Simplified Chinese (zh-CN).`,
    'Remove `translationOf` to make it a page of its own (shown in both interfaces, marked as written in its language), or translate it into en or zh-CN.',
  );
}

/** Two files that make one page (`team.md` and `team/index.md`, `index.md` and `README.md` in one folder): the first is kept. */
function samePageTwice(first: PageEntity, second: PageEntity, ctx: LoadContext): void {
  ctx.bag.report(
    'page/duplicate-address',
    { file: second.origin.file, line: 1, column: 1 },
    `This file and ${first.origin.file} are both the page ${pageAddress(second.id)} ("${second.id}"); only ${first.origin.file} is published.`,
    isFolderPageFile(second.origin.file) || isFolderPageFile(first.origin.file)
      ? 'A folder\'s index.md, _index.md or README.md is the page of the folder, the same page as a file named after the folder beside it: keep one of them (merge the texts), or rename one.'
      : 'Keep one of the two files (.md or .mdx), or rename one.',
  );
}
