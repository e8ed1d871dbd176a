/**
 * The federal mode of the benchmark: the national corpus split into regional corpora, each region
 * built as its own site (two at a time), served on its own origin, and the federal search page
 * measured like the single site's: selective place names, a common word, the first search's bytes
 * (counted at every server: the federal site's and each region's), in consecutive runs.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { federalHeaders } from '../../src/lib/federation.ts';
import { buildFederal } from '../federal-build.ts';
import { countingServer, percentile, served, withBrowser } from './browser.ts';
import { buildRegions, federationOf, splitCorpus } from './federation.ts';

export interface FederalRun {
  selectiveMs: number[];
  commonMs: number[];
  commonResults: number;
  first: { query: string; results: number; gzip: number; bytes: number; files: number; byOrigin: Record<string, number> };
}

export interface FederalResult {
  regions: { id: string; name: string; municipalities: number; wallMs: number; peakTreeRss: number }[];
  /** Wall time of all regional builds, `parallel` at a time. */
  buildsWallMs: number;
  parallel: number;
  federalBuildMs: number;
  runs: FederalRun[];
}

type Counting = Awaited<ReturnType<typeof countingServer>>;

/** search() over every region like the page (all merged, filtered by region), in a fresh page per query. */
async function latency(browser: Browser, federal: string, queries: string[]): Promise<{ ms: number[]; results: number[] }> {
  const context = await browser.newContext();
  const out = { ms: [] as number[], results: [] as number[] };
  for (const q of queries) {
    const page = await context.newPage();
    await page.goto(`${federal}/`, { waitUntil: 'load' });
    const r = await page.evaluate(async (query) => {
      type PF = { options(o: object): Promise<void>; init(): Promise<void>; mergeIndex(p: string, o: object): Promise<void>; search(q: string, o: object): Promise<{ results: unknown[] }> };
      const boxes = [...document.querySelectorAll<HTMLInputElement>('#federal-regions input[type="checkbox"]')];
      const script = '/pagefind/pagefind.js';
      const pf = (await import(/* @vite-ignore */ script)) as PF;
      await pf.options({ excerptLength: 18 });
      await pf.init();
      await Promise.all(boxes.map(async (b) => {
        const merge = { baseUrl: `${b.dataset.site}/`, mergeFilter: { регион: b.dataset.name }, excerptLength: 18 };
        const shards = await fetch(`${b.dataset.index}shards.json`).then((res) => (res.ok ? (res.json() as Promise<string[]>) : []));
        await pf.mergeIndex(b.dataset.index!, merge);
        for (const shard of shards) await pf.mergeIndex(new URL(shard, b.dataset.index).href, merge);
      }));
      const filters = { регион: { any: boxes.map((b) => b.dataset.name) } };
      await pf.search('й', { filters });
      const t0 = performance.now();
      const found = await pf.search(query, { filters });
      return { ms: performance.now() - t0, results: found.results.length };
    }, q);
    out.ms.push(r.ms);
    out.results.push(r.results);
    await page.close();
  }
  await context.close();
  return out;
}

/** Opens the federal page with ?q= in a fresh context and counts what every server sent until the results show. */
async function firstSearch(browser: Browser, federal: Counting, regions: Counting[], query: string): Promise<FederalRun['first']> {
  const all = [federal, ...regions];
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const s of all) s.served.reset();
  await page.goto(`${federal.base}/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => /Найдено|Ничего не найдено/.test(document.querySelector('#federal-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
  const results = await page.evaluate(() => document.querySelectorAll('#federal-results li').length);
  await context.close();
  const files = all.flatMap((s) => served(s.dist, s.base, s.served)).filter((f) => new URL(f.url).pathname !== '/' || !f.url.startsWith(federal.base));
  const byOrigin: Record<string, number> = {};
  for (const f of files) byOrigin[new URL(f.url).origin] = (byOrigin[new URL(f.url).origin] ?? 0) + f.gzip;
  return { query, results, gzip: files.reduce((a, f) => a + f.gzip, 0), bytes: files.reduce((a, f) => a + f.bytes, 0), files: files.length, byOrigin };
}

export interface FederalOptions {
  corpus: string;
  out: string;
  regions: number;
  parallel: number;
  queries: string[];
  firstQueries: string[];
  commonWord: string;
  runs: number;
  log: (s: string) => void;
}

export async function federalBench(o: FederalOptions): Promise<FederalResult> {
  o.log(`federal mode: splitting ${o.corpus} into ${o.regions} regions`);
  const corpora = splitCorpus(o.corpus, join(o.out, 'content'), o.regions, (id) => `https://${id}.shnor.example.org`);
  const t0 = performance.now();
  const builds = await buildRegions(corpora, join(o.out, 'sites'), o.parallel, o.log);
  const buildsWallMs = performance.now() - t0;
  const regionServers = await Promise.all(builds.map((b) => countingServer(b.dist)));
  builds.forEach((b, i) => (b.region.site = regionServers[i].base));
  const federation = federationOf(builds.map((b) => b.region));
  const config = join(o.out, 'federation.json');
  writeFileSync(config, JSON.stringify(federation, null, 1));
  const t1 = performance.now();
  await buildFederal(config, join(o.out, 'federal'));
  const federalBuildMs = performance.now() - t1;
  const federal = await countingServer(join(o.out, 'federal'), federalHeaders(federation));
  const runs: FederalRun[] = [];
  try {
    await withBrowser(async (browser) => {
      for (let run = 1; run <= o.runs; run++) {
        o.log(`federal search run ${run}/${o.runs}`);
        const first = await firstSearch(browser, federal, regionServers, o.firstQueries[run - 1]);
        const selective = await latency(browser, federal.base, o.queries);
        const common = await latency(browser, federal.base, Array.from({ length: o.queries.length }, () => o.commonWord));
        runs.push({ selectiveMs: selective.ms, commonMs: common.ms, commonResults: common.results[0] ?? 0, first });
        o.log(`  first ${(first.gzip / 1024).toFixed(1)} KB, selective p50 ${percentile(selective.ms, 50).toFixed(1)} ms, common p95 ${percentile(common.ms, 95).toFixed(1)} ms`);
      }
    });
  } finally {
    await Promise.all([federal, ...regionServers].map((s) => s.close()));
  }
  return {
    regions: builds.map((b) => ({ id: b.region.id, name: b.region.name, municipalities: b.region.municipalities.length, wallMs: b.wallMs, peakTreeRss: b.peakTreeRss })),
    buildsWallMs, parallel: o.parallel, federalBuildMs, runs,
  };
}
