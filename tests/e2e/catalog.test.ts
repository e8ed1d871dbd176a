/** The measure catalog: filters without JavaScript, live filtering with it, cross-references on a measure page. */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { useSite } from './browser.ts';

const env = useSite({ beforeAll, afterAll });
const content = process.env.SHNOR_CONTENT ?? 'content';


describe('measure catalog', () => {
  it('filters by direction with JavaScript disabled', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.url}/mery/`);
    const total = await page.locator('#catalog-list > li').count();
    await page.getByRole('navigation', { name: 'Подборки' }).getByText('Направление', { exact: true }).click();
    await page.getByRole('link', { name: /^R06\./ }).click();
    await page.waitForURL(/\/mery\/napravlenie\/R06\/$/);
    const items = page.locator('#catalog-list > li');
    const n = await items.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    const tags = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.napravlenie ?? ''));
    expect(tags.every((t) => t.split(' ').includes('R06'))).toBe(true);
    expect(await page.locator('#catalog-count').textContent()).toContain(String(n));
    await ctx.close();
  });

  it('filters in place with JavaScript and announces the number of results', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/mery/`);
    const form = page.getByRole('form', { name: 'Подобрать меры' });
    await form.getByLabel('Направление').selectOption('R06');
    const visibleR06 = await page.locator('#catalog-list > li:not([hidden])').count();
    expect(await page.getByRole('status').textContent()).toBe(`Найдено мер: ${visibleR06}`);
    await form.getByLabel('Уровень', { exact: true }).selectOption('municipality');
    const both = await page.locator('#catalog-list > li:not([hidden])').count();
    expect(both).toBeLessThanOrEqual(visibleR06);
    const ok = await page.locator('#catalog-list > li:not([hidden])').evaluateAll((lis) =>
      lis.every((li) => (li as HTMLElement).dataset.napravlenie!.split(' ').includes('R06') && (li as HTMLElement).dataset.uroven === 'municipality'));
    expect(ok).toBe(true);
    await page.close();
  });

  it('lists on a measure page the practices and roadmaps that reference it', async () => {
    // Find, from the content, a measure used by both a practice and a roadmap.
    const practiceRefs = new Map<string, string[]>();
    for (const f of readdirSync(`${content}/practices`)) {
      const fm = yaml.load(readFileSync(`${content}/practices/${f}`, 'utf8').split('---')[1]) as { title: string; measures?: string[] };
      for (const m of fm.measures ?? []) practiceRefs.set(m, [...(practiceRefs.get(m) ?? []), fm.title]);
    }
    const roadmapRefs = new Map<string, string[]>();
    for (const mun of readdirSync(`${content}/roadmaps`)) {
      for (const f of readdirSync(`${content}/roadmaps/${mun}`)) {
        const r = yaml.load(readFileSync(`${content}/roadmaps/${mun}/${f}`, 'utf8')) as { school: string; year: number; activities: { measure?: string }[] };
        for (const m of new Set(r.activities.map((a) => a.measure).filter(Boolean) as string[])) roadmapRefs.set(m, [...(roadmapRefs.get(m) ?? []), `/shkoly/${r.school}/${r.year}/`]);
      }
    }
    const id = [...practiceRefs.keys()].find((m) => roadmapRefs.has(m));
    expect(id, 'a measure referenced by a practice and a roadmap').toBeDefined();
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/mery/${id}/`);
    const practices = page.locator('h2#practices + ul a');
    expect((await practices.allTextContents()).sort()).toEqual(practiceRefs.get(id!)!.sort());
    const n = roadmapRefs.get(id!)!.length;
    const links = await page.locator('h2#roadmaps ~ ul').first().locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.sort()).toEqual(roadmapRefs.get(id!)!.sort());
    expect(await page.getByText(`Используется в ${n}`).count()).toBeGreaterThan(0);
    await page.close();
  });
});
