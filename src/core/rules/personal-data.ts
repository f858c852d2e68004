/**
 * Personal data stays out of Git (DOMAIN.md; China's PIPL): a Git history cannot be selectively
 * erased, so the data files hold aggregates and pseudonymous references (CRM ticket ids, people ids
 * of staff in roles), never a customer's phone number, ID number, e-mail address or name. This check
 * reads the text of every data file (YAML and CSV under `data/`, comments included; the Markdown
 * content as described below) and reports what looks like personal data:
 *
 * - values: Chinese mobile numbers (1[3-9] and 9 digits, with or without +86 and separators),
 *   landlines with an area code (021-12345678, +86 21 1234 5678), resident ID numbers (18 characters
 *   whose check digit is right and whose birth date exists, so ticket numbers and counts are not
 *   mistaken for them), e-mail addresses, and a name after a title (Mr Wang, Ms Li, 王先生, 李女士);
 * - field and column names that hold personal data (`phone`, `email`, `id_number`, `customer_name`,
 *   `手机`, `身份证`…; a count under such a name, `phone: 34` complaints by phone, is an aggregate), and in aggregate files (the measurements, the complaint register: files of
 *   records without ids in a folder) also `name`, `customer`, `姓名` and `客户`.
 *
 * Staff names in `data/people.yaml` are allowed: they are the organisation's own role holders,
 * printed on approval records; the file is not an aggregate, and its values are checked like any
 * other. Each finding names what it looks like with the value masked (`138****5678`), never the
 * value itself, since the build log is kept and shared.
 *
 * Also checked:
 * - Markdown and MDX under `content/` (SOPs, their bodies, pages): phone numbers, resident ID numbers
 *   and e-mail addresses (`content/personal-data`). Names after a title are not looked for there:
 *   procedures address customers by title ("greet the customer: 王先生/女士"). The organisation's own
 *   public contacts (a hotline, a branch's landline, `quality@…`) are listed in the check settings
 *   (`personalData.publicContacts` in data/check-settings.yaml) and allowed everywhere: numbers are
 *   compared by their digits, e-mail addresses without regard to case. Service numbers that only
 *   organisations hold (400/800 numbers, 12345, 95xxx) are not phone numbers of a person and are not
 *   matched at all.
 * - The records of counts (measurements, the complaint register, inspections, mystery-shopper visits,
 *   certification coverage, retraining campaigns): a staff member's name from `data/people.yaml`
 *   written in them (`data/staff-name`). Staff are named there by role, or by their people id where
 *   a field asks for one; a name in a note is a leak. Only what is reliably a name is matched: the
 *   Latin name in full, case and word boundaries kept (`Li Wei`), and the Chinese name of three or
 *   more characters anywhere, or of two (王芳) with no other Chinese character on either side.
 */
import type { DiagnosticBag } from '../diagnostics/diagnostic.ts';
import { KINDS, kindOfPath, type KindDefinition } from '../model/kinds/registry.ts';
import type { SourceFile } from '../model/sources.ts';
import { staffNameMatcher, type StaffNameMatcher } from './staff-names.ts';
import { lineIndexOf, lineStarts } from '../text/line-index.ts';

const CONTENT_HINT =
  'Write the role or the service channel instead (`the customer`, `the service hotline`). If this is one of the organisation\'s own public numbers or addresses, list it under `personalData.publicContacts` in data/check-settings.yaml.';

/** Findings at distinct places, in text order. */
function dedupe(found: readonly Finding[]): Finding[] {
  const seen = new Set<number>();
  return [...found].sort((a, b) => a.index - b.index).filter((f) => !seen.has(f.index) && seen.add(f.index) !== undefined);
}

