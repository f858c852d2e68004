/**
 * The version rule of every controlled document, checked against the base revision: a released
 * document changed in substance needs a higher version; versions only go up; the change-log entry
 * of a new version says major or minor as its number does; a change that alters how the work is
 * done or judged is major; earlier change-log entries are history. SOPs, the quality manual,
 * policies, standards and KPIs all go through this one rule.
 */
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.ts';
import type { ChangeLogEntry, ControlStatus, DataChangeLogEntry } from '../schema/control.ts';
import { compareVersions, nextVersions, raisesMajor } from '../schema/version.ts';
import { KIND_CONTROL, type ControlledKind } from './document.ts';
import type { Origin } from '../model/handbook.ts';

/** Statuses of a released version: its text may change only with a new version. */
const RELEASED = new Set<ControlStatus>(['effective', 'superseded', 'retired']);

export interface VersionChange {
  kind: ControlledKind;
  id: string;
  base: { version: string; status: ControlStatus };
  head: { version: string; changeLog: readonly (ChangeLogEntry | DataChangeLogEntry)[]; origin: Origin };
  substance: boolean;
  /** The change in substance in words, for the message. */
  summary: string;
  /** Changes that alter how the work is done or judged, in words. */
  majorSignals: readonly string[];
  /** The version was raised and the change is major. */
  major: boolean;
  entry: ChangeLogEntry | DataChangeLogEntry | undefined;
  rewrittenEntries: readonly string[];
}

export function checkVersionChange(c: VersionChange, bag: DiagnosticBag): void {
  const { id, base, head } = c;
  const at = (path: (string | number)[]): SourcePosition => head.origin.at(path);
  const order = compareVersions(head.version, base.version);
  const sop = c.kind === 'sop';
  const next = nextVersions(base.version);

  if (order < 0) {
    bag.report(
      'change/version-lowered',
      at(['version']),
      `${id} goes from version ${base.version} back to ${head.version}.`,
      `Versions only go up. To undo a change, write the earlier text as a new version (${next.minor} or ${next.major}).`,
    );
  } else if (order === 0 && c.substance && RELEASED.has(base.status)) {
    bag.report(
      'change/version-not-raised',
      at(['version']),
      `${id} changed in substance (${c.summary}), but its version is still ${head.version}.`,
      `Raise the version and add a change-log entry for it: "${next.major}" with change: major for a change in substance (${KIND_CONTROL[c.kind].substance}), or "${next.minor}" with change: minor for wording and corrections. A periodic review that changes nothing only sets lastReviewed.`,
    );
  }

  if (order > 0) {
    const entry = c.entry;
    const majorNumber = raisesMajor(base.version, head.version);
    const entryIndex = head.changeLog.findIndex((e) => e.version === head.version);
    const entryAt = entryIndex >= 0 ? at(['changeLog', entryIndex, 'change']) : at(['version']);
    if (entry && entry.change === 'major' && !majorNumber) {
      bag.report(
        'change/version-kind-mismatch',
        entryAt,
        `The change-log entry of ${id} ${head.version} says major, but ${base.version} → ${head.version} raises only the MINOR number.`,
        `Use version "${next.major}" for a major change, or change: minor.`,
      );
    } else if (entry && entry.change === 'minor' && majorNumber) {
      bag.report(
        'change/version-kind-mismatch',
        entryAt,
        `${id} goes from ${base.version} to ${head.version}, a new MAJOR version, but its change-log entry says minor.`,
        sop ? `Write change: major (staff in training.roles are retrained), or use version "${next.minor}" for a correction.` : `Write change: major, or use version "${next.minor}" for a correction.`,
      );
    }
    if (!c.major && c.majorSignals.length > 0) {
      bag.report(
        'change/major-as-minor',
        entryAt,
        `${id} ${base.version} → ${head.version} is recorded as a minor change, but ${c.majorSignals.join('; ')}: that changes how the work is ${sop ? 'done' : 'done or judged'}.`,
        sop
          ? `Make it version "${next.major}" with change: major, so that staff in training.roles are retrained; minor changes are for wording and corrections.`
          : `Make it version "${next.major}" with change: major, so that the people who work to it are told; minor changes are for wording and corrections.`,
      );
    }
  }

  for (const version of c.rewrittenEntries) {
    const index = head.changeLog.findIndex((e) => e.version === version);
    bag.report(
      'change/change-log-rewritten',
      index >= 0 ? at(['changeLog', index]) : at(['changeLog']),
      index >= 0 ? `The change-log entry of ${id} ${version} was edited; it records a released version.` : `The change-log entry of ${id} ${version} was removed.`,
      'Earlier entries are history: restore them as they were, and describe the new change in a new entry.',
    );
  }
}
