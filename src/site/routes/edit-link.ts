/**
 * "Edit this page": a link to a document's source file in the repository host's editor. The
 * repository's edit address is configured with `SQMS_REPO_URL`, e.g.
 * `https://github.com/org/handbook/edit/main/`; the source path (`content/sops/…/SOP-CS-001.mdx`)
 * is appended. Without the variable there is no link.
 */
import { setting } from '../../core/settings.ts';

export function editUrl(file: string, repoUrl: string | undefined = setting('SQMS_REPO_URL')): string | undefined {
  const repo = repoUrl?.trim();
  if (!repo) return undefined;
  const path = file.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/');
  return `${repo.endsWith('/') ? repo : `${repo}/`}${path}`;
}
