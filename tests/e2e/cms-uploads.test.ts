/**
 * Uploads through the admin in Chromium (decap-server behind the guard, a temporary Git copy):
 * choosing an SVG, HTML or JS file, a PDF that is really HTML or a file over the limit shows a
 * Russian message and uploads nothing; a PDF and a PNG are uploaded and committed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_MEDIA_BYTES } from '../../src/lib/media.ts';
import { launch } from './browser.ts';
import { git, startCms, tempRepo, type CmsSite } from './cms-helpers.ts';

const WAIT = { timeout: 20_000 };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

let repo: ReturnType<typeof tempRepo>;
let cms: CmsSite;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  repo = tempRepo(join(process.cwd(), 'content'));
  cms = await startCms(repo.dir, { log: () => {} });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.accept();
  });
  await page.goto(`${cms.url}/admin/`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('button', { name: 'Медиафайлы' }).first().click({ timeout: 30_000 });
  await page.locator('input[type=file]').waitFor({ state: 'attached', ...WAIT });
});

afterAll(async () => {
  await browser?.close();
  await cms?.stop();
  repo?.remove();
});

const choose = (name: string, mimeType: string, buffer: Buffer) => page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });

describe('uploads in the admin', () => {
  it.each([
    ['skript.svg', 'image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/")</script></svg>'), 'тип файла «.svg» не принимается. Загрузите файл одного из типов: PDF, DOCX, XLSX, ODT, JPG, PNG, WEBP.'],
    ['stranica.html', 'text/html', Buffer.from('<!doctype html><script>fetch("/")</script>'), 'тип файла «.html» не принимается.'],
    ['skript.js', 'text/javascript', Buffer.from('fetch("/")'), 'тип файла «.js» не принимается.'],
    ['otchet.pdf', 'application/pdf', Buffer.from('<!doctype html><script>fetch("/")</script>'), 'содержимое файла не похоже на PDF'],
    ['bolshoy.pdf', 'application/pdf', Buffer.concat([PDF, Buffer.alloc(MAX_MEDIA_BYTES)]), 'больше предела 10 МБ'],
  ])('refuses %s with a Russian message and uploads nothing', async (name, type, buffer, reason) => {
    const head = git(repo.dir, 'rev-parse', 'HEAD');
    dialogs.length = 0;
    await choose(name, type, buffer);
    await expect.poll(() => dialogs.length, WAIT).toBe(1);
    expect(dialogs[0]).toContain(`Файл «${name}» не загружен: `);
    expect(dialogs[0]).toContain(reason);
    await page.waitForTimeout(500);
    expect(git(repo.dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(existsSync(join(repo.dir, 'public', 'uploads', name))).toBe(false);
  });

  it.each([['otchet-etapa.pdf', 'application/pdf', PDF], ['foto-vizita.png', 'image/png', PNG]])('uploads %s and commits it', async (name, type, buffer) => {
    dialogs.length = 0;
    await choose(name, type, buffer);
    const file = join(repo.dir, 'public', 'uploads', name);
    await expect.poll(() => existsSync(file) && git(repo.dir, 'log', '-1', '--format=%s'), WAIT).toBe(`CMS: загружен файл public/uploads/${name}`);
    expect(readFileSync(file)).toEqual(buffer);
    expect(dialogs).toEqual([]);
    await expect.poll(() => page.getByText(name).first().isVisible(), WAIT).toBe(true);
  });
});
