/**
 * Forgetting what was loaded from the handbook's files, for the dev server: when a file under
 * `content/` or `data/` changes, the model, document control and the caches built from them are
 * dropped, so that the next request reads the files again (steps, time limits and titles as live
 * as the bodies). Each cache registers its clearing function under a name; the registry lives on
 * globalThis because Astro evaluates these modules twice (the config's and the pages' module
 * graphs), and a clear in one must reach the other. A build never calls it.
 */
const KEY = Symbol.for('sqms.reloaders');
const store = globalThis as { [KEY]?: Map<string, () => void> };

let instances = 0;

/**
 * Registers the clearing function of a cache. Each evaluation of a module registers its own (the
 * two module graphs hold two copies of a module's state), named `name#n`.
 */
export function onHandbookChange(name: string, clear: () => void): void {
  const registry = (store[KEY] ??= new Map());
  registry.set(`${name}#${registry.size + ++instances}`, clear);
}

/** Drops everything loaded from the handbook's files; returns the names of the caches cleared. */
export function handbookChanged(): string[] {
  const cleared: string[] = [];
  for (const [name, clear] of store[KEY] ?? []) {
    clear();
    cleared.push(name);
  }
  return cleared;
}
