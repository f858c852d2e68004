/**
 * Service standards: about three in five fix a time limit for an event, the rest require a KPI
 * value (threshold between the KPI's warning and target, so always inside its scale).
 */
import { KPI_STANDARD_KINDS, STANDARD_EVENTS } from './catalogue.ts';
import { formatLimit, limitInChinese, limitInWords } from './dates.ts';
import type { Random } from './random.ts';
import type { KpiRec, StandardRec, World } from './world.ts';
import { toYaml } from './yaml-writer.ts';

const SOURCES = ['Industry norm', '2024 SERVQUAL survey', 'Kano survey 2025', 'Customer research 2023', 'Regulatory requirement', 'Management review 2025', 'Mystery shopper findings 2024'];
const TOUCHPOINT_LABEL: Record<string, [string, string]> = {
  phone: ['by phone', '电话'], counter: ['at the counter', '柜台'], online: ['online', '线上'], 'on-site': ['on site', '上门'], delivery: ['on delivery', '配送'], all: ['', ''],
};

export interface StandardFile {
  rec: StandardRec;
  yaml: string;
}

/**
 * The promises the complaint register counts (first response, proposed solution, reply to a
 * suggestion), each with the limit of the KPI that counts it: made first, for the whole
 * organisation, so that every handbook has them.
 */
export const REGISTER_PROMISES = [
  { category: 'first-response', minutes: 30, kpi: 'KPI-FR-SLA' },
  { category: 'solution', minutes: 2880, kpi: 'KPI-SOLUTION-SLA' },
  { category: 'suggestion', minutes: 4320, kpi: 'KPI-SUGGESTION-SLA' },
] as const;

export function buildStandards(r: Random, count: number, world: Pick<World, 'kpis' | 'people' | 'regions'>): StandardFile[] {
  const owners = world.people.filter((p) => p.role === 'quality-manager' || p.role === 'department-head');
  const kpis = world.kpis.filter((k) => k.direction !== 'band');
  const seq = new Map<string, number>();
  const nextId = (code: string) => {
    let c = code;
    let n = (seq.get(c) ?? 0) + 1;
    while (n > 999) {
      c = c.length < 6 ? `${c}X` : c;
      n = (seq.get(c) ?? 0) + 1;
      if (c.length >= 6 && n > 999) throw new Error('Too many standards for one code');
    }
    seq.set(c, n);
    return `STD-${c}-${String(n).padStart(3, '0')}`;
  };
  const out: StandardFile[] = [];
  for (let i = 0; i < count; i++) {
    const promise = REGISTER_PROMISES[i];
    const retired = promise === undefined && r.chance(0.04);
    const regional = promise === undefined && r.chance(0.25) && world.regions.length > 1;
    const units = regional ? r.sample(world.regions, r.int(1, 2)).map((g) => g.id) : 'all';
    const regionEn = regional ? ` (${world.regions.find((g) => g.id === (units as string[])[0])!.en})` : '';
    const base = {
      status: retired ? 'retired' : 'effective',
      source: r.pick(SOURCES),
      owner: r.pick(owners.length > 0 ? owners : world.people).id,
      units,
    };
    if (promise !== undefined || kpis.length === 0 || r.chance(0.6)) {
      const e = promise ? STANDARD_EVENTS.find((x) => x.category === promise.category)! : r.pick(STANDARD_EVENTS);
      const minutes = promise ? promise.minutes : r.pick(e.limits);
      const id = nextId(e.code);
      const [where, whereZh] = TOUCHPOINT_LABEL[e.touchpoint]!;
      const titleEn = `${e.en} within ${limitInWords(minutes)}${regionEn}`;
      const title = r.chance(0.7) ? { en: titleEn, 'zh-CN': `${e.zh}不超过${limitInChinese(minutes)}` } : titleEn;
      const requirement = r.chance(0.5)
        ? { en: `Customers ${where ? `served ${where} ` : ''}get the ${lower(e.en)} within ${limitInWords(minutes)}, every day of the week.`, 'zh-CN': `${whereZh}客户在${limitInChinese(minutes)}内获得${e.zh}，节假日同样适用。` }
        : `Customers ${where ? `served ${where} ` : ''}get the ${lower(e.en)} within ${limitInWords(minutes)}, every day of the week.`;
      out.push({
        rec: { id, title: titleEn, status: base.status as StandardRec['status'], all: units === 'all', category: e.category, limitMinutes: minutes },
        yaml: toYaml({
          id, title, requirement, status: base.status, dimension: e.dimension, touchpoint: e.touchpoint, kano: e.kano,
          source: base.source, owner: base.owner, units,
          criterion: { timeLimit: formatLimit(minutes), event: e.en },
        }),
      });
    } else {
      const k = r.pick(kpis);
      const kind = KPI_STANDARD_KINDS[k.layer];
      const id = nextId(kind.code);
      const threshold = thresholdBetween(r, k);
      const op = k.direction === 'higher' ? 'at least' : 'at most';
      const opZh = k.direction === 'higher' ? '不低于' : '不高于';
      const unit = k.unitOfMeasure === 'percent' ? '%' : k.unitOfMeasure === 'minutes' ? ' min' : k.unitOfMeasure === 'hours' ? ' h' : '';
      const titleEn = `${k.name.en} ${op} ${threshold}${unit}${regionEn}`;
      out.push({
        rec: { id, title: titleEn, status: base.status as StandardRec['status'], all: units === 'all', kpi: k.id },
        yaml: toYaml({
          id,
          title: r.chance(0.7) ? { en: titleEn, 'zh-CN': `${k.name.zh}${opZh}${threshold}${unit}` } : titleEn,
          requirement: `Every branch keeps its ${lower(k.name.en)} ${op} ${threshold}${unit}, measured ${k.frequency}.`,
          status: base.status,
          dimension: kind.dimension,
          touchpoint: 'all',
          kano: kind.kano,
          source: base.source,
          owner: base.owner,
          units,
          criterion: { kpi: k.id, threshold },
        }),
      });
    }
  }
  return out;
}

function thresholdBetween(r: Random, k: KpiRec): number {
  const t = k.target as number;
  const w = k.warning as number;
  const v = t + (w - t) * r.pick([0, 0, 0.5, 1]);
  return Number(v.toFixed(k.decimals));
}

/** Lower-cases the first letter unless the text starts with a proper name (`Net Promoter Score`). */
function lower(text: string): string {
  if (text.split(' ').slice(1, 3).some((w) => /^[A-Z]/.test(w))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
