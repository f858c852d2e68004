/** Document versions `MAJOR.MINOR` (the `version` field, `common.ts`), compared as numbers ("1.10" is after "1.9"). */

export function parseVersion(version: string): [number, number] {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return [major, minor];
}

/** Negative when `a` is earlier, positive when later, 0 when equal. */
export function compareVersions(a: string, b: string): number {
  const [am, an] = parseVersion(a);
  const [bm, bn] = parseVersion(b);
  return am - bm || an - bn;
}

/** True when `to` raises the MAJOR number of `from`. */
export function raisesMajor(from: string, to: string): boolean {
  return parseVersion(to)[0] > parseVersion(from)[0];
}

/** The next versions after `version`: a correction and a change in substance. */
export function nextVersions(version: string): { minor: string; major: string } {
  const [major, minor] = parseVersion(version);
  return { minor: `${major}.${minor + 1}`, major: `${major + 1}.0` };
}
