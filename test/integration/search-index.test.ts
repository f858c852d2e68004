/**
 * Building the search index from the pages with `data-pagefind-body` only (search-index.ts): the
 * pages without it are read but never given to Pagefind, and the index holds the same pages and
 * excerpts as Pagefind's own walk over the whole folder.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, htmlFiles, indexableHtml, SEARCH_LANGUAGE } from '../../src/integration/search-index.ts';

const page = (lang: string, title: string, body: string, indexed: boolean) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header>Site header</header>` +
  `<main><article${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p>` +
  `${indexed ? '<span data-pagefind-filter="type:SOP" hidden></span>' : ''}</article></main></body></html>`;

const PAGES: Record<string, string> = {
  'index.html': page('en', 'Home', 'Welcome to the handbook', false),
  'sops/SOP-CS-003/index.html': page('en', 'Refund processing', 'How refunds are processed within five days', true),
  'sops/SOP-CS-001/index.html': page('en', 'Complaint handling', 'Every complaint is logged and answered', true),
  'zh/sops/SOP-CS-003/index.html': page('zh-CN', '退款处理', '退款在五个工作日内处理', false),
  'pages/manual/quality-policy-zh/index.html': page('zh-CN', '质量方针', '我们承诺持续改进服务质量', true),
  // A large page without the attribute (a scorecard): never handed to Pagefind.
  'scorecards/2026-10/index.html': page('en', 'Scorecard', 'scorecardonlyword '.repeat(20_000), false),
  'exports/scorecard-2026-10.csv': '"period"\r\n"2026-10"\r\n',
};

async function writeSite(dir: string): Promise<void> {
  for (const [path, html] of Object.entries(PAGES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), html);
  }
}

/** The index Pagefind builds by walking the whole folder (the former way). */
async function walkIndex(site: string, out: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  try {
    await index!.addDirectory({ path: site });
    await index!.writeFiles({ outputPath: out });
  } finally {
    await pagefind.close();
  }
}

describe('the search index', () => {
  let root: string;
  let site: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'sqms-search-'));
    site = join(root, 'site');
    await writeSite(site);
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('lists the HTML files in path order, leaving out the index folder', async () => {
    await mkdir(join(site, 'pagefind'), { recursive: true });
    await writeFile(join(site, 'pagefind', 'old.html'), page('en', 'x', 'y', true));
    const files = (await htmlFiles(site, join(site, 'pagefind'))).map((f) => f.slice(site.length + 1));
    expect(files).toEqual(Object.keys(PAGES).filter((p) => p.endsWith('.html')).sort());
    await rm(join(site, 'pagefind'), { recursive: true });
  });

  it('decodes only the pages with data-pagefind-body', async () => {
    expect(await indexableHtml(join(site, 'scorecards/2026-10/index.html'))).toBeNull();
    expect(await indexableHtml(join(site, 'sops/SOP-CS-001/index.html'))).toContain('Complaint handling');
  });

  it('indexes only the pages with data-pagefind-body, as Pagefind does over the whole folder', async () => {
    const result = await buildSearchIndex(site);
    expect(result).toMatchObject({ pages: 3, added: 3, scanned: 6 });
    expect(result.outputPath).toBe(join(site, 'pagefind'));
    const walked = join(root, 'walked');
    await walkIndex(site, walked);
    // Fragments (a page's URL, title, excerpt text, filters) are named by their content: the same set.
    const fragments = async (dir: string) => (await readdir(join(dir, 'fragment'))).sort();
    expect(await fragments(result.outputPath)).toEqual(await fragments(walked));
    expect((await fragments(result.outputPath)).length).toBe(3);
  }, 60_000);

  it('writes the same index in every build, and runs beforeWriting once the pages are parsed, before writing', async () => {
    await rm(join(site, 'pagefind'), { recursive: true, force: true }); // written by the test above
    const steps: string[] = [];
    const exists = async (path: string) => readdir(path).then(() => true, () => false);
    const first = await buildSearchIndex(site, {
      beforeWriting: async () => {
        steps.push(`before (index written: ${await exists(join(site, 'pagefind'))})`);
      },
      whileWriting: async () => {
        steps.push('while');
      },
    });
    expect(steps).toEqual(['before (index written: false)', 'while']);
    const snapshot = async (dir: string) => {
      const files = (await readdir(dir, { recursive: true })).sort();
      return Promise.all(files.map(async (f) => [f, await readFile(join(dir, f)).catch(() => 'folder')]));
    };
    const once = await snapshot(first.outputPath);
    await rm(first.outputPath, { recursive: true });
    const second = await buildSearchIndex(site);
    expect(await snapshot(second.outputPath)).toEqual(once);
  }, 60_000);
});

describe('pages handed to the search index while they are built', () => {
  it('are named by their file below the output folder, without the base', async () => {
    const { sourcePathOf } = await import('../../src/integration/search-index.ts');
    expect(sourcePathOf('/sops/SOP-CS-001/', '/')).toBe('sops/SOP-CS-001/index.html');
    expect(sourcePathOf('/handbook/zh/sops/SOP-CS-001/', '/handbook/')).toBe('zh/sops/SOP-CS-001/index.html');
    expect(sourcePathOf('/', '/')).toBe('index.html');
    expect(sourcePathOf('/pages/guides/service-etiquette.zh-CN/', '/')).toBe('pages/guides/service-etiquette.zh-CN/index.html');
    expect(sourcePathOf('/zh/search/', '/')).toBe('zh/search/index.html');
  });
});
