/**
 * The `SQMS_*` environment variables, described once: each one's name, what it sets, its default
 * and how its value is read. Everything that reads one goes through `setting()`; the README's
 * table is this list (test/docs.test.ts compares them). A value that cannot be read is left out
 * (the default applies) and named by `settingProblems()`, which the check and the build print as a
 * `setting/invalid` warning, so a mistyped date never passes unnoticed.
 */
import type { DiagnosticCode } from './diagnostics/codes.ts';
import { isRealDate } from './time/dates.ts';
import { DEFAULT_DATE_WINDOW, parseDateWindow, type DateWindow } from './time/window.ts';

export type Environment = Readonly<Record<string, string | undefined>>;

interface SettingSpec<T> {
  /** What the variable sets, for the README. */
  meaning: string;
  /** What applies when it is not set, for the README and hints. */
  default: string;
  /** What a value must look like, for the message about one that is not. */
  expected: string;
  /** The value read from `text` (never empty), or undefined when it is not a valid one. */
  read(text: string): T | undefined;
}

const text = (t: string) => t;
const flag = (t: string) => (t === '1' ? true : t === '0' ? false : undefined);

export const SETTINGS = {
  SQMS_ROOT: {
    meaning: 'The handbook folder (holding `content/` and `data/`) that the check and the build read.',
    default: 'the current folder',
    expected: 'a folder',
    read: text,
  },
  SQMS_TODAY: {
    meaning: 'The date reviews, deadlines and the periods that have ended are evaluated against (reproducible builds and tests).',
    default: 'today (UTC)',
    expected: 'a real date YYYY-MM-DD',
    read: (t: string) => (isRealDate(t) ? t : undefined),
  },
  SQMS_STRICT: {
    meaning: 'With `1`, the build fails on warnings too (as `npm run check -- --strict`).',
    default: 'warnings do not fail the build',
    expected: '1 (or 0)',
    read: flag,
  },
  SQMS_LINKS: {
    meaning: 'With `warn`, broken links are warnings while a large handbook is migrated in (as `npm run check -- --links warn`); never leave it on.',
    default: 'broken links are errors',
    expected: 'warn (or error)',
    read: (t: string) => (t === 'warn' || t === 'error' ? t : undefined),
  },
  SQMS_DATE_WINDOW: {
    meaning: 'The years in which dates and periods are plausible, `FROM..TO`, each end a year or years from today (as `--date-window`).',
    default: DEFAULT_DATE_WINDOW,
    expected: 'FROM..TO, each a year (1990) or years from today (-30, +50)',
    // Checked against a fixed day here; `dateWindow()` reads it for the handbook's day.
    read: (t: string) => (parseDateWindow(t, '2000-01-01') ? t : undefined),
  },
  SQMS_SITE: {
    meaning: 'The public address of the handbook, for canonical links and printed addresses.',
    default: 'https://handbook.example.com',
    expected: 'an absolute http(s) address',
    read: (t: string) => (/^https?:\/\/\S+$/.test(t) ? t : undefined),
  },
  SQMS_BASE: {
    meaning: 'The folder below the site the handbook is published in (`/handbook` for GitHub Pages of a project).',
    default: 'the site root',
    expected: 'a path',
    read: text,
  },
  SQMS_REPO_URL: {
    meaning: 'The address of the repository host\'s editor (`https://github.com/org/handbook/edit/main/`): each document\'s page links to its source file ("Edit this page").',
    default: 'no edit links',
    expected: 'an absolute http(s) address',
    read: (t: string) => (/^https?:\/\/\S+$/.test(t.trim()) ? t.trim() : undefined),
  },
  SQMS_CACHE_DIR: {
    meaning: 'Astro\'s cache folder: the content cache and the pages a rebuild restores (keep it between CI runs); separate folders let tests and benchmarks build other handbooks side by side.',
    default: "Astro's own (`node_modules/.astro`)",
    expected: 'a folder',
    read: text,
  },
  SQMS_TIMING: {
    meaning: 'Set (to `1`), the build log says when the export files, the parsed pages and the search index were written.',
    default: 'no timing notes',
    expected: 'any value',
    read: () => true,
  },
  SQMS_PUBLISH_LATER: {
    meaning: 'Set by `npm run build` for Astro\'s process: the file in which the build leaves the search index and exports to be written after Astro has exited.',
    default: 'written during the build (`astro build` alone)',
    expected: 'a file name',
    read: text,
  },
  SQMS_BASELINE_REFERENCE: {
    meaning: 'Set by `npm run bench` for the reference build of its minimal site (each SOP in two languages).',
    default: 'the plain minimal site',
    expected: '1 (or 0)',
    read: flag,
  },
  SQMS_FUZZ_SEED: {
    meaning: 'The seed of the random mutations the test suite runs through the check (test/core/fuzz.test.ts).',
    default: 'the number of the day',
    expected: 'a whole number',
    read: (t: string) => (/^\d+$/.test(t) ? Number(t) : undefined),
  },
} as const satisfies Record<`SQMS_${string}`, SettingSpec<unknown>>;

