/**
 * What may import what (README, "What is where"): the domain core imports nothing above it and no
 * Astro; the site layer imports no pages or components; and no file imports itself round a
 * circle. Type-only imports count: a cycle of types is still a knot a reader has to untangle.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph, importSpecifiers, astroScripts, type ImportEdge } from './import-graph.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const edges = importGraph(ROOT);

/** Whether `path` lies in one of `folders` (a folder, or a file such as `src/middleware.ts`). */
const inside = (path: string | undefined, folders: readonly string[]) => path !== undefined && folders.some((f) => path === f || path.startsWith(`${f}/`));
const show = (e: ImportEdge) => `${e.from} imports ${e.specifier}`;

/** Everything above the domain core. */
const ABOVE_CORE = ['src/site', 'src/components', 'src/layouts', 'src/pages', 'src/integration', 'src/cli', 'src/middleware.ts', 'src/content.config.ts'];
const ASTRO_PACKAGE = /^(astro($|[:/])|@astrojs\/)/;

/**
 * Upward imports the core is allowed to make for a while, each `importing file → imported file`
 * (the analyses and exports moved down from the site layer made eleven until they were removed,
 * issue #14). An entry that no longer occurs fails the test, so the list only shrinks.
 */
const UPWARD_ALLOWED: readonly string[] = [];

/**
 * Pairs of core folders that still import each other (`a ↔ b`, sorted). Same rule: an entry that
 * no longer occurs fails the test.
 */
const FOLDER_LOOPS_ALLOWED: readonly string[] = [];

describe('import direction', () => {
  it('reads the imports of TypeScript and Astro files', () => {
    expect(importSpecifiers("import type { A } from './a.ts';\nexport { b } from './b.ts';\nconst c = await import('./c.ts');\ntype D = typeof import('./d.ts');")).toEqual([
      './a.ts',
      './b.ts',
      './c.ts',
      './d.ts',
    ]);
    expect(importSpecifiers(astroScripts("---\nimport X from '../x.astro';\n---\n<p>import y from 'nothing'</p>\n<script>import 'chart.js';</script>"))).toEqual(['../x.astro', 'chart.js']);
    expect(edges.length).toBeGreaterThan(500);
  });

  it('the domain core imports nothing above it, and no Astro', () => {
    const upward = edges.filter((e) => e.from.startsWith('src/core/') && (inside(e.to, ABOVE_CORE) || ASTRO_PACKAGE.test(e.specifier)));
    const unexpected = upward.filter((e) => !UPWARD_ALLOWED.includes(`${e.from} → ${e.to}`)).map(show);
    expect(unexpected).toEqual([]);
    const gone = UPWARD_ALLOWED.filter((entry) => !upward.some((e) => `${e.from} → ${e.to}` === entry));
    expect(gone, 'allowed upward imports that no longer occur: remove them from UPWARD_ALLOWED').toEqual([]);
  });

  it('the site layer imports no pages, layouts or components', () => {
    const wrong = edges.filter((e) => e.from.startsWith('src/site/') && inside(e.to, ['src/pages', 'src/components', 'src/layouts'])).map(show);
    expect(wrong).toEqual([]);
  });

  it('no two folders of the core import each other', () => {
    const folder = (path: string) => path.split('/').slice(0, 3).join('/');
    const pairs = new Map<string, Set<string>>();
    for (const e of edges) {
      if (!e.from.startsWith('src/core/') || !e.to?.startsWith('src/core/')) continue;
      const [a, b] = [folder(e.from), folder(e.to)];
      if (a === b || e.from.split('/').length < 4 || e.to.split('/').length < 4) continue; // files directly in src/core are in no folder
      if (!pairs.has(a)) pairs.set(a, new Set());
      pairs.get(a)!.add(b);
    }
    const loops: string[] = [];
    for (const [a, targets] of pairs) for (const b of targets) if (a < b && pairs.get(b)?.has(a)) loops.push(`${a} ↔ ${b}`);
    const examples = (a: string, b: string) =>
      edges.filter((e) => e.to && ((folder(e.from) === a && folder(e.to) === b) || (folder(e.from) === b && folder(e.to) === a))).map(show);
    const unexpected = loops.filter((l) => !FOLDER_LOOPS_ALLOWED.includes(l));
    expect(unexpected.map((l) => [l, ...examples(...(l.split(' ↔ ') as [string, string]))])).toEqual([]);
    expect(FOLDER_LOOPS_ALLOWED.filter((l) => !loops.includes(l)), 'allowed folder loops that no longer occur: remove them').toEqual([]);
  });

  it('finds a cycle and names its files', () => {
    const cycles = importCycles([
      { from: 'a.ts', to: 'b.ts' },
      { from: 'b.ts', to: 'c.ts' },
      { from: 'c.ts', to: 'a.ts' },
      { from: 'c.ts', to: 'd.ts' },
      { from: 'd.ts', to: undefined },
    ]);
    expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });

  it('no file imports itself round a circle', () => {
    expect(importCycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });
});
