/**
 * The full wording of the most common diagnostics (code, place, message, hint), pinned so that a
 * change of words is reviewed like a change of an interface: one or more per family of the code
 * list in CONTRIBUTING.md. Each handbook is the valid fixture with one mistake.
 */
import { describe, expect, it } from 'vitest';
import { buildPatched, type Patch } from '../../helpers/fixture.ts';

const CSAT = 'data/kpis/KPI-CSAT.yaml';
const SOP = 'content/sops/customer-service/SOP-CS-001.mdx';
const CSV = 'data/measurements/2026-10.csv';
const ACTION = 'data/actions/IA-2026-001.yaml';

/** The diagnostics of `code` that `patch` causes, as the check prints them (severity, code, place, message and hint). */
function found(patch: Patch, code: string): string[] {
  return buildPatched(patch)
    .diagnostics.filter((d) => d.code === code)
    .map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}:${d.column}\n${d.message}\n${d.hint}`);
}

describe('the wording of key diagnostics', () => {
  it('ref/unknown', () => {
    expect(found({ replace: [{ file: SOP, from: 'measuredBy: [KPI-CSAT, KPI-ART]', to: 'measuredBy: [KPI-CSTA, KPI-ART]' }] }, 'ref/unknown')).toMatchInlineSnapshot(`
      [
        "error ref/unknown content/sops/customer-service/SOP-CS-001.mdx:15:14
      \`measuredBy\` names the KPI "KPI-CSTA", which does not exist.
      Did you mean "KPI-CSAT"? Use the id of a KPI defined in data/kpis/, or add it there first.",
      ]
    `);
  });

  it('schema/missing-field, schema/unknown-field, schema/wrong-type', () => {
    expect(found({ replace: [{ file: CSAT, from: 'owner: ann-lee\n', to: '' }] }, 'schema/missing-field')).toMatchInlineSnapshot(`
      [
        "error schema/missing-field data/kpis/KPI-CSAT.yaml:1:1
      Required field \`owner\` is missing.
      Add \`owner:\`. Person accountable for the KPI and its data.",
      ]
    `);
    expect(found({ append: [{ file: CSAT, text: 'colour: red\n' }] }, 'schema/unknown-field')).toMatchInlineSnapshot(`
      [
        "error schema/unknown-field data/kpis/KPI-CSAT.yaml:18:1
      Unknown field \`colour\`.
      Remove it, or use one of: id, name, definition, method, limit, standard, sample, unitOfMeasure, scale, direction, target, warning, floor, warningScore, persistence, frequency, layer, weight, owner, dataSource, minSampleSize, units, notApplicable, controlChart, version, effective, approvers, lastReviewed, reviewIntervalMonths, changeLog.",
      ]
    `);
    expect(found({ replace: [{ file: CSAT, from: 'weight: 3', to: 'weight: heavy' }] }, 'schema/wrong-type')).toMatchInlineSnapshot(`
      [
        "error schema/wrong-type data/kpis/KPI-CSAT.yaml:12:9
      \`weight\` must be a number, but it is the text "heavy".
      Write a plain number without quotes, units or % sign, e.g. \`87.5\`. Weight in the composite score, relative to the other KPIs (e.g. 1–10).",
      ]
    `);
  });

  it('date/out-of-window', () => {
    expect(found({ replace: [{ file: ACTION, from: 'due: 2026-12-31', to: 'due: 0205-12-31' }] }, 'date/out-of-window')).toMatchInlineSnapshot(`
      [
        "error date/out-of-window data/actions/IA-2026-001.yaml:12:6
      0205-12-31 lies outside the years this handbook accepts (1900–2076).
      Check the year: a typo (0205 for 2025) or a placeholder (9999)? If such dates are right, widen the window: \`npm run check -- --date-window 1800..+100\`, or SQMS_DATE_WINDOW for the build.",
      ]
    `);
  });

  it('measurement problems', () => {
    const row = (text: string): Patch => ({ append: [{ file: CSV, text }] });
    expect(found(row('KPI-CSAT,br-north,2026-Q4,,200,177,,,\n'), 'measurement/period-mismatch')).toMatchInlineSnapshot(`
      [
        "error measurement/period-mismatch data/measurements/2026-10.csv:6:19
      "2026-Q4" is a quarterly period, but KPI-CSAT is reported monthly.
      Write monthly periods like "2025-03" for KPI-CSAT.",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2027-01,,200,177,,,\n'), 'measurement/future-period')).toMatchInlineSnapshot(`
      [
        "error measurement/future-period data/measurements/2026-10.csv:6:19
      The period 2027-01 ends on 2027-01-31; it is not over yet (today is 2026-11-22).
      Report a value once its period has ended. Check the year and month.",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2026-09,120,200,,,,\n'), 'measurement/out-of-scale')).toMatchInlineSnapshot(`
      [
        "error measurement/out-of-scale data/measurements/2026-10.csv:6:27
      120 is outside the scale of KPI-CSAT (0 to 100 percent).
      Check the value: KPI-CSAT uses the csat-top-two-box method.",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2026-09,90,200,177,,,\n'), 'measurement/counts-mismatch')).toMatchInlineSnapshot(`
      [
        "error measurement/counts-mismatch data/measurements/2026-10.csv:6:27
      The value 90 does not match its counts: 177 of 200 gives 88.5.
      Leave \`value\` out: it is derived from the counts. If you keep it, it must be the counts' value rounded; otherwise one of the numbers is wrong.",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2026-10,88.5,200,177,,,\n'), 'measurement/duplicate')).toMatchInlineSnapshot(`
      [
        "error measurement/duplicate data/measurements/2026-10.csv:6:1
      KPI-CSAT for br-north in 2026-10 is already reported in data/measurements/2026-10.csv:2.
      Keep one value per KPI, unit and period. To correct a value, edit the first one (Git keeps the old value).",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2026-09,,,,,,\n'), 'measurement/missing-value')).toMatchInlineSnapshot(`
      [
        "error measurement/missing-value data/measurements/2026-10.csv:6:27
      No value for KPI-CSAT at br-north in 2026-09, and no note says why.
      Give the value or its counts, or keep it empty and add a \`note\` explaining why there is no data (it is shown as "no data", never as zero). Or leave the row out.",
      ]
    `);
    expect(found(row('KPI-CSAT,br-north,2026-09,88.5,200,,,,\n'), 'measurement/value-without-counts')).toMatchInlineSnapshot(`
      [
        "warning measurement/value-without-counts data/measurements/2026-10.csv:6:27
      This value of KPI-CSAT is given without the counts it comes from, so its uncertainty is unknown.
      Write the counts instead of the rounded value: \`k\` (the cases counted) and \`n\` (all cases). A KPI whose values have no sample to count can say so with \`sample: none\` in its definition.",
      ]
    `);
  });

  it('kpi/threshold-side', () => {
    expect(found({ replace: [{ file: CSAT, from: 'warning: 80', to: 'warning: 90' }] }, 'kpi/threshold-side')).toMatchInlineSnapshot(`
      [
        "error kpi/threshold-side data/kpis/KPI-CSAT.yaml:9:10
      Higher is better, so the warning threshold (90) must not be above the target (85).
      Between target and warning a KPI is "at risk"; past the warning it is "off target". Swap the values or change \`direction\`.",
      ]
    `);
  });

  it('sop/* and control/*', () => {
    expect(found({ replace: [{ file: SOP, from: 'timeLimit: 48 h\n    next: S4', to: 'timeLimit: 48 h\n    next: S9' }] }, 'sop/step-unknown-next')).toMatchInlineSnapshot(`
      [
        "error sop/step-unknown-next content/sops/customer-service/SOP-CS-001.mdx:39:11
      Step S3 continues to S9, which is not a step of this SOP.
      Use one of S1, S2, S3, S4, or \`end\`.",
      ]
    `);
    expect(found({ replace: [{ file: SOP, from: 'approvers: [ann-lee]', to: 'approvers: []' }] }, 'sop/effective-without-approvers')).toMatchInlineSnapshot(`
      [
        "error sop/effective-without-approvers content/sops/customer-service/SOP-CS-001.mdx:8:1
      SOP-CS-001 is effective but lists no approvers.
      Name at least one approver (ISO 9001 7.5.2 asks that documents are approved before use).",
      ]
    `);
    expect(found({ replace: [{ file: SOP, from: 'timeLimit: 30 min', to: 'timeLimit: 45 min' }] }, 'sop/step-exceeds-standard')).toMatchInlineSnapshot(`
      [
        "error sop/step-exceeds-standard content/sops/customer-service/SOP-CS-001.mdx:24:16
      Step S1 allows 45 min, but STD-RESP-001 requires "First personal response to a logged complaint" within 30 min.
      Shorten the step's time limit to 30 min or less, or change the standard first (it is owned by ann-lee).",
      ]
    `);
    const controlled = 'version: "1.0"\neffective: 2026-01-01\napprovers: []\nreviewIntervalMonths: 12\nchangeLog:\n  - { version: "1.0", date: 2026-01-01, change: major, summary: { en: First version } }\n';
    expect(found({ append: [{ file: CSAT, text: controlled }] }, 'control/effective-without-approvers')).toMatchInlineSnapshot(`
      [
        "error control/effective-without-approvers data/kpis/KPI-CSAT.yaml:20:1
      KPI-CSAT is effective but lists no approvers.
      Name at least one approver (ISO 9001 7.5.2 asks that documents are approved before use).",
      ]
    `);
  });

  it('review/overdue and action/overdue', () => {
    expect(found({ replace: [{ file: SOP, from: 'reviewIntervalMonths: 12', to: 'reviewIntervalMonths: 6' }] }, 'review/overdue')).toMatchInlineSnapshot(`
      [
        "warning review/overdue content/sops/customer-service/SOP-CS-001.mdx:11:12
      The periodic review of SOP-CS-001 was due on 2026-09-01 (82 days ago).
      bo-chen should review it: if nothing needs to change, set \`lastReviewed: 2026-11-22\`; otherwise raise the version and add a change-log entry.",
      ]
    `);
    expect(found({ replace: [{ file: ACTION, from: 'due: 2026-12-31', to: 'due: 2026-11-01' }] }, 'action/overdue')).toMatchInlineSnapshot(`
      [
        "warning action/overdue data/actions/IA-2026-001.yaml:12:6
      IA-2026-001 was due on 2026-11-01 and is still in stage do.
      bo-chen should complete it or agree a new \`due\` date (keep the reason in the commit message).",
      ]
    `);
  });
});
