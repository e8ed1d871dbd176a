/** Municipal roadmap page: embed on another origin, print CSS, DOCX built in the browser, ICS and JSON exports. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { formatTerm, termRange } from '../../src/lib/terms.ts';
import { launch, serve, watchErrors } from './browser.ts';
import { htmlPages, pageTypes } from './pages.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let other: Server;
let otherUrl: string;
const path = pageTypes(htmlPages()).municipalRoadmap;
const base = path.replace(/\/$/, '');
const exported = JSON.parse(readFileSync(`dist${base}.json`, 'utf8'));

beforeAll(async () => {
  site = await serve();
  browser = await launch();
  other = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="ru"><title>Сайт управления образования</title><iframe title="Дорожная карта" src="${site.url}${base}/embed/" width="1100" height="800"></iframe></html>`);
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((ok) => other?.close(ok));
});

describe('municipal roadmap page', () => {
  it('is linked from the municipality page and lists every action with its term', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}/municipalitety/${exported.roadmap.municipality}/`);
    await page.getByRole('link', { name: `Дорожная карта муниципалитета на ${exported.roadmap.year} год` }).first().click();
    await page.waitForURL(`**${path}`);
    const rows = page.getByRole('table', { name: /Действия дорожной карты/ }).locator('tbody tr');
    expect(await rows.count()).toBe(exported.roadmap.actions.length);
    expect(await rows.nth(0).getByRole('cell').nth(1).textContent()).toBe(formatTerm(exported.roadmap.actions[0].when));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders the embed version inside an iframe on another origin, without site chrome', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(otherUrl);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Дорожная карта муниципалитета');
    expect(await frame.locator('table.mroadmap-actions tbody tr').count()).toBe(exported.roadmap.actions.length);
    expect(await frame.locator('header, nav.site-nav, footer').count()).toBe(0);
    expect(await frame.getByRole('link', { name: /Открыть на сайте/ }).getAttribute('target')).toBe('_top');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints without navigation and downloads', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header.site-header', 'nav.breadcrumbs', 'footer.site-footer', '.downloads', '.embed-snippet']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    expect(await page.locator('table.mroadmap-actions').isVisible()).toBe(true);
    await page.close();
  });

  it('downloads a DOCX with every action, term and expected result', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.url}${path}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать DOCX' }).click()]);
    expect(download.suggestedFilename()).toBe(`dorozhnaya-karta-${exported.roadmap.municipality}-${exported.roadmap.year}.docx`);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await download.path())))['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'");
    for (const a of exported.roadmap.actions) {
      expect(text).toContain(a.text);
      expect(text).toContain(formatTerm(a.when));
      expect(text).toContain(a.expectedResult);
    }
    await expect(page.getByRole('status').textContent()).resolves.toBe('Документ сохранён.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports ICS with one all-day span per action', () => {
    const unfolded = readFileSync(`dist${base}.ics`, 'utf8').replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(exported.roadmap.actions.length);
    events.forEach((e, i) => {
      const { start } = termRange(exported.roadmap.actions[i].when);
      expect(e).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`);
      expect(e).toContain(`SUMMARY:${i + 1}.`);
    });
  });

  it('exports JSON that validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('dist/dannye/municipalRoadmaps.schema.json', 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(validate(exported.roadmap), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...exported.roadmap, actions: [] })).toBe(false);
    expect(exported.context.municipalityName).toBeTruthy();
  });
});
