import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { recordsPage } from '../../../src/site/views/records.ts';
import { ROOT, sampleHandbook } from '../sample-handbook.ts';

/** The sample's records read straight from their files, not through the model. */
const yamlOf = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));
const filesIn = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yaml')).map((f) => yamlOf(join(dir, f)));

describe('the quality records landing page (sample, as of 2026-11-22)', () => {
  const { cards } = recordsPage(sampleHandbook(), 'en');
  const card = (key: string) => cards.find((c) => c.key === key)!;
  const count = (key: string, what: string) => card(key).figures.find((f) => f.kind === 'count' && f.what === what) as { n: number; of?: number; tone?: string };

  it('has a card per register, in order, each with its ISO 9001 clause and a link', () => {
    expect(cards.map((c) => [c.key, c.clause, c.href])).toEqual([
      ['actions', '10.2', '/actions/'],
      ['complaints', '9.1.2 · ISO 10002', '/complaints/'],
      ['audits', '9.2', '/audits/'],
      ['inspections', '9.1.1 · 8.5.1', '/inspections/'],
      ['training', '7.2', '/training/'],
      ['risks', '6.1', '/risks/'],
      ['managementReviews', '9.3', '/management-reviews/'],
    ]);
    expect(cards.every((c) => !c.empty)).toBe(true);
  });

  it('counts the complaints of the latest month and the major complaints of the 12 months up to it, as the register files say', () => {
    const months = readdirSync(join(ROOT, 'data/complaints')).map((f) => f.replace('.yaml', '')).sort();
    const latest = months.at(-1)!;
    expect(card('complaints').figures[0]).toEqual({ kind: 'month', what: 'latestMonth', key: latest });
    const entries = (m: string) => (yamlOf(`data/complaints/${m}.yaml`).complaints as Array<{ received: number; major?: unknown[] }>);
    expect(count('complaints', 'received').n).toBe(entries(latest).reduce((s, e) => s + e.received, 0));
    const last12 = months.slice(-12);
    expect(count('complaints', 'majorComplaints12').n).toBe(last12.flatMap(entries).reduce((s, e) => s + (e.major?.length ?? 0), 0));
  });

  it('counts open and overdue actions, open and major findings, and the risks as their files say', () => {
    const actions = filesIn('data/actions') as Array<{ stage: string }>;
    expect(count('actions', 'openActions')).toMatchObject({ n: actions.filter((a) => a.stage !== 'closed').length, of: actions.length });
    const findings = filesIn('data/findings') as Array<{ status: string; grade: string }>;
    expect(count('audits', 'openFindings').n).toBe(findings.filter((f) => f.status === 'open').length);
    expect(count('audits', 'openMajorFindings').n).toBe(findings.filter((f) => f.status === 'open' && f.grade === 'major').length);
    const risks = filesIn('data/risks') as Array<{ status: string }>;
    expect(count('risks', 'activeRisks').n).toBe(risks.filter((r) => (r.status ?? 'active') === 'active').length); // a risk is active unless it says otherwise
    // What needs attention is marked: overdue actions and an open major finding.
    expect(count('actions', 'overdueActions').tone).toBe('bad');
    expect(count('audits', 'openMajorFindings').tone).toBe('bad');
  });

  it('names the last management review and its decisions', () => {
    expect(card('managementReviews').figures).toEqual([
      { kind: 'date', what: 'lastReview', iso: '2026-11-05', id: 'MR-2026-Q3' },
      { kind: 'count', what: 'decisions', n: yamlOf('data/management-reviews/MR-2026-Q3.yaml').decisions.length },
    ]);
  });

  it('counts the version waiting for retraining (SOP-CS-001 4.0)', () => {
    expect(count('training', 'waitingVersions')).toMatchObject({ n: 1, tone: 'warn' });
  });
});
