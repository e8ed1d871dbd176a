/**
 * Browser measurements against a built site served locally with the production headers:
 * search latency through the Pagefind JS API, the bytes of the first search (CDP network events),
 * and what each page type loads before any interaction.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../serve.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

/** Every response the local server sent: path and bytes of the body (counted at the server, so
 * requests made by Pagefind's Web Worker are included, which the page's CDP session does not see). */
export interface Served {
  path: string;
  bytes: number;
}

export class ServerLog {
  entries: Served[] = [];
  reset() {
    this.entries = [];
  }
}

/** A local server of `dist` that counts the bytes of every response (see ServerLog). */
export async function countingServer(dist: string, headers?: (pathname: string) => Record<string, string>) {
  const server = await startServer(dist, 0, '127.0.0.1', { headers });
  const served = new ServerLog();
  server.on('request', (req, res) => {
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const size = (chunk: unknown) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk instanceof Uint8Array ? chunk.length : 0);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      bytes += size(chunk);
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') bytes += size(chunk);
      return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => served.entries.push({ path: decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname), bytes }));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`, served, dist,
    close: async () => {
      server.closeAllConnections?.();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

export async function withSite<T>(dist: string, fn: (base: string, served: ServerLog) => Promise<T>): Promise<T> {
  const site = await countingServer(dist);
  try {
    return await fn(site.base, site.served);
  } finally {
    await site.close();
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
export function gzipSize(dist: string, url: string, bytes: number): number {
  const u = new URL(url);
  let file = join(dist, decodeURIComponent(u.pathname));
  if (u.pathname.endsWith('/')) file = join(file, 'index.html');
  if (!TEXT.test(u.pathname) || !existsSync(file) || !statSync(file).isFile()) return bytes;
  return gzipSync(readFileSync(file), { level: 6 }).length;
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

const kind = (path: string) => (/\.(m?js)$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : /(\/|\.html)$/.test(path) ? 'html' : 'other');

export function served(dist: string, base: string, log: ServerLog): Fetched[] {
  return log.entries.map((e) => ({ url: base + e.path, type: kind(e.path), bytes: e.bytes, gzip: gzipSize(dist, base + e.path, e.bytes) }));
}

/** What a page loads before any interaction (counted at the server), gzip sizes by kind. */
export async function pageWeights(browser: Browser, base: string, dist: string, log: ServerLog, pages: { name: string; path: string }[]): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  for (const p of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    log.reset();
    await page.goto(base + p.path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const fetched = served(dist, base, log);
    const sum = (k: string) => fetched.filter((x) => x.type === k).reduce((a, x) => a + x.gzip, 0);
    out.push({
      name: p.name, path: p.path, html: sum('html'), css: sum('css'), js: sum('js'),
      jsFiles: fetched.filter((x) => x.type === 'js').map((x) => new URL(x.url).pathname), other: sum('other'), requests: fetched.length,
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

/** Opens /poisk/?q=… in a fresh context and counts (at the server) what it takes to show the first results. */
export async function firstSearch(browser: Browser, base: string, dist: string, log: ServerLog, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  log.reset();
  const t0 = performance.now();
  await page.goto(`${base}/poisk/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  // Results may come from the main index (#search-results) or the roadmaps index (#search-schools).
  await page.waitForFunction(() => document.querySelectorAll('#search-results li, #search-schools li').length > 0, undefined, { timeout: 60_000 });
  const ms = performance.now() - t0;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const results = await page.evaluate(() => document.querySelectorAll('#search-results li, #search-schools li').length);
  await context.close();
  const after = served(dist, base, log).filter((f) => new URL(f.url).pathname !== '/poisk/');
  return {
    query, results, ms,
    bytes: after.reduce((a, f) => a + f.bytes, 0),
    gzip: after.reduce((a, f) => a + f.gzip, 0),
    pagefindBytes: after.filter((f) => /^\/pagefind[^/]*\//.test(new URL(f.url).pathname)).reduce((a, f) => a + f.bytes, 0),
    largest: [...after].sort((a, b) => b.bytes - a.bytes).slice(0, 6).map((f) => ({ url: new URL(f.url).pathname, bytes: f.bytes })),
    files: after,
  };
}

