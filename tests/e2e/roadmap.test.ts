/** Roadmap page: embed on another origin, print CSS, DOCX download, ICS and JSON exports. */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { launch, serve, watchErrors } from './browser.ts';
import { htmlPages, pageTypes } from './pages.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let other: Server;
let otherUrl: string;
const roadmapPath = pageTypes(htmlPages()).roadmap;
const base = roadmapPath.replace(/\/$/, '');
const exported = JSON.parse(readFileSync(`dist${base}.json`, 'utf8'));

beforeAll(async () => {
  site = await serve();
  browser = await launch();
  // A school's own site: another origin (another port) that frames the embed page.
  other = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="ru"><title>Сайт школы</title><h1>Сайт школы</h1><iframe title="Дорожная карта" src="${site.url}${base}/embed/" width="1000" height="800"></iframe></html>`);
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((ok) => other?.close(ok));
});

describe('roadmap page', () => {
  it('renders the embed version inside an iframe on another origin', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(otherUrl);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Дорожная карта');
    expect(await frame.locator('table.roadmap-activities tbody tr').count()).toBeGreaterThan(exported.roadmap.activities.length);
    expect(await frame.getByRole('link', { name: /Открыть на сайте/ }).getAttribute('target')).toBe('_top');
    // No site chrome in the embed.
    expect(await frame.locator('header, nav.site-nav, footer').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another origin on ordinary pages', async () => {
    const res = await fetch(`${site.url}${roadmapPath}`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const embed = await fetch(`${site.url}${base}/embed/`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
  });

  it('prints as a clean document without navigation', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${roadmapPath}`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['header.site-header', 'nav.breadcrumbs', 'footer.site-footer', '.downloads', '.embed-snippet']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('header.site-header').isVisible()).toBe(true);
    await page.close();
  });

  it('downloads a DOCX that contains every activity title', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${roadmapPath}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать DOCX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const xml = strFromU8(files['word/document.xml']);
    const text = xml.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'");
    for (const a of exported.roadmap.activities) expect(text).toContain(a.title);
    await page.close();
  });

  it('exports ICS that parses into one event per activity', () => {
    const ics = readFileSync(`dist${base}.ics`, 'utf8');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const events = unfolded.split('BEGIN:VEVENT').slice(1).map((chunk) => Object.fromEntries(chunk.split('\r\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)])));
    expect(events).toHaveLength(exported.roadmap.activities.length);
    for (const [i, e] of events.entries()) {
      const a = exported.roadmap.activities[i];
      expect(e['DTSTART;VALUE=DATE']).toBe(a.start.replaceAll('-', ''));
      expect(e.SUMMARY.replace(/\\([,;\\])/g, '$1')).toBe(a.title);
      expect(e.UID).toBeTruthy();
    }
    expect(unfolded.match(/BEGIN:/g)!.length).toBe(unfolded.match(/END:/g)!.length);
  });

  it('exports JSON that validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('dist/dannye/roadmaps.schema.json', 'utf8'));
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const ok = validate(exported.roadmap);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema does reject a broken roadmap.
    expect(validate({ ...exported.roadmap, activities: [] })).toBe(false);
    expect(validate({ ...exported.roadmap, period: { start: '15.01.2025', end: '2025-12-20' } })).toBe(false);
  });
});
