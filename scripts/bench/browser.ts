/**
 * Browser measurements against a built site served locally with the production headers:
 * search latency through the Pagefind JS API, the bytes of the first search (CDP network events),
 * and what each page type loads before any interaction.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../serve.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

export async function withSite<T>(dist: string, fn: (base: string) => Promise<T>): Promise<T> {
  const server = await startServer(dist, 0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    server.closeAllConnections?.();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
}

export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, headless: true });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

export interface Fetched {
  url: string;
  type: string;
  /** Bytes on the wire from the local server (it does not compress). */
  bytes: number;
  /** The same response gzip-compressed, as a production server would send text; binary as is. */
  gzip: number;
}

const TEXT = /\.(html|css|js|mjs|json|svg|txt|xml|ics)$|\/$/;

/** Size the file behind a same-site URL would have gzipped (text types only). */
function gzipSize(dist: string, url: string, bytes: number): number {
  const u = new URL(url);
  let file = join(dist, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = join(file, 'index.html');
  if (!TEXT.test(u.pathname) || !existsSync(file) || !statSync(file).isFile()) return bytes;
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** Records every response of the page (CDP Network events) while `action` runs. */
async function recordNetwork(page: Page, dist: string, action: () => Promise<void>): Promise<Fetched[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const meta = new Map<string, { url: string; type: string }>();
  const done: Fetched[] = [];
  cdp.on('Network.responseReceived', (e) => meta.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const m = meta.get(e.requestId);
    if (m) done.push({ ...m, bytes: e.encodedDataLength, gzip: gzipSize(dist, m.url, e.encodedDataLength) });
  });
  await action();
  await page.waitForLoadState('networkidle');
  await cdp.detach();
  return done;
}

export interface PageWeight {
  name: string;
  path: string;
  html: number;
  css: number;
  js: number;
  jsFiles: string[];
  other: number;
  requests: number;
}

/** What a page loads before any interaction, gzip sizes by kind. */
export async function pageWeights(browser: Browser, base: string, dist: string, pages: { name: string; path: string }[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const p of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fetched = await recordNetwork(page, dist, async () => {
      await page.goto(base + p.path, { waitUntil: 'load' });
    });
    await page.waitForTimeout(300);
    const sum = (f: (x: Fetched) => boolean) => fetched.filter(f).reduce((a, x) => a + x.gzip, 0);
    out.push({
      name: p.name, path: p.path,
      html: sum((x) => x.type === 'Document'), css: sum((x) => x.type === 'Stylesheet'), js: sum((x) => x.type === 'Script'),
      jsFiles: fetched.filter((x) => x.type === 'Script').map((x) => new URL(x.url).pathname),
      other: sum((x) => !['Document', 'Stylesheet', 'Script'].includes(x.type)), requests: fetched.length,
    });
    await context.close();
  }
  return out;
}

export interface FirstSearch {
  query: string;
  results: number;
  /** Everything fetched after the HTML of /poisk/ until the results were shown. */
  bytes: number;
  gzip: number;
  pagefindBytes: number;
  largest: { url: string; bytes: number }[];
  ms: number;
  files: Fetched[];
}

/** Opens /poisk/?q=… in a fresh context and counts what it takes to show the first results. */
export async function firstSearch(browser: Browser, base: string, dist: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let ms = 0;
  const files = await recordNetwork(page, dist, async () => {
    const t0 = performance.now();
    await page.goto(`${base}/poisk/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, undefined, { timeout: 60_000 });
    ms = performance.now() - t0;
  });
  const results = await page.evaluate(() => document.querySelectorAll('#search-results li').length);
  await context.close();
  const after = files.filter((f) => f.type !== 'Document');
  return {
    query, results, ms,
    bytes: after.reduce((a, f) => a + f.bytes, 0),
    gzip: after.reduce((a, f) => a + f.gzip, 0),
    pagefindBytes: after.filter((f) => f.url.includes('/pagefind/')).reduce((a, f) => a + f.bytes, 0),
    largest: [...after].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map((f) => ({ url: new URL(f.url).pathname, bytes: f.bytes })),
    files: after,
  };
}

export interface QueryTiming {
  query: string;
  /** search() until the result list is known. */
  searchMs: number;
  /** search() plus the data of the first five results (what the page shows first). */
  totalMs: number;
  results: number;
}

/**
 * Times queries through the Pagefind JS API inside the search page (the same module the page uses).
 * Each query runs in a fresh page so that no query profits from an earlier one's loaded chunks or
 * cached results (the HTTP cache stays warm, as it would for a returning visitor).
 */
export async function queryLatency(browser: Browser, base: string, queries: string[]): Promise<QueryTiming[]> {
  const context = await browser.newContext();
  const out: QueryTiming[] = [];
  for (const query of queries) {
    const page = await context.newPage();
    await page.goto(`${base}/poisk/`, { waitUntil: 'load' });
    const timing = await page.evaluate(async (q) => {
      const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      await pf.options({ excerptLength: 24 });
      await pf.init();
      await pf.filters();
      // Warm the engine (WASM, metadata) with a query that shares nothing with the measured one.
      await pf.search('й');
      const t0 = performance.now();
      const r = await pf.search(q);
      const t1 = performance.now();
      await Promise.all(r.results.slice(0, 5).map((x: { data(): Promise<unknown> }) => x.data()));
      const t2 = performance.now();
      return { query: q, searchMs: t1 - t0, totalMs: t2 - t0, results: r.results.length as number };
    }, query);
    out.push(timing);
    await page.close();
  }
  await context.close();
  return out;
}

/** Percentile of a list (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
