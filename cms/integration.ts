/**
 * Astro integration of the CMS: `astro build` writes dist/admin/ (bundle, index.html, config.yml);
 * `astro dev` serves /admin/ too, with the config generated on each request (new municipalities
 * appear on reload) and the current Git branch as the branch to edit; under `npm run cms` the config
 * points at the editing guard (cms/dev-admin.ts).
 */
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAdmin, bundleAdmin, writeAdminConfig } from './build.ts';
import { foreignRead, localBackendUrl, loopbackRedirect } from './dev-admin.ts';
import { headersFor } from '../src/lib/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const contentDir = () => resolve(process.env.SHNOR_CONTENT ?? 'content');

/** The branch checked out now: local editing works on it (decap-server commits there). */
export function currentBranch(cwd = process.cwd()): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

export function cmsIntegration(): AstroIntegration {
  return {
    name: 'shnor-cms',
    hooks: {
      // The dev server grants no CORS: by default Vite lets any localhost page read every response.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { server: { cors: false, strictPort: Boolean(localBackendUrl()) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { bytes, collections } = await buildAdmin({ contentDir: contentDir(), outDir: join(fileURLToPath(dir), 'admin') });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`/admin/ собрана: разделов ${collections}, ${(bytes / 1e6).toFixed(1)} МБ, ${seconds} с`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const outDir = mkdtempSync(join(tmpdir(), 'shnor-admin-dev-'));
        process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
        let bundled: Promise<unknown> | undefined;
        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (path === '/admin') {
            res.writeHead(301, { Location: '/admin/' }).end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          const backend = localBackendUrl();
          const redirect = backend && loopbackRedirect(req.url ?? '/', req.headers);
          if (redirect) return void res.writeHead(302, { Location: redirect }).end();
          if (foreignRead(path, req.headers)) {
            logger.warn(`Защита CMS: чтение ${path} со страницы другого сайта отклонено (Origin: ${req.headers.origin ?? 'нет'}).`);
            return void res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Доступ запрещён.');
          }
          bundled ??= bundleAdmin(outDir).then(() => logger.info('/admin/ собрана для локального редактирования'));
          void bundled.then(() => {
            writeAdminConfig({ contentDir: contentDir(), outDir, branch: currentBranch(), localBackendUrl: backend });
            const file = normalize(join(outDir, path.slice('/admin/'.length) || 'index.html'));
            if (!file.startsWith(outDir + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
            res.removeHeader('Access-Control-Allow-Origin');
            const headers = headersFor('/admin/', { adminConnect: backend ? [new URL(backend).origin] : [] });
            res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
            createReadStream(file).pipe(res);
          }, (error: Error) => {
            logger.error(`не удалось собрать /admin/: ${error.message}`);
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Не удалось собрать редактор: ${error.message}`);
          });
        });
      },
    },
  };
}
