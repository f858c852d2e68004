/**
 * Every file the check reads goes through one reader (src/core/source/read-file.ts): on disk, each
 * kind of unreadable or unwelcome entry gives its diagnostic at its place, never an exception, and
 * what was not read is not in the model (so the build, which publishes the model, leaves it out).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, renameSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../../src/core/load.ts';
import { runControl } from '../../../src/cli/control.ts';
import { decodeSourceText, firstInvalidUtf8 } from '../../../src/core/source/text-decoding.ts';
import { copyValidFixture, removeTemp, TODAY } from '../../helpers/fixture.ts';

let temp: string[] = [];
afterEach(() => {
  for (const dir of temp) removeTemp(dir);
  temp = [];
});

function fixture(): string {
  const dir = copyValidFixture();
  temp.push(dir);
  return dir;
}

function outsideFile(text = 'root:x:0:0:root:/root:/bin/bash\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'sqms-outside-'));
  temp.push(dir);
  writeFileSync(join(dir, 'secret.md'), text);
  return dir;
}

type Place = [code: string, file: string, line: number, column: number];
const places = (root: string): Place[] => loadHandbook(root, { today: TODAY }).diagnostics.map((d) => [d.code, d.file, d.line, d.column]);

describe('the reader of handbook files', () => {
  it('reports the first byte that is not UTF-8 at its line and column (in characters)', () => {
    const root = fixture();
    writeFileSync(join(root, 'data/standards/STD-BAD-001.yaml'), Buffer.concat([Buffer.from('id: STD-BAD-001\ntitle: 质量 '), Buffer.from([0xb7, 0xfe]), Buffer.from('\n')]));
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['file/encoding', 'data/standards/STD-BAD-001.yaml', 2, 11]]);
    expect(diagnostics[0]!.message).toContain('0xB7');
    expect(diagnostics[0]!.hint).toContain('UTF-8');
    expect(handbook.standards.has('STD-BAD-001')).toBe(false);
  });

  it('reports a NUL byte where it is, not at line 1', () => {
    const root = fixture();
    writeFileSync(join(root, 'data/roles.yaml'), 'roles:\n  - id: service-agent\n    na\0me: Service agent\n');
    expect(places(root).filter(([code]) => code.startsWith('file/'))).toEqual([['file/nul-byte', 'data/roles.yaml', 3, 7]]);
  });

  it('accepts a byte-order mark', () => {
    const root = fixture();
    writeFileSync(join(root, 'data/process-areas.yaml'), '\uFEFF' + 'areas:\n  - { id: customer-service, code: CS, name: Customer service, owner: bo-chen }\n  - { id: delivery, code: DL, name: Delivery, owner: bo-chen }\n');
    expect(places(root)).toEqual([]);
  });

  it('refuses a symbolic link to a file outside the handbook: not read, not in the model', () => {
    const root = fixture();
    symlinkSync(join(outsideFile(), 'secret.md'), join(root, 'content/leak.md'));
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.severity])).toEqual([['file/outside-root', 'content/leak.md', 1, 1, 'error']]);
    expect(handbook.pages.has('leak')).toBe(false);
  });

  it('refuses a symbolic link to a folder outside the handbook, and reads none of its files', () => {
    const root = fixture();
    symlinkSync(outsideFile(), join(root, 'content/elsewhere'));
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column])).toEqual([['file/outside-root', 'content/elsewhere', 1, 1]]);
    expect([...handbook.pages.keys()].some((id) => id.includes('secret'))).toBe(false);
  });

  it('follows a symbolic link that stays inside the handbook', () => {
    const root = fixture();
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared/glossary.md'), '# Glossary\n\nTerms.\n');
    symlinkSync(join(root, 'shared/glossary.md'), join(root, 'content/glossary.md'));
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics).toEqual([]);
    expect(handbook.pages.get('glossary')?.title).toBe('Glossary');
  });

  it('reports a dangling link and a folder where a file is expected', () => {
    const root = fixture();
    symlinkSync(join(root, 'data/kpis/KPI-GONE.yaml'), join(root, 'data/kpis/KPI-LINK.yaml'));
    mkdirSync(join(root, 'data/standards/STD-DIR-001.yaml'));
    expect(places(root)).toEqual([
      ['file/unreadable', 'data/kpis/KPI-LINK.yaml', 1, 1],
      ['file/unreadable', 'data/standards/STD-DIR-001.yaml', 1, 1],
    ]);
  });

  it('reports a named pipe without waiting on it', () => {
    const root = fixture();
    execFileSync('mkfifo', [join(root, 'data/kpis/KPI-PIPE.yaml')]);
    const [d] = loadHandbook(root, { today: TODAY }).diagnostics;
    expect([d?.code, d?.file, d?.message]).toEqual(['file/unreadable', 'data/kpis/KPI-PIPE.yaml', 'This is not a regular file (a device, pipe or socket).']);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it has no permission to read', () => {
    const root = fixture();
    const file = join(root, 'data/kpis/KPI-CSAT.yaml');
    chmodSync(file, 0o000);
    const d = loadHandbook(root, { today: TODAY }).diagnostics.find((x) => x.file === 'data/kpis/KPI-CSAT.yaml');
    expect([d?.code, d?.message]).toEqual(['file/unreadable', 'The file cannot be read: permission to read it is denied.']);
  });

  it('refuses a content file whose extension is in capitals (the build would not publish it), and names files of unknown types', () => {
    const root = fixture();
    writeFileSync(join(root, 'content/sops/customer-service/SOP-CS-009.MDX'), '---\nid: SOP-CS-009\n---\n');
    writeFileSync(join(root, 'data/measurements/2026-11.xlsx'), 'PK\u0003\u0004');
    // An image next to a page is published (an asset); a program is not a kind of file the handbook holds.
    writeFileSync(join(root, 'content/logo.png'), 'PNG');
    writeFileSync(join(root, 'content/installer.exe'), 'MZ');
    const { diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics.map((d) => [d.code, d.file, d.line, d.column, d.severity])).toEqual([
      ['file/unknown-type', 'content/installer.exe', 1, 1, 'warning'],
      ['file/name-case', 'content/sops/customer-service/SOP-CS-009.MDX', 1, 1, 'error'],
      ['file/unknown-type', 'data/measurements/2026-11.xlsx', 1, 1, 'warning'],
    ]);
    expect(diagnostics[1]!.hint).toContain('SOP-CS-009.mdx');
    expect(diagnostics[2]!.message).toContain('measurements in measurements/ (.yaml or .csv)');
    expect(diagnostics[0]!.message).toContain('public/');
  });

  it('accepts data file extensions in any case (only the check reads them)', () => {
    const root = fixture();
    renameSync(join(root, 'data/kpis/KPI-CSAT.yaml'), join(root, 'data/kpis/KPI-CSAT.YAML'));
    renameSync(join(root, 'data/measurements/2026-10.csv'), join(root, 'data/measurements/2026-10.CSV'));
    const { handbook, diagnostics } = loadHandbook(root, { today: TODAY });
    expect(diagnostics).toEqual([]);
    expect(handbook.kpis.has('KPI-CSAT')).toBe(true);
  });

  it('does not read a file above the size limit, nor one with a line beyond the length limit', () => {
    const root = fixture();
    const big = join(root, 'data/measurements/2026-12.csv');
    writeFileSync(big, 'kpi,unit,period,value\n');
    truncateSync(big, 33 * 1024 * 1024);
    writeFileSync(join(root, 'content/long.md'), `# Long\n\n${'x'.repeat(100_001)}\n`);
    expect(places(root)).toEqual([
      ['limit/line-length', 'content/long.md', 3, 100_001],
      ['limit/file-size', 'data/measurements/2026-12.csv', 1, 1],
    ]);
  });
});

describe('approval records, read by the same reader', () => {
  const approvalDiagnostics = (root: string) => {
    const run = runControl({ root, strict: false, today: TODAY });
    if (!run.ok) throw new Error(run.message);
    return run.diagnostics.filter((d) => d.file.startsWith('data/approvals/')).map((d) => [d.code, d.file, d.line, d.column]);
  };

  it('reports a record that is a folder, a dangling link, not UTF-8, or a link out of the handbook, and never throws', () => {
    const root = fixture();
    const folder = join(root, 'data/approvals');
    mkdirSync(folder);
    mkdirSync(join(folder, 'SOP-CS-001.yaml'));
    symlinkSync(join(folder, 'nowhere.yaml'), join(folder, 'SOP-CS-002.yaml'));
    writeFileSync(join(folder, 'SOP-DL-001.yaml'), Buffer.concat([Buffer.from('document: SOP-DL-001\nrecords:\n  - by: li-w'), Buffer.from([0xe9]), Buffer.from('i\n')]));
    symlinkSync(join(outsideFile('document: SOP-XX-001\n'), 'secret.md'), join(folder, 'SOP-XX-001.yaml'));
    writeFileSync(join(folder, 'notes.txt'), 'not a record');
    expect(approvalDiagnostics(root)).toEqual([
      ['file/unreadable', 'data/approvals/SOP-CS-001.yaml', 1, 1],
      ['file/unreadable', 'data/approvals/SOP-CS-002.yaml', 1, 1],
      ['file/encoding', 'data/approvals/SOP-DL-001.yaml', 3, 13],
      ['file/outside-root', 'data/approvals/SOP-XX-001.yaml', 1, 1],
      ['file/unknown-type', 'data/approvals/notes.txt', 1, 1],
    ]);
  });
});

describe('strict UTF-8 decoding', () => {
  it('finds overlong forms, surrogates, code points above U+10FFFF and cut sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(3);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe4, 0xb8]))).toBe(2); // cut short
    expect(firstInvalidUtf8(Buffer.from('质量'))).toBe(6);
  });

  it('agrees with the platform decoder on random bytes', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) & 0xff;
    for (let run = 0; run < 2000; run++) {
      const bytes = Uint8Array.from({ length: 1 + (run % 12) }, () => (next() % 3 === 0 ? next() : 0x61 + (next() % 20)));
      let platform = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        platform = false;
      }
      expect(firstInvalidUtf8(bytes) === bytes.length, `bytes ${[...bytes].map((b) => b.toString(16))}`).toBe(platform);
    }
    expect(decodeSourceText(Buffer.from('a\nb\0'))).toMatchObject({ ok: false, problem: 'nul-byte', line: 2, column: 2 });
  });
});
