/**
 * Splits an MDX or Markdown file into its YAML frontmatter and body, keeping line numbers.
 */
export interface FrontmatterSplit {
  /** The YAML between the `---` lines, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** Lines before the YAML starts (the opening `---`). */
  yamlLineOffset: number;
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** True when the file opens a frontmatter block with `---` that no `---` line closes (then `yaml` is undefined). */
  unclosed?: boolean;
}

const OPEN = /^---[ \t]*\r?\n/;

export function splitFrontmatter(text: string): FrontmatterSplit {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = OPEN.exec(source);
  if (!open) return { yaml: undefined, yamlLineOffset: 0, body: source, bodyLine: 1 };
  const rest = source.slice(open[0].length);
  const close = /^---[ \t]*(\r?\n|$)/m.exec(rest);
  if (!close) return { yaml: undefined, yamlLineOffset: 0, body: source, bodyLine: 1, unclosed: true };
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const yamlLines = countLines(yaml);
  return { yaml, yamlLineOffset: 1, body, bodyLine: 1 + 1 + yamlLines + 1 - (yaml === '' ? 1 : 0) };
}

function countLines(text: string): number {
  if (text === '') return 1;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.endsWith('\n') ? n : n + 1;
}
