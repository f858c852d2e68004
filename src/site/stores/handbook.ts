/**
 * The one handbook model of a build as the site shows it, made on first use from the handbook as
 * loaded (`loaded-handbook.ts`) and shared by the integration and every page.
 */
import type { LoadResult } from '../../core/model/handbook.ts';
import { definitionsInForce } from './definitions-in-force.ts';
import { getLoadedHandbook } from './loaded-handbook.ts';
import { onHandbookChange } from './reload.ts';

// Astro loads this module twice (once with the config, once for rendering pages); keeping the
// view on globalThis makes both share one.
const VIEW = Symbol.for('sqms.handbookInForce');
const store = globalThis as { [VIEW]?: LoadResult };
// The dev server reads the files again after a change (src/integration/handbook-reload.ts).
onHandbookChange('handbook', () => {
  delete store[VIEW];
});

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
