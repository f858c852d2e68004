/**
 * The keys of an audit's and a finding's page (src/site/views/audit-page-keys.ts) change with each
 * ingredient of what the pages show, one at a time, on the sample, and stay the same when an SOP
 * they name changes its title or steps: they show SOPs by id only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntity, FindingEntity, Handbook, SopEntity } from '../../../src/core/model/handbook.ts';
import { SETTINGS } from '../../../src/core/settings.ts';
import { withSop as withSopIn } from '../../helpers/handbook-variants.ts';
import { getHandbook } from '../../../src/site/stores/handbook.ts';
import { auditPageKey, findingPageKey } from '../../../src/site/views/audit-page-keys.ts';

let handbook: Handbook;
let audit: AuditEntity;
let finding: FindingEntity;

beforeAll(() => {
  for (const name of Object.keys(SETTINGS)) delete process.env[name];
  process.env['SQMS_TODAY'] = '2026-11-22';
  handbook = getHandbook().handbook;
  audit = handbook.audits.get('AU-2026-002')!;
  finding = [...handbook.findings.values()].find((f) => f.sop !== undefined)!;
});

const auditKey = (h: Handbook = handbook, a: AuditEntity = audit, locale: 'en' | 'zh-CN' = 'en') => auditPageKey(h, a, locale);
const findingKey = (h: Handbook = handbook, f: FindingEntity = finding, locale: 'en' | 'zh-CN' = 'en') => findingPageKey(h, f, locale);

/** The handbook with SOP `id` changed by `change` (and its index rebuilt, as a load would). */
const withSop = (id: string, change: (s: SopEntity) => SopEntity): Handbook => withSopIn(handbook, id, change);

describe('the keys of audit and finding pages change with', () => {
  it('the interface language and the build date', () => {
    expect(auditKey(handbook, audit, 'zh-CN')).not.toBe(auditKey());
    expect(findingKey(handbook, finding, 'zh-CN')).not.toBe(findingKey());
    expect(auditKey({ ...handbook, today: '2026-11-23' })).not.toBe(auditKey());
    expect(findingKey({ ...handbook, today: '2026-11-23' })).not.toBe(findingKey());
  });

  it('the audit and the finding themselves', () => {
    expect(auditKey(handbook, { ...audit, title: 'Another audit' })).not.toBe(auditKey());
    expect(findingKey(handbook, { ...finding, statement: 'Something else' })).not.toBe(findingKey());
  });

  it('which SOPs the process areas of an audit scoped by areas hold', () => {
    const external = [...handbook.audits.values()].find((a) => a.scope.sops.length === 0 && a.scope.areas.includes('delivery'))!;
    expect(external).toBeDefined();
    expect(auditKey(withSop('SOP-DL-001', (s) => ({ ...s, area: 'nowhere' })), external)).not.toBe(auditKey(handbook, external));
  });

  it('the process area of a finding\'s SOP', () => {
    expect(findingKey(withSop(finding.sop!, (s) => ({ ...s, area: 'nowhere' })))).not.toBe(findingKey());
  });
});

describe('the keys of audit and finding pages stay the same', () => {
  it('when an SOP they name changes its title or steps', () => {
    expect(audit.scope.sops).toContain('SOP-DL-001');
    const renamed = (id: string) => withSop(id, (s) => ({ ...s, title: 'Renamed', steps: s.steps.map((x) => ({ ...x, action: `${x.action}!` })) }));
    expect(auditKey(renamed('SOP-DL-001'))).toBe(auditKey());
    expect(findingKey(renamed(finding.sop!))).toBe(findingKey());
  });
});
