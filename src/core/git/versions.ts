/**
 * The versions of an SOP on a given day, found in the Git history of its file: the version in
 * force, the version the file holds when that one is not in force yet (a draft, a version in
 * review, or one approved for a later date), and the superseded versions. Each earlier version is
 * taken from the last commit in which the file held it while effective, i.e. the text staff
 * worked to until the next version replaced it (ISO 9001 7.5.3: the current version available
 * where it is used; obsolete documents kept, and kept from unintended use).
 */
import { parseSopText, rawText, type DocumentText } from '../model/sop-text.ts';
import type { SopFrontmatter, SopStatus } from '../schema/sop.ts';
import type { DocumentCommit } from './history.ts';

export interface FileSnapshot {
  commit: DocumentCommit;
  text: string;
}

/**
 * How the texts of one kind of controlled document are read from history: parsed as they were
 * (YAML for standards and KPIs, frontmatter and body for SOPs and pages), and the status a text
 * has when it writes none (a KPI never does; an SOP without one is a draft).
 */
export interface TextReader<T> {
  parse(text: string): DocumentText<T> | undefined;
  defaultStatus: SopStatus;
}

export const SOP_READER: TextReader<SopFrontmatter> = { parse: parseSopText, defaultStatus: 'draft' };

/** A version read from Git history. */
export interface ArchivedVersion<T = SopFrontmatter> {
  version: string;
  /** The commit the text is taken from (the last one with this version in force). */
  commit: DocumentCommit;
  /** The first commit with this version. */
  introduced: DocumentCommit;
  /** Effective date written in that version, if any. */
  effective: string | undefined;
  /** When the next version took over: its effective date (never after the day evaluated). Undefined while in force. */
  supersededOn: string | undefined;
  /** The next version's number. Undefined while in force. */
  supersededBy: string | undefined;
  /** The text of the version (of an SOP, or of any controlled document: the name stays from the first kind). */
  sop: DocumentText<T>;
}

/** The version the working file holds: what the document-control decisions need of it. */
export interface WorkingVersion {
  version: string;
  status: SopStatus;
  effective: string | undefined;
}

/** The working file's version when it is not in force yet. */
export interface UpcomingVersion {
  version: string;
  /** `draft`, `in-review`, or `effective` with a later effective date (approved, scheduled), or with its date come but held back by its gate. */
  status: SopStatus;
  /** The date it takes effect (planned, while in review). */
  effective: string | undefined;
  /** Its effective date has come, but its gate holds it back (a major version waiting for its retraining). */
  held?: true;
  /** Its retraining campaign is short: units complete of those in scope (set by document control from the retraining gate). */
  retraining?: { done: number; total: number };
}

/**
 * Whether a version that is effective by its date is still held back: a major version of an
 * assessed SOP while its retraining campaign is short (core/derive/training-gate.ts decides it).
 * A version held back is not in force; the version before it stays in force.
 */
export type VersionGate = (version: string) => boolean;

/** No version is held back. */
export const NO_GATE: VersionGate = () => false;

/**
 * Where the version in force comes from. `working`: the file as it is (its version is in force,
 * or the document is withdrawn and says so). `history`: an earlier version from Git, because the
 * file holds one that is not in force yet. `none`: no version has been in force yet (a first
 * version). `unknown`: the file's version is not in force and history cannot be read to find the
 * one that is.
 */
export type InForce<T = SopFrontmatter> =
  | { source: 'working' }
  | { source: 'history'; version: ArchivedVersion<T> }
  | { source: 'none' }
  | { source: 'unknown'; reason: string };

export interface SopVersions<T = SopFrontmatter> {
  inForce: InForce<T>;
  upcoming: UpcomingVersion | undefined;
  /** Versions superseded on or before the day evaluated, newest first. */
  superseded: ArchivedVersion<T>[];
}

/** Whether a version with this status and effective date is in force on `today`. */
export function inForceOn(v: { status: SopStatus; effective: string | undefined }, today: string): boolean {
  return v.status === 'effective' && v.effective !== undefined && v.effective <= today;
}

/** Not in force yet and not withdrawn: a draft, a version in review, or one approved for a later date. */
export function isUpcoming(v: { status: SopStatus; effective: string | undefined }, today: string): boolean {
  return v.status === 'draft' || v.status === 'in-review' || (v.status === 'effective' && !inForceOn(v, today));
}

/** Whether the working file's version is not in force on `today`: not effective by its date, or held back by its gate. */
export function notInForceYet(working: WorkingVersion, today: string, gate: VersionGate = NO_GATE): boolean {
  return isUpcoming(working, today) || (inForceOn(working, today) && gate(working.version));
}

