/**
 * Helpers of the CMS browser tests and the CMS benchmark: a temporary Git copy of the content
 * (decap-server in git mode commits and switches branches, so never on the working repository),
 * the admin built for it and served with the production headers, talking to decap-server through
 * the editing guard exactly as under `npm run cms` (startCms does all of it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAdmin, writeAdminConfig } from '../../cms/build.ts';
import { startDecapServer, type BackendOptions, type DecapServer } from '../../cms/server.ts';
import { serve } from './browser.ts';

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/**
 * A temporary repository with a copy of `contentDir` as its content/, committed on `branch`;
 * `prepare` may add files before the commit.
 */
export function tempRepo(contentDir: string, options: { branch?: string; prepare?: (dir: string) => void } = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-cms-'));
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  options.prepare?.(dir);
  git(dir, 'init', '-q', '-b', options.branch ?? 'main');
  git(dir, 'config', 'user.email', 'cms-test@example.org');
  git(dir, 'config', 'user.name', 'CMS test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Содержимое для проверки CMS');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds the admin for a repository's content into `<siteDir>/admin`, editing the repository's
 * branch; `localBackendUrl` (a started backend's `url`) makes it use the guarded decap-server.
 */
export async function buildAdminFor(repoDir: string, siteDir: string, localBackendUrl?: string): Promise<void> {
  const outDir = join(siteDir, 'admin');
  writeAdminConfig({ contentDir: join(repoDir, 'content'), outDir, branch: git(repoDir, 'rev-parse', '--abbrev-ref', 'HEAD'), localBackendUrl });
  await bundleAdmin(outDir);
  // scripts/serve.ts answers unknown paths with the site's 404 page.
  writeFileSync(join(siteDir, '404.html'), '<!doctype html><html lang="ru"><title>Не найдено</title><p>Не найдено</p></html>');
}

export interface CmsSite {
  /** Origin of the served site; the admin is at `${url}/admin/`. */
  url: string;
  siteDir: string;
  /** decap-server behind the guard (its `url` carries the token). */
  backend: DecapServer;
  stop: () => Promise<void>;
}

/**
 * The admin for a repository, served on a free port with the production headers, and decap-server
 * behind the guard on another free port that accepts this admin's origin only.
 */
export async function startCms(repoDir: string, options: Omit<BackendOptions, 'origin'> = {}): Promise<CmsSite> {
  const siteDir = mkdtempSync(join(tmpdir(), 'shnor-site-'));
  const adminConnect: string[] = [];
  const web = await serve(siteDir, { adminConnect });
  const backend = await startDecapServer(repoDir, 0, { ...options, origin: web.url });
  adminConnect.push(new URL(backend.url).origin);
  await buildAdminFor(repoDir, siteDir, backend.url);
  return {
    url: web.url,
    siteDir,
    backend,
    stop: async () => {
      await web.close();
      await backend.stop();
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}
