/**
 * The content loader of the SOP and page collections (src/content.config.ts): Astro's glob loader,
 * with its file pattern, ids, digests, schema and, in `astro dev`, its watcher, but with `.mdx`
 * bodies that use nothing of MDX's own rendered when the content is synced (plain-mdx.ts), as
 * Astro renders `.md` entries: the HTML is kept with the entry in the content store and reused
 * while the file is unchanged, and the body is no module for Vite to compile and bundle. A body
 * that uses MDX (or cannot be judged) goes to @astrojs/mdx as before (`deferredRender`: a module
 * listed in `.astro/content-modules.mjs`). The author writes `.mdx` either way.
 *
 * The glob loader chooses what to do with a file by its extension's entry type: it renders an
 * entry whose type has `getRenderFunction`, and defers one whose type has module types (MDX). So
 * the `.mdx` type is given a render function, and an entry it declines to render is stored as
 * deferred instead.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { AstroConfig } from 'astro';
import { plainMdxRenderer } from './plain-mdx.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type RenderedContent = NonNullable<StoredEntry['rendered']>;

/** What the render function gives for a body that must go to @astrojs/mdx (never stored: see `store.set` below). */
const TO_MDX: RenderedContent = Object.freeze({ html: '' });

/** The entry types the content layer gives a loader, by extension (not in LoaderContext's public type). */
interface EntryType {
  getRenderFunction?: (config: AstroConfig) => Promise<(entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => Promise<RenderedContent | undefined>>;
  [key: string]: unknown;
}
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** The `.mdx` entry type with a render function for plain bodies. */
function withPlainMdx(mdx: EntryType): EntryType {
  return {
    ...mdx,
    async getRenderFunction(config: AstroConfig) {
      const render = await plainMdxRenderer(config.markdown);
      return async (entry) => {
        if (entry.filePath === undefined) return TO_MDX;
        try {
          return (await render(entry.body ?? '', entry.filePath, entry.data)) ?? TO_MDX;
        } catch {
          // @astrojs/mdx compiles it again and reports the error where it belongs.
          return TO_MDX;
        }
      };
    },
  };
}

/** The glob loader with plain `.mdx` bodies rendered when the content is synced. */
export function bodiesLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'sqms-bodies',
    load(context: WithEntryTypes) {
      const mdx = context.entryTypes?.get('.mdx');
      if (!mdx || mdx.getRenderFunction) return inner.load(context);
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', withPlainMdx(mdx));
      const store: LoaderContext['store'] = {
        ...context.store,
        set(entry) {
          if (entry.rendered !== TO_MDX) return context.store.set(entry);
          const { rendered: _, assetImports: __, ...rest } = entry;
          return context.store.set({ ...rest, deferredRender: true });
        },
      };
      return inner.load({ ...context, entryTypes, store } as LoaderContext);
    },
  };
}
