/**
 * The editing guard under a running `npm run cms` on a temporary Git copy of the project, tried as
 * a page or a program on the editor's own machine would: requests that are not the admin's own are
 * refused with 403 before anything reaches decap-server, so the repository stays as it was;
 * forbidden uploads are refused, PDF and PNG uploads work; the dev server's admin works in
 * Chromium through the guard and hands the token to no other page; uploads are served as passive files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CSP } from '../../src/lib/headers.ts';
import { launch } from './browser.ts';
import { git } from './cms-helpers.ts';
import { startCmsProject, type CmsProject } from './cms-project.ts';

const WAIT = { timeout: 30_000 };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/")</script></svg>';

let cms: CmsProject;
let browser: Browser;
let other: Server;
let otherPort: number;
let backend: URL;

/** A raw HTTP request to the guard: any Host (PORT stands for the guard's port), Origin and body. */
function send(options: { host?: string; origin?: string; path?: string; method?: string; type?: string; body?: unknown }): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  const headers: Record<string, string> = { Host: options.host?.replace('PORT', String(cms.guardPort)) ?? backend.host };
  if (options.origin !== '') headers.Origin = options.origin ?? cms.devUrl;
  if (options.type !== '') headers['Content-Type'] = options.type ?? 'application/json; charset=utf-8';
  const body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body ?? { action: 'info' });
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: cms.guardPort, path: options.path ?? backend.pathname, method: options.method ?? 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', fail);
    req.end(options.method === 'GET' ? undefined : body);
  });
}

const params = (extra: Record<string, unknown>) => ({ branch: 'main', ...extra });
const write = (path: string, raw = '#!/bin/sh\ntouch /tmp/shnor-pwned\n') => ({
  action: 'persistEntry',
  params: params({ dataFiles: [{ slug: 'x', path, raw }], assets: [], options: { collectionName: 'measures', commitMessage: 'взлом', useWorkflow: false, status: 'draft' } }),
});
const read = (path: string) => ({ action: 'getEntry', params: params({ path }) });
const upload = (name: string, content: Buffer | string) => ({
  action: 'persistMedia',
  params: params({ asset: { path: `public/uploads/${name}`, content: Buffer.from(content).toString('base64'), encoding: 'base64' }, options: { commitMessage: `загрузка ${name}` } }),
});
const state = () => [git(cms.dir, 'rev-parse', 'HEAD'), git(cms.dir, 'branch', '--list'), git(cms.dir, 'status', '--porcelain', '--ignored')];

beforeAll(async () => {
  cms = await startCmsProject({ 'opasnyy.svg': SVG, 'otchet.pdf': PDF, 'foto.png': PNG });
  backend = new URL(cms.backendUrl);
  browser = await launch();
  other = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Другой сайт</title><p>Другой сайт</p>'));
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  otherPort = (other.address() as AddressInfo).port;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (other ? other.close(ok) : ok(undefined)));
  await cms?.stop();
});

