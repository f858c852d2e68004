/**
 * Certification coverage (`data/training/coverage/YYYY-QN.yaml`): per quarter, per unit and role,
 * the staff in the role, how many hold a current certification and how many certifications expire
 * within 90 days. Aggregates only: who is certified stays in the learning system.
 */
import { z } from 'zod';
import { Count, IsoDate, RoleId, UnitId } from './common.ts';

export const COVERAGE_ID = /^\d{4}-Q[1-4]$/;

export const CoverageRow = z
  .strictObject({
    unit: UnitId.describe('The unit counted, e.g. `br-shenzhen`.'),
    role: RoleId.describe('The role counted, e.g. `service-agent`.'),
    staff: Count('A number of staff').describe('Staff in the role at the unit on the day of the figures.'),
    certified: Count('A number of staff').describe('Of them, those holding a current certification (an assessed training passed and not expired).'),
    expiring: Count('A number of staff').default(0).describe('Of the certified, those whose certification expires within 90 days of the day of the figures.'),
  })
  .describe('The coverage of one role at one unit.');
export type CoverageRow = z.infer<typeof CoverageRow>;

export const TrainingCoverage = z
  .strictObject({
    id: z
      .string()
      .regex(COVERAGE_ID, { message: 'Coverage files are named by their quarter, e.g. `2026-Q3`.' })
      .describe('The quarter the figures are for, also the file name, e.g. `2026-Q3`.'),
    asOf: IsoDate.describe('The day the figures were taken from the learning system, e.g. `2026-09-30`.'),
    rows: z.array(CoverageRow).min(1, { message: 'Give at least one unit and role.' }).describe('One row per unit and role.'),
  })
  .describe('Certification coverage of one quarter (aggregates, no names).');
export type TrainingCoverage = z.infer<typeof TrainingCoverage>;
