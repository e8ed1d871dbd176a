/** Pagefind search in a real browser: Russian stemming, filters, the header launcher. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, watchErrors } from './browser.ts';

const env = useSite({ beforeAll, afterAll });


async function results(page: Page): Promise<string[]> {
  await page.getByRole('status').filter({ hasText: /Найдено страниц|ничего не найдено/ }).waitFor();
  return page.locator('#search-results li h2 a').allTextContents();
}

describe('search', () => {
  it('gives the same first result for мотивация, мотивации, мотивацию', async () => {
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    const firsts: string[] = [];
    const counts: number[] = [];
    for (const word of ['мотивация', 'мотивации', 'мотивацию']) {
      await page.goto(`${env.url}/poisk/?q=${encodeURIComponent(word)}`);
      const list = await results(page);
      expect(list.length).toBeGreaterThan(0);
      firsts.push(list[0]);
      counts.push(list.length);
    }
    expect(new Set(firsts).size).toBe(1);
    expect(new Set(counts).size).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts from the search box in the header', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    const box = page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('searchbox');
    await box.fill('куратор');
    await box.press('Enter');
    await page.waitForURL(/\/poisk\/\?q=/);
    expect((await results(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('narrows results with a filter and announces the count', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/poisk/?q=${encodeURIComponent('школа')}`);
    const all = await results(page);
    const status = page.locator('#search-status');
    const before = await status.textContent();
    await page.getByRole('checkbox', { name: /^Мера \(\d+\)$/ }).check();
    await page.waitForFunction((b) => document.querySelector('#search-status')?.textContent !== b, before);
    const filtered = await results(page);
    expect(filtered.length).toBeGreaterThan(0);
    const total = (s: string | null) => Number(/Найдено страниц: (\d+)/.exec(s ?? '')?.[1]);
    expect(total(await status.textContent())).toBeLessThan(total(before));
    // Every result is now a measure page.
    const hrefs = await page.locator('#search-results li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.every((h) => h.startsWith('/mery/'))).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(filtered.length);
    await page.close();
  });

  it('downloads and compiles one WebAssembly file for both indexes', async () => {
    const context = await env.browser.newContext();
    const wasm: string[] = [];
    // Requests of Pagefind's worker included: the context sees them all.
    // Counted when a body came over the network (a revalidated or cached copy has none).
    context.on('requestfinished', async (r) => {
      if (/\/wasm\.[^/]*\.pagefind$/.test(new URL(r.url()).pathname) && (await r.sizes()).responseBodySize > 0) wasm.push(new URL(r.url()).pathname);
    });
    const page = await context.newPage();
    await page.goto(`${env.url}/poisk/?q=${encodeURIComponent('школа')}`);
    await results(page);
    await page.locator('#search-schools li').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(wasm).toEqual(['/pagefind/wasm.ru.pagefind']);
    await context.close();
  });

  it('loads the roadmap filters with the index on a small site', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${env.url}/poisk/?q=${encodeURIComponent('школа')}`);
    await results(page);
    const filters = page.getByRole('group', { name: 'Фильтры' });
    await filters.getByRole('group', { name: 'Муниципалитет' }).waitFor();
    expect(await page.locator('#search-filters-roadmaps').isVisible()).toBe(false);
    await page.close();
  });

  it('on a large site loads the roadmap filters only when asked, and a chosen direction still narrows the roadmaps', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 900 } });
    // The sample index, announced as a national one (Pagefind's own request carries ?ts=…).
    await context.route((url) => url.pathname === '/pagefind-shkoly/pagefind-entry.json' && !url.search, async (route) => {
      const entry = await (await route.fetch()).json();
      for (const lang of Object.values(entry.languages) as { page_count: number }[]) lang.page_count = 20000;
      await route.fulfill({ json: entry });
    });
    const filterChunks: string[] = [];
    context.on('request', (r) => {
      if (/^\/pagefind-shkoly\/filter\//.test(new URL(r.url()).pathname)) filterChunks.push(r.url());
    });
    const page = await context.newPage();
    await page.goto(`${env.url}/poisk/?q=${encodeURIComponent('школа')}`);
    await results(page);
    await page.locator('#search-schools li').first().waitFor();
    const button = page.getByRole('button', { name: 'Добавить фильтры по дорожным картам' });
    await button.waitFor();
    const filters = page.getByRole('group', { name: 'Фильтры' });
    // Counts of the municipality filter (practices have it too): roadmaps are not in them yet.
    const municipalityCount = () =>
      filters.getByRole('group', { name: 'Муниципалитет' }).getByRole('checkbox').evaluateAll((cs) => cs.reduce((a, c) => a + Number(/\((\d+)\)$/.exec((c as HTMLInputElement).labels?.[0]?.textContent ?? '')?.[1] ?? 0), 0));
    const withoutRoadmaps = await municipalityCount();
    expect(filterChunks).toEqual([]);
    const schoolsStatus = page.locator('#search-schools-status');
    const roadmaps = (s: string | null) => Number(/муниципалитетов: (\d+)/.exec(s ?? '')?.[1]);
    const before = roadmaps(await schoolsStatus.textContent());
    // A direction of the main index's filters narrows the roadmaps too (Pagefind loads that one chunk).
    const direction = filters.getByRole('checkbox', { name: /^R\d\d — / }).first();
    await direction.check();
    await page.waitForFunction((b) => document.querySelector('#search-schools-status')?.textContent !== b, await schoolsStatus.textContent());
    expect(roadmaps(await schoolsStatus.textContent())).toBeLessThan(before);
    await direction.uncheck();
    await page.waitForFunction((b) => Number(/муниципалитетов: (\d+)/.exec(document.querySelector('#search-schools-status')?.textContent ?? '')?.[1]) === b, before);
    await button.click();
    await button.waitFor({ state: 'hidden' });
    await page.waitForFunction((n) => [...document.querySelectorAll('#search-filters fieldset')].some((f) => f.querySelector('legend')?.textContent === 'Муниципалитет' && [...f.querySelectorAll('label')].reduce((a, l) => a + Number(/\((\d+)\)$/.exec(l.textContent ?? '')?.[1] ?? 0), 0) > n), withoutRoadmaps);
    expect(await municipalityCount()).toBeGreaterThan(withoutRoadmaps);
    expect(filterChunks.length).toBeGreaterThan(0);
    // The keyboard goes on from the first filter.
    expect(await page.evaluate(() => document.activeElement?.closest('#search-filters') !== null)).toBe(true);
    await context.close();
  });

  it('indexes what a roadmap is about (goal, activities), not its dates, statuses or approval history', () => {
    const file = 'content/roadmaps/lesnogorsk/sosh-3-lesnogorsk-2025.yaml';
    const r = yaml.load(readFileSync(file, 'utf8')) as { school: string; year: number; goal: string; activities: { title: string }[]; approval: { history: { comment?: string }[] } };
    const dir = 'dist/pagefind-shkoly/fragment';
    const fragments = readdirSync(dir).map((f) => JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    const page = fragments.find((f) => f.url === `/shkoly/${r.school}/${r.year}/`);
    expect(page, 'roadmap fragment').toBeDefined();
    expect(page!.content).toContain(r.goal);
    expect(page!.content).toContain(r.activities[0].title);
    const comment = r.approval.history.find((h) => h.comment)!.comment!;
    expect(page!.content).not.toContain(comment);
    expect(page!.content).not.toMatch(/История согласования|Запланировано|Выполняется|\d{2}\.\d{2}\.\d{4}/);
  });

  it('keeps words of neighbouring cells, captions and labels apart in every indexed page', () => {
    const glued: string[] = [];
    for (const dir of ['dist/pagefind/fragment', 'dist/pagefind-shkoly/fragment']) {
      for (const f of readdirSync(dir)) {
        const { url, content } = JSON.parse(gunzipSync(readFileSync(join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string };
        for (const m of content.matchAll(/.{0,20}[а-яё][А-ЯЁ].{0,10}/g)) glued.push(`${url}: ${m[0]}`);
      }
    }
    expect(glued).toEqual([]);
  });
});
