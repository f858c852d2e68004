/**
 * Renders a body with the build's own Markdown processor (src/integration/body-processor.ts), as
 * `.md` (HTML) and as `.mdx` (the generated module), for the tests of other tools' markup.
 */
import { handbookMarkdown } from '../../../src/integration/body-processor.ts';

export async function renderMarkdown(body: string): Promise<string> {
  const renderer = await handbookMarkdown().createRenderer!({} as never);
  return (await renderer.render(body, { frontmatter: {} } as never)).code;
}

export async function renderMdx(body: string): Promise<string> {
  const renderer = await handbookMarkdown().createMdxRenderer!({}, { optimize: false, srcDir: new URL('file:///src/'), sourcemap: false } as never);
  const { code } = await renderer.process(body, '/handbook/content/sops/x/SOP-CS-001.mdx', {});
  return code.replace(/export const frontmatter[\s\S]*$/, '');
}
