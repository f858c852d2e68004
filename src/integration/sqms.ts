/**
 * The Astro integration: loads the handbook once before Astro does anything else, prints the same
 * diagnostics as `npm run check`, and stops the build when there are errors. Pages read the model
 * through `src/site/stores/handbook.ts`, and the document control (approvals, Git history, superseded
 * versions) through `src/site/stores/document-control.ts`, also loaded once here.
 *
 * Run by `npm run build` (`sqms build`, SQMS_PUBLISH_LATER set), the build leaves the search index
 * and the export files to be written after Astro's process has ended (publish.ts), so that the two
 * never hold memory at the same time. Run directly (`astro build`), while the pages are built a
 * worker thread writes the export files (exports.ts) and Pagefind indexes each page as it is
 * rendered (search-index.ts); when the build is done the index is written and the export files are
 * moved into the site.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeTable, formatText, summarize } from '../core/diagnostics/format.ts';
import { compareDiagnostics } from '../core/diagnostics/diagnostic.ts';
import { getDocumentControl } from '../site/stores/document-control.ts';
import { getHandbook } from '../site/stores/handbook.ts';
import { strictBuild } from '../site/stores/loaded-handbook.ts';
import { setBuilding } from '../site/stores/build-command.ts';
import { formatSettingProblem, settingProblems } from '../core/settings.ts';
import { buildSearchIndex, liveSearchIndex, startLiveSearchIndex } from './search-index.ts';
import { startExports, type ExportJob, type ExportReuse, type ExportWorkerData, type ExportWorkerResult } from './exports.ts';
import { exportModelOf } from '../site/stores/export-model.ts';
import { exportKey } from '../core/exports/export-key.ts';
import { hasKeptExports } from './export-cache.ts';
import { publishedLines } from './publish.ts';
import { leaveJob, publishLaterFile } from './publish-job.ts';
import { handbookReload } from './handbook-reload.ts';
import { closeBuildCache, codeDigest, openBuildCache } from './build-cache.ts';

/** The file in Astro's cache folder that lists the pages of the previous build (Astro 7.3's incremental build). */
const INCREMENTAL_MANIFEST = 'incremental-build.json';

export function sqms(): AstroIntegration {
  let cacheDir: string | undefined;
  let exports: ExportJob | undefined;
  /** The digest of the site's code, during a build (./build-cache.ts). */
  let code: string | undefined;
  let isBuild = false;
  const exportData = (): ExportWorkerData => {
    const { handbook } = getHandbook();
    return { root: handbook.root, today: handbook.today, strict: strictBuild(), stagingDir: join(cacheDir ?? tmpdir(), 'sqms-exports') };
  };
  /** Where the previous build's export files may be reused from: the cache, and the key of this build's export model (export-cache.ts). */
  let exportReuse: ExportReuse | undefined;
  const exportReuseOf = (): ExportReuse | undefined => {
    if (cacheDir === undefined) return undefined;
    // `astro build --force` (also through `npm run build -- --force`) renders every page again: the export files are computed again too.
    const force = process.argv.includes('--force');
    // Without files in the cache there is nothing to compare the key with: it is not computed (the worker computes the one stored).
    if (force || !hasKeptExports(cacheDir)) return { cacheDir, key: undefined, keySeconds: 0, force };
    const started = performance.now();
    const key = exportKey(exportModelOf(getHandbook().handbook), { strict: strictBuild() });
    return { cacheDir, key, keySeconds: (performance.now() - started) / 1000, force };
  };
  return {
    name: 'sqms',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        setBuilding(command === 'build');
        isBuild = command === 'build';
        for (const problem of settingProblems()) logger.warn(formatSettingProblem(problem));
        const { handbook, diagnostics: model } = getHandbook();
        // The dev server reads the handbook again when one of its files changes (frontmatter and data as live as bodies).
        if (command === 'dev') updateConfig({ vite: { plugins: [handbookReload(handbook.root, (message) => logger.info(message))] } });
        const control = getDocumentControl();
        const diagnostics = [...model, ...control.diagnostics].sort(compareDiagnostics);
        const history = control.history.available ? `history of ${control.history.documents.size} files from Git` : 'no history';
        const shown = diagnostics.filter((d) => d.severity !== 'info');
        // As `npm run check` shows them: at most 20 of a code, and the table of codes after a long list.
        if (shown.length > 0) process.stderr.write(formatText(shown, { color: process.stderr.isTTY === true, maxPerCode: 20 }) + '\n\n');
        if (shown.length > 20) process.stderr.write(codeTable(shown) + '\n\n');
        logger.info(`Handbook ${handbook.root}: ${handbook.sops.size} SOPs, ${handbook.measurements.length} measurements, ${history}; ${summarize(diagnostics)}.`);
        const errors = diagnostics.filter((d) => d.severity === 'error').length;
        if (errors > 0 && command === 'build') {
          // The list above is the whole story: stop here, without the stack trace Astro prints for an error thrown by a hook.
          logger.error(`The handbook has ${errors} error(s); see the list above. Fix them (npm run check shows the same list) and build again.`);
          process.exit(1);
        }
      },
      'astro:config:done': ({ config, logger }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        if (!isBuild) return;
        // Before Astro reads its cache: a cache made by other code, or by a build that did not finish, restores nothing.
        code = codeDigest(fileURLToPath(config.root));
        const emptied = openBuildCache(cacheDir, code);
        if (emptied === 'other code') logger.info('The build cache was made by other code (the site, its configuration, its packages or Node changed): every page is rendered again.');
        if (emptied === 'unfinished build') logger.info('The build cache was left by a build that did not finish: every page is rendered again.');
      },
      'astro:build:start': async () => {
        // Before any page is rendered: the key of what the export files are computed from, from the handbook loaded here.
        exportReuse = exportReuseOf();
        // Run by `sqms build`: the search index and export files are written after Astro exits (publish.ts).
        if (publishLaterFile()) return;
        exports = await startExports(exportData(), exportReuse);
        // A page restored from the previous build (incremental build, astro.config.mjs) is not rendered and never
        // reaches the middleware: when there is a previous build to restore from, the written pages are indexed instead.
        if (cacheDir !== undefined && existsSync(join(cacheDir, INCREMENTAL_MANIFEST))) return;
        // Pages are handed to Pagefind as they are rendered (src/middleware.ts).
        await startLiveSearchIndex();
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Every page is written: the cache may restore them next time.
        if (cacheDir !== undefined && code !== undefined) closeBuildCache(cacheDir, code);
        const siteDir = fileURLToPath(dir);
        const later = publishLaterFile();
        if (later) {
          await leaveJob(later, { ...exportData(), siteDir, exportReuse: exportReuse ?? null });
          logger.info('Search index and export files: written next, once Astro has exited (sqms build).');
          return;
        }
        // The export files, written by the worker meanwhile, are moved into the site while Pagefind writes the index.
        let exported: ExportWorkerResult | undefined;
        const whileWriting = async () => {
          if (!exports) throw new Error('The export files were not started (astro:build:start did not run).');
          exported = await exports.finish(siteDir);
        };
        const live = liveSearchIndex();
        let result;
        if (live && live.added > 0) {
          result = await live.finish(siteDir, { whileWriting });
        } else {
          // No page came through the middleware: index the written files instead.
          await live?.close();
          result = await buildSearchIndex(siteDir, { whileWriting });
        }
        // The build has succeeded: its export files may be reused by the next one.
        await exports?.keep(siteDir);
        for (const line of publishedLines(exported, result, siteDir)) logger.info(line);
      },
    },
  };
}