/** The phone number or e-mail address that starts at `index` (for the public-contact test). */
function valueAt(text: string, index: number): string {
  const m = /^(?:\+?[\d() -]{7,}\d|[^\s,;"'<>(){}[\]]+@[^\s,;"'<>(){}[\]]+)/.exec(text.slice(index, index + 80));
  return m ? m[0] : '';
}

const HINT = 'Keep personal data in the CRM and reference the case by its ticket id (`CRM-2026-004512`) or the staff member by their people id; remove it from this file. It stays in the Git history: ask the repository administrator to purge it.';

/** Field or column names that hold personal data in any data file. */
const PERSONAL_FIELD =
  /^(?:customer[_-]?)?(?:phone|phone[_-]?number|mobile|tel|telephone|cell[_-]?phone|e-?mail|e-?mail[_-]?address|id[_-]?(?:number|no|card)|identity[_-]?(?:number|card)|passport(?:[_-]?(?:number|no))?|address|home[_-]?address|full[_-]?name|first[_-]?name|last[_-]?name|surname|given[_-]?name|family[_-]?name|customer[_-]?name)$|^(?:手机|手机号|手机号码|电话|电话号码|联系电话|联系方式|邮箱|电子邮件|电子邮箱|身份证|身份证号|身份证号码|证件号|证件号码|客户姓名|客户名称|客户电话|地址|住址|家庭住址)$/i;
/** Names that hold a person's name in an aggregate file (elsewhere `name` names a unit, a KPI, a cause). */
const NAME_FIELD = /^(?:name|customer|client|complainant|姓名|客户|顾客|投诉人)$/i;

interface Finding {
  index: number;
  what: string;
}

/** Chinese mobile numbers, with an optional +86 and separators: 13812345678, +86 138-1234-5678. */
const MOBILE = /(?<![0-9A-Za-z+])(?:\+?86[- ]?)?(1[3-9]\d)([- ]?)(\d{4})\2(\d{4})(?![0-9A-Za-z])/g;
/** Landlines with an area code: 021-12345678, (0755) 8765 4321, +86 21 1234 5678. */
const LANDLINE = /(?<![0-9A-Za-z+-])(?:\(0\d{2,3}\)\s?|0\d{2,3}-|\+86[- ]?\d{2,3}[- ])(\d{3,4})[- ]?(\d{4})(?![0-9A-Za-z-])/g;
/** Resident ID numbers: 17 digits and a check character (validated below). */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3})([0-9Xx])(?![0-9A-Za-z])/g;
const EMAIL = /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})(?![A-Za-z0-9-])/g;
/** A name after a title: Mr Wang, Ms. Li Na, Mrs Chen. */
const TITLED_NAME_EN = /\b(Mr|Mrs|Ms|Miss|Mx|Madam)\.?\s+([A-Z][a-z]+)/g;
/** 王先生, 李女士, 张小姐: one or two characters of a surname and a title. */
const TITLED_NAME_ZH = /([\u4e00-\u9fff]{1,2}?)(先生|女士|小姐)/g;

/** The check digit of a resident ID number (GB 11643-1999, ISO 7064 MOD 11-2). */
export function idCheckDigitValid(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * weights[i]!;
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase();
}

function plausibleBirthDate(text: string): boolean {
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const stars = (n: number) => '*'.repeat(Math.max(1, n));

/** What each kind of value looks like, with the value masked. */
function valueFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(MOBILE)) out.push({ index: m.index, what: `a mobile phone number (${m[1]}****${m[4]})` });
  for (const m of text.matchAll(LANDLINE)) out.push({ index: m.index, what: `a phone number with an area code (****${m[2]})` });
  for (const m of text.matchAll(ID_NUMBER)) {
    const id = m[0];
    if (plausibleBirthDate(m[2]!) && idCheckDigitValid(id)) out.push({ index: m.index, what: `a resident ID number (${id.slice(0, 3)}${stars(13)}${id.slice(-2)})` });
  }
  for (const m of text.matchAll(EMAIL)) out.push({ index: m.index, what: `an e-mail address (${m[1]!.slice(0, 1)}***@${m[2]})` });
  for (const m of text.matchAll(TITLED_NAME_EN)) out.push({ index: m.index, what: `a person's name after a title (${m[1]} ${m[2]!.slice(0, 1)}${stars(m[2]!.length - 1)})` });
  for (const m of text.matchAll(TITLED_NAME_ZH)) out.push({ index: m.index, what: `a person's name after a title (${stars(m[1]!.length)}${m[2]})` });
  return out;
}

