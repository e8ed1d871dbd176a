/**
 * `npm run preview` (scripts/serve.ts) serves uploads as passive files: in Chromium an SVG or HTML
 * that got into /uploads/ runs nothing, documents are downloaded, images are shown. The built
 * admin's config has no local backend.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CSP } from '../../src/lib/headers.ts';
import { launch, serve } from './browser.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const SCRIPT = 'fetch("/marker-ran")';

let dir: string;
let site: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shnor-i11-preview-'));
  mkdirSync(join(dir, 'uploads', 'shkoly', 'sosh-1'), { recursive: true });
  writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="ru"><title>Не найдено</title></html>');
  writeFileSync(join(dir, 'uploads', 'opasnyy.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><script>${SCRIPT}</script></svg>`);
  writeFileSync(join(dir, 'uploads', 'stranica.html'), `<!doctype html><script>${SCRIPT}</script>`);
  writeFileSync(join(dir, 'uploads', 'shkoly', 'sosh-1', 'otchet.pdf'), '%PDF-1.4\n%%EOF\n');
  writeFileSync(join(dir, 'uploads', 'foto.png'), PNG);
  site = await serve(dir);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run preview: uploads', () => {
  it.each([
    ['/uploads/opasnyy.svg', 'image/svg+xml', 'attachment'],
    ['/uploads/stranica.html', 'text/html; charset=utf-8', 'attachment'],
    ['/uploads/shkoly/sosh-1/otchet.pdf', 'application/pdf', 'attachment'],
    ['/uploads/foto.png', 'image/png', null],
  ])('%s: sandboxed, not sniffed', async (path, type, disposition) => {
    const response = await fetch(`${site.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(UPLOAD_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(disposition);
  });

  it('a missing upload gets the ordinary 404 page', async () => {
    const response = await fetch(`${site.url}/uploads/net-takogo.pdf`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('content-security-policy')).not.toBe(UPLOAD_CSP);
  });

  it('in Chromium, an SVG or HTML upload runs nothing and a PNG is shown', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const ran: string[] = [];
    context.on('request', (r) => {
      if (r.url().includes('marker-ran')) ran.push(r.url());
    });
    for (const path of ['/uploads/opasnyy.svg', '/uploads/stranica.html']) {
      const page = await context.newPage();
      const download = page.waitForEvent('download');
      await page.goto(`${site.url}${path}`).catch(() => undefined); // a download aborts the navigation
      expect((await download).suggestedFilename()).toBe(path.split('/').pop());
      await page.close();
    }
    const page = await context.newPage();
    const shown = await page.goto(`${site.url}/uploads/foto.png`);
    expect(shown?.status()).toBe(200);
    expect(await page.locator('img').count()).toBe(1);
    expect(ran).toEqual([]);
    await context.close();
  });
});

describe('the built admin', () => {
  it('has no local backend: dist/admin/config.yml points nowhere on the editor\'s machine', () => {
    const config = readFileSync('dist/admin/config.yml', 'utf8');
    expect(config).toContain('backend:');
    for (const local of ['local_backend', '127.0.0.1', 'localhost', ':8081']) expect(config).not.toContain(local);
  });
});