export interface QueryTiming {
  query: string;
  /** search() in every index in parallel (as the search page does) until every result list is known. */
  searchMs: number;
  /** The same plus the data of the first five results of each index (what the page shows first). */
  totalMs: number;
  results: number;
  /** Per index: search() time and result count. */
  byIndex: Record<string, { searchMs: number; results: number }>;
}

/** Search bundles of a built site as the search page opens them: /pagefind/ and /pagefind-NAME/ beside
 * it; a roadmap index's extra shards (/pagefind-shkoly-2/…, listed in its shards.json) belong to it. */
export function searchIndexes(dist: string): string[] {
  const names = readdirSync(dist).filter((d) => /^pagefind(-[a-z]+)?$/.test(d) && existsSync(join(dist, d, 'pagefind.js')));
  // The main bundle first: the page loads the others from its script.
  return names.sort((a, b) => Number(b === 'pagefind') - Number(a === 'pagefind') || a.localeCompare(b)).map((d) => `/${d}/`);
}

/** Extra shards of a bundle (from its shards.json), as URL paths. */
export function shardsOf(dist: string, bundle: string): string[] {
  const file = join(dist, bundle, 'shards.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

/**
 * Times queries through the Pagefind JS API inside the search page, in every index the site has,
 * in parallel like the page does, opened like the page opens them: the main bundle's module, the
 * other bundles as instances of it (createInstance) with their shards merged; the main index loads
 * its filters first. Each query runs in a fresh page so that no query profits from an earlier one's
 * loaded chunks or cached results (the HTTP cache stays warm, as it would for a returning visitor).
 */
export async function queryLatency(browser: Browser, base: string, indexes: string[], queries: string[], shards: Record<string, string[]> = {}): Promise<QueryTiming[]> {
  const context = await browser.newContext();
  const out: QueryTiming[] = [];
  for (const query of queries) {
    const page = await context.newPage();
    await page.goto(`${base}/poisk/`, { waitUntil: 'load' });
    const timing = await page.evaluate(async ([q, bundles, shardLists]) => {
      type Result = { data(): Promise<unknown> };
      type PF = { options(o: object): Promise<void>; init(): Promise<void>; filters(): Promise<unknown>; search(q: string): Promise<{ results: Result[] }>; mergeIndex(p: string, o?: object): Promise<void> };
      type Module = PF & { createInstance(o: { basePath: string }): PF };
      const main = (await import(/* @vite-ignore */ `${bundles[0]}pagefind.js`)) as Module;
      const pfs: PF[] = [];
      for (const b of bundles) {
        const pf = b === bundles[0] ? main : main.createInstance({ basePath: b });
        await pf.options({ excerptLength: 24 });
        await pf.init();
        for (const extra of shardLists[b] ?? []) await pf.mergeIndex(extra, { excerptLength: 24 });
        if (b === '/pagefind/') await pf.filters();
        // Warm the engine (WASM, metadata) with a query that shares nothing with the measured one.
        await pf.search('й');
        pfs.push(pf);
      }
      const byIndex: Record<string, { searchMs: number; results: number }> = {};
      const t0 = performance.now();
      const found = await Promise.all(pfs.map(async (pf, i) => {
        const r = await pf.search(q);
        byIndex[bundles[i]] = { searchMs: performance.now() - t0, results: r.results.length };
        return r;
      }));
      const t1 = performance.now();
      await Promise.all(found.flatMap((r) => r.results.slice(0, 5).map((x) => x.data())));
      const t2 = performance.now();
      return { query: q, searchMs: t1 - t0, totalMs: t2 - t0, results: found.reduce((a, r) => a + r.results.length, 0), byIndex };
    }, [query, indexes, shards] as [string, string[], Record<string, string[]>]);
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
