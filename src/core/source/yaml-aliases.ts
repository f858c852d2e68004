/**
 * YAML aliases (`*name`) repeat the value of an anchor (`&name`). js-yaml, which reads the values,
 * shares the anchored object instead of copying it, so reading is cheap; but everything that walks
 * the value afterwards (the schema check, the build's serialisation of frontmatter) visits it once
 * per alias. A few lines of nested aliases ("billion laughs") then stand for billions of values,
 * and an alias inside its own anchor for a value that never ends. This measures both, cheaply.
 */

export type AliasExpansion = { ok: true } | { ok: false; reason: 'too-many'; values: number } | { ok: false; reason: 'cyclic' };

/**
 * Whether `value` (as read by js-yaml) stands for at most `limit` more values than it holds: each
 * object is walked once, and its expanded size is remembered.
 */
export function checkAliasExpansion(value: unknown, limit: number): AliasExpansion {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let written = 0;
  let cyclic = false;
  const size = (v: unknown): number => {
    if (typeof v !== 'object' || v === null) return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    if (open.has(v)) {
      cyclic = true;
      return 1;
    }
    open.add(v);
    let n = 1;
    written++;
    for (const child of Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)) {
      if (typeof child !== 'object' || child === null) written++;
      n += size(child);
    }
    open.delete(v);
    sizes.set(v, n);
    return n;
  };
  const total = size(value);
  if (cyclic) return { ok: false, reason: 'cyclic' };
  return total - written > limit ? { ok: false, reason: 'too-many', values: total } : { ok: true };
}
