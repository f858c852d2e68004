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

  it('reads data files and Markdown content only', () => {
    expect(findings('Call 13812345678.\n', 'content/policies/complaint-policy.md')).toEqual([expect.stringContaining('1:6 content/personal-data This looks like a mobile phone number (138****5678)')]);
    expect(findings('Call 13812345678.\n', 'scripts/sample/notes.txt')).toEqual([]);
  });

  it('finds no personal data in the sample organisation', () => {
    const { files } = readSources(fileURLToPath(new URL('../../..', import.meta.url)));
    const bag = new DiagnosticBag();
    checkPersonalData(files, bag, undefined, { publicContacts: ['quality@harbourlane.example'] }); // as data/check-settings.yaml lists it
    expect(files.filter((f) => f.path.startsWith('data/complaints/')).length).toBeGreaterThan(20);
    expect(bag.items).toEqual([]);
  });
});

describe('personal data in content and staff names in records of counts', () => {
  const run = (files: { path: string; text: string }[], context: Parameters<typeof checkPersonalData>[3] = {}) => {
    const bag = new DiagnosticBag();
    checkPersonalData(files, bag, undefined, context);
    return bag.items.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
  };
  const sop = (body: string) => ({ path: 'content/sops/customer-service/SOP-CS-009.mdx', text: `---\nid: SOP-CS-009\n---\n${body}\n` });

  it('allows the organisation\'s public contacts in content, by digits and without regard to case, and nothing else', () => {
    const body = 'Call 021-6288-1000, write to Quality@Acme.example or ask 400-820-1234; never 021-6288-1001.';
    expect(run([sop(body)])).toEqual([
      expect.stringContaining(':4:6 content/personal-data This looks like a phone number with an area code (****1000)'),
      expect.stringContaining(':4:30 content/personal-data This looks like an e-mail address (Q***@Acme.example)'),
      expect.stringContaining(':4:78 content/personal-data This looks like a phone number with an area code (****1001)'),
    ]);
    expect(run([sop(body)], { publicContacts: ['(021) 6288 1000', 'quality@acme.example'] })).toEqual([expect.stringContaining(':4:78 content/personal-data')]);
  });

  it('does not look for titled names in content, where procedures address customers by title', () => {
    expect(run([sop('Greet the customer: "王先生/女士，您好", or "Good morning, Mr Smith" in English.')])).toEqual([]);
  });

  it('finds staff names only where they are reliably names, and only in records of counts', () => {
    const people = [
      { id: 'zhou-ming', name: 'Zhou Ming 周明' },
      { id: 'david-lin', name: 'David Lin 林大伟' },
    ];
    const complaints = { path: 'data/complaints/2026-10.yaml', text: 'complaints: []\n# 一周明显好转; Zhou Mingyu; 林大伟 checked; 周明。\n' };
    expect(run([complaints], { people })).toEqual([
      expect.stringContaining('data/complaints/2026-10.yaml:2:24 data/staff-name This looks like the name of a staff member (林**; people id `david-lin`)'),
      expect.stringContaining('data/complaints/2026-10.yaml:2:37 data/staff-name This looks like the name of a staff member (周*; people id `zhou-ming`)'),
    ]);
    // An improvement action may name its owner's words; only records of counts are held to names by role.
    expect(run([{ path: 'data/actions/IA-2026-001.yaml', text: 'note: agreed with David Lin\n' }], { people })).toEqual([]);
  });

  it('finds nothing in the sample organisation, whose quality manual prints its public address (listed in its check settings)', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const { files } = readSources(root);
    const found = run(files as { path: string; text: string }[], { publicContacts: ['quality@harbourlane.example'], people: [{ id: 'zhou-ming', name: 'Zhou Ming 周明' }, { id: 'li-wei', name: 'Li Wei 李伟' }, { id: 'sarah-wu', name: 'Sarah Wu 吴莎' }] });
    expect(found).toEqual([]);
    // Without the list, the manual's address is reported in both languages.
    expect(run(files as { path: string; text: string }[]).filter((d) => d.includes('content/personal-data')).map((d) => d.split(' ')[0])).toEqual(['content/quality-manual.mdx:186:59', 'content/quality-manual.zh-CN.mdx:127:18']);
  });
});
