/**
 * Every page type on a phone (360 px) and a desktop (1366 px): no table cell splits a word or a
 * date, nothing scrolls sideways except a table's marked container, and the phone header is short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './browser.ts';
import { htmlPages, pageTypes } from './pages.ts';

const env = useSite({ beforeAll, afterAll });
const types = pageTypes(htmlPages());
const WIDTHS = [360, 1366];

/** Problems of the open page, measured in the browser. */
function measure(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) out.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (!/(auto|scroll)/.test(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
      const marked = el.classList.contains('table-wrap') && el.getAttribute('role') === 'region' && el.tabIndex === 0 && el.hasAttribute('aria-labelledby');
      if (!marked) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> scrolls sideways and is not a marked table container`);
    }
    // A word (or a part between hyphens) of a cell must sit on one line and fit the cell.
    for (const cell of document.querySelectorAll<HTMLTableCellElement>('td, th')) {
      const box = cell.getBoundingClientRect();
      if (!box.width) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const m of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (!rects.length) continue;
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          if (lines.size > 1) out.push(`«${m[0]}» is split across ${lines.size} lines in a cell`);
          const width = rects.reduce((w, r) => w + r.width, 0);
          if (width > box.width + 1) out.push(`«${m[0]}» (${Math.round(width)}px) is wider than its cell (${Math.round(box.width)}px)`);
        }
      }
    }
    return [...new Set(out)];
  });
}

describe('layout of every page type', () => {
  for (const width of WIDTHS) {
    it(`keeps words whole in tables and scrolls only table containers at ${width} px`, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      const failures: string[] = [];
      for (const [type, path] of Object.entries(types)) {
        await page.goto(env.url + path);
        for (const problem of await measure(page)) failures.push(`${type} ${path}: ${problem}`);
      }
      await page.close();
      expect(failures).toEqual([]);
    }, 300_000);
  }

  it('detects a split word (the measurement works)', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${env.url}/monitoring/`);
    // Undo the rules under test (through the CSSOM: the page's CSP forbids inline style sheets).
    await page.evaluate(() => {
      for (const cell of document.querySelectorAll<HTMLElement>('td, th')) cell.style.setProperty('overflow-wrap', 'anywhere', 'important');
      for (const table of document.querySelectorAll<HTMLElement>('table')) table.style.setProperty('width', '200px', 'important');
    });
    expect((await measure(page)).some((p) => /split across/.test(p))).toBe(true);
    await page.close();
  });

  it('folds the navigation into «Меню» on a phone, and the menu opens without JavaScript', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.url}/monitoring/`);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThan(170);
    const nav = page.getByRole('navigation', { name: 'Основные разделы' });
    await expect.poll(() => nav.isVisible()).toBe(false);
    await page.getByText('Меню', { exact: true }).click();
    await expect.poll(() => nav.getByRole('link', { name: 'Муниципалитеты' }).isVisible()).toBe(true);
    await ctx.close();
  });

  it('shows the navigation without a toggle on a desktop', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(`${env.url}/`);
    expect(await page.getByText('Меню', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'Муниципалитеты' }).isVisible()).toBe(true);
    await page.close();
  });

  it('puts the first search result on the first screen of a phone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${env.url}/poisk/?q=${encodeURIComponent('школа')}`);
    const first = page.locator('#search-results li h2 a').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    // The filters are folded under the query, not above the results.
    expect(await page.locator('#search-filters-box').getAttribute('open')).toBeNull();
    await page.close();
  });
});
