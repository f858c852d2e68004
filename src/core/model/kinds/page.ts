/**
 * Handbook pages (the quality manual, policies, a glossary): any `.md` or `.mdx` under `content/`
 * outside `content/sops/`. A page with `translationOf` is the translation of another page.
 */
import { PageFrontmatter } from '../../schema/page.ts';
import type { KindDefinition } from './kind.ts';

export const pageKind = {
  name: 'page',
  noun: 'page',
  labels: { en: { one: 'handbook page', many: 'handbook pages' }, 'zh-CN': { one: '手册页面', many: '手册页面' } },
  source: { shape: 'document', globs: ['content/**/*.{md,mdx}'], except: ['content/sops/**'], idFrom: 'path' },
  schema: PageFrontmatter,
  jsonSchema: { name: 'page', title: 'Handbook page frontmatter' },
  nameField: 'title',
  collection: 'pages',
  rejected: 'pages',
  dateFields: () => [['updated']],
  references: { owner: 'person', approvers: 'person', translationOf: 'page' },
  comparison: { by: 'fields', fields: [...new Set(['title', 'lang', ...Object.keys(PageFrontmatter.shape)])], body: true },
  search: { type: 'Handbook page', lang: 'lang', filters: [], otherTerms: [] },
} as const satisfies KindDefinition;
