/**
 * The one handbook model of a build, loaded on first use and shared by the integration and every
 * page. The root is `SQMS_ROOT` (default: the project folder); `SQMS_STRICT=1` treats warnings as
 * errors; `SQMS_TODAY` fixes the evaluation date.
 */
import { resolve } from 'node:path';
import { loadHandbook } from '../../core/load.ts';
import { handbookRootSetting, strictSetting } from '../../core/settings.ts';
import type { LoadResult } from '../../core/model/handbook.ts';
import { definitionsInForce } from './definitions-in-force.ts';
import { onHandbookChange } from './reload.ts';

// Astro loads this module twice (once with the config, once for rendering pages); keeping the
// model on globalThis makes both share one load.
const KEY = Symbol.for('sqms.handbook');
const VIEW = Symbol.for('sqms.handbookInForce');
const store = globalThis as { [KEY]?: LoadResult; [VIEW]?: LoadResult };
// The dev server reads the files again after a change (src/integration/handbook-reload.ts).
onHandbookChange('handbook', () => {
  delete store[KEY];
  delete store[VIEW];
});

export function handbookRoot(): string {
  return resolve(handbookRootSetting());
}

/** Whether the build treats warnings as errors (`SQMS_STRICT=1`). */
export function strictBuild(): boolean {
  return strictSetting();
}

/**
 * The handbook as the site shows it: the files as loaded, with each KPI and standard as the
 * version in force on the build date (a new target or time limit approved for a later date is
 * not applied before it; see ./definitions-in-force.ts). SOPs and pages stay as their files are:
 * their pages decide the version shown (./in-force.ts). The diagnostics are those of the files.
 */
export function getHandbook(): LoadResult {
  store[VIEW] ??= definitionsInForce(getLoadedHandbook());
  return store[VIEW];
}

/** The handbook exactly as loaded from the files (what the check validated): for document control itself. */
export function getLoadedHandbook(): LoadResult {
  store[KEY] ??= loadHandbook(handbookRoot(), { strict: strictBuild() });
  return store[KEY];
}

/** Uses `result` as the build's loaded handbook (a worker that loaded it itself), unless one is loaded already. */
export function primeLoadedHandbook(result: LoadResult): void {
  store[KEY] ??= result;
}