export type SettingName = keyof typeof SETTINGS;
type SettingValue<N extends SettingName> = NonNullable<ReturnType<(typeof SETTINGS)[N]['read']>>;

/** A variable set to a value that cannot be read (its default applies instead). */
export interface SettingProblem {
  code: Extract<DiagnosticCode, 'setting/invalid'>;
  name: SettingName;
  message: string;
  hint: string;
}

/** The value of `name` in `env`: undefined when it is unset, empty, or not a valid value (see `settingProblems`). */
export function setting<N extends SettingName>(name: N, env: Environment = process.env): SettingValue<N> | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  return (SETTINGS[name].read(raw) ?? undefined) as SettingValue<N> | undefined;
}

/** Every variable of `env` set to a value that cannot be read, in the order of `SETTINGS`. */
export function settingProblems(env: Environment = process.env): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const raw = env[name];
    if (raw === undefined || raw === '' || setting(name, env) !== undefined) continue;
    const spec: SettingSpec<unknown> = SETTINGS[name];
    problems.push({
      code: 'setting/invalid',
      name,
      message: `${name} is "${raw}", which is not ${spec.expected}; it is ignored.`,
      hint: `Set ${name} to ${spec.expected}, or unset it (default: ${spec.default}).`,
    });
  }
  return problems;
}

/** A problem as the check and the build print it, in the form of a diagnostic without a file. */
export function formatSettingProblem(p: SettingProblem): string {
  return `warning ${p.code}: ${p.message}\n  ${p.hint}`;
}

/** Today's date in UTC as `YYYY-MM-DD`, unless `SQMS_TODAY` fixes it (for tests and reproducible builds). */
export function today(env: Environment = process.env): string {
  return setting('SQMS_TODAY', env) ?? new Date().toISOString().slice(0, 10);
}

/** The window `SQMS_DATE_WINDOW` sets for the day `day`, or the default (1900 to 50 years after it). */
export function dateWindow(day: string, env: Environment = process.env): DateWindow {
  const set = setting('SQMS_DATE_WINDOW', env);
  return (set !== undefined ? parseDateWindow(set, day) : undefined) ?? parseDateWindow(DEFAULT_DATE_WINDOW, day)!;
}

/** The handbook folder: `SQMS_ROOT`, else the current folder (relative to it when relative). */
export function handbookRootSetting(env: Environment = process.env): string {
  return setting('SQMS_ROOT', env) ?? process.cwd();
}

/** Whether warnings fail the build (`SQMS_STRICT=1`). */
export function strictSetting(env: Environment = process.env): boolean {
  return setting('SQMS_STRICT', env) ?? false;
}

/** Broken links as errors (default) or warnings during a migration (`SQMS_LINKS=warn`). */
export function linksSetting(env: Environment = process.env): 'error' | 'warn' {
  return (setting('SQMS_LINKS', env) as 'error' | 'warn' | undefined) ?? 'error';
}

/** The README's table of the variables (test/docs.test.ts checks that the README holds it as it is). */
export function settingsTable(): string {
  const rows = (Object.entries(SETTINGS) as [SettingName, SettingSpec<unknown>][]).map(
    ([name, s]) => `| \`${name}\` | ${s.meaning} | ${s.default} |`,
  );
  return ['| variable | what it sets | default |', '|---|---|---|', ...rows].join('\n');
}
