/**
 * The text the compiler reads of a body: other tools' template syntax rendered or marked
 * (templates.ts: Hugo shortcodes, Liquid and Jinja tags), then, in MDX, the wiki markup MDX
 * rejects adapted (wiki-markup.ts), and in Markdown, type notation such as `Array<Dispatcher>`
 * shown as written (type-notation.ts). The check (compile.ts), the build
 * (src/integration/body-processor.ts) and the versions rendered from Git history all compile the
 * prepared text, so they agree; places in it map back to the author's (`originalPoint`).
 */
import { compose } from './edits.ts';
import { adaptTemplates, type AdaptedTemplates, type BodyFormat } from './templates.ts';
import { adaptWikiMarkup } from './wiki-markup.ts';
import { escapeTypeNotation } from './type-notation.ts';

export type { BodyFormat, TemplateTag } from './templates.ts';

export function prepareBody(body: string, format: BodyFormat): AdaptedTemplates {
  const templates = adaptTemplates(body, format);
  if (format === 'md') return { ...compose(templates, escapeTypeNotation(templates.text)), unsupported: templates.unsupported };
  return { ...compose(templates, adaptWikiMarkup(templates.text)), unsupported: templates.unsupported };
}
