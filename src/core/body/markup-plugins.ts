/**
 * The markup of other tools that the handbook renders (CONTRIBUTING.md, "Bringing in pages from a
 * wiki, GitHub or Hugo"), as Sätteri HTML-tree plugins. The check (compile.ts), the build
 * (src/integration/body-processor.ts) and the versions rendered from Git history
 * (src/site/stores/archive.ts) all compile bodies with these, after the safety plugin, so that
 * they show the same.
 */
import { githubAlertsPlugin } from './alerts.ts';

const plugins = [githubAlertsPlugin()];

export function markupPlugins(): typeof plugins {
  return plugins;
}
