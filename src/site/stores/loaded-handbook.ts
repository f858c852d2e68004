/**
 * The handbook exactly as loaded from its files (what the check validated), loaded once per build
 * and shared by the integration, document control and the in-force view (`handbook.ts`). The
 * root is `SQMS_ROOT` (default: the project folder); `SQMS_STRICT=1` treats warnings as errors;
 * `SQMS_LINKS=warn` makes broken links warnings; `SQMS_TODAY` fixes the evaluation date (src/core/settings.ts).
 */
import { resolve } from 'node:path';
import { loadHandbook } from '../../core/load.ts';
import { handbookRootSetting, linksSetting, strictSetting } from '../../core/settings.ts';
import type { LoadResult } from '../../core/model/handbook.ts';
import { onHandbookChange } from './reload.ts';

// Astro loads this module twice (once with the config, once for rendering pages); keeping the
// model on globalThis makes both share one load.
const KEY = Symbol.for('sqms.handbook');
const store = globalThis as { [KEY]?: LoadResult };
// The dev server reads the files again after a change (src/integration/handbook-reload.ts).
onHandbookChange('loaded-handbook', () => {
  delete store[KEY];
});

export function handbookRoot(): string {
  return resolve(handbookRootSetting());
}

/** Whether the build treats warnings as errors (`SQMS_STRICT=1`). */
export function strictBuild(): boolean {
  return strictSetting();
}

/** The handbook exactly as loaded from the files (what the check validated): for document control itself. */
export function getLoadedHandbook(): LoadResult {
  store[KEY] ??= loadHandbook(handbookRoot(), { strict: strictBuild(), links: linksSetting() });
  return store[KEY];
}

/** Uses `result` as the build's loaded handbook (a worker that loaded it itself), unless one is loaded already. */
export function primeLoadedHandbook(result: LoadResult): void {
  store[KEY] ??= result;
}
