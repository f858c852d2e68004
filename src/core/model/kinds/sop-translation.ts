/**
 * Translations of SOPs (`SOP-CS-001.zh-CN.mdx` next to the original): the same files as SOPs,
 * told apart by their frontmatter (`sourceVersion`).
 */
import { SOP_ID } from '../../schema/common.ts';
import { SopTranslationFrontmatter } from '../../schema/translation.ts';
import type { KindDefinition } from './kind.ts';

export const sopTranslationKind = {
  name: 'sop-translation',
  noun: 'SOP translation',
  labels: { en: { one: 'SOP translation', many: 'SOP translations' }, 'zh-CN': { one: '程序文件译文', many: '程序文件译文' } },
  source: { shape: 'same-files', as: 'sop' },
  schema: SopTranslationFrontmatter,
  jsonSchema: { name: 'sop-translation', title: 'SOP translation frontmatter' },
  idPattern: SOP_ID,
  nameField: 'title',
  collection: 'translations.sops',
  references: { id: 'sop', translator: 'person' },
} as const satisfies KindDefinition;
