/**
 * The English words of the interface, one file per area. Their types are the `Words` (../words.ts)
 * that every other language must give in full.
 */
import { actions } from './actions.ts';
import { audits } from './audits.ts';
import { charts } from './charts.ts';
import { complaints } from './complaints.ts';
import { chrome } from './chrome.ts';
import { control } from './control.ts';
import { document } from './document.ts';
import { documentControl } from './document-control.ts';
import { evidence } from './evidence.ts';
import { explanations } from './explanations.ts';
import { format } from './format.ts';
import { home } from './home.ts';
import { kpis } from './kpis.ts';
import { lists } from './lists.ts';
import { managementReviews } from './management-reviews.ts';
import { notFound } from './not-found.ts';
import { people } from './people.ts';
import { records } from './records.ts';
import { reviews } from './reviews.ts';
import { risks } from './risks.ts';
import { scorecards } from './scorecards.ts';
import { search } from './search.ts';
import { standards } from './standards.ts';
import { traceability } from './traceability.ts';
import { training } from './training.ts';
import { units } from './units.ts';
import { repeatComplaints } from './repeat-complaints.ts';
import { unitRecords } from './unit-records.ts';
import { recertification } from './recertification.ts';
import { markup } from './markup.ts';
import { pageTree } from './page-tree.ts';

export const en = { actions, complaints, audits, charts, chrome, control, document, documentControl, evidence, explanations, format, home, kpis, lists, managementReviews, notFound, people, records, reviews, risks, scorecards, search, standards, traceability, units, training, repeatComplaints, unitRecords, recertification, markup, pageTree };
