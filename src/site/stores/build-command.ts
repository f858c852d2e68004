/**
 * Whether Astro is building the site (`astro build`, `npm run build`) rather than serving it
 * (`astro dev`): set by the integration (src/integration/sqms.ts) from the command Astro runs.
 * Only a build restores pages from the previous one, so only a build computes their keys
 * (src/site/views/page-keys.ts); `import.meta.env.DEV` cannot tell, as it follows NODE_ENV.
 */

// Astro loads this module twice (once with the config, once for rendering pages): both share one flag.
const KEY = Symbol.for('sqms.building');
const store = globalThis as { [KEY]?: boolean };

export function setBuilding(building: boolean): void {
  store[KEY] = building;
}

/** True during a build (false in the dev server, and when no integration ran). */
export function building(): boolean {
  return store[KEY] === true;
}
