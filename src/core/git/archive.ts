/**
 * Reads the earlier texts of SOP files (and of the translations of SOPs whose file holds a
 * version not in force yet) with ONE `git cat-file --batch`, and decides for each SOP which
 * version is in force on the day evaluated, which one is upcoming and which ones are superseded.
 */
import type { Locale } from '../schema/common.ts';
import { decodeUtf8, readObjects } from './cat-file.ts';
import type { DocumentHistory } from './history.ts';
import type { Repository } from './repository.ts';
import { translationFor, type TranslationInForce } from './translation-versions.ts';
import { isUpcoming, sopVersions, type FileSnapshot, type SopVersions, type WorkingVersion } from './versions.ts';

export interface TranslationRequest {
  lang: Locale;
  /** Path relative to the handbook root, as today. */
  path: string;
  sourceVersion: string;
}

export interface ArchiveRequest {
  id: string;
  /** Path relative to the handbook root, as today. */
  path: string;
  working: WorkingVersion;
  translations?: readonly TranslationRequest[];
}

export interface DocumentVersions extends SopVersions {
  /** Per language, the translation text that goes with the version in force (only when it is taken from history). */
  translations: Map<Locale, TranslationInForce>;
}

/** The versions of every SOP requested on `today`. */
export function readArchive(
  repository: Repository,
  documents: ReadonlyMap<string, DocumentHistory>,
  sops: readonly ArchiveRequest[],
  today: string,
): { ok: true; versions: Map<string, DocumentVersions> } | { ok: false; failure: string } {
  const commitsOf = (path: string) => documents.get(path)?.commits.filter((c) => c.status !== 'deleted') ?? [];
  const wanted: { path: string; commits: DocumentHistory['commits'] }[] = [];
  for (const sop of sops) {
    const upcoming = isUpcoming(sop.working, today);
    const commits = commitsOf(sop.path);
    // An SOP in force needs history only for its superseded versions; one not in force yet, for the version in force.
    if (commits.length >= (upcoming ? 1 : 2)) wanted.push({ path: sop.path, commits });
    if (upcoming) for (const t of sop.translations ?? []) wanted.push({ path: t.path, commits: commitsOf(t.path) });
  }
  const names = wanted.flatMap((w) => w.commits.map((c) => `${c.hash}:${c.gitPath}`));
  const objects = readObjects(repository.top, names);
  if ('failure' in objects) return { ok: false, failure: objects.failure };
  const snapshotsByPath = new Map<string, FileSnapshot[]>();
  let i = 0;
  for (const { path, commits } of wanted) {
    const snapshots: FileSnapshot[] = [];
    for (const commit of commits) {
      const object = objects[i++]!;
      const text = object.found ? decodeUtf8(object.content) : undefined;
      if (text !== undefined) snapshots.push({ commit, text });
    }
    snapshotsByPath.set(path, snapshots);
  }
  const versions = new Map<string, DocumentVersions>();
  for (const sop of sops) {
    const found = sopVersions(snapshotsByPath.get(sop.path) ?? [], sop.working, today);
    const translations = new Map<Locale, TranslationInForce>();
    if (found.inForce.source === 'history') {
      const version = found.inForce.version.version;
      for (const t of sop.translations ?? []) translations.set(t.lang, translationFor(version, t.sourceVersion, snapshotsByPath.get(t.path) ?? []));
    }
    versions.set(sop.id, { ...found, translations });
  }
  return { ok: true, versions };
}