/** Keys of YAML mappings, block (`phone:`) and flow (`{ phone: … }`), with the index of each. */
const YAML_KEY = /(?:^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)(["']?)([A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff-]*)\1[ \t]*:(?=[ \t]|$)/gm;

/** A number right after a key: `34,`, `34 }`, `34` at the end of the line. */
const COUNT_VALUE = /^[ \t]*-?\d+(?:\.\d+)?[ \t]*(?:[,}#\r\n]|$)/;

function fieldFindings(file: SourceFile, aggregate: boolean): Finding[] {
  const out: Finding[] = [];
  const personal = (name: string) => PERSONAL_FIELD.test(name) || (aggregate && NAME_FIELD.test(name));
  if (/\.csv$/i.test(file.path)) {
    const start = file.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const header = file.text.slice(start, file.text.search(/\r?\n|$/));
    let offset = start;
    for (const cell of header.split(',')) {
      const name = cell.trim().replace(/^"(.*)"$/, '$1');
      if (personal(name)) out.push({ index: offset + cell.indexOf(cell.trim()), what: `a column of personal data ("${name}")` });
      offset += cell.length + 1;
    }
    return out;
  }
  for (const m of file.text.matchAll(YAML_KEY)) {
    const name = m[2]!;
    // A count under such a name is an aggregate (complaints by channel: `phone: 34`), not a person's data.
    if (COUNT_VALUE.test(file.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (personal(name)) out.push({ index: m.index + m[0].lastIndexOf(m[1] + name), what: `a field of personal data (\`${name}\`)` });
  }
  return out;
}

/** Aggregate files: records without ids, many to a folder (the measurements, the complaint register). */
function isAggregate(kind: KindDefinition | undefined): boolean {
  if (!kind) return false;
  const s = kind.source;
  return s.shape === 'measurement-file' || (s.shape === 'list-file' && !s.ids && s.globs.some((g) => g.includes('*')));
}

/** The 1-based line and column of each index of `text`. */
function positions(text: string): (index: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (index) => {
    const lo = lineIndexOf(starts, index);
    return { line: lo + 1, column: index - starts[lo]! + 1 };
  };
}

/** What the check knows of the organisation: its public contacts, and its staff (from the model). */
export interface PersonalDataContext {
  /** Public phone numbers and e-mail addresses of the organisation (`personalData.publicContacts`). */
  publicContacts?: readonly string[];
  /** Staff, by people id, with their names as `data/people.yaml` writes them (`Zhou Ming 周明`). */
  people?: readonly { id: string; name: string }[];
}

/** The records of counts in which no staff member is named. */
const COUNT_RECORDS = new Set(['measurement', 'complaint', 'inspection', 'mystery-shop-visit', 'coverage', 'campaign']);

const digits = (s: string) => s.replace(/\D/g, '').replace(/^86(?=\d{10,11}$)/, '');

/** Whether a found value is one of the organisation's public contacts. */
function isPublic(value: string, contacts: readonly string[]): boolean {
  if (value.includes('@')) return contacts.some((c) => c.trim().toLowerCase() === value.toLowerCase());
  const d = digits(value);
  return d.length > 0 && contacts.some((c) => !c.includes('@') && digits(c) === d);
}

/** Phone numbers, ID numbers and e-mail addresses (no titled names), for Markdown content. */
function contentFindings(text: string, contacts: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const add = (m: RegExpMatchArray, what: string) => {
    if (!isPublic(m[0], contacts)) out.push({ index: m.index!, what });
  };
  for (const m of text.matchAll(MOBILE)) add(m, `a mobile phone number (${m[1]}****${m[4]})`);
  for (const m of text.matchAll(LANDLINE)) add(m, `a phone number with an area code (****${m[2]})`);
  for (const m of text.matchAll(ID_NUMBER)) if (plausibleBirthDate(m[2]!) && idCheckDigitValid(m[0])) add(m, `a resident ID number (${m[0].slice(0, 3)}${stars(13)}${m[0].slice(-2)})`);
  for (const m of text.matchAll(EMAIL)) add(m, `an e-mail address (${m[1]!.slice(0, 1)}***@${m[2]})`);
  return out;
}

const HAN = /[\u4e00-\u9fff]/;

function staffNameFindings(text: string, names: StaffNameMatcher): Finding[] {
  return names.find(text).map((m) => {
    const masked = HAN.test(m.text) ? `${m.text.slice(0, 1)}${stars(m.text.length - 1)}` : m.text.split(/\s+/).map((w) => `${w.slice(0, 1)}${stars(w.length - 1)}`).join(' ');
    return { index: m.index, what: `the name of a staff member (${masked}; people id \`${m.id}\`)` };
  });
}

/** Reports what looks like personal data in the data files and the Markdown content among `files`. */
export function checkPersonalData(files: readonly SourceFile[], bag: DiagnosticBag, kinds: readonly KindDefinition[] = KINDS, context: PersonalDataContext = {}): void {
  const contacts = context.publicContacts ?? [];
  const names = staffNameMatcher(context.people ?? []);
  for (const file of files) {
    if (file.path.startsWith('content/') && /\.mdx?$/.test(file.path)) {
      const found = contentFindings(file.text, contacts);
      const at = positions(file.text);
      for (const f of dedupe(found)) {
        bag.report('content/personal-data', { file: file.path, ...at(f.index) }, `This looks like ${f.what}: a procedure or page names the organisation's public contacts only.`, CONTENT_HINT);
      }
      continue;
    }
    if (!file.path.startsWith('data/') || !/\.(ya?ml|csv)$/i.test(file.path)) continue;
    const kind = kindOfPath(file.path, kinds);
    const values = valueFindings(file.text).filter((f) => !isPublic(valueAt(file.text, f.index), contacts));
    const fields = fieldFindings(file, isAggregate(kind));
    const staff = kind && COUNT_RECORDS.has(kind.name) ? staffNameFindings(file.text, names) : [];
    const staffAt = staff.length > 0 ? positions(file.text) : undefined;
    for (const f of dedupe(staff)) {
      bag.report('data/staff-name', { file: file.path, ...staffAt!(f.index) }, `This looks like ${f.what}: records of counts name staff by role, never by name.`, 'Remove the name: say what happened without who (the role, if it matters), and keep who was involved in the CRM or HR system. It stays in the Git history: ask the repository administrator to purge it.');
    }
    if (values.length === 0 && fields.length === 0) continue;
    const at = positions(file.text);
    const seen = new Set<number>();
    for (const f of [...values, ...fields].sort((a, b) => a.index - b.index)) {
      if (seen.has(f.index)) continue; // a +86 landline that is also a mobile number, once
      seen.add(f.index);
      const field = fields.includes(f);
      bag.report(
        field ? 'data/personal-field' : 'data/personal-data',
        { file: file.path, ...at(f.index) },
        field ? `This data file has ${f.what}: the handbook holds aggregates and pseudonymous references only.` : `This looks like ${f.what}: the handbook holds aggregates and pseudonymous references only.`,
        HINT,
      );
    }
  }
}
