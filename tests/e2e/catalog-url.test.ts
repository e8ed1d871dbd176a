/** The measure catalog's filters: shown once, kept in the address so a filtered list can be shared. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const env = useSite({ beforeAll, afterAll });
const visible = '#catalog-list > li:not([hidden])';

describe('catalog filters in the address', () => {
  it('shows one set of filters: the form with JavaScript, the collections without it', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/mery/`);
    expect(await page.getByRole('form', { name: 'Подобрать меры' }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Подборки' }).isVisible()).toBe(false);
    await page.close();
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const nojs = await ctx.newPage();
    await nojs.goto(`${env.url}/mery/`);
    expect(await nojs.getByRole('navigation', { name: 'Подборки' }).isVisible()).toBe(true);
    expect(await nojs.locator('#catalog-form').isVisible()).toBe(false);
    await ctx.close();
  });

  it('writes the choice into the address, and an address with a choice opens filtered', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/mery/`);
    const form = page.getByRole('form', { name: 'Подобрать меры' });
    await form.getByLabel('Направление').selectOption('R06');
    await form.getByLabel('Уровень', { exact: true }).selectOption('school');
    await expect.poll(() => new URL(page.url()).search).toBe('?napravlenie=R06&uroven=school');
    const n = await page.locator(visible).count();
    expect(n).toBeGreaterThan(0);
    const shared = page.url();
    const other = await env.browser.newPage();
    await other.goto(shared);
    expect(await other.getByLabel('Направление').inputValue()).toBe('R06');
    expect(await other.getByLabel('Уровень', { exact: true }).inputValue()).toBe('school');
    expect(await other.locator(visible).count()).toBe(n);
    expect(await other.getByRole('status').textContent()).toBe(`Найдено мер: ${n}`);
    // Resetting clears the address.
    await other.getByRole('button', { name: 'Сбросить' }).click();
    await expect.poll(() => new URL(other.url()).search).toBe('');
    await other.close();
    await page.close();
  });

  it('ignores values the catalog does not offer', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.url}/mery/?napravlenie=R99`);
    expect(await page.getByLabel('Направление').inputValue()).toBe('');
    expect(await page.locator(visible).count()).toBe(await page.locator('#catalog-list > li').count());
    await page.close();
  });
});
