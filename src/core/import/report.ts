/**
 * The report of an import, in Markdown (written to `import-report.md` in the handbook folder, or
 * printed by a dry run): what was copied, renamed and rewritten, and what could not be: links to
 * nothing (with file and line), wiki links without a page, template syntax by name and count,
 * pages that are not UTF-8 text, and the files left out with the reason.
 */
import type { ImportPlan } from './plan.ts';
import type { LeftOut } from './source-tree.ts';
import type { Unresolved } from './rewrite.ts';
import { plural } from '../text/plural.ts';

const LEFT_OUT: Record<LeftOut['reason'], string> = {
  'not-markdown': 'not Markdown, nor an image or attachment the handbook publishes (png, jpg, gif, webp, avif, svg, pdf, docx, xlsx, pptx, csv, txt)',
  'static-unused': 'a file of Hugo\'s static/ that no page names',
  'link-outside': 'a symbolic link that leaves the source folder (never followed)',
  'link-dangling': 'a symbolic link to nothing',
  unreadable: 'cannot be read',
  'wiki-special': "a GitHub wiki's sidebar, header or footer (the handbook makes its own navigation)",
};

const WHY: Record<Unresolved['why'], string> = {
  missing: 'no such file in the source',
  outside: 'leads out of the source folder',
  wiki: 'no wiki page of that name',
};

/** The counts a person reads first, one line each. */
export function importSummary(plan: ImportPlan): string[] {
  const pages = plan.files.filter((f) => f.copyFrom === undefined).length;
  const assets = plan.files.length - pages;
  const rewritten = plan.rewrites.reduce((n, f) => n + f.rewrites.length, 0);
  const unresolved = plan.unresolved.reduce((n, f) => n + f.unresolved.length, 0);
  const syntax = [...plan.syntax.values()].reduce((n, c) => n + c, 0);
  return [
    `${plural(pages, 'page')} and ${plural(assets, 'image or attachment', 'images and attachments')} into content/${plan.into === '' ? '' : `${plan.into}/`}${plan.shape === 'hugo' ? ' (a Hugo site: content/ and static/)' : ''}`,
    `${plural(plan.renamed.length, 'file')} renamed, ${plural(rewritten, 'link')} rewritten`,
    `${plural(unresolved, 'link')} could not be resolved, ${plural(syntax, 'use')} of template syntax left as written`,
    `${plural(plan.leftOut.length, 'file or folder', 'files and folders')} left out, ${plural(plan.notText.length, 'page')} not UTF-8 text`,
  ];
}

export function importReport(plan: ImportPlan, source: string, dryRun: boolean): string {
  const out: string[] = [`# Import of ${source}`, ''];
  if (dryRun) out.push('A dry run: nothing was written.', '');
  for (const line of importSummary(plan)) out.push(`- ${line}`);
  out.push('');
  if (plan.conflicts.length > 0) {
    out.push('## Files that exist already (nothing was written)', '', 'The import never overwrites a file. Import into another folder (`--into`), or move these first:', '');
    for (const c of plan.conflicts) out.push(`- content/${c}`);
    out.push('');
  }
  if (plan.renamed.length > 0) {
    out.push('## Renamed', '', 'Names the check refuses or links cannot hold as written; links to them are rewritten.', '');
    for (const r of plan.renamed) out.push(`- ${r.source} → content/${r.target}`);
    out.push('');
  }
  if (plan.duplicates.length > 0) {
    out.push('## Files that make one page', '', 'A folder\'s page and a file of the same name (or two folder pages) are one address; the check refuses the second (`page/duplicate-address`). Merge or rename one.', '');
    for (const d of plan.duplicates) out.push(`- ${d.map((f) => `content/${f}`).join(', ')}`);
    out.push('');
  }
  if (plan.unresolved.length > 0) {
    out.push('## Links that lead to no file of the source', '', 'Left as written: fix them, or run `npm run check -- --links warn` while you do.', '');
    for (const f of plan.unresolved) for (const u of f.unresolved) out.push(`- content/${f.file}:${u.line}:${u.column} \`${u.target}\`: ${WHY[u.why]}`);
    out.push('');
  }
  if (plan.syntax.size > 0) {
    out.push('## Template syntax left as written', '', 'Another tool\'s templates; the check says which the handbook renders and which it shows as text.', '');
    for (const [name, n] of [...plan.syntax].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`- \`${name}\`: ${n}`);
    out.push('');
  }
  if (plan.notText.length > 0) {
    out.push('## Pages that are not UTF-8 text', '', 'Copied unchanged, links not rewritten; the check points at the first byte that is not UTF-8. Save them as UTF-8.', '');
    for (const f of plan.notText) out.push(`- content/${f}`);
    out.push('');
  }
  if (plan.rewrites.length > 0) {
    out.push('## Links rewritten', '');
    for (const f of plan.rewrites) for (const r of f.rewrites) out.push(`- content/${f.file}:${r.line} \`${r.from}\` → \`${r.to}\``);
    out.push('');
  }
  if (plan.leftOut.length > 0) {
    out.push('## Left out', '');
    for (const l of plan.leftOut) out.push(`- ${l.path}: ${LEFT_OUT[l.reason]}`);
    out.push('');
  }
  out.push('## Next', '', '`npm run check -- --links warn` lists what is left to fix, with broken links as warnings; then `npm run check` until it passes.', '');
  return out.join('\n');
}
