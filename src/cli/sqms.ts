/**
 * The `sqms` command (run through npm scripts, which use the pinned Node 22). `sqms build` (what
 * `npm run build` runs, src/cli/build.ts) waits on `astro build` for most of a build, so it loads
 * only its own code: the other commands (src/cli/commands.ts, with the usage text) are loaded only
 * when one of them runs. A build's peak memory counts this process too.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv[0] === 'build') {
    // `build` hands its arguments to `astro build`, so they are not parsed here.
    const { build } = await import('./build.ts');
    process.exitCode = await build(argv.slice(1));
  } else {
    const { main } = await import('./commands.ts');
    process.exitCode = main(argv);
  }
}
