/**
 * The one handbook model of a build, loaded on first use and shared by the integration and every
 * page. The root is `SQMS_ROOT` (default: the project folder); `SQMS_STRICT=1` treats warnings as
 * errors; `SQMS_TODAY` fixes the evaluation date.
 */
import { resolve } from 'node:path';
import { loadHandbook } from '../core/model/load.ts';
import type { LoadResult } from '../core/model/handbook.ts';

// Astro loads this module twice (once with the config, once for rendering pages); keeping the
// model on globalThis makes both share one load.
const KEY = Symbol.for('sqms.handbook');
const store = globalThis as { [KEY]?: LoadResult };

export function handbookRoot(): string {
  return resolve(process.env['SQMS_ROOT'] ?? process.cwd());
}

/** Whether the build treats warnings as errors (`SQMS_STRICT=1`). */
export function strictBuild(): boolean {
  return process.env['SQMS_STRICT'] === '1';
}

export function getHandbook(): LoadResult {
  store[KEY] ??= loadHandbook(handbookRoot(), { strict: strictBuild() });
  return store[KEY];
}
