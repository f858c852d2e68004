/** Mystery-shopper visits and calls (`data/mystery-shop/YYYY-QN.yaml`). */
import { MysteryShopFile, MysteryShopVisit, VISIT_ID } from '../../schema/mystery-shop.ts';
import type { KindDefinition } from './kind.ts';

export const mysteryShopKind = {
  name: 'mystery-shop-visit',
  noun: 'mystery-shopper visit',
  labels: { en: { one: 'mystery-shopper visit', many: 'mystery-shopper visits' }, 'zh-CN': { one: '神秘顾客暗访', many: '神秘顾客暗访' } },
  source: { shape: 'list-file', globs: ['data/mystery-shop/**/*.{yaml,yml}'], key: 'visits', ids: true },
  schema: MysteryShopVisit,
  jsonSchema: { name: 'mystery-shop', title: 'Mystery-shopper visits', schema: MysteryShopFile },
  idPattern: VISIT_ID,
  collection: 'mysteryShopVisits',
  rejected: 'mysteryShopVisits',
  dateFields: () => [['date']],
  references: { unit: 'unit', checklist: 'checklist', action: 'action' },
  register: { page: 'inspections', filters: [{ key: 'unit', field: 'unit' }] },
} as const satisfies KindDefinition;
