/**
 * The file patterns that say where a kind of record lives (`data/kpis/**\/*.{yaml,yml}`): `*` is
 * any part of a name, `**\/` any number of folders (none included), `{a,b}` either word. The same
 * patterns decide what the loader reads and are written into the editor's schema mapping.
 */

const SPECIAL = /[.+^$()|[\]\\]/g;

/** The regular expression of a pattern, for a whole path relative to the handbook root. */
export function globPattern(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') {
        out += '(?:[^/]+/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      out += `(?:${glob.slice(i + 1, end).split(',').map((w) => w.replace(SPECIAL, '\\$&')).join('|')})`;
      i = end;
    } else out += c.replace(SPECIAL, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

const compiled = new Map<string, RegExp>();

/**
 * Whether `path` matches `glob`. A file's extension counts in any case (`KPI-CSAT.YAML` is a KPI
 * file), as the loader has always read it; folders and names are matched as written.
 */
export function matchesGlob(glob: string, path: string): boolean {
  let re = compiled.get(glob);
  if (!re) compiled.set(glob, (re = globPattern(glob)));
  return re.test(path.replace(/\.[^./]+$/, (ext) => ext.toLowerCase()));
}

/** A pattern with its `{a,b}` choices written out: `data/kpis/*.{yaml,yml}` → two patterns. */
export function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  const close = glob.indexOf('}', open);
  return glob
    .slice(open + 1, close)
    .split(',')
    .flatMap((word) => expandBraces(glob.slice(0, open) + word + glob.slice(close + 1)));
}
