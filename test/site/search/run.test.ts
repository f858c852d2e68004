/**
 * Searching a real Pagefind index the way the search page does (src/site/search/run.ts with the
 * queries of src/site/search/terms.ts), in Node: a small handbook of pages marked up as the site
 * marks them (meta id and type, filters doc, lang, type, lifecycle) is indexed by the build's own
 * indexer (src/integration/search-index.ts) and searched with Pagefind's own script.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/integration/search-index.ts';
import { runSearch, type PagefindApi } from '../../../src/site/search/run.ts';
import { searchVariants } from '../../../src/site/search/terms.ts';
import { serveStatic, type StaticServer } from '../../browser/server.ts';

interface Doc {
  id: string;
  type: 'SOP' | 'Standard' | 'Handbook page';
  /** Interface language → [title, body]. */
  text: Partial<Record<'en' | 'zh-CN', [string, string]>>;
  lifecycle?: 'current' | 'archived';
}

const DOCS: Doc[] = [
  {
    id: 'SOP-CS-001',
    type: 'SOP',
    text: {
      en: ['Complaint handling', 'How a complaint gets a first response within 30 minutes. Log the complaint and call the customer.'],
      'zh-CN': ['投诉处理', '每一项投诉在30分钟内首次响应。登记投诉后致电客户，并按流程处理。'],
    },
  },
  {
    id: 'policies/complaint-policy',
    type: 'Handbook page',
    text: {
      en: ['Complaint policy', 'Our complaint promise: every complaint is welcome. A complaint is answered, a complaint is resolved, a complaint is a gift.'],
      'zh-CN': ['投诉政策', '我们对投诉的承诺：欢迎每一项投诉，投诉必有回应，处理投诉是我们的责任。'],
    },
  },
  {
    id: 'STD-RESP-001',
    type: 'Standard',
    text: {
      en: ['Complaint first response within 30 minutes', 'Requirement: a complaint gets a first personal response within 30 minutes.'],
      'zh-CN': ['投诉30分钟内首次响应', '要求：投诉在30分钟内得到首次人工响应。'],
    },
  },
  { id: 'SOP-CS-005', type: 'SOP', lifecycle: 'archived', text: { en: ['Complaint call-back book', 'Retired: complaints were written in a paper book.'] } },
  ...Array.from({ length: 7 }, (_, i): Doc => ({
    id: `SOP-RF-00${i + 1}`,
    type: 'SOP',
    text: { en: [`Refund case ${i + 1}`, `A refund of kind ${i + 1} is paid within ${i + 2} days.`] },
  })),
  { id: 'SOP-DL-001', type: 'SOP', text: { 'zh-CN': ['配送异常处理', '配送异常时，记录投诉并主动回电；处理结果告知客户。'] } },
  { id: 'SOP-HR-001', type: 'SOP', text: { 'zh-CN': ['休暇規程', '社員は年次有給休暇を取得できます。有給休暇申請書を提出します。福利厚生制度と行動規範も参照。'] } },
  { id: 'SOP-HR-002', type: 'SOP', text: { en: ['Leave rules', '有給休暇取得率の目標。従業員行動規範。法定外福利厚生。'] } },
];

