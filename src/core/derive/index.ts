/**
 * Derive, then check: after the model is loaded and indexed, this step computes once what the
 * rules and the pages read (each measurement's value, counts and period; each SOP's review; which
 * actions are overdue; each risk's levels and next review; each KPI's scope; the management reviews and risk reviews due), before the rules run. The rules only read the model and
 * report; nothing else writes the derived fields, which the model's types mark readonly.
 */
import type { Derived, Handbook } from '../model/handbook.ts';
import { deriveComplaintMeasurements } from './complaint-kpis.ts';
import { kpiScopes } from './kpi-scope.ts';
import { deriveMeasurementCounts } from './measurement-counts.ts';
import { deriveOverdueActions } from './overdue-actions.ts';
import { derivePeriods } from './periods.ts';
import { deriveReviews } from './reviews.ts';
import { deriveRetrainingGates } from './training-gate.ts';
import { deriveCoverageMeasurements } from './training-kpi.ts';
import { deriveRisks } from './risks.ts';
import { managementReviewSchedule } from '../reviews/management-review-schedule.ts';
import { riskReviewSchedule } from '../reviews/risk-schedule.ts';
import { deriveRepeatComplaints } from './repeat-complaints.ts';
import { deriveManagementReviews } from './management-reviews.ts';
import { certificationLapses } from './certification-lapse.ts';

/** Sets the derived fields of the entities of `h` and returns the handbook's derived part. */
export function derive(h: Omit<Handbook, 'derived'>): Derived {
  deriveCoverageMeasurements(h); // first: the measurements it adds get their counts and periods below
  const complaintKpis = deriveComplaintMeasurements(h); // likewise
  const countFindings = deriveMeasurementCounts(h);
  derivePeriods(h);
  deriveReviews(h);
  deriveOverdueActions(h);
  deriveRisks(h);
  deriveManagementReviews(h);
  return {
    kpiScope: kpiScopes(h),
    countFindings,
    retrainingGates: deriveRetrainingGates(h),
    complaintKpis,
    managementReviewSchedule: managementReviewSchedule(h),
    riskReviews: riskReviewSchedule(h), // after deriveRisks: reads each risk's next review
    repeatComplaints: deriveRepeatComplaints(h),
    certificationLapses: certificationLapses(h),
  };
}

/**
 * The derived part of a view of a loaded handbook with other KPI definitions (the versions in
 * force on a day): what depends on the definitions is derived again, the rest kept.
 */
export function deriveView(view: Handbook): Derived {
  return { ...view.derived, kpiScope: kpiScopes(view) };
}
