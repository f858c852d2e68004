/**
 * Which text of an SOP's translation goes with the version of the original in force. A
 * translator may translate a version before it takes effect (`sourceVersion: "3.2"` while 3.1 is
 * in force); readers of the version in force then see the translation as it was for 3.1, taken
 * from the Git history of the translation's file.
 */
import { compareVersions } from '../schema/version.ts';
import { parseTranslationText, rawText, type SopTranslationText } from '../model/sop-text.ts';
import type { DocumentCommit } from './history.ts';
import type { FileSnapshot } from './versions.ts';

/** `working`: the translation file as it is. `history`: an earlier text of it. `none`: none made for that version or earlier. */
export type TranslationInForce =
  | { source: 'working' }
  | { source: 'history'; commit: DocumentCommit; text: SopTranslationText; sourceVersion: string }
  | { source: 'none' };

/**
 * The translation text for `version` of the original: the working file when it translates that
 * version or an earlier one, else the newest text in history that does (snapshots newest first).
 */
export function translationFor(version: string, workingSourceVersion: string, snapshots: readonly FileSnapshot[]): TranslationInForce {
  if (compareVersions(workingSourceVersion, version) <= 0) return { source: 'working' };
  for (const snapshot of snapshots) {
    const text = parseTranslationText(snapshot.text);
    const sourceVersion = text ? rawText(text.raw, 'sourceVersion') : undefined;
    if (text && sourceVersion && compareVersions(sourceVersion, version) <= 0) return { source: 'history', commit: snapshot.commit, text, sourceVersion };
  }
  return { source: 'none' };
}