function pageHtml(doc: Doc, lang: 'en' | 'zh-CN'): string {
  const [title, body] = doc.text[lang]!;
  return (
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><header>Site</header><main>` +
    `<article data-pagefind-body><p class="id">${doc.id}</p><h1>${title}</h1>` +
    `<span data-pagefind-meta="id:${doc.id}"></span><span data-pagefind-meta="type:${doc.type}"></span>` +
    `<span data-pagefind-filter="type:${doc.type}"></span><span data-pagefind-filter="lifecycle:${doc.lifecycle ?? 'current'}"></span>` +
    `<span data-pagefind-filter="doc:${doc.id}"></span><span data-pagefind-filter="lang:${lang}"></span>` +
    `<dl><dt>Summary</dt><dd>${body}</dd></dl></article></main></body></html>`
  );
}

const pathOf = (doc: Doc, lang: 'en' | 'zh-CN') => `${lang === 'zh-CN' ? 'zh/' : ''}${doc.type === 'Standard' ? 'standards' : doc.type === 'SOP' ? 'sops' : 'pages'}/${doc.id}/`;

describe('searching an index as the search page does', () => {
  let root: string;
  let server: StaticServer;
  let pagefind: PagefindApi & { filters(): Promise<unknown> };
  const current = { lifecycle: 'current' };
  const search = (q: string, lang: 'en' | 'zh-CN' = 'en', extra: Parameters<typeof runSearch>[3] = { lang }) =>
    runSearch(pagefind, searchVariants(q), current, { ...extra, lang });
  const ids = (r: Awaited<ReturnType<typeof runSearch>>) => r.results.map((d) => d.meta['id']);

  beforeAll(async () => {
    root = await mkdtemp(join(process.env['TMPDIR'] ?? tmpdir(), 'sqms-search-run-'));
    for (const doc of DOCS) {
      for (const lang of Object.keys(doc.text) as Array<'en' | 'zh-CN'>) {
        await mkdir(join(root, pathOf(doc, lang)), { recursive: true });
        await writeFile(join(root, pathOf(doc, lang), 'index.html'), pageHtml(doc, lang));
      }
    }
    await buildSearchIndex(root);
    server = await serveStatic(root);
    pagefind = await import(join(root, 'pagefind', 'pagefind.js'));
    await (pagefind as unknown as { options(o: object): Promise<void> }).options({ basePath: `${server.url}/pagefind/` });
    await pagefind.filters();
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('finds with a Chinese compound what its words find; asked whole, Pagefind finds fewer', async () => {
    const spaced = await search('投诉 处理');
    const compound = await search('投诉处理');
    expect(compound.total).toBe(spaced.total);
    expect(new Set(ids(compound))).toEqual(new Set(ids(spaced)));
    expect(new Set(ids(compound))).toEqual(new Set(['SOP-CS-001', 'policies/complaint-policy', 'SOP-DL-001']));
    const whole = await pagefind.search('投诉处理', { filters: current });
    expect(whole!.results.length).toBeLessThan(compound.total);
  });

  it('finds Japanese compounds in every page that has them, whatever surrounds them', async () => {
    for (const q of ['有給休暇', '行動規範', '福利厚生']) {
      expect(new Set(ids(await search(q))), q).toEqual(new Set(['SOP-HR-001', 'SOP-HR-002']));
    }
  });

  it('ranks the procedure first for the words of a policy that uses them more often', async () => {
    expect(ids(await search('complaint'))[0]).toBe('SOP-CS-001');
    expect(ids(await search('投诉'))[0]).toBe('SOP-CS-001');
    expect(ids(await search('投诉处理'))[0]).toBe('SOP-CS-001');
    // Without the procedure boost the policy comes first: the boost is what ranks the SOP first.
    const plain = await runSearch(pagefind, ['complaint'], current, { lang: 'en', boost: {} });
    expect(ids(plain)[0]).toBe('policies/complaint-policy');
  });

  it('counts each document once, though its pages in both languages match', async () => {
    const found = await search('30');
    expect(found.total).toBe(2); // SOP-CS-001 and STD-RESP-001, each with an English and a Chinese page
    expect(ids(found).sort()).toEqual(['SOP-CS-001', 'STD-RESP-001']);
    expect((await pagefind.search('30', { filters: current }))!.results.length).toBe(4);
  });

  it('shows the page in the reader\'s language when both matched, and the other when only it did', async () => {
    const en = await search('30', 'en');
    expect(en.results.every((d) => !d.url.includes('/zh/'))).toBe(true);
    const zh = await search('30', 'zh-CN');
    expect(zh.results.every((d) => d.url.includes('/zh/'))).toBe(true);
    const onlyEnglish = await search('refund', 'zh-CN');
    expect(onlyEnglish.total).toBe(7);
    expect(onlyEnglish.results.every((d) => !d.url.includes('/zh/'))).toBe(true);
  });

  it('leaves archived documents out with the default filters', async () => {
    expect(ids(await search('complaint'))).not.toContain('SOP-CS-005');
    const all = await runSearch(pagefind, ['complaint'], {}, { lang: 'en' });
    expect(all.results.map((d) => d.meta['id'])).toContain('SOP-CS-005');
  });

  it('pages through the results, every document once, and keeps to the last page', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search('refund', 'en', { lang: 'en', page, pageSize: 3 })));
    expect(pages.map((p) => [p.page, p.pages, p.total, p.results.length])).toEqual([
      [1, 3, 7, 3],
      [2, 3, 7, 3],
      [3, 3, 7, 1],
    ]);
    const seen = pages.flatMap(ids);
    expect(new Set(seen).size).toBe(7);
    const beyond = await search('refund', 'en', { lang: 'en', page: 9, pageSize: 3 });
    expect([beyond.page, ids(beyond)]).toEqual([3, ids(pages[2]!)]);
  });

  it('indexes a label and the value after it as two words', async () => {
    const found = await pagefind.search('summary', { filters: current });
    expect(found!.results.length).toBe(DOCS.filter((d) => d.lifecycle !== 'archived').reduce((n, d) => n + Object.keys(d.text).length, 0));
    const data = await found!.results[0]!.data();
    expect(data.raw_content).not.toMatch(/Summary\u200B?[A-Z投配社有]/);
  });
});
