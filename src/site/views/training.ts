/**
 * What the training page, the SOP pages' retraining box and the unit pages' coverage show,
 * prepared: the matrix of the SOPs in force on the build date, each campaign with its units and
 * the state of its version in one sentence (from the retraining gate the version in force was
 * decided with), and each unit's latest certification coverage.
 */
import { campaignsBySop, coverageByUnit, type CampaignProgressView, type UnitCoverage } from '../../core/analysis/training-campaigns.ts';
import { trainingMatrix } from '../../core/analysis/training-matrix.ts';
import type { Handbook, SopEntity } from '../../core/model/handbook.ts';
import { sopInLocale } from '../../core/model/localize.ts';
import { shownInLocale, shownSop } from '../stores/in-force.ts';
import { formatDate, formatNumber } from '../words/format.ts';
import type { UiLocale } from '../words/locale.ts';
import { localized } from '../words/text.ts';
import { wordsFor } from '../words/words.ts';

export interface CampaignView extends CampaignProgressView {
  /** The state of the campaign's version, in one sentence of the page's language. */
  state: string;
  /** Whether the version waits for retraining (held back, or not yet effective and short). */
  waiting: boolean;
  /** The exception in words (signer, dates), when there is one. */
  exceptionText: string | undefined;
  exceptionReason: string | undefined;
}

const cache = new WeakMap<Handbook, Map<string, CampaignProgressView[]>>();
function campaigns(h: Handbook): Map<string, CampaignProgressView[]> {
  let c = cache.get(h);
  if (!c) cache.set(h, (c = campaignsBySop(h)));
  return c;
}

function campaignView(h: Handbook, v: CampaignProgressView, locale: UiLocale): CampaignView {
  const t = wordsFor(locale).training;
  const { campaign: c, gate } = v;
  const date = (d: string) => formatDate(d, locale);
  let state: string;
  let waiting = false;
  if (!gate) state = t.notGated(c.version);
  else if (!gate.passed) {
    waiting = true;
    const working = h.sops.get(c.sop);
    const previous = working ? shownSop(working, h.today).sop.version : '';
    const counts = { version: c.version, effective: date(gate.effective), done: gate.unitsComplete, total: gate.unitsInScope };
    state = gate.effective > h.today ? t.waiting(counts) : t.waitingPast({ ...counts, previous });
  } else if (gate.effective > h.today) state = t.ready({ version: c.version, effective: date(gate.effective) });
  else state = gate.unitsComplete < gate.unitsInScope && gate.exception ? t.inForceByException(c.version) : t.inForce(c.version);
  const e = c.exception;
  const signer = e ? h.people.get(e.by) : undefined;
  return {
    ...v,
    state,
    waiting,
    exceptionText: e ? t.exception({ by: signer?.name ?? e.by, date: date(e.date), expires: date(e.expires) }) : undefined,
    exceptionReason: e ? localized(e.reason, locale) : undefined,
  };
}

/** The campaigns on one SOP, newest version first (the SOP page's retraining box). */
export function sopTraining(h: Handbook, sopId: string, locale: UiLocale): CampaignView[] {
  return (campaigns(h).get(sopId) ?? []).map((v) => campaignView(h, v, locale));
}

/** A unit's certification coverage by quarter, oldest first (its page). */
export function unitCoverage(h: Handbook, unit: string): UnitCoverage[] {
  return coverageByUnit(h).get(unit) ?? [];
}

export function percentText(p: number | undefined, locale: UiLocale): string {
  return p === undefined ? '–' : formatNumber(Math.round(p * 10) / 10, locale);
}

export function trainingPage(h: Handbook, locale: UiLocale) {
  const inForce = [...h.sops.values()].map((s) => shownSop(s, h.today)).filter((s) => s.inForce);
  const matrix = trainingMatrix(h, inForce.map((s) => s.sop));
  const titles = new Map(
    inForce.map((s) => {
      const view = shownInLocale(h, s, locale);
      return [s.sop.id, { title: view.title, lang: view.lang === locale ? undefined : view.lang }];
    }),
  );
  const sopTitle = (sop: SopEntity) => titles.get(sop.id) ?? { title: sopInLocale(h, sop, locale).title, lang: undefined };
  const all = [...campaigns(h).values()].flat().map((v) => campaignView(h, v, locale));
  const byUnit = coverageByUnit(h);
  const coverage = [...h.units.keys()].flatMap((unit) => {
    const periods = byUnit.get(unit);
    const latest = periods?.[periods.length - 1];
    return latest ? [{ unit, ...latest }] : [];
  });
  const latestPeriod = coverage.map((c) => c.period).sort().at(-1);
  const latestAsOf = coverage.filter((c) => c.period === latestPeriod).map((c) => c.asOf).sort().at(-1);
  return { matrix, sopTitle, campaigns: all, coverage, latestPeriod, latestAsOf };
}

export type TrainingPage = ReturnType<typeof trainingPage>;
