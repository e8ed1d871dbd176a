/**
 * A running `npm run cms` on a temporary Git copy of the whole project (code, content, a few
 * uploads), on free ports: the editing guard and the Astro dev server exactly as an editor runs them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { git } from './cms-helpers.ts';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', '.ci', 'cms', 'content', 'public', 'scripts', 'src'];

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer().once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

export interface CmsProject {
  dir: string;
  /** The dev server's origin (the admin is at /admin/). */
  devUrl: string;
  /** The guard's local_backend address from the served config (with the token). */
  backendUrl: string;
  guardPort: number;
  /** Everything `npm run cms` printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/** Copies the project, adds `uploads` to public/uploads/, commits, and starts `npm run cms` in it. */
export async function startCmsProject(uploads: Record<string, string | Buffer> = {}): Promise<CmsProject> {
  const root = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), 'shnor-i11-cms-'));
  for (const f of PROJECT_FILES) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, '.gitignore'), 'node_modules\ndist/\n.astro/\n');
  mkdirSync(join(dir, 'public', 'uploads'), { recursive: true });
  for (const [name, body] of Object.entries(uploads)) writeFileSync(join(dir, 'public', 'uploads', name), body);
  git(dir, 'init', '-q', '-b', 'main');
  for (const [k, v] of [['user.email', 'cms-test@example.org'], ['user.name', 'CMS test'], ['commit.gpgsign', 'false']]) git(dir, 'config', k, v);
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'Проект для проверки защиты CMS');

  const [devPort, guardPort] = [await freePort(), await freePort()];
  let output = '';
  const child: ChildProcess = spawn(process.execPath, ['scripts/cms.ts'], { cwd: dir, env: { ...process.env, PORT: String(devPort), CMS_PORT: String(guardPort) }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const devUrl = `http://127.0.0.1:${devPort}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
    // astro.config.mjs keeps the content layer cache per content root, inside node_modules (a link to ours).
    rmSync(join(root, 'node_modules', '.astro', createHash('sha1').update(resolve(dir, 'content')).digest('hex').slice(0, 10)), { recursive: true, force: true });
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm run cms завершился:\n${output}`);
    const response = await fetch(`${devUrl}/admin/config.yml`).catch(() => undefined);
    if (response?.ok) {
      const config = yaml.load(await response.text()) as { local_backend?: { url: string } };
      if (!config.local_backend) throw new Error('В конфигурации, которую отдаёт npm run cms, нет local_backend.');
      return { dir, devUrl, backendUrl: config.local_backend.url, guardPort, output: () => output, stop };
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm run cms не ответил за 3 минуты:\n${output}`);
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
}
