/**
 * Superseded versions of an SOP, found in the Git history of its file. Each earlier version is
 * taken from the last commit in which the file held it while effective, i.e. the text staff
 * worked to until the next version replaced it (ISO 9001 7.5.3: obsolete documents are kept, and
 * kept from unintended use).
 */
import { parseSopText, rawText, type SopText } from '../model/sop-text.ts';
import type { DocumentCommit } from './history.ts';

export interface FileSnapshot {
  commit: DocumentCommit;
  text: string;
}

export interface ArchivedVersion {
  version: string;
  /** The commit the text is taken from (the last one with this version in force). */
  commit: DocumentCommit;
  /** The first commit with this version. */
  introduced: DocumentCommit;
  /** Effective date written in that version, if any. */
  effective: string | undefined;
  /** When the next version took over: its effective date, else the date of its first commit. */
  supersededOn: string | undefined;
  /** The next version's number. */
  supersededBy: string | undefined;
  sop: SopText;
}

interface Group {
  version: string;
  snapshots: { commit: DocumentCommit; sop: SopText }[];
}

/**
 * Versions before `currentVersion`, newest first, from snapshots of one file listed newest first.
 * Versions that were never effective (drafts, reviews that were not approved) are left out.
 */
export function archivedVersions(snapshots: readonly FileSnapshot[], currentVersion: string): ArchivedVersion[] {
  const groups: Group[] = [];
  for (const snapshot of snapshots) {
    const sop = parseSopText(snapshot.text);
    const version = sop ? rawText(sop.raw, 'version') : undefined;
    if (!sop || !version) continue;
    const last = groups[groups.length - 1];
    if (last && last.version === version) last.snapshots.push({ commit: snapshot.commit, sop });
    else if (!groups.some((g) => g.version === version)) groups.push({ version, snapshots: [{ commit: snapshot.commit, sop }] });
  }
  const result: ArchivedVersion[] = [];
  groups.forEach((group, i) => {
    if (group.version === currentVersion) return;
    const inForce = group.snapshots.find((s) => rawText(s.sop.raw, 'status') === 'effective');
    if (!inForce) return;
    const newer = groups[i - 1];
    const newerStart = newer?.snapshots[newer.snapshots.length - 1];
    result.push({
      version: group.version,
      commit: inForce.commit,
      introduced: group.snapshots[group.snapshots.length - 1]!.commit,
      effective: rawText(inForce.sop.raw, 'effective'),
      supersededOn: newer ? (newer.snapshots.map((s) => rawText(s.sop.raw, 'effective')).find(Boolean) ?? newerStart?.commit.date.slice(0, 10)) : undefined,
      supersededBy: newer?.version,
      sop: inForce.sop,
    });
  });
  return result;
}
