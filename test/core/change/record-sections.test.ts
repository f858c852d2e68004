/**
 * The pull-request report names changes to every kind of record compared in the registry, not
 * only documents, KPIs, measurements and actions: a finding closed, an audit added, a complaint
 * register's month corrected and another added.
 */
import { describe, expect, it } from 'vitest';
import { compareHandbooks } from '../../../src/core/change/compare.ts';
import { renderReport } from '../../../src/core/change/report.ts';
import { buildPatched } from '../../helpers/fixture.ts';
import { AF, AU, auditFile, findingFile } from '../../fixtures/broken/audits.ts';
import { REGISTER, register } from '../../fixtures/broken/complaints.ts';

const CAUSES = 'data/complaint-causes.yaml';
const causes = `causes:
  - { id: slow-response, name: { en: Slow response, zh-CN: 响应慢 }, area: customer-service, sops: [SOP-CS-001] }
  - { id: late-delivery, name: Late delivery, area: delivery, sops: [SOP-DL-001] }
`;
const NOV = 'data/complaints/2026-11.yaml';
const november = register((t) => t.replace('month: "2026-10"', 'month: "2026-11"'));

describe('the report\'s sections for records', () => {
  const base = buildPatched({ files: { [AU]: auditFile(), [AF]: findingFile(), [CAUSES]: causes, [REGISTER]: register() } }).handbook;
  const head = buildPatched({
    files: {
      [AU]: auditFile(),
      'data/audits/AU-2026-002.yaml': auditFile({ id: 'AU-2026-002', status: 'planned', planned: '2026-12-14', done: null }),
      [AF]: findingFile({ status: 'closed', closed: '2026-11-20' }),
      [CAUSES]: causes,
      [REGISTER]: register((t) => t.replace('reopened: 1', 'reopened: 2')),
      [NOV]: november,
    },
  }).handbook;
  const report = renderReport(compareHandbooks(base, head), head, { baseName: 'main', baseCommit: 'abcdef0', mergeBase: false, diagnostics: [] });

  it('lists an audit added and a finding whose status changed, each under its kind', () => {
    expect(report).toContain('### Audits');
    expect(report).toMatch(/\| \*\*AU-2026-002\*\* Counter service review[^|]*\| added \|/);
    expect(report).toContain('### Audit findings');
    expect(report).toMatch(/\| \*\*AF-2026-001\*\*[^|]*\| [^|]*status[^|]*open[^|]*closed[^|]*\|/);
  });

  it('counts register months added and names a corrected month with the fields that changed', () => {
    expect(report).toContain('### Complaint register entries');
    expect(report).toContain('- **1 added**: br-north 2026-11');
    expect(report).toContain('- **br-north 2026-10** corrected: reopened');
  });

  it('says nothing changed only when no record changed either', () => {
    const same = renderReport(compareHandbooks(base, base), base, { baseName: 'main', baseCommit: 'abcdef0', mergeBase: false, diagnostics: [] });
    expect(same).toContain('other records change.');
    expect(report).not.toContain('other records change.');
  });
});
