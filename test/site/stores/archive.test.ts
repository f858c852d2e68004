/** Helpers the document-control pages use: dates and times as signed, archived versions. */
import { describe, expect, it } from 'vitest';
import { archivedSop, renderArchivedBody } from '../../../src/site/stores/archive.ts';
import { formatDateTime } from '../../../src/site/words/datetime.ts';
import { sopVersions } from '../../../src/core/git/versions.ts';
import { build, validFiles } from '../../helpers/fixture.ts';

const commit = (hash: string, date: string) => ({ hash, date, author: { name: 'Ann Lee', email: 'a@example.com' }, coAuthors: [], subject: 's', status: 'modified' as const, gitPath: 'x' });

describe('formatDateTime', () => {
  it('keeps the time zone the time was given in', () => {
    expect(formatDateTime('2026-03-12T01:41:09Z')).toBe('2026-03-12 01:41 UTC');
    expect(formatDateTime('2026-03-12T09:41:00+08:00')).toBe('2026-03-12 09:41 (UTC+08:00)');
    expect(formatDateTime('2026-03-12T09:41:00+00:00')).toBe('2026-03-12 09:41 UTC');
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});

describe('archived versions on the site', () => {
  it('shows an archived version as an SOP with its Markdown body rendered', () => {
    const path = 'content/sops/customer-service/SOP-CS-001.mdx';
    const old = validFiles().get(path)!;
    const current = build(validFiles()).handbook.sops.get('SOP-CS-001')!;
    const [archived] = sopVersions(
      [
        { commit: commit('b'.repeat(40), '2026-09-01T00:00:00Z'), text: old.replace('version: "1.10"\nstatus: effective', 'version: "2.0"\nstatus: effective') },
        { commit: commit('a'.repeat(40), '2026-03-01T00:00:00Z'), text: old },
      ],
      { version: '2.0', status: 'effective', effective: '2026-03-01' },
      '2026-09-01',
    ).superseded;
    const sop = archivedSop(current, archived!)!;
    expect([sop.id, sop.version, sop.steps.length]).toEqual(['SOP-CS-001', '1.10', 4]);
    expect(renderArchivedBody(sop.body, 'en')).toContain('<h2>Purpose</h2>');
  });
});
