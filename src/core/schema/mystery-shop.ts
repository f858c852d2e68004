/**
 * Mystery-shopper visits (`data/mystery-shop/YYYY-QN.yaml`), one entry per visit or call: its
 * pseudonymous id, unit, date, score and the result of each checklist item. No staff names: the
 * agency's report is referenced by the visit id.
 */
import { z } from 'zod';
import { ActionId, IsoDate, UnitId } from './common.ts';
import { ChecklistId, ItemId } from './inspection.ts';

export const VISIT_ID = /^MS-\d{4}-Q[1-4]-[A-Z]{2,4}-\d{1,2}$/;
export const VISIT_CHANNELS = ['counter', 'phone', 'online'] as const;

export const MysteryShopVisit = z
  .strictObject({
    id: z
      .string()
      .regex(VISIT_ID, { message: 'Visit ids look like `MS-2026-Q3-SZ-1`: `MS-`, the quarter, a branch code, a number.' })
      .describe('The agency report\'s reference, e.g. `MS-2026-Q3-SZ-1`.'),
    unit: UnitId.describe('The branch visited, e.g. `br-shenzhen`.'),
    date: IsoDate.describe('Day of the visit or call.'),
    channel: z.enum(VISIT_CHANNELS).default('counter').describe('`counter`, `phone` or `online`.'),
    checklist: ChecklistId,
    score: z.number().min(0).max(100).describe('The visit\'s score on the checklist, 0–100, e.g. `82`.'),
    items: z.record(ItemId, z.enum(['pass', 'fail'])).describe('Each item\'s result, e.g. `{ greeting: pass, waiting-time: fail }`.'),
    action: ActionId.optional().describe('The improvement action for a failed must-have item, e.g. `IA-2026-004`.'),
  })
  .describe('A mystery-shopper visit or call.');
export type MysteryShopVisit = z.infer<typeof MysteryShopVisit>;

export const MysteryShopFile = z.strictObject({ visits: z.array(MysteryShopVisit).min(1).describe('The visits and calls of the period.') });
