/** The rules run on every load, in this order. */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import type { Handbook } from '../model/handbook.ts';
import { actions } from './actions.ts';
import { documentControl } from './document-control.ts';
import { controlCharts } from './control-charts.ts';
import { kpis } from './kpis.ts';
import { links } from './links.ts';
import { measurementCounts } from './measurement-counts.ts';
import { measurements } from './measurements.ts';
import { references } from './references.ts';
import { reviews } from './reviews.ts';
import { risks } from './risks.ts';
import { managementReviews } from './management-reviews.ts';
import { searchSynonyms } from './search-synonyms.ts';
import { training } from './training.ts';
import type { Rule } from './rule.ts';
import { sops } from './sops.ts';
import { translations } from './translations.ts';
import { timeLimitsInText } from './time-limits-in-text.ts';
import { placeholders } from './placeholders.ts';
import { audits } from './audits.ts';
import { findings } from './findings.ts';
import { complaints } from './complaints.ts';
import { complaintsKpis } from './complaints-kpis.ts';
import { complaintsActions } from './complaints-actions.ts';
import { inspections } from './inspections.ts';
import { managementReviewsDue } from './management-reviews-due.ts';
import { siteSettings } from './site-settings.ts';
import { complaintsRepeats } from './complaints-repeats.ts';
import { certificationLapse } from './certification-lapse.ts';
import { templateSyntax } from './template-syntax.ts';
import { assets } from './assets.ts';

export const RULES: readonly Rule[] = [references, kpis, measurementCounts, measurements, sops, documentControl, timeLimitsInText, reviews, actions, risks, managementReviews, translations, placeholders, links, controlCharts, searchSynonyms, audits, findings, training, complaints, complaintsKpis, complaintsActions, inspections, managementReviewsDue, complaintsRepeats, certificationLapse, siteSettings, templateSyntax, assets];

export function runRules(handbook: Handbook, bag: DiagnosticBag): void {
  for (const rule of RULES) rule.run(handbook, bag);
}
