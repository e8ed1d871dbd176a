/**
 * A journey per role: the teacher's entry, a director finds his school, a coordinator sees which
 * activities are overdue and which schools are behind on visits, a methodist learns how to publish.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const env = useSite({ beforeAll, afterAll });
const content = process.env.SHNOR_CONTENT ?? 'content';
const municipalities = readdirSync(`${content}/municipalities`).map((f) => f.replace('.yaml', ''));

describe('journeys by role', () => {
  it('gives teachers an entry: «Я учитель» on the home page leads to the teacher’s role', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/`);
    await page.getByRole('link', { name: 'Я учитель' }).click();
    await page.waitForURL(/\/roli\/teacher\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Учитель');
    const functions = await page.locator('h2:has-text("Функции") + ol > li').allTextContents();
    expect(functions.length).toBeGreaterThan(4);
    // The site's own advice is marked as such.
    expect(functions.some((f) => f.startsWith('Рекомендация сайта'))).toBe(true);
    await page.close();
  });

  it('has «Муниципалитеты» in the navigation', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(`${env.url}/metodika/`);
    await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Муниципалитеты' }).click();
    await page.waitForURL(/\/municipalitety\/$/);
    await page.close();
  });

  it('leads a director from his role to his school, through the schools grouped by municipality', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/roli/school-director/`);
    await page.getByRole('link', { name: /Найти свою школу/ }).click();
    await page.waitForURL(/\/shkoly\/$/);
    for (const m of municipalities) {
      const schools = readdirSync(`${content}/schools/${m}`).map((f) => yaml.load(readFileSync(`${content}/schools/${m}/${f}`, 'utf8')) as { shortName: string });
      const section = page.locator('section').filter({ has: page.locator(`h2#${m}`) });
      const names = await section.locator('.school-list > li > a:first-child').allTextContents();
      expect(names.sort()).toEqual(schools.map((s) => s.shortName).sort());
    }
    const first = page.locator('.school-list > li > a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL(new RegExp(`${href}$`));
    await page.close();
  });

  it('lists every overdue activity of a municipality, as many as the monitoring counts, each marked on its roadmap', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/monitoring/`);
    const counts = await page.locator('#mun-caption').locator('xpath=ancestor::table').locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) => ({ href: r.querySelector('th a')!.getAttribute('href')!, overdue: Number(r.querySelectorAll('td')[3].textContent) })));
    expect(counts.length).toBe(municipalities.length);
    let total = 0;
    for (const { href, overdue } of counts) {
      const id = href.split('/').filter(Boolean).pop()!;
      await page.goto(`${env.url}/municipalitety/${id}/`);
      await page.getByRole('link', { name: /Списки: просроченные мероприятия/ }).click();
      await page.waitForURL(new RegExp(`/monitoring/prosrochki/${id}/$`));
      const rows = page.locator('#overdue-caption').locator('xpath=ancestor::table').locator('tbody tr');
      expect(await rows.count(), id).toBe(overdue);
      total += overdue;
      // Per school, the list has as many rows as the roadmap marks «Просрочено».
      const bySchool = new Map<string, number>();
      for (const link of await rows.locator('td:first-child a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))) bySchool.set(link, (bySchool.get(link) ?? 0) + 1);
      for (const [roadmap, n] of bySchool) {
        await page.goto(env.url + roadmap);
        expect(await page.locator('.roadmap-activities .tag', { hasText: 'Просрочено' }).count(), roadmap).toBe(n);
        await page.goBack();
      }
    }
    expect(total).toBeGreaterThan(0);
    await page.goto(`${env.url}/monitoring/`);
    await page.getByRole('link', { name: /Списки: просроченные мероприятия/ }).click();
    await page.waitForURL(/\/monitoring\/prosrochki\/$/);
    const regionCounts = await page.locator('#mun-caption').locator('xpath=ancestor::table').locator('tbody td:nth-of-type(1)').allTextContents();
    expect(regionCounts.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    await page.close();
  });

  it('lists the schools behind on visits: those the municipality’s monitoring marks «нарушена»', async () => {
    const page = await env.browser.newPage();
    let total = 0;
    for (const id of municipalities) {
      await page.goto(`${env.url}/municipalitety/${id}/`);
      const broken = await page.locator('#mon-caption').locator('xpath=ancestor::table').locator('tbody tr').filter({ has: page.locator('.tag', { hasText: /^нарушена$/ }) }).locator('th a').allTextContents();
      await page.goto(`${env.url}/monitoring/prosrochki/${id}/`);
      const listed = broken.length ? await page.locator('#behind-caption').locator('xpath=ancestor::table').locator('tbody th a').allTextContents() : [];
      expect(listed.sort(), id).toEqual(broken.sort());
      total += listed.length;
    }
    expect(total).toBeGreaterThan(0);
    await page.goto(`${env.url}/monitoring/prosrochki/`);
    expect(await page.locator('#behind-caption').locator('xpath=ancestor::table').locator('tbody tr').count()).toBe(total);
    await page.close();
  });

  it('tells a methodist how to publish a practice, from РМА’s role page and from the practices', async () => {
    const page = await env.browser.newPage();
    for (const from of ['/roli/rma/', '/praktiki/']) {
      await page.goto(env.url + from);
      await page.getByRole('link', { name: /Как опубликовать практику/ }).click();
      await page.waitForURL(/\/praktiki\/kak-opublikovat\/$/);
    }
    expect(await page.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('link', { name: 'Откройте редактор' }).getAttribute('href')).toBe('/admin/');
    expect(await page.locator('main').textContent()).toContain('«Лучшие практики»');
    await page.close();
  });
});