function upcomingOf(working: WorkingVersion, today: string, gate: VersionGate): UpcomingVersion | undefined {
  if (isUpcoming(working, today)) return { version: working.version, status: working.status, effective: working.effective };
  if (inForceOn(working, today) && gate(working.version)) return { version: working.version, status: working.status, effective: working.effective, held: true };
  return undefined;
}

/** When history cannot be read: the file's version is in force, or the version in force is unknown. */
export function versionsWithoutHistory<T = SopFrontmatter>(working: WorkingVersion, today: string, reason: string, gate: VersionGate = NO_GATE): SopVersions<T> {
  const upcoming = upcomingOf(working, today, gate);
  return { inForce: upcoming ? { source: 'unknown', reason } : { source: 'working' }, upcoming, superseded: [] };
}

interface Group<T> {
  version: string;
  /** Newest first; `replacedOn`: the day the next commit of the file replaced that text (undefined for the newest commit). */
  snapshots: { commit: DocumentCommit; sop: DocumentText<T>; replacedOn: string | undefined }[];
}

/**
 * The versions of one SOP on `today`, from the snapshots of its file listed newest first (the
 * working file itself is `working`, which may be newer than the last commit). A text counts as
 * in force once its status is `effective` and its effective date has come while it was still the
 * file's text (a version postponed or replaced before its date never was); the version in force
 * is the newest one that is; the ones before it are superseded, each on its successor's
 * effective date. Versions never in force (drafts, reviews not approved, approvals for a date
 * still to come) are neither in force nor superseded. While the file holds a version not in
 * force yet, the file is the last word on that version: its earlier texts are not taken.
 */
export function sopVersions(snapshots: readonly FileSnapshot[], working: WorkingVersion, today: string, gate: VersionGate = NO_GATE): SopVersions {
  return documentVersions(snapshots, working, today, SOP_READER, gate);
}

/**
 * The same decision for any controlled document, its texts read by `reader`. A version `gate`
 * holds back is never in force, whatever its date (the retraining gate of SOPs).
 */
export function documentVersions<T>(snapshots: readonly FileSnapshot[], working: WorkingVersion, today: string, reader: TextReader<T>, gate: VersionGate = NO_GATE): SopVersions<T> {
  const upcoming = upcomingOf(working, today, gate);
  const groups: Group<T>[] = [];
  snapshots.forEach((snapshot, i) => {
    const sop = reader.parse(snapshot.text);
    const version = sop ? rawText(sop.raw, 'version') : undefined;
    if (!sop || !version) return;
    if (upcoming && version === working.version) return;
    const entry = { commit: snapshot.commit, sop, replacedOn: i > 0 ? snapshots[i - 1]!.commit.date.slice(0, 10) : undefined };
    const last = groups[groups.length - 1];
    if (last && last.version === version) last.snapshots.push(entry);
    else if (!groups.some((g) => g.version === version)) groups.push({ version, snapshots: [entry] });
  });
  // Versions that have been in force by today, newest first, each as its last text in force.
  const wasInForce: ArchivedVersion<T>[] = [];
  for (const group of groups) {
    if (gate(group.version)) continue;
    const text = group.snapshots.find((s) => {
      const effective = rawText(s.sop.raw, 'effective');
      return inForceOn({ status: rawStatus(s.sop, reader.defaultStatus), effective }, today) && (s.replacedOn === undefined || effective! < s.replacedOn);
    });
    if (!text) continue;
    wasInForce.push({
      version: group.version,
      commit: text.commit,
      introduced: group.snapshots[group.snapshots.length - 1]!.commit,
      effective: rawText(text.sop.raw, 'effective'),
      supersededOn: undefined,
      supersededBy: undefined,
      sop: text.sop,
    });
  }
  let inForce: InForce<T>;
  let successor: { version: string; effective: string | undefined } | undefined;
  let older: ArchivedVersion<T>[];
  if (!upcoming) {
    // The file's version is in force (or the document is withdrawn): every other version that was in force is superseded.
    inForce = { source: 'working' };
    successor = { version: working.version, effective: working.effective };
    older = wasInForce.filter((v) => v.version !== working.version);
  } else if (wasInForce.length > 0) {
    const [current, ...rest] = wasInForce as [ArchivedVersion<T>, ...ArchivedVersion<T>[]];
    inForce = { source: 'history', version: current };
    successor = { version: current.version, effective: current.effective };
    older = rest;
  } else {
    inForce = { source: 'none' };
    older = [];
  }
  const superseded: ArchivedVersion<T>[] = [];
  for (const v of older) {
    superseded.push({ ...v, supersededOn: successor?.effective ?? v.commit.date.slice(0, 10), supersededBy: successor?.version });
    successor = { version: v.version, effective: v.effective };
  }
  return { inForce, upcoming, superseded };
}

function rawStatus(sop: DocumentText<unknown>, defaultStatus: SopStatus): SopStatus {
  return (rawText(sop.raw, 'status') ?? defaultStatus) as SopStatus;
}
