/**
 * /admin/ as a visitor meets it: a Russian entry that says who edits and how to get access, a login
 * that goes to the configured Git host (not a public server), and a way back to this site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from './browser.ts';

const env = useSite({ beforeAll, afterAll });
const content = process.env.SHNOR_CONTENT ?? 'content';
const settings = yaml.load(readFileSync(`${content}/settings/site.yaml`, 'utf8')) as { operator: string; cms: { backend: string; apiRoot?: string; baseUrl?: string; appId?: string } };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the editor’s entry page', () => {
  it('says in Russian who edits and whom to ask for access, without JavaScript too', async () => {
    const ctx = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${env.url}/admin/`);
    const text = (await page.locator('#shnor-entry').textContent()) ?? '';
    for (const s of ['Кто редактирует', 'Как получить доступ', 'Региональный методический актив (РМА)', 'Муниципальный координатор', settings.operator]) expect(text).toContain(s);
    await ctx.close();
  });

  it('shows the entry above the login, and the login goes to the configured host', async () => {
    const page = await env.browser.newPage();
    const host = new URL(settings.cms.baseUrl ?? settings.cms.apiRoot!).origin;
    const asked: string[] = [];
    await page.context().route('https://**/*', (route) => {
      asked.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/plain', body: 'ok' });
    });
    await page.goto(`${env.url}/admin/`);
    const login = page.getByRole('button', { name: /Войти через/ });
    await login.waitFor({ timeout: 30_000 });
    expect(await page.locator('.shnor-login #shnor-entry').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Вернуться на сайт' }).getAttribute('href')).toBe(`${env.url}/`);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await axe.run({ include: ['#shnor-entry'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
    await login.click();
    await expect.poll(() => asked.find((u) => u.includes('/login/oauth/authorize'))).toBeDefined();
    const authorize = new URL(asked.find((u) => u.includes('/login/oauth/authorize'))!);
    expect(authorize.origin).toBe(host);
    expect(authorize.searchParams.get('client_id')).toBe(settings.cms.appId);
    expect(asked.some((u) => u.includes('try.gitea.io'))).toBe(false);
    await page.close();
  });

  it('points the production config at the configured host', async () => {
    const response = await fetch(`${env.url}/admin/config.yml`);
    const config = yaml.load(await response.text()) as { backend: { base_url?: string; api_root?: string; app_id?: string } };
    expect(config.backend.base_url).toBe(settings.cms.baseUrl ?? new URL(settings.cms.apiRoot!).origin);
    expect(config.backend.app_id).toBe(settings.cms.appId);
  });
});
