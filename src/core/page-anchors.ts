/**
 * The ids the page templates give the page around a body, which a link's `#anchor` may name as
 * well as the body's own headings: every page's main content; an SOP page's boxes, and each
 * step's row in the procedure table and lane in the swimlane; a handbook page's document control.
 * The templates take the step ids from here (StepsTable, Swimlane), and a test checks the SOP
 * page's contents list against `SOP_SECTION_ANCHORS`. The link check reads them
 * (src/core/rules/link-anchors.ts).
 */

/** The id of a step's row in the procedure table (`#step-S2`). */
export const stepAnchor = (step: string): string => `step-${step}`;

/** The id of a step in the swimlane diagram (`#swimlane-S2`). */
export const swimlaneAnchor = (step: string): string => `swimlane-${step}`;

/** Every page: its main content (the skip link's target). */
const EVERY_PAGE = ['main'];

/** The document-control parts of controlled documents' pages. */
const DOCUMENT_CONTROL = ['doc-control', 'doc-control-approval', 'doc-control-changes', 'doc-control-log', 'doc-control-earlier', 'doc-history', 'changed-since-approval'];

/** The boxes of an SOP page, in the order the page shows them. */
export const SOP_SECTION_ANCHORS: readonly string[] = [
  'sop-glance', 'sop-swimlane', 'sop-procedure', 'sop-standards', 'sop-kpis', 'sop-related', 'sop-training', 'sop-audits',
  'sop-retraining', 'sop-risks', 'sop-management-review', 'sop-evidence', 'sop-approval', 'sop-change-log',
];

/** The ids of a handbook page around its body. */
export const PAGE_ANCHORS: ReadonlySet<string> = new Set([...EVERY_PAGE, ...DOCUMENT_CONTROL]);

/** The ids of an SOP's page around its body. */
export function sopPageAnchors(steps: readonly { id: string }[]): Set<string> {
  return new Set([...EVERY_PAGE, ...DOCUMENT_CONTROL, ...SOP_SECTION_ANCHORS, ...steps.flatMap((s) => [stepAnchor(s.id), swimlaneAnchor(s.id)])]);
}
