/**
 * Template syntax the handbook does not render (Hugo shortcodes, Liquid and Jinja tags, template
 * values: src/core/body/templates.ts): readers see a "Not shown here" mark in its place, so each
 * kind of tag is reported once, as a warning, with how often and on how many pages it appears and
 * where it appears first. The places were found when the check compiled each body
 * (`Handbook.compiledBodies`).
 */
import type { Rule } from './rule.ts';
import { plural } from '../text/plural.ts';
import type { CompiledBody } from '../body/compile.ts';

type Found = CompiledBody['unsupported'][number] & { file: string };

const WHAT: Record<Found['family'], string> = { shortcode: 'The Hugo shortcode', tag: 'The template tag', value: 'The template value' };

const HOW: Record<Found['family'], string> = {
  shortcode:
    'The handbook renders notice, hint, alert, note, tip, info, important, warning, caution and danger (as callouts), details and expand, figure, ref and relref (CONTRIBUTING.md, "Bringing in pages from a wiki, GitHub or Hugo"). Write this content in Markdown instead (a link for a video, a table for a chart), or remove the tag.',
  tag: 'The handbook runs no templates. Write the content itself in Markdown (copy an included file\'s text, a link instead of a loop), or remove the tag.',
  value: 'The handbook fills in no template values. Write the text itself, or remove the value; in a link\'s address, {{ site.baseurl }} and {{ "/x" | relative_url }} are understood.',
};

export const templateSyntax: Rule = {
  name: 'template-syntax',
  run(h, bag) {
    const byKind = new Map<string, { first: Found; count: number; files: Set<string> }>();
    for (const [file, body] of h.compiledBodies) {
      for (const tag of body.unsupported) {
        const seen = byKind.get(tag.syntax);
        const found = { ...tag, file };
        if (!seen) byKind.set(tag.syntax, { first: found, count: 1, files: new Set([file]) });
        else {
          seen.count++;
          seen.files.add(file);
          if (file < seen.first.file || (file === seen.first.file && (tag.line < seen.first.line || (tag.line === seen.first.line && tag.column < seen.first.column)))) seen.first = found;
        }
      }
    }
    for (const { first, count, files } of byKind.values()) {
      bag.report(
        'markdown/template-syntax',
        { file: first.file, line: first.line, column: first.column },
        `${WHAT[first.family]} ${first.syntax} is not rendered: readers see "Not shown here: ${first.syntax}" in its place, ${count === 1 ? 'here only' : `${plural(count, 'time')} on ${plural(files.size, 'page')}; this is the first`}.`,
        HOW[first.family],
      );
    }
  },
};
