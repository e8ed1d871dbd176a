/**
 * Shared browser-test helpers: a real Chromium (Debian's, or CHROMIUM_PATH) through playwright-core,
 * and the built site served with production headers.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type ServeOptions } from '../../scripts/serve.ts';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium не найден: установите пакет chromium (apt-get install -y chromium) или укажите CHROMIUM_PATH.');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** Serves a built site directory on a free loopback port. */
export async function serve(dir = 'dist', options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await startServer(dir, 0, '127.0.0.1', options);
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** Collects console errors and page errors of a page (a page must have none). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/**
 * Registers beforeAll/afterAll that serve dist/ and launch Chromium for one test file;
 * the returned object is filled in before the first test runs.
 */
export function useSite(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }) {
  const ctx = {} as { url: string; browser: Browser };
  let close: (() => Promise<void>) | undefined;
  hooks.beforeAll(async () => {
    const site = await serve();
    close = site.close;
    ctx.url = site.url;
    ctx.browser = await launch();
  });
  hooks.afterAll(async () => {
    await ctx.browser?.close();
    await close?.();
  });
  return ctx;
}