describe('npm run cms', () => {
  it('serves a config whose local backend is the guard, with a long random token', async () => {
    expect(backend.origin).toBe(`http://127.0.0.1:${cms.guardPort}`);
    const [, token] = /^\/([^/]+)\/api\/v1$/.exec(backend.pathname) ?? [];
    expect(token).toMatch(/^[\w-]{32,}$/);
    expect(cms.output()).not.toContain(token);
    const info = await send({ body: { action: 'info' } });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.text)).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
    expect(info.headers['access-control-allow-origin']).toBe(cms.devUrl);
  });

  it('answers the admin\'s own requests', async () => {
    const list = await send({ body: { action: 'entriesByFolder', params: params({ folder: 'content/roles', extension: 'yaml', depth: 1 }) } });
    expect(list.status).toBe(200);
    expect((JSON.parse(list.text) as { file: { path: string } }[]).map((e) => e.file.path)).toContain('content/roles/curator.yaml');
  });

  describe('refuses with 403 and a Russian log line, writing nothing', () => {
    let before: string[];
    beforeAll(() => {
      before = state();
    });

    it.each([
      ['a foreign Origin', { origin: 'http://localhost:8001', body: read('content/roles/curator.yaml') }, 'запрос со страницы другого сайта'],
      ['another port of this machine as Origin', { origin: 'http://127.0.0.1:1', body: read('content/roles/curator.yaml') }, 'запрос со страницы другого сайта'],
      ['a missing Origin', { origin: '', body: read('content/roles/curator.yaml') }, 'нет заголовка Origin'],
      ['a forged Host (DNS rebinding)', { host: 'attacker.example:PORT', body: read('content/roles/curator.yaml') }, 'чужой адрес в заголовке Host'],
      ['localhost as Host', { host: 'localhost:PORT' }, 'чужой адрес в заголовке Host'],
      ['a text/plain body', { type: 'text/plain', body: read('content/roles/curator.yaml') }, 'тело запроса не JSON'],
      ['no Content-Type', { type: '' }, 'тело запроса не JSON'],
      ['a wrong token', { path: '/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/api/v1' }, 'неверный ключ доступа'],
      ['no token (decap-server\'s own address)', { path: '/api/v1' }, 'неверный ключ доступа'],
      ['a GET', { method: 'GET' }, 'метод GET не разрешён'],
      ['an action the admin does not use', { body: { action: 'deleteFile', params: params({ path: 'content/roles/curator.yaml', options: { commitMessage: 'x' } }) } }, 'не входит в список разрешённых'],
      ['a write into .git/hooks', { body: write('.git/hooks/post-commit') }, 'скрытый файл'],
      ['a read of .git/config', { body: read('.git/config') }, 'скрытый файл'],
      ['a write to astro.config.mjs', { body: write('astro.config.mjs', 'export default {}') }, 'вне content/'],
      ['a write to package.json', { body: write('package.json', '{}') }, 'вне content/'],
      ['a read of package.json', { body: read('package.json') }, 'вне content/'],
      ['a write into src/', { body: write('src/pages/vzlom.md', '# x') }, 'вне content/'],
      ['a write to .ci/run', { body: write('.ci/run') }, 'скрытый файл'],
      ['a path with ../', { body: write('../vzlom.yaml', 'x: 1') }, '«..»'],
      ['a path with content/../', { body: write('content/../package.json', '{}') }, '«..»'],
      ['a write into content/methodology/', { body: write('content/methodology/vzlom.yaml', 'x: 1') }, 'content/methodology/'],
      ['another branch', { body: { action: 'getEntry', params: { branch: 'cms/x', path: 'content/roles/curator.yaml' } } }, 'не та, что редактируется'],
    ] as [string, Parameters<typeof send>[0], string][])('%s', async (_, options, reason) => {
      const line = new RegExp(`Защита CMS: запрос отклонён \\(403\\) — [^\\n]*${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');
      const logged = () => cms.output().match(line)?.length ?? 0;
      const earlier = logged();
      const answer = await send(options);
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text).error).toContain(reason);
      // The log line comes through the process's stderr, a moment after the answer.
      await expect.poll(logged, { timeout: 5000 }).toBe(earlier + 1);
      // The admin's own origin may read the reason; nobody else gets CORS headers.
      expect(answer.headers['access-control-allow-origin']).toBe(options.origin === undefined ? cms.devUrl : undefined);
    });

    it('left the repository as it was', () => {
      expect(state()).toEqual(before);
      expect(existsSync(join(cms.dir, '.git', 'hooks', 'post-commit'))).toBe(false);
      expect(readFileSync(join(cms.dir, 'astro.config.mjs'), 'utf8')).toBe(readFileSync('astro.config.mjs', 'utf8'));
    });
  });

  describe('uploads', () => {
    it.each([
      ['skript.svg', SVG, '«.svg» не принимается'],
      ['stranica.html', '<!doctype html><script>fetch("/")</script>', '«.html» не принимается'],
      ['skript.js', 'fetch("/")', '«.js» не принимается'],
      ['html-pod-vidom.pdf', '<!doctype html><script>fetch("/")</script>', 'не похоже на PDF'],
    ])('refuses %s', async (name, content, reason) => {
      const head = git(cms.dir, 'rev-parse', 'HEAD');
      const answer = await send({ body: upload(name, content) });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text).error).toContain(reason);
      expect(git(cms.dir, 'rev-parse', 'HEAD')).toBe(head);
      expect(existsSync(join(cms.dir, 'public', 'uploads', name))).toBe(false);
    });

    it.each([['otchet-etapa.pdf', PDF], ['foto-vizita.png', PNG]])('accepts %s and commits it', async (name, content) => {
      const answer = await send({ body: upload(name, content) });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toMatchObject({ path: `public/uploads/${name}` });
      expect(readFileSync(join(cms.dir, 'public', 'uploads', name))).toEqual(content);
      expect(git(cms.dir, 'log', '-1', '--format=%s')).toBe(`загрузка ${name}`);
    });
  });

  describe('in Chromium', () => {
    it('a page on another local origin can neither read nor write, even knowing the token', async () => {
      const before = state();
      for (const origin of [`http://localhost:${otherPort}`, `http://127.0.0.1:${otherPort}`]) {
        const page = await browser.newPage();
        await page.goto(`${origin}/`);
        const results = await page.evaluate(async ({ guard, dev, writeBody, readBody }) => {
          const attempt = (p: Promise<Response>) => p.then(async (r) => `${r.type} ${r.status} ${await r.text().catch(() => '')}`.trim(), (e: Error) => `ошибка: ${e.name}`);
          return {
            config: await attempt(fetch(`${dev}/admin/config.yml`)),
            read: await attempt(fetch(guard, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: readBody })),
            write: await attempt(fetch(guard, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: writeBody })),
            blindWrite: await attempt(fetch(guard, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: writeBody })),
            blindJson: await attempt(fetch(guard, { method: 'POST', mode: 'no-cors', body: new Blob([writeBody], { type: 'application/json' }) })),
          };
        }, { guard: cms.backendUrl, dev: cms.devUrl, writeBody: JSON.stringify(write('content/roles/vzlom.yaml', 'title: взлом\n')), readBody: JSON.stringify(read('content/roles/curator.yaml')) });
        expect(results, origin).toEqual({ config: 'ошибка: TypeError', read: 'ошибка: TypeError', write: 'ошибка: TypeError', blindWrite: 'opaque 0', blindJson: 'opaque 0' });
        await page.close();
      }
      expect(state()).toEqual(before);
      expect(existsSync(join(cms.dir, 'content', 'roles', 'vzlom.yaml'))).toBe(false);
      await expect.poll(() => cms.output(), { timeout: 5000 }).toContain(`Origin: http://localhost:${otherPort}`);
    });

    it('the admin of the dev server works through the guard', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${cms.devUrl}/admin/`);
      await page.getByRole('button', { name: 'Войти' }).click();
      await expect.poll(() => page.getByRole('link', { name: 'Меры' }).first().isVisible(), WAIT).toBe(true);
      await page.close();
    });

    it('the admin on localhost is sent to 127.0.0.1, the origin the guard accepts', async () => {
      const page = await browser.newPage();
      await page.goto(`http://localhost:${new URL(cms.devUrl).port}/admin/`);
      expect(page.url().startsWith(`${cms.devUrl}/admin/`), page.url()).toBe(true);
      await page.close();
    });
  });

  describe('the dev server', () => {
    it('refuses config.yml to other pages and grants no CORS', async () => {
      const foreign = await fetch(`${cms.devUrl}/admin/config.yml`, { headers: { Origin: 'http://localhost:8001' } });
      expect(foreign.status).toBe(403);
      const page = await fetch(`${cms.devUrl}/`, { headers: { Origin: 'http://localhost:8001' } });
      expect(page.headers.get('access-control-allow-origin')).toBeNull();
    });

    it.each([
      ['/uploads/opasnyy.svg', 'attachment'],
      ['/public/uploads/opasnyy.svg', 'attachment'],
      ['/uploads/otchet.pdf', 'attachment'],
      ['/uploads/foto.png', null],
    ])('serves %s as a passive file', async (path, disposition) => {
      const response = await fetch(`${cms.devUrl}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(UPLOAD_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-disposition')).toBe(disposition);
    });
  });
});
