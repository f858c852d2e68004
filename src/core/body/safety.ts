/**
 * What an SOP or page body may contain. Bodies are written by anyone who can open a pull request,
 * and they are compiled at build time and shown in every reader's browser, so nothing in them may
 * run code: no `import`/`export` and no `{…}` expressions in MDX (they run in the build, with the
 * CI job's environment in reach), no components but those the handbook provides, only the inert
 * HTML elements listed here, no event-handler attributes and no `javascript:`, `vbscript:` or
 * `data:` addresses. The check reports each of these (safety-plugin.ts, compile.ts) and the build
 * removes them (the same plugin), so what the check accepts is what the build publishes.
 */
import type { DiagnosticCode } from '../diagnostics/codes.ts';

/**
 * Components an MDX body may use, provided by the handbook's pages. No SOP or page of the handbook
 * uses one today; a component added here must also be passed to the body's `<Content components>`.
 */
export const BODY_COMPONENTS: readonly string[] = [];

/** HTML elements a body may write (and Markdown produces): text, lists, tables, figures, quotes. */
export const BODY_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del',
  'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i',
  'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
  'var', 'wbr',
]);

/** Elements that run code or load other content into the page. */
const RUNNING_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'noscript', 'template', 'svg', 'math']);
/** Elements that change the whole page around the body. */
const PAGE_ELEMENTS = new Set(['style', 'link', 'meta', 'base', 'head', 'html', 'body', 'title']);

/** Attributes whose value is an address (compared lower-case, without `-` and `:`). */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'xlinkhref', 'action', 'formaction', 'poster', 'cite', 'background', 'data', 'longdesc', 'ping',
  'lowsrc', 'dynsrc', 'codebase', 'usemap', 'manifest', 'icon', 'profile', 'archive', 'classid', 'itemtype',
]);

/** Schemes whose addresses run code (or carry a whole document) when followed or loaded. */
const RUNNING_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/** A problem found in a body: its code, what is wrong, how to fix it, and what it is about (for matching). */
export interface BodyFinding {
  code: DiagnosticCode;
  message: string;
  hint: string;
  /** The element, attribute or scheme the finding is about (`script`, `onclick`, `javascript`). */
  subject: string;
}

const NAMED_REFERENCES: Record<string, string> = {
  colon: ':', tab: '\t', newline: '\n', nbsp: '\u00a0', sol: '/', lpar: '(', rpar: ')', period: '.', amp: '&', quot: '"', apos: "'",
};

/** The text with HTML character references (`&#106;`, `&#x6A`, `&colon;`) decoded, as a browser reads an attribute. */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));?/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[name!.toLowerCase()] ?? whole;
  });
}

/**
 * The scheme of an address that runs code (`javascript`, `vbscript`, `data`), read as a browser
 * reads it: references decoded, leading spaces and control characters dropped, tabs and line
 * breaks anywhere ignored, any case. Undefined for every other address.
 */
export function runningScheme(address: string): string | undefined {
  const url = decodeReferences(address)
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme !== undefined && RUNNING_SCHEMES.has(scheme) ? scheme : undefined;
}

/** Whether an attribute (or hast property) name holds an address. */
export function isUrlAttribute(name: string): boolean {
  return URL_ATTRIBUTES.has(name.toLowerCase().replace(/[-:]/g, ''));
}

/** Whether an attribute (or hast property: `onClick`) is an event handler. */
export function isEventHandler(name: string): boolean {
  return /^on/i.test(name);
}

/** Whether a JSX name is a component (`Note`, `ui.Note`) rather than an HTML element. */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}

