/**
 * The dev server's watch on the handbook: a Vite plugin that, when a file under `content/` or
 * `data/` of the handbook root is added, changed or removed, drops the loaded model and document
 * control (src/site/stores/reload.ts), clears Astro's cache of `getStaticPaths` (whose props hold entities
 * of the old model) and reloads the browser. Without it the model was loaded once per dev server:
 * a changed body showed at once, but a changed step or time limit not until a restart. The handbook
 * may live anywhere (SQMS_ROOT), also where Vite's own watcher never looks (it ignores every
 * `test-results/` and `node_modules/` folder), so its two folders are watched here with Node's
 * recursive `fs.watch`.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { handbookChanged } from '../site/stores/reload.ts';

/** Whether `file` lies under `content/` or `data/` of `root`. */
export function isHandbookFile(root: string, file: string): boolean {
  const rel = relative(root, file);
  if (rel.startsWith('..') || rel === '') return false;
  const top = rel.split(sep)[0];
  return top === 'content' || top === 'data';
}

export function handbookReload(root: string, log: (message: string) => void): Plugin {
  return {
    name: 'sqms:handbook-reload',
    apply: 'serve',
    configureServer(server) {
      let pending: ReturnType<typeof setTimeout> | undefined;
      const bodies = new Set<string>();
      const changed = (file: string) => {
        if (!isHandbookFile(root, file)) return;
        if (relative(root, file).split(sep)[0] === 'content') bodies.add(file);
        // Drop the model at once (a request that comes in now reads the files again); tell Astro and the browser once a burst of saves is over.
        handbookChanged();
        clearTimeout(pending);
        pending = setTimeout(() => {
          handbookChanged();
          // Told to Vite's watcher too, which ignores some folders (test-results/, node_modules/) a handbook
          // may be in: the content loader then renders the body again, and Vite compiles an MDX module again.
          for (const body of bodies) server.watcher.emit(existsSync(body) ? 'change' : 'unlink', body);
          bodies.clear();
          for (const [name, environment] of Object.entries(server.environments)) {
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          }
          server.environments.client.hot.send({ type: 'full-reload', path: '*' });
          log(`${relative(root, file)} changed: the handbook is read again.`);
        }, 50);
      };
      const watchers: FSWatcher[] = [];
      for (const folder of ['content', 'data']) {
        try {
          const watcher = watch(join(root, folder), { recursive: true }, (_event, name) => changed(join(root, folder, name ? String(name) : '')));
          watcher.on('error', () => watcher.close());
          watchers.push(watcher);
        } catch {
          // No such folder: nothing to watch.
        }
      }
      server.httpServer?.once('close', () => {
        for (const w of watchers) w.close();
        clearTimeout(pending);
      });
    },
  };
}
