import { describe, expect, it } from 'vitest';
import { entryHtml, gitHost, loginConfigured } from '../../cms/entry.ts';
import { authServer, generateConfig } from '../../cms/config.ts';
import { indexHtml } from '../../cms/build.ts';

const gitea = { backend: 'gitea', repo: 'org/site', branch: 'main', apiRoot: 'https://git.region.ru/api/v1', appId: 'abc' };

describe('the admin’s sign-in server', () => {
  it('is the Gitea or GitLab API’s own server when no OAuth address is set (never try.gitea.io)', () => {
    expect(authServer(gitea)).toBe('https://git.region.ru');
    expect(authServer({ backend: 'gitlab', apiRoot: 'https://gl.region.ru/api/v4' })).toBe('https://gl.region.ru');
    expect(authServer({ ...gitea, baseUrl: 'https://auth.region.ru' })).toBe('https://auth.region.ru');
    expect(authServer({ backend: 'github' })).toBeUndefined();
  });
  it('goes into the production config with the application id', () => {
    const config = generateConfig({ settings: { cms: gitea }, municipalities: [] });
    expect(config.backend).toMatchObject({ name: 'gitea', api_root: 'https://git.region.ru/api/v1', base_url: 'https://git.region.ru', app_id: 'abc' });
  });
});

describe('the entry page of /admin/', () => {
  it('says in Russian who edits, whom to ask for access and which host the login goes to', () => {
    const html = indexHtml('ШНОР-знания', { title: 'ШНОР-знания', operator: 'ЦНППМ <Примерной> области', cms: gitea });
    expect(html).toContain('Кто редактирует');
    expect(html).toContain('Региональный методический актив (РМА)');
    expect(html).toContain('Напишите оператору сайта — ЦНППМ &lt;Примерной&gt; области');
    expect(html).toContain('Gitea (git.region.ru)');
    expect(html).toContain('<code>org/site</code>');
    expect(html).not.toContain('<Примерной>');
  });
  it('warns when the login is not configured', () => {
    expect(loginConfigured({ ...gitea, appId: undefined })).toBe(false);
    expect(entryHtml({ cms: { ...gitea, appId: undefined } })).toContain('Вход ещё не настроен');
    expect(loginConfigured({ backend: 'github', repo: 'o/r', branch: 'main' })).toBe(true);
  });
  it('names the public host of a hosted backend', () => {
    expect(gitHost({ backend: 'github', repo: 'o/r', branch: 'main' })).toBe('github.com');
    expect(gitHost(gitea)).toBe('git.region.ru');
  });
});
