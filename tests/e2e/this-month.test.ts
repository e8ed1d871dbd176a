/**
 * «В этом месяце» answers «what do I do now»: the visitor's month with JavaScript (the browser's
 * clock is set), the build date's month without it; the month is marked in the month list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { todayIso } from '../../src/lib/dates.ts';

const env = useSite({ beforeAll, afterAll });
const content = process.env.SHNOR_CONTENT ?? 'content';

type Event = { id: string; title: string; start: string; end: string; actions: { role: string; text: string }[] };
const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const calendar = readdirSync(`${content}/calendar`)
  .map((f) => yaml.load(readFileSync(`${content}/calendar/${f}`, 'utf8')) as { year: number; events: Event[] })
  .sort((a, b) => b.year - a.year)[0];
const events = calendar.events.map((e) => ({ ...e, start: iso(e.start), end: iso(e.end), actions: e.actions ?? [] }));
const year = calendar.year;
/** Events under way in a month, computed here independently of the site's code. */
const inMonth = (ym: string) => events.filter((e) => e.start.slice(0, 7) <= ym && e.end.slice(0, 7) >= ym);

async function at(date: string | undefined, path: string, js = true): Promise<Page> {
  const ctx = await env.browser.newContext({ javaScriptEnabled: js });
  const page = await ctx.newPage();
  if (date) await page.clock.setFixedTime(new Date(`${date}T10:00:00`));
  await page.goto(env.url + path);
  return page;
}

const MONTHS = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];
const shown = (page: Page) => page.locator('[data-this-month] [data-month]:visible');

describe('«В этом месяце» on the calendar', () => {
  it('shows the visitor’s month with its events, and marks it in the month list', async () => {
    // A month in which some event starts (so it has a section), after January.
    const month = events.map((e) => e.start.slice(0, 7)).filter((m) => m > `${year}-01`).sort()[0];
    const page = await at(`${month}-10`, '/kalendar/');
    await expect.poll(() => shown(page).getAttribute('data-month')).toBe(month);
    expect(await shown(page).count()).toBe(1);
    expect(await shown(page).getByRole('heading').textContent()).toBe(`${MONTHS[Number(month.slice(5)) - 1]} ${year}`);
    const titles = await shown(page).locator('.this-month__list > li > a').allTextContents();
    expect(titles.sort()).toEqual(inMonth(month).map((e) => e.title).sort());
    expect(await page.locator('[data-other-year]').isVisible()).toBe(false);
    expect(await page.locator(`[data-month-link="${month}"] a`).getAttribute('aria-current')).toBe('date');
    expect(await page.locator(`[data-month-section="${month}"] [data-now-tag]`).isVisible()).toBe(true);
    expect(await page.locator('[data-now-tag]:visible').count()).toBe(1);
    // Each listed event leads to its description on the page.
    const href = await shown(page).locator('.this-month__list > li > a').first().getAttribute('href');
    expect(await page.locator(href!).count()).toBe(1);
    await page.context().close();
  });

  it('shows the same month of the published year, and says so, when the visitor is in another year', async () => {
    const page = await at(`${year + 1}-05-10`, '/kalendar/');
    await expect.poll(() => shown(page).getAttribute('data-month')).toBe(`${year}-05`);
    const note = page.locator('[data-other-year]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain(`${year + 1}`);
    expect(await note.textContent()).toContain(`${year}`);
    await page.context().close();
  });

  it('falls back to the build date’s month without JavaScript', async () => {
    const today = todayIso();
    const month = `${year}-${today.slice(5, 7)}`;
    const page = await at(undefined, '/kalendar/', false);
    expect(await shown(page).getAttribute('data-month')).toBe(month);
    expect(await page.locator('[data-other-year]').isVisible()).toBe(Number(today.slice(0, 4)) !== year);
    await page.context().close();
  });
});

describe('«В этом месяце» on a role’s page', () => {
  const role = 'school-director';
  // The director's busiest month.
  const months = events.filter((e) => e.actions.some((a) => a.role === role)).map((e) => e.start.slice(0, 7));
  const month = [...new Set(months)].sort((a, b) => months.filter((m) => m === b).length - months.filter((m) => m === a).length)[0];

  it('lists that role’s actions of the month, and no other role’s', async () => {
    const page = await at(`${month}-10`, `/roli/${role}/`);
    await expect.poll(() => shown(page).getAttribute('data-month')).toBe(month);
    const text = (await shown(page).textContent()) ?? '';
    const mine = inMonth(month).flatMap((e) => e.actions.filter((a) => a.role === role).map((a) => a.text));
    expect(mine.length).toBeGreaterThan(0);
    for (const a of mine) expect(text).toContain(a);
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const others = inMonth(month).flatMap((e) => e.actions.filter((a) => a.role !== role && !mine.includes(a.text)).map((a) => a.text));
    for (const a of others) expect(norm(text)).not.toContain(norm(a));
    // The events link to the role's own calendar.
    const hrefs = await shown(page).locator('.this-month__list > li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(hrefs)).toEqual(new Set([`/kalendar/${role}/`]));
    await page.context().close();
  });

  it('is on every role’s page and on every role’s calendar', async () => {
    const page = await at(`${year}-03-10`, '/');
    for (const file of readdirSync(`${content}/roles`)) {
      const id = file.replace('.yaml', '');
      await page.goto(`${env.url}/roli/${id}/`);
      expect(await page.getByRole('heading', { name: 'В этом месяце' }).count(), id).toBe(1);
      if (events.some((e) => e.actions.some((a) => a.role === id))) {
        await page.goto(`${env.url}/kalendar/${id}/`);
        expect(await page.getByRole('heading', { name: 'В этом месяце' }).count(), `/kalendar/${id}/`).toBe(1);
      }
    }
    await page.context().close();
  });
});
