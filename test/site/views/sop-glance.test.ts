import { describe, expect, it } from 'vitest';
import type { Handbook, RoleEntity } from '../../../src/core/model/handbook.ts';
import type { Step } from '../../../src/core/schema/sop.ts';
import { sopGlance } from '../../../src/site/views/sop-glance.ts';
import { headingSlug, withHeadingIds } from '../../../src/site/views/sop-contents.ts';

const roles = new Map([
  ['agent', { id: 'agent', name: { en: 'Service agent', 'zh-CN': '客服专员' } }],
  ['lead', { id: 'lead', name: 'Team leader' }],
]) as unknown as Map<string, RoleEntity>;
const h = { roles } as Pick<Handbook, 'roles'>;
const steps: Step[] = [
  { id: 'S1', actor: 'agent', action: 'Log it', timeLimit: '10 min', record: 'Ticket' },
  { id: 'S2', actor: 'agent', action: 'Call back', timeLimit: '30 min', standard: 'STD-RESP-001', record: 'First-response entry' },
  { id: 'S3', actor: 'lead', action: 'Grade it', record: 'Ticket ' },
  { id: 'S4', actor: 'ghost', action: 'Close it', timeLimit: '2 d' },
];

describe('an SOP at a glance', () => {
  it('lists the roles in the order they first act, with their steps; every time limit with its standard; each record once with the steps that leave it', () => {
    const g = sopGlance(h, { steps }, 'en');
    expect(g.roles).toEqual([
      { id: 'agent', name: 'Service agent', steps: ['S1', 'S2'] },
      { id: 'lead', name: 'Team leader', steps: ['S3'] },
      { id: 'ghost', name: 'ghost', steps: ['S4'] },
    ]);
    expect(g.timeLimits).toEqual([
      { step: 'S1', role: 'Service agent', limit: '10 min', standard: undefined },
      { step: 'S2', role: 'Service agent', limit: '30 min', standard: 'STD-RESP-001' },
      { step: 'S4', role: 'ghost', limit: '2 d', standard: undefined },
    ]);
    expect(g.records).toEqual([
      { record: 'Ticket', steps: ['S1', 'S3'] },
      { record: 'First-response entry', steps: ['S2'] },
    ]);
  });

  it('names roles and durations in the page language', () => {
    const g = sopGlance(h, { steps }, 'zh-CN');
    expect(g.roles[0]!.name).toBe('客服专员');
    expect(g.timeLimits[0]!.limit).not.toBe('');
  });

  it('is empty for an SOP without steps', () => {
    expect(sopGlance(h, { steps: [] }, 'en')).toEqual({ roles: [], timeLimits: [], records: [] });
  });
});

describe('headings of a text from Git history', () => {
  it('get ids as Astro gives them, unique, in both scripts, and keep an id they have', () => {
    const { html, headings } = withHeadingIds('<h2>Purpose</h2><p>x</p><h2>Notes on the <em>steps</em></h2><h2>Purpose</h2><h2>适用范围</h2><h2 id="own">Kept</h2><h3>Not listed</h3>');
    expect(headings.map((x) => x.slug)).toEqual(['purpose', 'notes-on-the-steps', 'purpose-1', '适用范围', 'own']);
    expect(headings.map((x) => x.text)).toEqual(['Purpose', 'Notes on the steps', 'Purpose', '适用范围', 'Kept']);
    expect(html).toContain('<h2 id="purpose">Purpose</h2>');
    expect(html).toContain('<h2 id="notes-on-the-steps">Notes on the <em>steps</em></h2>');
    expect(html).toContain('<h2 id="own">Kept</h2>');
    expect(html).toContain('<h3>Not listed</h3>');
  });

  it('slugs as GitHub does', () => {
    expect(headingSlug('Time limits & records')).toBe('time-limits--records');
    expect(headingSlug(' 1. Scope ')).toBe('1-scope');
  });
});
