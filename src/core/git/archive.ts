/**
 * Reads the earlier texts of controlled documents' files (SOPs, the quality manual, policies,
 * standards, KPIs; and of the translations of SOPs whose file holds a
 * version not in force yet) with ONE `git cat-file --batch`, and decides for each SOP which
 * version is in force on the day evaluated, which one is upcoming and which ones are superseded.
 */
import type { Locale } from '../schema/common.ts';
import { decodeUtf8, readObjects } from './cat-file.ts';
import type { DocumentHistory } from './history.ts';
import type { Repository } from './repository.ts';
import { translationFor, type TranslationInForce } from './translation-versions.ts';
import { documentVersions, notInForceYet, sopVersions, type FileSnapshot, type SopVersions, type VersionGate, type WorkingVersion } from './versions.ts';
import type { ControlledKind } from '../control/document.ts';
import { readerFor } from './readers.ts';

export interface TranslationRequest {
  lang: Locale;
  /** Path relative to the handbook root, as today. */
  path: string;
  sourceVersion: string;
}

export interface ArchiveRequest {
  /** The kind of document (default `sop`). */
  kind?: ControlledKind;
  id: string;
  /** Path relative to the handbook root, as today. */
  path: string;
  working: WorkingVersion;
  translations?: readonly TranslationRequest[];
  /** Versions held back although effective by their date (an SOP's retraining gate). */
  gate?: VersionGate;
}

export interface DocumentVersions extends SopVersions {
  /** Per language, the translation text that goes with the version in force (only when it is taken from history). */
  translations: Map<Locale, TranslationInForce>;
}

/**
 * The versions of every document requested on `today`: SOPs in `versions`, the other controlled
 * documents (the quality manual, policies, standards, KPIs) in `others`, their texts read as
 * their kind is written.
 */
export function readArchive(
  repository: Repository,
  documents: ReadonlyMap<string, DocumentHistory>,
  sops: readonly ArchiveRequest[],
  today: string,
): { ok: true; versions: Map<string, DocumentVersions>; others: Map<string, SopVersions<unknown>> } | { ok: false; failure: string } {
  const commitsOf = (path: string) => documents.get(path)?.commits.filter((c) => c.status !== 'deleted') ?? [];
  const wanted: { path: string; commits: DocumentHistory['commits'] }[] = [];
  for (const sop of sops) {
    const upcoming = notInForceYet(sop.working, today, sop.gate);
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
  const others = new Map<string, SopVersions<unknown>>();
  for (const sop of sops) {
    if (sop.kind !== undefined && sop.kind !== 'sop') {
      others.set(sop.id, documentVersions(snapshotsByPath.get(sop.path) ?? [], sop.working, today, readerFor(sop.kind)));
      continue;
    }
    const found = sopVersions(snapshotsByPath.get(sop.path) ?? [], sop.working, today, sop.gate);
    const translations = new Map<Locale, TranslationInForce>();
    if (found.inForce.source === 'history') {
      const version = found.inForce.version.version;
      for (const t of sop.translations ?? []) translations.set(t.lang, translationFor(version, t.sourceVersion, snapshotsByPath.get(t.path) ?? []));
    }
    versions.set(sop.id, { ...found, translations });
  }
  return { ok: true, versions, others };
}
