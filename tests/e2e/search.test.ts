/** Pagefind search in a real browser: Russian stemming, filters, the header launcher. */
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
});