/** The finding for an element or component, or undefined when a body may use it. */
export function elementFinding(name: string, attributes: Readonly<Record<string, unknown>> = {}): BodyFinding | undefined {
  if (isComponentName(name)) {
    if (BODY_COMPONENTS.includes(name)) return undefined;
    const provided = BODY_COMPONENTS.length > 0 ? `The handbook provides: ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')}.` : 'The handbook provides no components for bodies.';
    return {
      code: 'body/component',
      subject: name,
      message: `The component <${name}> is not one the handbook provides; it cannot be imported in a body either.`,
      hint: `${provided} Write the text in Markdown (headings, lists, tables, **bold**, > quotes) instead.`,
    };
  }
  const tag = name.toLowerCase();
  // Task lists (`- [ ] item`) give disabled checkboxes.
  if (tag === 'input' && String(attributes['type']).toLowerCase() === 'checkbox') return undefined;
  if (BODY_ELEMENTS.has(tag)) return undefined;
  const why = RUNNING_ELEMENTS.has(tag)
    ? 'it runs code or loads other content in every reader\'s browser'
    : PAGE_ELEMENTS.has(tag)
      ? 'it changes the whole page around the document'
      : 'it is not one of the HTML elements a body may use';
  return {
    code: 'body/element',
    subject: tag,
    message: `A body may not contain <${tag}>: ${why}.`,
    hint: 'Remove it. Use Markdown for text, lists, tables, links and images; allowed HTML elements are listed in CONTRIBUTING.md ("What a body may contain").',
  };
}

/** The finding for one attribute with a text value, or undefined when it is harmless. */
export function attributeFinding(element: string, name: string, value: unknown): BodyFinding | undefined {
  if (isEventHandler(name)) {
    name = name.toLowerCase();
    return {
      code: 'body/event-handler',
      subject: name.toLowerCase(),
      message: `The attribute \`${name}\` on <${element}> is an event handler: it would run code in every reader's browser.`,
      hint: `Remove \`${name}=…\`. Bodies hold text, links and images; nothing in them may run.`,
    };
  }
  if (isUrlAttribute(name)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (typeof v !== 'string') continue;
      const where = element === 'a' && name === 'href' ? 'link address' : element === 'img' && name === 'src' ? 'image address' : `\`${name}\` of <${element}>`;
      const finding = urlFinding(v, where);
      if (finding) return finding;
    }
  }
  return undefined;
}

/** The finding for an address of a link, image or attribute (`where` says which), or undefined. */
export function urlFinding(address: string, where: string): BodyFinding | undefined {
  const scheme = runningScheme(address);
  if (scheme === undefined) return undefined;
  return {
    code: 'body/url',
    subject: scheme,
    message: `The ${where} is a \`${scheme}:\` address, which ${scheme === 'data' ? 'carries its own content (it can hold a script)' : 'runs code'} when a reader follows it.`,
    hint: 'Link to a page of the handbook (`/sops/SOP-CS-001/`), a file in public/, or an `https:` or `mailto:` address.',
  };
}

/** The finding for an MDX `{…}` expression (comments `{/* … *\/}` are fine), or undefined. */
export function expressionFinding(code: string, where: 'text' | 'attribute'): BodyFinding | undefined {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  if (where === 'text' && withoutComments.trim() === '') return undefined;
  const shown = code.trim().length > 40 ? `${code.trim().slice(0, 37)}…` : code.trim();
  return {
    code: 'body/expression',
    subject: where,
    message: `The ${where === 'text' ? 'expression' : 'attribute value'} {${shown}} is JavaScript: it would run when the handbook is built.`,
    hint: where === 'text'
      ? 'To show braces as text, escape them: \\{ and \\}. A comment is written {/* … */}.'
      : 'Give the attribute a quoted text value (title="…"), or remove it.',
  };
}

/** The finding for an `import` or `export` statement in an MDX body. */
export function esmFinding(code: string): BodyFinding {
  const keyword = /^\s*export\b/.test(code) ? 'export' : 'import';
  return {
    code: 'body/import-export',
    subject: keyword,
    message: `An \`${keyword}\` statement in a body is code: it would run when the handbook is built, with the build's environment in reach.`,
    hint:
      BODY_COMPONENTS.length > 0
        ? `Remove the line; the components the handbook provides (${BODY_COMPONENTS.join(', ')}) need no import. If the line is meant as text, start it with a capital letter or put it in \`code\`.`
        : `Remove the line: bodies are Markdown, and the handbook provides no components to import. If the line is meant as text, start it with a capital letter or put it in \`code\`.`,
  };
}
