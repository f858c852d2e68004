/**
 * Daily inspections as evidence (ISO 9001 9.1.1): the checklists (`data/checklists.yaml`) that
 * daily inspections and mystery-shopper visits score, and the monthly inspection aggregates per
 * unit (`data/inspections/YYYY-MM.yaml`): inspections planned and done, and per checklist item how
 * often it was checked and failed. Counts only: who inspected and who failed are not recorded.
 */
import { z } from 'zod';
import { ActionId, Count, KpiId, LocalizedText, Month, Slug, SopId, UnitId } from './common.ts';

export const ChecklistId = Slug('Checklist', 'daily-inspection').describe('Id of a checklist from `data/checklists.yaml`, e.g. `daily-inspection`.');
export const ItemId = Slug('Checklist item', 'greeting').describe('Id of an item of the checklist, e.g. `greeting`.');

export const CHECKLIST_USES = ['inspection', 'mystery-shop'] as const;

export const ChecklistItem = z
  .strictObject({
    id: ItemId,
    name: LocalizedText.describe('What is checked, as readers see it, e.g. `{ en: Greeted within a few seconds, zh-CN: 数秒内问候客户 }`.'),
    mustHave: z.boolean().default(false).describe('`true` for a must-have (must-be) item: one failure requires an improvement action, whatever the score.'),
    sop: SopId.optional().describe('The SOP whose requirement the item checks, e.g. `SOP-CS-004`.'),
  })
  .describe('An item of a checklist.');
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z
  .strictObject({
    id: ChecklistId.describe('Permanent id of the checklist, e.g. `daily-inspection` or `mystery-shop`.'),
    name: LocalizedText.describe('Name shown on pages.'),
    use: z.enum(CHECKLIST_USES).describe('`inspection` (daily inspections, `data/inspections/`) or `mystery-shop` (visits, `data/mystery-shop/`).'),
    kpi: KpiId.optional().describe('For a mystery-shop checklist: the KPI computed from the visits (mean score per unit and quarter), e.g. `KPI-MSS`.'),
    minVisitsPerQuarter: z.number().int().min(1).max(100).optional().describe('For a mystery-shop checklist: the fewest visits per unit and quarter, e.g. `3`.'),
    repeatFailures: z
      .number()
      .int()
      .min(2)
      .max(31)
      .default(3)
      .describe('How many failures of one item in a unit in a month make a repeated failure that needs an improvement action (SOP-QM-001: three times in a month).'),
    items: z.array(ChecklistItem).min(1).describe('The items checked.'),
  })
  .describe('A checklist of daily inspections or mystery-shopper visits.');
export type Checklist = z.infer<typeof Checklist>;

export const ChecklistsFile = z.strictObject({ checklists: z.array(Checklist).min(1).describe('The checklists in use.') });


export const InspectionItemCount = z
  .strictObject({
    item: ItemId,
    checked: Count('The number of inspections checking an item').describe('How many inspections checked the item.'),
    failed: Count('The number of inspections failing an item').describe('How many of them found it not met.'),
    action: ActionId.optional().describe('The improvement action for a repeated failure (SOP-QM-001: an item failed three times in a month), e.g. `IA-2026-003`.'),
  })
  .describe('One checklist item in the month.');

export const Inspection = z
  .strictObject({
    unit: UnitId.describe('The unit inspected, e.g. `br-shenzhen`.'),
    month: Month.describe('The month, `"2026-10"` (quoted).'),
    checklist: ChecklistId,
    planned: Count('The number of inspections planned').describe('Inspections planned in the month (every opening day, twice a day if so planned).'),
    done: Count('The number of inspections done').describe('Inspections done.'),
    items: z.array(InspectionItemCount).default([]).describe('Per checklist item: checked and failed.'),
  })
  .describe('The daily inspections of one unit in one month, as counts.');
export type Inspection = z.infer<typeof Inspection>;

export const InspectionsFile = z.strictObject({ inspections: z.array(Inspection).min(1).describe('One entry per unit and month.') });
