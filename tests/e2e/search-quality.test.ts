/**
 * What a reader of the search notices: a word that is nowhere finds nothing, a school's or a
 * measure's exact name puts its page first, every result can be reached page by page, excerpts
 * read as text, filters are named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite, watchErrors } from './browser.ts';

const env = useSite({ beforeAll, afterAll });
const content = process.env.SHNOR_CONTENT ?? 'content';

async function search(page: Page, query: string, extra = '') {
  await page.goto(`${env.url}/poisk/?q=${encodeURIComponent(query)}${extra}`);
  await page.locator('#search-status').filter({ hasText: /Найдено страниц|ничего не найдено/ }).waitFor();
  await page.locator('#search-schools-status').filter({ hasText: /Дорожных карт и муниципалитетов|совпадений нет/ }).waitFor();
}

/** Result links in the order a reader meets them: best matches, the site's pages, roadmaps. */
const resultPaths = (page: Page) =>
  page.locator('.search-page__results > li > :is(h2, h3) > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));

describe('search quality', () => {
  it('finds nothing for a word that is nowhere on the site', async () => {
    const page = await env.browser.newPage();
    const errors = watchErrors(page);
    for (const word of ['абракадабра', 'мотивация абракадабра']) {
      await search(page, word);
      expect(await page.locator('#search-status').textContent()).toContain('ничего не найдено');
      expect(await resultPaths(page)).toEqual([]);
      expect(await page.locator('#search-schools-status').textContent()).toContain('совпадений нет');
    }
    // A real word still finds pages.
    await search(page, 'мотивация');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('puts a school’s roadmap first when the school’s exact name is asked', async () => {
    const dir = readdirSync(`${content}/roadmaps`)[0];
    const file = readdirSync(`${content}/roadmaps/${dir}`)[0];
    const roadmap = yaml.load(readFileSync(`${content}/roadmaps/${dir}/${file}`, 'utf8')) as { school: string; year: number };
    const school = yaml.load(readFileSync(`${content}/schools/${dir}/${roadmap.school}.yaml`, 'utf8')) as { shortName: string };
    const name = school.shortName.replace(/\s*\(пример\)$/, '');
    const page = await env.browser.newPage();
    await search(page, name);
    const paths = await resultPaths(page);
    expect(paths[0], `first result for «${name}»`).toBe(`/shkoly/${roadmap.school}/${roadmap.year}/`);
    expect(await page.locator('#search-best > li').first().getByText('Совпадает с названием').count()).toBe(1);
    await page.close();
  });

  it('puts a measure first when its exact title is asked', async () => {
    const file = readdirSync(`${content}/measures`).sort()[5];
    const title = (yaml.load(readFileSync(`${content}/measures/${file}`, 'utf8').split('---')[1]) as { title: string }).title;
    const page = await env.browser.newPage();
    await search(page, title);
    expect((await resultPaths(page))[0]).toBe(`/mery/${file.replace(/\.md$/, '')}/`);
    await page.close();
  });

  it('pages through all results: the second page starts at result 21 and the pager says where we are', async () => {
    const page = await env.browser.newPage();
    await search(page, 'школа');
    const status = await page.locator('#search-status').textContent();
    const total = Number(/Найдено страниц: (\d+)/.exec(status ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    const first = await page.locator('#search-results > li h2 a').allTextContents();
    expect(first).toHaveLength(20);
    const pager = page.getByRole('navigation', { name: 'Страницы результатов' });
    await pager.getByRole('link', { name: 'Следующая' }).click();
    await page.locator('#search-status').filter({ hasText: 'Страница 2 из' }).waitFor();
    expect(page.url()).toContain('page=2');
    expect(await page.locator('#search-results').getAttribute('start')).toBe('21');
    const second = await page.locator('#search-results > li h2 a').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    expect(await pager.getByRole('link', { name: 'Страница 2' }).getAttribute('aria-current')).toBe('page');
    // The last page is reachable and holds the rest.
    const pages = Math.ceil(total / 20);
    await search(page, 'школа', `&page=${pages}`);
    expect(await page.locator('#search-results > li').count()).toBe(total - (pages - 1) * 20 - (await page.locator('#search-best > li').count()));
    await page.close();
  });

  it('shows every roadmap found, ten more at a time', async () => {
    const page = await env.browser.newPage();
    await search(page, 'дорожная карта');
    const status = page.locator('#search-schools-status');
    const n = Number(/муниципалитетов: (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(n).toBeGreaterThan(10);
    const items = page.locator('#search-schools > li');
    expect(await items.count()).toBe(10);
    await page.getByRole('button', { name: 'Показать ещё' }).click();
    await expect.poll(() => items.count()).toBe(Math.min(n, 20));
    // Keyboard focus moves to the first newly shown result.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-schools > li')[10])).toBe(true);
    if (n <= 20) expect(await page.getByRole('button', { name: 'Показать ещё' }).isVisible()).toBe(false);
    await page.close();
  });

  it('shows excerpts as text: labels are not glued to their values, no example banner', async () => {
    const page = await env.browser.newPage();
    for (const query of ['Организация', 'школа', 'пример']) {
      await search(page, query);
      const excerpts = await page.locator('.search-page__results > li > p').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const e of excerpts) {
        expect(e, `excerpt for «${query}»`).not.toMatch(/[а-яё][А-ЯЁ]|[а-яё]R\d\d|\dR\d\d/);
        expect(e).not.toContain('вымышленные данные для демонстрации');
      }
    }
    await search(page, 'Организация');
    expect((await page.locator('.search-page__results > li > p').allTextContents()).some((e) => /Организация МБОУ|Организация М/.test(e))).toBe(true);
    await page.close();
  });

  it('names the filter values: directions with their titles, levels of education in full', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await search(page, 'мотивация');
    const filters = page.getByRole('group', { name: 'Фильтры' });
    expect(await filters.getByRole('checkbox', { name: /^R06 — Учебная мотивация \(\d+\)$/ }).count()).toBe(1);
    expect(await filters.getByRole('checkbox', { name: /^R\d\d \(\d+\)$/ }).count()).toBe(0);
    expect(await filters.getByRole('checkbox', { name: /^ООО \(5–9 классы\) \(\d+\)$/ }).count()).toBe(1);
    await page.close();
  });
});
