/** Synonyms of the site search (`data/search-synonyms.yaml`). */
import { SearchSynonym, SearchSynonymsFile } from '../../schema/search-synonym.ts';
import type { KindDefinition } from './kind.ts';

export const searchSynonymKind = {
  name: 'search-synonym',
  noun: 'synonym',
  labels: { en: { one: 'search synonym', many: 'search synonyms' }, 'zh-CN': { one: '搜索同义词', many: '搜索同义词' } },
  source: { shape: 'list-file', globs: ['data/search-synonyms.{yaml,yml}'], key: 'synonyms', ids: false },
  schema: SearchSynonym,
  jsonSchema: { name: 'search-synonyms', title: 'Search synonyms', schema: SearchSynonymsFile },
  collection: 'searchSynonyms',
  references: {},
} as const satisfies KindDefinition;
