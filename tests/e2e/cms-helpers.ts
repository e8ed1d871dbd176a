/**
 * Helpers of the CMS browser tests and the CMS benchmark: a temporary Git copy of the content
 * (decap-server in git mode commits and switches branches, so never on the working repository),
 * the admin built for it and served with the production headers.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleAdmin, writeAdminConfig } from '../../cms/build.ts';

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A temporary repository with a copy of `contentDir` as its content/, committed on `branch`. */
export function tempRepo(contentDir: string, branch = 'main'): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shnor-cms-'));
  cpSync(contentDir, join(dir, 'content'), { recursive: true });
  git(dir, 'init', '-q', '-b', branch);
  git(dir, 'config', 'user.email', 'cms-test@example.org');
  git(dir, 'config', 'user.name', 'CMS test');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Содержимое для проверки CMS');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

let bundleDir: Promise<string> | undefined;

/** Builds the admin for a repository's content into `<siteDir>/admin` (the bundle once per run). */
export async function buildAdminFor(repoDir: string, siteDir: string): Promise<void> {
  const outDir = join(siteDir, 'admin');
  writeAdminConfig({ contentDir: join(repoDir, 'content'), outDir });
  bundleDir ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shnor-admin-'));
    await bundleAdmin(dir);
    return dir;
  })();
  const dir = await bundleDir;
  for (const file of readdirSync(dir)) cpSync(join(dir, file), join(outDir, file));
}
