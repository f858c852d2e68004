/**
 * The catalogue of diagnostics. Each code is declared once, with its default severity and a
 * one-line description (used in the CONTRIBUTING guide's table of codes). A code is permanent:
 * tools and people search for it, so rename nothing once released; add new codes instead.
 *
 * The message and hint of each occurrence are written where the problem is found, because they
 * name the file's own values ("unknown KPI \"KPI-CSTA\"; did you mean \"KPI-CSAT\"?").
 */

/** How serious a diagnostic is: errors fail the check and the build, warnings only with `--strict`. */
export type Severity = 'error' | 'warning' | 'info';

interface CodeInfo {
  severity: Severity;
  description: string;
}

export const CODES = {
  // Settings (the SQMS_* environment variables, src/core/settings.ts): printed without a file
  'setting/invalid': { severity: 'warning', description: 'An `SQMS_*` environment variable is set to a value that cannot be read (`SQMS_TODAY=2026-02-30`); it is ignored and its default applies.' },
  // Reading and parsing sources
  'file/unreadable': { severity: 'error', description: 'A file or folder cannot be read: permission denied, a dangling symbolic link, a folder or device where a file is expected.' },
  'file/unknown-location': { severity: 'warning', description: 'A data file lies in a folder the handbook does not know, so it is not loaded.' },
  'file/unknown-type': { severity: 'warning', description: 'A file under content/ or data/ is of a type the handbook does not read (a spreadsheet in data/); it is ignored.' },
  'file/name-case': { severity: 'error', description: 'A content file\'s extension is not in lower case (`SOP-CS-009.MDX`); the build would not publish it.' },
  'file/encoding': { severity: 'error', description: 'A file contains bytes that are not UTF-8 text (reported at the first one).' },
  'file/nul-byte': { severity: 'error', description: 'A file contains a NUL byte (a binary file, or text damaged by a tool).' },
  'file/outside-root': { severity: 'error', description: 'A symbolic link leads out of the handbook; it is not read, published or indexed.' },
  'limit/file-size': { severity: 'error', description: 'A file is larger than a handbook file may be (32 MB); it is not read.' },
  'limit/line-length': { severity: 'error', description: 'A line is longer than 100,000 characters; the file is not read.' },
  'limit/rows': { severity: 'error', description: 'A file holds more than 1,000,000 entries (rows of a measurement file); it is not read.' },
  'limit/asset-size': { severity: 'error', description: 'An image or attachment under content/ or public/ is larger than 10 MB; it is not published.' },
  'asset/unsafe-svg': { severity: 'error', description: 'An SVG under content/ or public/ contains a script, an event handler (`onload=`), a `<foreignObject>`, a `javascript:` address or a reference to another file, which would run or load when a reader opens the image on its own.' },
  'limit/yaml-aliases': { severity: 'error', description: 'YAML aliases (`*name`) expand to far more values than the document holds ("billion laughs"); it is not read.' },
  'yaml/syntax': { severity: 'error', description: 'The YAML (or frontmatter) cannot be parsed.' },
  'yaml/duplicate-key': { severity: 'error', description: 'The same key appears twice in one mapping; one value would be lost.' },
  'frontmatter/missing': { severity: 'error', description: 'An SOP file has no frontmatter block between --- lines.' },
  'frontmatter/unclosed': { severity: 'error', description: 'A frontmatter block opened with --- is never closed by another --- line.' },
  'csv/syntax': { severity: 'error', description: 'A CSV row cannot be parsed (unterminated quote, wrong number of cells).' },
  'csv/header': { severity: 'error', description: 'A CSV header lacks a required column or has an unknown one.' },

  // Schema
  'schema/missing-field': { severity: 'error', description: 'A required field is absent.' },
  'schema/unknown-field': { severity: 'error', description: 'A field the schema does not define (often a typo).' },
  'schema/wrong-type': { severity: 'error', description: 'A value has the wrong type (text where a number is expected, `yes` for a boolean).' },
  'schema/invalid-value': { severity: 'error', description: 'A value is not one of the allowed choices.' },
  'schema/invalid-format': { severity: 'error', description: 'A value does not have the required form (id pattern, date, duration, version).' },
  'schema/out-of-range': { severity: 'error', description: 'A number or list is too small or too large.' },
  'schema/renamed-field': { severity: 'warning', description: 'A field is written under the old name of a field its kind has renamed; it is still read, under its new name.' },
  'date/impossible': { severity: 'error', description: 'A date that does not exist on the calendar (2025-02-30).' },
  'date/out-of-window': { severity: 'error', description: 'A date or period lies outside the plausible years (by default 1900 to 50 years after today): a typo such as 0205 or a placeholder such as 9999.' },

  // Identity and references
  'id/duplicate': { severity: 'error', description: 'Two entities of the handbook share one id.' },
  'id/filename-mismatch': { severity: 'error', description: 'A file named after an id holds a different id.' },
  'ref/unknown': { severity: 'error', description: 'A reference to an id that does not exist (with a suggestion).' },
  'ref/retired': { severity: 'error', description: 'An effective document references a retired or superseded document.' },
  'ref/cycle': { severity: 'error', description: 'Units form a cycle through their parents.' },
  'link/broken': { severity: 'error', description: 'A link inside an SOP or page leads to a page the site does not generate.' },
  'page/duplicate-address': { severity: 'error', description: 'Two files make the same handbook page: a folder\'s `index.md`, `_index.md` or `README.md` and a file named after the folder beside it (`team/index.md` and `team.md`), or `.md` and `.mdx` of one name.' },
  'link/anchor-missing': { severity: 'warning', description: 'A link\'s `#anchor` names no heading or id on the SOP or page it leads to (or on the linking page itself): the page opens at its top.' },

  // Bodies of SOPs and pages (compiled as the build compiles them; nothing in them may run)
  'body/syntax': { severity: 'error', description: 'An MDX body cannot be compiled (an unclosed tag, a stray `{` or `<`): the build would fail.' },
  'body/import-export': { severity: 'error', description: 'An `import` or `export` statement in a body: code that would run when the handbook is built.' },
  'body/expression': { severity: 'error', description: 'A `{…}` expression in an MDX body (in text or as an attribute value): code that would run when the handbook is built.' },
  'body/component': { severity: 'error', description: 'A component the handbook does not provide (bodies may use only the components listed in this guide).' },
  'body/element': { severity: 'error', description: 'An HTML element a body may not contain (`<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`, a form…).' },
  'body/event-handler': { severity: 'error', description: 'An event-handler attribute (`onclick=`, `onerror=`…) that would run code in readers\' browsers.' },
  'body/url': { severity: 'error', description: 'A `javascript:`, `vbscript:` or `data:` address in a link, image or attribute.' },
  'markdown/template-syntax': { severity: 'warning', description: 'A Hugo shortcode, Liquid or Jinja tag or template value the handbook does not render (`{{< youtube >}}`, `{% include %}`, `{{ site.title }}`): readers see a "Not shown here" mark. Reported once per kind of tag, with the count and the first place.' },

  // Translations
  'translation/unknown-original': { severity: 'error', description: 'A translation names an SOP or page that does not exist.' },
  'translation/other-language': { severity: 'error', description: 'A page translates another into a language of neither interface (`lang: ja` with `translationOf`); translations are read in English or Simplified Chinese, a page in another language stands on its own.' },
  'translation/same-language': { severity: 'error', description: 'A translation is in the language of its original.' },
  'translation/duplicate': { severity: 'error', description: 'A document has two translations into one language.' },
  'translation/unknown-step': { severity: 'error', description: 'A translated step id is not a step of the original SOP.' },
  'translation/decision-mismatch': { severity: 'error', description: 'A translated decision does not match the original step\'s decision (no decision there, or another number of answers).' },
  'translation/version-ahead': { severity: 'error', description: 'A translation claims a newer version than its original has.' },
  'translation/outdated': { severity: 'warning', description: 'The original has changed since it was translated (newer version or update date); readers see a notice.' },

  // Measurements
  'measurement/period-mismatch': { severity: 'error', description: 'A period does not match the KPI\'s reporting frequency (2025-03 for a quarterly KPI).' },
  'measurement/future-period': { severity: 'error', description: 'A value is reported for a period that has not ended yet.' },
  'measurement/out-of-scale': { severity: 'error', description: 'A value lies outside the KPI\'s scale (a percentage of 140, an NPS of 150).' },
  'measurement/missing-sample-size': { severity: 'error', description: 'A rate or survey result is given without its sample size.' },
  'measurement/small-sample': { severity: 'warning', description: 'The sample size is below the KPI\'s minimum sample size.' },
  'measurement/missing-value': { severity: 'error', description: 'A value is empty and no note says why there is no data.' },
  'measurement/duplicate': { severity: 'error', description: 'Two values for the same KPI, unit and period.' },
  'measurement/not-applicable': { severity: 'error', description: 'A value for a unit the KPI does not apply to.' },
  'measurement/counts-mismatch': { severity: 'error', description: 'A value disagrees with its counts beyond rounding, or counts that must add up to `n` (NPS counts, responses) do not.' },
  'measurement/count-exceeds-sample': { severity: 'error', description: 'More events than cases: `k` is larger than `n`.' },
  // Personal data (src/core/rules/personal-data.ts)
  'data/personal-data': { severity: 'error', description: 'A data file holds a value that looks like personal data: a phone number, a resident ID number, an e-mail address or a person\'s name after a title.' },
  'data/personal-field': { severity: 'error', description: 'A data file has a field or column for personal data (`phone`, `email`, `id_number`, `customer_name`, `手机`, `身份证`; in aggregate files also `name`, `customer`, `姓名`, `客户`).' },
  'data/staff-name': { severity: 'error', description: 'A record of counts (measurements, the complaint register, inspections, mystery-shopper visits, certification coverage, retraining campaigns) names a staff member of `data/people.yaml`.' },
  'content/personal-data': { severity: 'error', description: 'An SOP or page under `content/` holds a phone number, a resident ID number or an e-mail address that is not one of the organisation\'s public contacts (`personalData.publicContacts`).' },
  // The complaint and feedback register (data/complaints/)
  'complaints/count-mismatch': { severity: 'error', description: 'A breakdown of the month\'s complaints (per channel, cause or severity) does not add up to the complaints received.' },
  'complaints/count-exceeds': { severity: 'error', description: 'A count is larger than what it is counted among: a promise kept more often than it applied, applied to more complaints than were received, or more reopened or repeat complaints than received.' },
  'complaints/major-not-listed': { severity: 'error', description: 'The number of complaints graded major differs from the major complaints listed by ticket id.' },
  'complaints/percentile-below-median': { severity: 'error', description: 'The 90th percentile of resolution time is below its median.' },
  'complaints/duplicate': { severity: 'error', description: 'Two register entries for the same unit and month.' },
  'complaints/future-month': { severity: 'error', description: 'A register entry for a month that is not over yet.' },
  'complaints/rate-kpi-disagrees': { severity: 'error', description: 'The complaints received differ from the complaint-rate KPI\'s count (KPI-CPT\'s `k`) for the same unit and month.' },
  'complaints/kpi-disagrees': { severity: 'error', description: 'A compliance KPI typed in data/measurements/ differs from the counts the complaint register gives for the same unit and period.' },
  'complaints/action-not-in-time': { severity: 'error', description: 'A major complaint names a corrective action opened before it was logged, or later than the complaint procedure\'s time limit allows.' },
  'complaints/repeat-share': { severity: 'warning', description: 'A unit\'s share of repeat complaints rises: it signals a rise on its p′ chart at its latest month, or is above the ceiling over the register\'s last three months beyond sampling noise (`complaints.repeatCeiling`, default 5 %).' },
  'measurement/wrong-counts': { severity: 'error', description: 'Counts that do not fit the KPI\'s method (promoters for a CSAT share, responses for another number of scale points).' },
  'measurement/value-without-counts': { severity: 'warning', description: 'Values of a KPI that counts its cases are given as rounded rates without their counts (one warning per file): write the counts, or declare `sample: none` in the KPI.' },

  // Control charts
  'phase/no-start': { severity: 'error', description: 'A declared phase does not say where it starts (give one of `from`, `sop` with `version`, or `rampUpUntil`).' },
  'phase/not-major-version': { severity: 'error', description: 'A phase names an SOP version that is not a major version in its change log.' },
  'acknowledgement/no-signal': { severity: 'error', description: 'An acknowledgement names a signal that does not fire (no such signal at that period on the chart).' },

  // Site search (data/search-synonyms.yaml)
  'search/synonym-duplicate': { severity: 'warning', description: 'A search synonym\'s phrase is listed in two entries (one entry split in two).' },
  'search/synonym-is-term': { severity: 'warning', description: 'A search synonym\'s phrase is also one of its own terms, so it adds nothing.' },

  // Consistency
  'kpi/threshold-side': { severity: 'error', description: 'A warning threshold lies on the passing side of its target.' },
  'kpi/threshold-out-of-scale': { severity: 'error', description: 'A target, warning threshold or floor lies outside the KPI\'s scale.' },
  'kpi/standard-not-counted': { severity: 'error', description: 'A KPI names a standard it does not count: not an `sla-compliance` KPI with the standard\'s time limit, or a standard without a time limit.' },
  'kpi/floor-side': { severity: 'error', description: 'A KPI\'s floor (where it scores 0 in the composite) does not lie beyond its warning threshold.' },
  'kpi/min-sample-too-small': { severity: 'warning', description: 'A proportion\'s minimum sample expects fewer than 10 events (or cases missing it) at the target, too few to tell a miss from chance.' },
  'standard/criterion-kpi': { severity: 'error', description: 'A standard\'s KPI threshold lies outside that KPI\'s scale.' },
  'sop/step-exceeds-standard': { severity: 'error', description: 'A procedure step allows more time than the standard it implements.' },
  'sop/step-unknown-next': { severity: 'error', description: 'A step\'s next step or decision branch names a step that does not exist.' },
  'sop/step-unreachable': { severity: 'warning', description: 'A procedure step cannot be reached from the first step.' },
  'sop/step-loops-to-itself': { severity: 'error', description: 'A step continues to itself without a decision: the procedure never ends.' },
  'sop/step-no-end': { severity: 'error', description: 'No end of the procedure can be reached from these steps (they continue only among themselves).' },
  'sop/step-duplicate': { severity: 'error', description: 'Two steps of one SOP share a step id.' },
  'sop/effective-without-approvers': { severity: 'error', description: 'An effective SOP lists no approvers.' },
  'sop/effective-in-future': { severity: 'info', description: 'An SOP version is approved with a later effective date: until then the handbook shows the version in force before it.' },
  'sop/version-not-in-change-log': { severity: 'error', description: 'The current version has no change-log entry.' },
  'sop/change-log-order': { severity: 'error', description: 'Change-log entries are not in ascending version and date order.' },
  'sop/review-before-effective': { severity: 'warning', description: 'The last review date lies before the effective date of the version.' },
  'sop/review-in-future': { severity: 'error', description: 'The last review date is after today: a review is recorded once it has happened.' },
  'sop/approver-is-owner': { severity: 'warning', description: 'The owner approves their own SOP; ISO 9001 review asks for a second person.' },
  'sop/time-limit-contradicted': { severity: 'warning', description: 'A sentence of the SOP\'s summary or text that names a step gives it another time limit than the step has ("within 30 minutes" left after the step became 20 min).' },
  'content/placeholder': { severity: 'error', description: 'A released document (an SOP that is not a draft, a page, a standard, a KPI definition, or a translation of them) still holds placeholder text (`TODO`, `TBD`, `FIXME`) such as `npm run new` writes.' },
  'control/effective-without-approvers': { severity: 'error', description: 'An effective controlled document other than an SOP (the quality manual, a policy, a standard, a KPI) lists no approvers.' },
  'control/approver-is-owner': { severity: 'warning', description: 'The owner approves their own controlled document; ISO 9001 review asks for a second person.' },
  'control/effective-in-future': { severity: 'info', description: 'A new version of a controlled document (a KPI target, a standard, a policy) is approved with a later effective date: until then the version before it is in force and used.' },
  'control/version-not-in-change-log': { severity: 'error', description: 'The version of a controlled document has no change-log entry.' },
  'control/change-log-order': { severity: 'error', description: 'A controlled document\'s change-log entries are not in ascending version and date order, or its entry\'s date differs from the effective date.' },
  'control/review-before-effective': { severity: 'warning', description: 'A controlled document\'s last review date lies before the effective date of its version.' },
  'control/review-in-future': { severity: 'error', description: 'A controlled document\'s last review date is after today.' },
  'action/closed-without-evaluation': { severity: 'error', description: 'A closed improvement action lacks its effectiveness evaluation.' },
  'action/date-order': { severity: 'error', description: 'An action\'s dates are out of order (due or closed before opened).' },
  'action/closed-date-missing': { severity: 'error', description: 'An action in stage closed has no closed date, or an open one has a closed date.' },
  'action/effectiveness-contradicted': { severity: 'error', description: 'An action is marked effective, but its effectiveness criterion, recomputed from the measurements, is not met.' },
  'action/effectiveness-unverified': { severity: 'warning', description: 'An action is marked effective before its criterion can be judged (periods not ended or values missing).' },
  'action/evaluator-is-owner': { severity: 'warning', description: 'An action\'s effectiveness is evaluated by its own owner.' },
  'action/recurrence': { severity: 'warning', description: 'A KPI misses its target again (at risk or off target) within six months of the action on it being closed as effective.' },

  // Review cycle and deadlines
  'review/overdue': { severity: 'warning', description: 'A document\'s periodic review is overdue (an error in --strict mode).' },
  'review/due-soon': { severity: 'info', description: 'A document\'s periodic review falls due within 30 days.' },
  'action/overdue': { severity: 'warning', description: 'An open improvement action is past its due date (an error in --strict mode).' },
  // Risk register (src/core/rules/risks.ts)
  'risk/date-order': { severity: 'error', description: 'A risk\'s dates are out of order: reviewed before it was identified, in the future, or an acceptance that ends before it was given.' },
  'risk/step-unknown': { severity: 'error', description: 'A risk, or one of its controls, names a step its SOP does not have.' },
  'risk/residual-above-inherent': { severity: 'error', description: 'A risk is rated more likely or more severe with its controls than without them.' },
  'risk/untreated': { severity: 'error', description: 'A high residual risk (score 10 or more) has neither a treatment action nor a current acceptance.' },
  'risk/treatment-closed': { severity: 'warning', description: 'A risk is still rated high with its controls, but its treatment action is closed: it needs rating again or a further action.' },
  'risk/acceptance-expired': { severity: 'warning', description: 'The acceptance of a risk\'s residual risk has ended.' },
  'risk/accepted-by-owner': { severity: 'warning', description: 'A residual risk is accepted by its own owner.' },
  'risk/control-retired': { severity: 'error', description: 'An active risk arises in, or is controlled by, a retired or superseded SOP or a retired standard.' },
  'risk/control-out-of-scope': { severity: 'warning', description: 'A KPI named as a risk\'s control is reported for none of the units where the risk arises.' },
  'risk/review-overdue': { severity: 'warning', description: 'An active risk\'s periodic review is overdue.' },
  // Management reviews (src/core/rules/management-reviews.ts)
  'management/date-order': { severity: 'error', description: 'A management review is dated before the quarter it reviews has ended, or after today.' },
  'management/input-missing': { severity: 'warning', description: 'A management review did not consider every input ISO 9001 9.3.2 requires; lists the missing ones.' },
  'management/objective-unknown-version': { severity: 'error', description: 'A management review decision sets a KPI version that the KPI\'s definition does not have.' },
  'management/review-overdue': { severity: 'warning', description: 'A quarter has no management review recorded, and its review was due (`managementReviews.overdueAfterMonths` after the quarter ended, default 3; data/check-settings.yaml).' },
  // The check's settings (data/check-settings.yaml; src/core/rules/management-reviews-due.ts)
  'site/logo-missing': { severity: 'error', description: 'The logo named in `data/site.yaml` is not a file in `public/` (inside the repository).' },
  'site/logo-too-large': { severity: 'error', description: 'The logo named in `data/site.yaml` is larger than 100 kB.' },
  'settings/repeated': { severity: 'error', description: '`data/check-settings.yaml` or `data/site.yaml` holds more than one entry; the first is used.' },

  // The audit programme (data/audits/) and audit findings (data/findings/)
  'audit/done-date-missing': { severity: 'error', description: 'An audit with status done has no `done` date, or one not done has a `done` date.' },
  'audit/date-order': { severity: 'error', description: 'An audit is done before the month it was planned for, or after today.' },
  'audit/overdue': { severity: 'warning', description: 'A planned audit is not done and the month it was planned for has ended.' },
  'audit/lead-missing': { severity: 'error', description: 'An internal audit names no lead auditor.' },
  'audit/auditor-not-independent': { severity: 'error', description: 'An auditor audits their own work: owns or approves an SOP audited, owns a process area audited, or works in or manages a unit audited (ISO 9001 9.2.2).' },
  'audit/programme-gap': { severity: 'warning', description: 'The internal audits of the current programme year (planned or done) leave process areas or units uncovered; lists them.' },
  'audit/high-risk-under-audited': { severity: 'warning', description: 'A high-risk SOP (`training.level: assessed`) is audited fewer than twice in the current programme year.' },
  'finding/audit-not-done': { severity: 'error', description: 'A finding names an audit that is planned or cancelled, not done.' },
  'finding/action-missing': { severity: 'warning', description: 'A major or minor finding has no improvement action after the days its audit allows (`actionWithinDays`, default 30).' },
  'finding/action-late': { severity: 'warning', description: 'A finding\'s improvement action was opened later than its audit allows after the audit.' },
  'finding/repeat': { severity: 'warning', description: 'A finding repeats an earlier one (same unit and SOP, or clause, within 12 months) and is not graded major with `repeatOf` naming it; a repeated minor finding needs major-finding treatment.' },
  'finding/closed-date-missing': { severity: 'error', description: 'A closed finding has no `closed` date, or an open one has one.' },
  'finding/date-order': { severity: 'error', description: 'A finding is closed before its audit was done.' },
  'finding/unknown-step': { severity: 'error', description: 'A finding names a step its SOP does not have, or a step without an SOP.' },
  'inspection/counts': { severity: 'error', description: 'Daily-inspection counts do not add up: more inspections done than planned, an item checked more often than inspections were done, or failed more often than checked.' },
  'inspection/duplicate': { severity: 'error', description: 'The inspections of one unit in one month are recorded twice.' },
  'checklist/unknown-item': { severity: 'error', description: 'An inspection record or a mystery-shopper visit names an item its checklist does not have, or a checklist of the other use.' },
  'checklist/repeated-failure': { severity: 'warning', description: 'A checklist item failed in a unit at least `repeatFailures` times in one month (default 3, SOP-QM-001) and no improvement action is named for it.' },
  'visit/must-have-failed': { severity: 'warning', description: 'A mystery-shopper visit failed a must-have item and names no improvement action.' },
  'visit/too-few': { severity: 'warning', description: 'A unit had fewer mystery-shopper visits in an ended quarter than its checklist\'s `minVisitsPerQuarter`.' },
  'visit/kpi-mismatch': { severity: 'error', description: 'The mystery-shop KPI typed for a unit and quarter (value, n or sd) disagrees with the mean, count or standard deviation of its visits.' },

  // Document control in Git: changes checked against a base revision (`check --base`)
  'change/version-not-raised': { severity: 'error', description: 'A released controlled document changed in substance without a higher version: an SOP\'s text, steps, time limits or scope; a KPI\'s definition, method, target, warning threshold or floor; a standard\'s requirement or time limit; the text of the quality manual or a policy.' },
  'change/version-lowered': { severity: 'error', description: 'A controlled document\'s version is lower than on the base revision.' },
  'change/version-kind-mismatch': { severity: 'warning', description: 'A new version\'s change-log entry (major or minor) does not match the part of the version number raised.' },
  'change/major-as-minor': { severity: 'warning', description: 'A minor version changes how the work is done or judged (an SOP\'s steps, who acts, time limits, scope, training; a KPI\'s target or method; a standard\'s requirement or time limit): a major change.' },
  'change/retraining': { severity: 'info', description: 'A major change: the roles in `training.roles` must be retrained.' },
  'change/change-log-rewritten': { severity: 'warning', description: 'A change-log entry of a released version was edited or removed.' },
  'change/document-deleted': { severity: 'error', description: 'A released SOP, standard or KPI was deleted instead of retired.' },
  'change/measurement-corrected': { severity: 'info', description: 'A past measurement was changed: reported as a correction.' },
  'change/measurement-removed': { severity: 'warning', description: 'A past measurement was removed; measurements are records and are kept.' },
  'change/objective-without-review': { severity: 'error', description: 'A KPI\'s target, warning threshold or floor changes, and no management review decision names the new version as an objective it set.' },

  // Approval evidence (data/approvals/)
  'approval/changed-since-approval': { severity: 'warning', description: 'An effective controlled document (SOP, quality manual, policy, standard, KPI) no longer matches the content its approvers signed (an error in --strict mode).' },
  'approval/missing': { severity: 'warning', description: 'An effective controlled document\'s current version lacks the approval of one or more of its approvers.' },
  'approval/pending': { severity: 'info', description: 'A controlled document changed by the pull request awaits its approvers; their reviews are recorded when it merges.' },

  // Repository settings
  'codeowners/out-of-date': { severity: 'error', description: '`.github/CODEOWNERS` does not name the owners and approvers the documents name now: the Git host would ask the wrong people to review. Run `npm run codeowners`.' },

  // Training (data/training/): coverage, retraining campaigns and the retraining gate
  'training/settings-repeated': { severity: 'error', description: '`data/training/settings.yaml` holds more than one entry; the first is used.' },
  'coverage/certified-exceeds-staff': { severity: 'error', description: 'A certification coverage row counts more certified staff than staff in the role.' },
  'coverage/expiring-exceeds-certified': { severity: 'error', description: 'A certification coverage row counts more certifications expiring within 90 days than certified staff.' },
  'coverage/duplicate-row': { severity: 'error', description: 'A certification coverage file counts the same unit and role twice.' },
  'campaign/id-mismatch': { severity: 'error', description: 'A retraining campaign\'s id is not its SOP and version (`SOP-CS-001-4.0`).' },
  'campaign/unknown-version': { severity: 'error', description: 'A retraining campaign names a version its SOP\'s change log does not have.' },
  'campaign/not-major': { severity: 'error', description: 'A retraining campaign names a minor version or the first version of its SOP: retraining follows a major change.' },
  'campaign/completed-exceeds-to-retrain': { severity: 'error', description: 'A campaign\'s unit counts more staff retrained than staff to retrain.' },
  'campaign/unit-not-in-scope': { severity: 'error', description: 'A campaign gives figures for a unit it does not list in `units`, or lists a unit twice.' },
  'campaign/unit-without-figures': { severity: 'warning', description: 'A unit in a campaign\'s scope has no figures yet: it counts as not complete.' },
  'campaign/exception-not-quality-manager': { severity: 'error', description: 'A campaign\'s exception is signed by someone who is not the quality manager; it does not count.' },
  'campaign/exception-dates': { severity: 'error', description: 'A campaign\'s exception expires before it was signed.' },
  'campaign/missing': { severity: 'error', description: 'A major version of an assessed SOP takes effect on or after the day the training records start, and no retraining campaign exists for it: it cannot come into force.' },
  'training/version-waiting': { severity: 'warning', description: 'A major version of an assessed SOP has reached its effective date, but its retraining campaign is short: the version before it stays in force.' },
  'coverage/kpi-not-quarterly': { severity: 'error', description: 'The KPI the training settings compute from certification coverage is not quarterly; its measurements are not computed.' },
  'coverage/kpi-disagrees': { severity: 'error', description: 'A typed measurement of the certification-coverage KPI disagrees with the coverage records it is computed from.' },
  'coverage/lapse-below-target': { severity: 'warning', description: 'A unit\'s certification coverage reaches the coverage KPI\'s target now, but falls below it once the certifications expiring within the window lapse, if nothing renews them.' },
  'coverage/recertification-missing': { severity: 'warning', description: 'The training settings give recertification intervals, but none for a role the latest coverage records count.' },

  // History
  'history/unavailable': { severity: 'info', description: 'Document history cannot be read (not a Git checkout, or a shallow clone); pages say so.' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof CODES;

export function defaultSeverity(code: DiagnosticCode): Severity {
  return CODES[code].severity;
}
