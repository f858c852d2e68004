/**
 * The personal-data check (src/core/rules/personal-data.ts) on values that look alike: what it
 * finds, what it must not mistake for personal data, and that it never prints the value.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/core/diagnostics/diagnostic.ts';
import { readSources } from '../../../src/core/model/sources.ts';
import { checkPersonalData, idCheckDigitValid } from '../../../src/core/rules/personal-data.ts';

function findings(text: string, path = 'data/complaints/2026-10.yaml') {
  const bag = new DiagnosticBag();
  checkPersonalData([{ path, text }], bag);
  return bag.items.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe('the personal-data check', () => {
  it('validates the check digit of resident ID numbers (GB 11643)', () => {
    expect(idCheckDigitValid('11010519491231002X')).toBe(true);
    expect(idCheckDigitValid('440305198806121239')).toBe(true);
    expect(idCheckDigitValid('440305198806121238')).toBe(false);
    expect(idCheckDigitValid('4403051988061212')).toBe(false);
  });

  it('finds phone numbers in their usual forms, masked', () => {
    const text = 'note: "13812345678, +86 139-1234-5678, 021-12345678, (0755) 8765 4321, +86 21 6123 4567"\n';
    expect(findings(text)).toEqual([
      expect.stringContaining('1:8 data/personal-data This looks like a mobile phone number (138****5678)'),
      expect.stringContaining('1:21 data/personal-data This looks like a mobile phone number (139****5678)'),
      expect.stringContaining('1:40 data/personal-data This looks like a phone number with an area code (****5678)'),
      expect.stringContaining('1:54 data/personal-data This looks like a phone number with an area code (****4321)'),
      expect.stringContaining('1:72 data/personal-data This looks like a phone number with an area code (****4567)'),
    ]);
    expect(findings(text).join('\n')).not.toMatch(/12345678|87654321/);
  });

  it('does not mistake ticket ids, counts, dates, periods, fingerprints, git handles or staff ids for personal data', () => {
    const text = [
      'complaints:',
      '  - { unit: br-shenzhen, month: "2026-10", received: 120, channels: { phone: 34, email: 4 } }',
      '  - { ticket: CRM-2026-004512, logged: 2026-10-14, action: IA-2026-009 }',
      '  - { kpi: KPI-OTD, unit: br-pudong, period: 2026-Q3, k: 58294, n: 59764 }',
      'fingerprint: sha256:13812345678a440305198806121239f0a1b2c3d4e5f60718293a4b5c6d7e8f9012',
      'by: { id: zhou-ming, git: "@zhouming" }',
      'orders: 13812345678901',
      'note: Reviewed by the quality manager with Ms and Mr as salutations only.',
      '',
    ].join('\n');
    expect(findings(text)).toEqual([]);
  });

  it('reports personal fields, and names only in aggregate files', () => {
    expect(findings('complaints:\n  - { unit: br-north, customer: Wang Wei }\n')).toEqual([expect.stringContaining('2:23 data/personal-field This data file has a field of personal data (`customer`)')]);
    expect(findings('units:\n  - { id: br-north, name: North branch }\n', 'data/units.yaml')).toEqual([]);
    expect(findings('people:\n  - { id: li-wei, name: Li Wei 李伟, phone: "13812345678" }\n', 'data/people.yaml')).toEqual([
      expect.stringContaining('2:36 data/personal-field This data file has a field of personal data (`phone`)'),
      expect.stringContaining('2:44 data/personal-data This looks like a mobile phone number (138****5678)'),
    ]);
  });

  it('reads only data files', () => {
    expect(findings('Call 13812345678.\n', 'content/policies/complaint-policy.md')).toEqual([]);
  });

  it('finds no personal data in the sample organisation', () => {
    const { files } = readSources(fileURLToPath(new URL('../../..', import.meta.url)));
    const bag = new DiagnosticBag();
    checkPersonalData(files, bag);
    expect(files.filter((f) => f.path.startsWith('data/complaints/')).length).toBeGreaterThan(20);
    expect(bag.items).toEqual([]);
  });
});
