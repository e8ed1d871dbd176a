/**
 * The federal search over a small generated federation: 3 regional sites, each built with
 * `npm run build` and served on its own origin, and the federal site whose one page merges their
 * roadmap indexes (Pagefind mergeIndex). A query finds results in several regions, the region
 * filter narrows them, every link points to its region's site; axe passes on the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegions, federationOf, splitCorpus, type RegionalBuild } from '../../scripts/bench/federation.ts';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildFederal } from '../../scripts/federal-build.ts';
import { createValidator, validatePage } from '../../scripts/gates/html.ts';
import { startServer } from '../../scripts/serve.ts';
import { federalHeaders } from '../../src/lib/federation.ts';
import { launch, watchErrors } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let root: string;
let sitesRoot: string;
let builds: RegionalBuild[];
let federal: string;
let browser: Browser;
const servers: { close(cb: () => void): void; closeAllConnections?(): void }[] = [];
const listen = async (dir: string, headers?: (p: string) => Record<string, string>) => {
  const server = await startServer(dir, 0, '127.0.0.1', { headers });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'i16-federation-'));
  mkdirSync(join(process.cwd(), '.tmp'), { recursive: true });
  generateCorpus({ schools: 45, municipalities: 6, measures: 25, practices: 9, seed: 7, out: join(root, 'national') });
  // Ports first: the regional sites' addresses go into the federation file.
  const regions = splitCorpus(join(root, 'national'), join(root, 'content'), 3, (id) => `http://placeholder-${id}`);
  // Sites inside the project: Astro puts a build's prerender bundle under the working directory
  // when the output is elsewhere, and two builds at a time would share it.
  sitesRoot = mkdtempSync(join(process.cwd(), '.tmp', 'federation-'));
  builds = await buildRegions(regions, sitesRoot, 2);
  for (const b of builds) b.region.site = await listen(b.dist);
  const config = join(root, 'federation.json');
  const federation = federationOf(builds.map((b) => b.region));
  writeFileSync(config, JSON.stringify(federation));
  await buildFederal(config, join(root, 'federal'));
  federal = await listen(join(root, 'federal'), federalHeaders(federation));
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) {
    s.closeAllConnections?.();
    await new Promise<void>((ok) => s.close(() => ok()));
  }
  if (root) rmSync(root, { recursive: true, force: true });
  if (sitesRoot) rmSync(sitesRoot, { recursive: true, force: true });
});

async function results(page: Page) {
  await page.waitForFunction(() => /Найдено|Ничего не найдено/.test(document.querySelector('#federal-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
  return page.$$eval('#federal-results li', (items) => items.map((li) => ({ href: li.querySelector('a')!.href, region: li.querySelector('.muted')!.textContent! })));
}

describe('federal search over three regional sites', () => {
  it('finds results from several regions, narrows by region, links to the right regional site', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${federal}/?q=${encodeURIComponent('школа')}`);
    const all = await results(page);
    const regionsFound = new Set(all.map((r) => new URL(r.href).origin));
    expect(regionsFound.size).toBeGreaterThanOrEqual(2);
    for (const r of all) {
      const build = builds.find((b) => b.region.site === new URL(r.href).origin);
      expect(build, r.href).toBeDefined();
      expect(r.region).toContain(build!.region.name);
      // The page the link opens exists on that region's site, not on another one.
      expect((await fetch(r.href)).status, r.href).toBe(200);
      for (const other of builds.filter((b) => b !== build)) expect((await fetch(`${other.region.site}${new URL(r.href).pathname}`)).status).toBe(404);
    }
    const total = Number(/Найдено: (\d+)/.exec((await page.textContent('#federal-status'))!)![1]);
    const first = builds[0].region;
    await page.check(`#region-${first.id}`);
    await page.waitForFunction((n) => Number(/Найдено: (\d+)/.exec(document.querySelector('#federal-status')?.textContent ?? '')?.[1] ?? n) < n, total, { timeout: 60_000 });
    const narrowed = await results(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((r) => new URL(r.href).origin === first.site)).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('region')).toEqual([first.id]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is valid HTML', async () => {
    const html = readFileSync(join(root, 'federal', 'index.html'), 'utf8');
    expect(await validatePage(createValidator(), html, '/')).toEqual([]);
  });

  it('passes axe and works from the address alone', async () => {
    const page = await browser.newPage();
    await page.goto(`${federal}/?q=${encodeURIComponent('школа')}&region=${builds[1].region.id}`);
    const found = await results(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => new URL(r.href).origin === builds[1].region.site)).toBe(true);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return r.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
