/**
 * npm run bench [-- --small 2000 --large 20000 --runs 3 --queries 30 --lighthouse-runs 3 --skip-lighthouse --skip-large]
 *
 * Generates two corpora, builds the real site and a bare-Astro floor from each, and measures them
 * against the targets of the national-scale issue. Writes bench/results.md (table with targets) and
 * bench/results.json (raw figures). Builds go to bench/out/ (never dist/), corpora to bench/corpus/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstSearch, pageWeights, percentile, queryLatency, searchIndexes, shardsOf, withBrowser, withSite, type FirstSearch, type PageWeight, type QueryTiming } from './browser.ts';
import { docxCost, type DocxCost } from './docx.ts';
import { federalBench, type FederalResult } from './federal-bench.ts';
import { gateCheck, type GateCheck } from './gate-check.ts';
import { checkPersonalDataParallel } from '../../src/integrations/personal-data-scan.ts';
import { generateCorpus, type CorpusManifest } from './generate-corpus.ts';
import { runLighthouse, type LighthouseRun } from './lighthouse.ts';
import { runMeasured, type RunResult } from './measure.ts';
import { parseBuildLog, type Generation } from './pages.ts';

// ---------------------------------------------------------------- options

const argv = process.argv.slice(2);
const num = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const flag = (name: string) => argv.includes(`--${name}`);
const opts = {
  small: num('small', 2000),
  large: num('large', 20000),
  municipalities: num('municipalities', 60),
  measures: num('measures', 500),
  practices: num('practices', 200),
  seed: num('seed', 1),
  runs: num('runs', 3),
  queries: num('queries', 30),
  searchRuns: num('search-runs', 3),
  lighthouseRuns: num('lighthouse-runs', 3),
  skipLighthouse: flag('skip-lighthouse'),
  skipLarge: flag('skip-large'),
  skipFederal: flag('skip-federal'),
  regions: num('regions', 8),
  /** Measure only one corpus size and merge into the existing bench/results.json. */
  only: (() => {
    const i = argv.indexOf('--only');
    return i >= 0 ? (argv[i + 1] as 'small' | 'large') : undefined;
  })(),
};

const ROOT = process.cwd();
const OUT = join(ROOT, 'bench/out');
const CORPORA = join(ROOT, 'bench/corpus');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const ENV = { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const started = performance.now();

function log(message: string) {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(`[bench ${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}`);
}

const median = (xs: number[]) => percentile(xs, 50);
const sec = (ms: number | undefined) => (ms === undefined || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`);
const mb = (b: number | undefined) => (b === undefined ? '—' : b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / 1e6).toFixed(1)} MB`);
const kb = (b: number | undefined) => (b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '—' : `${x.toFixed(1)} ms`);
const ok = (met: boolean | undefined) => (met === undefined ? '—' : met ? 'выполнено' : '**не выполнено**');

/** Progress of a build: phase lines as they come, and a count of written files every 5,000. */
function progress(label: string) {
  let files = 0;
  return (line: { text: string }) => {
    if (/[├└]─ \//.test(line.text)) {
      if (++files % 5000 === 0) log(`${label}: ${files} files written`);
    } else if (/\[(build|content|shnor-pagefind)\]|generating static routes|error|Error/.test(line.text) && !/^\s*$/.test(line.text)) {
      log(`${label}: ${line.text.trim().slice(0, 160)}`);
    }
  };
}

function failed(label: string, r: RunResult): never {
  const tail = r.lines.slice(-30).map((l) => l.text).join('\n');
  throw new Error(`${label} failed with exit code ${r.code}:\n${tail}`);
}

// ---------------------------------------------------------------- steps

async function validate(dir: string, label: string): Promise<RunResult> {
  const r = await runMeasured(NODE, ['scripts/validate.ts', '--content', dir], { cwd: ROOT, env: ENV });
  if (r.code !== 0) failed(`validation of ${label}`, r);
  return r;
}

interface Build {
  run: RunResult;
  gen: Generation;
  dist: string;
}

async function buildSite(corpus: string, dir: string, label: string, logName = 'build.log', extra: string[] = []): Promise<Build> {
  mkdirSync(dir, { recursive: true });
  // `npm run build`: validation beside astro build, the search indexes, the personal-data gate.
  const run = await runMeasured(NODE, ['scripts/build.ts', ...extra, '--dist', join(dir, 'dist'), '--config', 'scripts/bench/astro.site.config.mjs'], {
    cwd: ROOT, env: { ...ENV, SHNOR_CONTENT: corpus, BENCH_SITE_DIR: dir }, logFile: join(dir, logName), onLine: progress(label), timeoutMs: 60 * 60_000,
  });
  if (run.code !== 0) failed(`build of ${label}`, run);
  return { run, gen: parseBuildLog(run.lines), dist: join(dir, 'dist') };
}

function prepareFloor(): string {
  const root = join(OUT, 'floor');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'scripts/bench/floor'), root, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

async function buildFloor(corpus: string, dir: string, label: string): Promise<Build> {
  mkdirSync(dir, { recursive: true });
  const run = await runMeasured(NODE, [ASTRO, 'build', '--root', join(OUT, 'floor')], {
    cwd: ROOT, env: { ...ENV, SHNOR_CONTENT: corpus, BENCH_SITE_DIR: dir }, logFile: join(dir, 'build.log'), onLine: progress(label), timeoutMs: 60 * 60_000,
  });
  if (run.code !== 0) failed(`build of ${label}`, run);
  return { run, gen: parseBuildLog(run.lines), dist: join(dir, 'dist') };
}

async function pagefindOn(dist: string, label: string): Promise<{ run: RunResult; ms: number; pages: number }> {
  const run = await runMeasured(NODE, ['scripts/bench/pagefind-index.ts', dist], { cwd: ROOT, env: ENV, logFile: join(dist, '..', 'pagefind.log') });
  if (run.code !== 0) failed(`Pagefind on ${label}`, run);
  const json = JSON.parse(run.lines.map((l) => l.text).find((t) => t.startsWith('{'))!);
  return { run, ms: json.ms, pages: json.pages };
}

function pagefindPeak(run: RunResult): number | undefined {
  const values = Object.entries(run.peakByProgram).filter(([k]) => k.includes('pagefind')).map(([, v]) => v);
  return values.length ? Math.max(...values) : undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

interface IndexStats {
  bytes: number;
  files: number;
  largest: { file: string; bytes: number };
  largestIndexChunk: { file: string; bytes: number };
  largestFragment: { file: string; bytes: number };
  largestFilter: { file: string; bytes: number };
  meta: { file: string; bytes: number };
  /** Fragments: one per indexed page. */
  fragments: number;
  byKind: Record<string, { files: number; bytes: number }>;
}

/** Figures of a search bundle, its shards (/pagefind-shkoly-2/…) included. */
function indexStats(dist: string, bundle = 'pagefind'): IndexStats & { shards: number } {
  const dirs = [join(dist, bundle), ...shardsOf(dist, `/${bundle}/`).map((s) => join(dist, s))];
  const files = dirs.flatMap((dir) => walk(dir).map((f) => ({ file: f.slice(dir.length + 1), bytes: statSync(f).size })));
  const biggest = (pred: (f: string) => boolean) => files.filter((f) => pred(f.file)).sort((a, b) => b.bytes - a.bytes)[0] ?? { file: '—', bytes: 0 };
  const byKind: IndexStats['byKind'] = {};
  for (const f of files) {
    const kind = f.file.includes('/') ? f.file.split('/')[0] : f.file.replace(/^.*\./, '.');
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files++;
    byKind[kind].bytes += f.bytes;
  }
  return {
    bytes: files.reduce((a, f) => a + f.bytes, 0), files: files.length, byKind, fragments: files.filter((f) => f.file.startsWith('fragment/')).length,
    largest: biggest((f) => /^(index|fragment|filter)\//.test(f) || f.endsWith('.pf_meta') || f.endsWith('.pagefind')), largestIndexChunk: biggest((f) => f.startsWith('index/')),
    largestFragment: biggest((f) => f.startsWith('fragment/')), largestFilter: biggest((f) => f.startsWith('filter/')),
    meta: biggest((f) => f.endsWith('.pf_meta')), shards: dirs.length,
  };
}

function roadmapHtmlSizes(dist: string): { count: number; p50: number; p95: number; max: number; maxPath: string } {
  const base = join(dist, 'shkoly');
  const sizes: { path: string; gz: number }[] = [];
  if (existsSync(base)) {
    for (const school of readdirSync(base)) {
      const dir = join(base, school);
      if (!statSync(dir).isDirectory()) continue;
      for (const year of readdirSync(dir)) {
        const file = join(dir, year, 'index.html');
        if (/^\d{4}$/.test(year) && existsSync(file)) sizes.push({ path: `/shkoly/${school}/${year}/`, gz: gzipSync(readFileSync(file)).length });
      }
    }
  }
  const gz = sizes.map((s) => s.gz);
  const top = [...sizes].sort((a, b) => b.gz - a.gz)[0];
  return { count: sizes.length, p50: median(gz), p95: percentile(gz, 95), max: top?.gz ?? NaN, maxPath: top?.path ?? '—' };
}

/** Pages of each type to weigh and audit, taken from the built site. */
function samplePages(dist: string, m: CorpusManifest): { name: string; path: string }[] {
  const exists = (p: string) => existsSync(join(dist, p, 'index.html'));
  const firstIn = (dir: string, depth = 1) => {
    const abs = join(dist, dir);
    if (!existsSync(abs)) return undefined;
    const sub = readdirSync(abs).filter((n) => statSync(join(abs, n)).isDirectory() && (depth === 1 ? existsSync(join(abs, n, 'index.html')) : true)).sort()[0];
    return sub ? `/${dir}/${sub}/` : undefined;
  };
  const school = m.sampleRoadmap.path.replace(/\d{4}\/$/, '');
  const list: [string, string | undefined][] = [
    ['home', '/'], ['search', '/poisk/'], ['measure', `/mery/${m.sampleMeasure}/`], ['measure catalog', '/mery/'],
    ['catalog filter', firstIn('mery/napravlenie') ?? firstIn('mery/napravleniya')], ['roadmap', m.sampleRoadmap.path], ['roadmap embed', `${m.sampleRoadmap.path}embed/`],
    ['school', school], ['municipality', `/municipalitety/${m.sampleMunicipality}/`], ['direction', '/napravleniya/R01/'],
    ['practice', `/praktiki/${m.samplePractice}/`], ['practices', '/praktiki/'], ['methodology', firstIn('metodika')], ['role', firstIn('roli')],
    ['calendar', '/kalendar/'], ['monitoring', '/monitoring/'], ['template', firstIn('shablony')],
  ];
  return list.filter(([, p]) => p && exists(p)).map(([name, path]) => ({ name, path: path! }));
}

// ---------------------------------------------------------------- main

interface SearchRun {
  selective: QueryTiming[];
  common: QueryTiming[];
  commonWord: string;
  commonCandidates: Record<string, number>;
  first: FirstSearch;
}

interface SizeResult {
  schools: number;
  corpus: { ms: number; files: number; bytes: number };
  validation: { runs: number[]; median: number; profile?: Record<string, unknown> };
  site?: { wallMs: number; peakTreeRss: number; maxRssTime?: number; peakByProgram: Record<string, number>; gen: Generation; pagefindPeakRss?: number; cpuMs?: number; machineBusyMs: number };
  /** The personal-data gate run alone over the built site (every core, nothing else running), median of 3. */
  gateAlone?: { median: number; runs: number[] };
  floor?: { wallMs: number; peakTreeRss: number; gen: Generation; cpuMs?: number; machineBusyMs: number; pagefind: { ms: number; pages: number; wallMs: number; peakRss?: number } };
  rebuild?: { runs: { buildMs: number; totalMs: number; pagefindMs?: number }[]; median: number };
}

const results: {
  date: string;
  machine: { cpus: number; cpuModel: string; memory: number; node: string };
  options: typeof opts;
  sizes: SizeResult[];
  index?: IndexStats;
  /** Every search bundle of the site (/pagefind/, /pagefind-shkoly/…). */
  indexes?: Record<string, IndexStats>;
  search?: SearchRun;
  /** The search measurements, run opts.searchRuns times in a row. */
  searchRuns?: SearchRun[];
  weights?: PageWeight[];
  roadmapHtml?: ReturnType<typeof roadmapHtmlSizes>;
  lighthouse?: Record<string, LighthouseRun[]>;
  docx?: DocxCost;
  gateCheck?: GateCheck;
  federal?: FederalResult & { schools: number };
  errors: string[];
  totalMs?: number;
  /** Remarks on the run, shown under the header (added by hand to results.json when needed). */
  notes?: string[];
} = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memory: totalmem(), node: process.version },
  options: opts,
  sizes: [],
  errors: [],
};

async function step<T>(label: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (err) {
    const message = `${label}: ${(err as Error).message}`;
    log(`FAILED ${message.slice(0, 2000)}`);
    results.errors.push(message);
    return undefined;
  }
}

async function measureSize(schools: number, withRebuild: boolean): Promise<{ size: SizeResult; manifest: CorpusManifest; site?: Build }> {
  const corpus = join(CORPORA, `s${schools}`);
  log(`corpus of ${schools} schools → ${corpus}`);
  const t0 = performance.now();
  const manifest = generateCorpus({ schools, municipalities: Math.min(opts.municipalities, schools), measures: opts.measures, practices: opts.practices, seed: opts.seed, out: corpus });
  const size: SizeResult = { schools, corpus: { ms: performance.now() - t0, files: manifest.files, bytes: manifest.bytes }, validation: { runs: [], median: NaN } };
  results.sizes.push(size);
  log(`  ${manifest.files} files, ${mb(manifest.bytes)} in ${sec(size.corpus.ms)}`);

  await step(`validation ${schools}`, async () => {
    await validate(corpus, `${schools}`); // warm the file cache; not counted
    for (let i = 0; i < opts.runs; i++) size.validation.runs.push((await validate(corpus, `${schools}`)).wallMs);
    size.validation.median = median(size.validation.runs);
    const profile = await runMeasured(NODE, ['scripts/bench/validate-profile.ts', corpus], { cwd: ROOT, env: ENV });
    size.validation.profile = JSON.parse(profile.lines.map((l) => l.text).find((t) => t.startsWith('{')) ?? '{}');
    log(`  validation: median ${sec(size.validation.median)} of ${size.validation.runs.map((x) => sec(x)).join(', ')}`);
  });

  const siteDir = join(OUT, `site-${schools}`);
  const site = await step(`site build ${schools}`, async () => {
    log(`site build, ${schools} schools`);
    const b = await buildSite(corpus, siteDir, `site ${schools}`);
    size.site = { wallMs: b.run.wallMs, peakTreeRss: b.run.peakTreeRss, maxRssTime: b.run.maxRssTime, peakByProgram: b.run.peakByProgram, gen: b.gen, pagefindPeakRss: pagefindPeak(b.run), cpuMs: b.run.cpuMs, machineBusyMs: b.run.machineBusyMs };
    log(`  ${b.gen.htmlPages} pages, ${sec(b.run.wallMs)}, peak ${mb(b.run.peakTreeRss)}`);
    return b;
  });

  if (site) {
    await step(`personal-data gate alone ${schools}`, async () => {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const findings = await checkPersonalDataParallel(site.dist);
        runs.push(performance.now() - t0);
        if (findings.length) throw new Error(`personal-data gate found ${findings.length} items in the generated site`);
      }
      size.gateAlone = { median: median(runs), runs };
      log(`  personal-data gate alone: median ${sec(size.gateAlone.median)} of ${runs.map((x) => sec(x)).join(', ')}`);
    });
  }

  if (withRebuild && site) {
    await step(`personal-data gate on planted data ${schools}`, async () => {
      results.gateCheck = await gateCheck(site.dist, schools, manifest.sampleRoadmap.path);
      log(`  personal-data gate on planted data: ${results.gateCheck.found.length} of ${results.gateCheck.planted.length} found`);
    });

    await step(`rebuild ${schools}`, async () => {
      const file = join(corpus, manifest.sampleRoadmap.file);
      const original = readFileSync(file, 'utf8');
      const runs: NonNullable<SizeResult['rebuild']>['runs'] = [];
      try {
        // The previous build of an editor's rebuild: incremental, so that it leaves the copies to reuse.
        log(`rebuild: first incremental build (not counted)`);
        await buildSite(corpus, siteDir, `rebuild ${schools}`, 'rebuild-0.log', ['--incremental']);
        for (let i = 0; i < opts.runs; i++) {
          writeFileSync(file, original.replace(/^goal: (.*)$/m, (_, g) => `goal: ${g.replace(/'$/, '')} (правка ${i + 1})${g.endsWith("'") ? "'" : ''}`));
          log(`rebuild ${i + 1}/${opts.runs} after changing ${manifest.sampleRoadmap.file}`);
          const b = await buildSite(corpus, siteDir, `rebuild ${schools}`, `rebuild-${i + 1}.log`, ['--incremental']);
          const html = readFileSync(join(b.dist, manifest.sampleRoadmap.path, 'index.html'), 'utf8');
          if (!html.includes(`(правка ${i + 1})`)) throw new Error('the changed roadmap page does not show the change');
          runs.push({ buildMs: b.run.wallMs, totalMs: b.run.wallMs, pagefindMs: b.gen.pagefindMs });
          log(`  ${sec(b.run.wallMs)}`);
        }
      } finally {
        writeFileSync(file, original);
      }
      size.rebuild = { runs, median: median(runs.map((r) => r.totalMs)) };
    });
  }

  await step(`floor ${schools}`, async () => {
    log(`floor build, ${schools} schools`);
    const b = await buildFloor(corpus, join(OUT, `floor-${schools}`), `floor ${schools}`);
    const pf = await pagefindOn(b.dist, `floor ${schools}`);
    size.floor = { wallMs: b.run.wallMs, peakTreeRss: b.run.peakTreeRss, gen: b.gen, cpuMs: b.run.cpuMs, machineBusyMs: b.run.machineBusyMs, pagefind: { ms: pf.ms, pages: pf.pages, wallMs: pf.run.wallMs, peakRss: pagefindPeak(pf.run) ?? pf.run.peakTreeRss } };
    log(`  ${b.gen.htmlPages} pages, ${sec(b.run.wallMs)}, peak ${mb(b.run.peakTreeRss)}; Pagefind ${sec(pf.ms)}`);
    rmSync(b.dist, { recursive: true, force: true });
  });
  return { size, manifest, site };
}

async function browserChecks(site: Build, manifest: CorpusManifest) {
  const bundles = searchIndexes(site.dist);
  results.indexes = Object.fromEntries(bundles.map((b) => [b, indexStats(site.dist, b.replaceAll('/', ''))]));
  results.index = results.indexes['/pagefind/'];
  results.roadmapHtml = roadmapHtmlSizes(site.dist);
  log(`index ${mb(results.index.bytes)} in ${results.index.files} files; roadmap HTML gzip max ${kb(results.roadmapHtml.max)}`);
  await withSite(site.dist, async (base, served) => {
    await step('browser', () => withBrowser(async (browser) => {
      log('page weights');
      results.weights = await pageWeights(browser, base, site.dist, served, samplePages(site.dist, manifest));
      const shards = Object.fromEntries(bundles.map((b) => [b, shardsOf(site.dist, b)]));
      const commonCandidates: Record<string, number> = {};
      for (const word of ['школа', 'обучающихся', 'педагогов', 'мероприятие', 'родителей']) {
        commonCandidates[word] = (await queryLatency(browser, base, bundles, [word], shards))[0].results;
      }
      const commonWord = Object.entries(commonCandidates).sort((a, b) => b[1] - a[1])[0][0];
      // The targets hold only if they hold in each of three consecutive runs.
      results.searchRuns = [];
      for (let run = 1; run <= opts.searchRuns; run++) {
        log(`search run ${run}/${opts.searchRuns}: first search; selective queries (${opts.queries}); common word «${commonWord}» (${commonCandidates[commonWord]} results) ×${opts.queries}`);
        const first = await firstSearch(browser, base, site.dist, served, manifest.rareWords[run - 1]);
        log(`  first search: ${first.results} results, ${kb(first.bytes)} fetched (${kb(first.gzip)} gzip)`);
        const selective = await queryLatency(browser, base, bundles, manifest.rareWords.slice(opts.searchRuns, opts.searchRuns + opts.queries), shards);
        const common = await queryLatency(browser, base, bundles, Array.from({ length: opts.queries }, () => commonWord), shards);
        results.searchRuns.push({ selective, common, commonWord, commonCandidates, first });
        log(`  selective p50 ${ms(median(selective.map((q) => q.searchMs)))}, common p95 ${ms(percentile(common.map((q) => q.searchMs), 95))}`);
      }
      results.search = results.searchRuns[0];
    }));
    if (!opts.skipLighthouse) {
      await step('lighthouse', async () => {
        results.lighthouse = {};
        const pages: [string, string][] = [['home', '/'], ['measure', `/mery/${manifest.sampleMeasure}/`], ['roadmap', manifest.sampleRoadmap.path], ['search', '/poisk/']];
        for (const [name, path] of pages) {
          results.lighthouse[name] = [];
          for (let i = 0; i < opts.lighthouseRuns; i++) {
            log(`Lighthouse ${name} ${i + 1}/${opts.lighthouseRuns}`);
            results.lighthouse[name].push(await runLighthouse(base + path));
          }
        }
      });
    }
  });
}

/** The federal mode on the corpus of `schools` (see federal-bench.ts). */
async function federalStep(schools: number) {
  const manifest = JSON.parse(readFileSync(join(CORPORA, `s${schools}`, '.corpus.json'), 'utf8')) as CorpusManifest;
  const words = manifest.rareWords;
  const fed = await federalBench({
    corpus: join(CORPORA, `s${schools}`), out: join(OUT, 'federal'), regions: opts.regions, parallel: 2,
    queries: words.slice(opts.searchRuns, opts.searchRuns + opts.queries), firstQueries: words.slice(0, opts.searchRuns),
    commonWord: results.search?.commonWord ?? 'школа', runs: opts.searchRuns, log,
  });
  results.federal = { ...fed, schools };
  rmSync(join(OUT, 'federal'), { recursive: true, force: true });
}

// ---------------------------------------------------------------- report

function writeReport() {
  const [small, large] = [results.sizes.find((s) => s.schools === opts.small), results.sizes.find((s) => s.schools === opts.large)];
  const nat = large ?? small;
  const rows: string[][] = [];
  const row = (what: string, target: string, a: string, b: string, met?: boolean) => rows.push([what, target, a, b, ok(met)]);
  const postBuild = (s?: SizeResult) => (s?.site ? (s.site.gen.pagefindMs ?? 0) + Object.values(s.site.gen.integrationsMs ?? {}).reduce((a, b) => a + b, 0) : 0);
  const buildNoIndex = (s?: SizeResult) => (s?.site ? s.site.wallMs - postBuild(s) : NaN);
  const pps = (pages: number | undefined, ms: number) => (pages && ms ? pages / (ms / 1000) : NaN);
  const typeRate = (g: Generation | undefined, type: string) => (g?.byType[type] ? g.byType[type].count / (g.byType[type].ms / 1000) : NaN);
  const perPage = (s?: SizeResult) => (s?.site ? s.site.wallMs / s.site.gen.htmlPages : NaN);
  const f1 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(1));
  const f2 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2));

  // scripts/build.ts validates beside astro build: its wall time is the whole build.
  const natTotal = nat?.site ? nat.site.wallMs : NaN;
  row('Validation of the whole corpus (median)', '≤ 10 s', sec(small?.validation.median), sec(large?.validation.median), large ? large.validation.median <= 10_000 : undefined);
  row('Whole national site: validation + build + both search indexes + gates (`npm run build`, wall)', '≤ 180 s', sec(small?.site?.wallMs), sec(large?.site ? natTotal : NaN), large?.site ? natTotal <= 180_000 : undefined);
  row('Peak RSS of the build (process tree)', '≤ 6 GB', mb(small?.site?.peakTreeRss), mb(large?.site?.peakTreeRss), large?.site ? large.site.peakTreeRss <= 6e9 : undefined);
  row('HTML pages built', '—', String(small?.site?.gen.htmlPages ?? '—'), String(large?.site?.gen.htmlPages ?? '—'));
  row('Files written by Astro (HTML, JSON, ICS)', '—', String(small?.site?.gen.files ?? '—'), String(large?.site?.gen.files ?? '—'));
  row('Content sync (content layer)', '—', sec(small?.site?.gen.contentSyncMs), sec(large?.site?.gen.contentSyncMs));
  row('Page generation step', '—', sec(small?.site?.gen.ms), sec(large?.site?.gen.ms));
  for (const name of new Set(results.sizes.flatMap((s) => Object.keys(s.site?.gen.integrationsMs ?? {})))) {
    const gate = name === 'shnor-personal-data';
    const at = large?.site?.gen.integrationsMs?.[name];
    if (gate) row('Personal-data gate alone over the built site (pages, attributes, JSON, ICS, search index; every core, nothing else running; median of 3)', '≤ 10 s', sec(small?.gateAlone?.median), sec(large?.gateAlone?.median), large?.gateAlone ? large.gateAlone.median <= 10_000 : undefined);
    row(gate ? '  the same inside the build (from its log line: both parts added; the page part shares the cores with Pagefind)' : `Step ${name} (from its log line)`, '—', sec(small?.site?.gen.integrationsMs?.[name]), sec(at));
    if (gate) row('  of it after Pagefind, on the build\'s path (the search-index part; pages and files are scanned while Pagefind runs)', '—', sec(small?.site?.gen.gateIndexMs), sec(large?.site?.gen.gateIndexMs));
  }
  if (results.gateCheck) {
    const c = results.gateCheck;
    row(`Personal-data gate on planted data (${c.planted.length} files of the ${c.schools}-school site: ${c.planted.map((p) => p.where).join(', ')})`, 'every one found', `${c.found.length} of ${c.planted.length} found${c.missed.length ? `; missed: ${c.missed.join(', ')}` : ''}`, '', c.missed.length === 0);
  }
  row('Pages per second (HTML pages / build time without Pagefind and other post-build integrations)', '—', f1(pps(small?.site?.gen.htmlPages, buildNoIndex(small))), f1(pps(large?.site?.gen.htmlPages, buildNoIndex(large))));
  row('Pagefind time (from the integration log)', '—', sec(small?.site?.gen.pagefindMs), sec(large?.site?.gen.pagefindMs));
  row('Pagefind peak RSS (pagefind process)', '—', mb(small?.site?.pagefindPeakRss), mb(large?.site?.pagefindPeakRss));
  row('Floor: build wall time', '—', sec(small?.floor?.wallMs), sec(large?.floor?.wallMs));
  row('Floor: peak RSS', '—', mb(small?.floor?.peakTreeRss), mb(large?.floor?.peakTreeRss));
  row('Floor: pages', '—', String(small?.floor?.gen.htmlPages ?? '—'), String(large?.floor?.gen.htmlPages ?? '—'));
  row('Floor: pages per second (whole build)', '—', f1(pps(small?.floor?.gen.htmlPages, small?.floor?.wallMs ?? 0)), f1(pps(large?.floor?.gen.htmlPages, large?.floor?.wallMs ?? 0)));
  row('Floor: Pagefind time / peak RSS', '—', small?.floor ? `${sec(small.floor.pagefind.ms)} / ${mb(small.floor.pagefind.peakRss)}` : '—', large?.floor ? `${sec(large.floor.pagefind.ms)} / ${mb(large.floor.pagefind.peakRss)}` : '—');
  const ratio = (s?: SizeResult) => typeRate(s?.site?.gen, 'roadmap') / typeRate(s?.floor?.gen, 'roadmap');
  row('Roadmap pages per second: site / floor (page generation)', '—', `${f1(typeRate(small?.site?.gen, 'roadmap'))} / ${f1(typeRate(small?.floor?.gen, 'roadmap'))}`, `${f1(typeRate(large?.site?.gen, 'roadmap'))} / ${f1(typeRate(large?.floor?.gen, 'roadmap'))}`);
  row('Roadmap pages: ratio site ÷ floor', '≥ 0.7', f2(ratio(small)), f2(ratio(large)), Number.isNaN(ratio(large)) ? undefined : ratio(large) >= 0.7);
  const wholeRatio = (s?: SizeResult) => pps(s?.site?.gen.htmlPages, s?.site?.wallMs ?? 0) / pps(s?.floor?.gen.htmlPages, s?.floor?.wallMs ?? 0);
  row('Whole build pages/s: ratio site ÷ floor (both incl. startup, site incl. Pagefind)', '—', f2(wholeRatio(small)), f2(wholeRatio(large)));
  const ppRatio = perPage(large) / perPage(small);
  row('Per-page cost (build wall ÷ HTML pages)', '20k ≤ 1.2 × 2k', ms(perPage(small)), `${ms(perPage(large))} (×${f2(ppRatio)})`, Number.isNaN(ppRatio) ? undefined : ppRatio <= 1.2);
  const rp = (s?: SizeResult) => (s?.site?.gen.byType.roadmap ? s.site.gen.byType.roadmap.ms / s.site.gen.byType.roadmap.count : NaN);
  row('Per roadmap page (generation only)', '—', ms(rp(small)), `${ms(rp(large))} (×${f2(rp(large) / rp(small))})`);
  row(`Rebuild of the ${opts.small}-school site after one roadmap changed (validation + \`npm run build -- --incremental\`, median of ${small?.rebuild?.runs.length ?? '?'})`, '≤ 30 s', sec(small?.rebuild?.median), '', small?.rebuild ? small.rebuild.median <= 30_000 : undefined);

  const idx = results.index;
  const search = results.search;
  const sel = search?.selective.map((q) => q.totalMs) ?? [];
  const com = search?.common.map((q) => q.totalMs) ?? [];
  const searchRows: string[][] = [];
  const srow = (what: string, target: string, value: string, met?: boolean) => searchRows.push([what, target, value, ok(met)]);
  for (const [bundle, st] of Object.entries(results.indexes ?? (idx ? { '/pagefind/': idx } : {}))) {
    srow(`Pagefind index ${bundle}: size, pages`, '—', `${mb(st.bytes)} in ${st.files} files; ${st.fragments ?? '?'} pages`);
    srow(`  ${bundle} largest chunk (index/fragment/filter/meta) / largest index chunk`, '—', `${kb(st.largest.bytes)} (${st.largest.file}) / ${kb(st.largestIndexChunk.bytes)}`);
    srow(`  ${bundle} largest fragment / filter chunk / metadata`, '—', `${kb(st.largestFragment.bytes)} / ${kb(st.largestFilter.bytes)} / ${kb(st.meta.bytes)}`);
  }
  const runs = results.searchRuns ?? (search ? [search] : []);
  if (search && runs.length) {
    const selCount = median(search.selective.map((q) => q.results));
    const selP50 = runs.map((r) => median(r.selective.map((q) => q.searchMs)));
    const comP95 = runs.map((r) => percentile(r.common.map((q) => q.searchMs), 95));
    const firstKb = runs.map((r) => r.first.gzip);
    const per = (list: QueryTiming[]) => Object.keys(list[0]?.byIndex ?? {}).map((b) => `${b} ${ms(median(list.map((q) => q.byIndex?.[b]?.searchMs ?? NaN)))} (${median(list.map((q) => q.byIndex?.[b]?.results ?? 0))} results)`).join('; ');
    const inRuns = `in each of ${runs.length} consecutive runs`;
    srow(`Selective query p50, ${inRuns}: pagefind.search() in every index in parallel until every result list is known (${search.selective.length} place names, median ${selCount} results)`, 'p50 ≤ 20 ms', selP50.map(ms).join(' / '), selP50.every((x) => x <= 20));
    srow('  run 1: p50 / p95; the same plus the data of the first 5 results of each index', '—', `${ms(median(search.selective.map((q) => q.searchMs)))} / ${ms(percentile(search.selective.map((q) => q.searchMs), 95))}; ${ms(median(sel))} / ${ms(percentile(sel, 95))}`);
    if (search.selective[0]?.byIndex) srow('  run 1: p50 per index', '—', per(search.selective));
    srow(`Common word «${search.commonWord}» p95, ${inRuns}: pagefind.search() (${search.common[0]?.results ?? 0} results; ${results.index?.fragments ?? '?'} pages in the main index)`, 'p95 ≤ 300 ms', comP95.map(ms).join(' / '), comP95.every((x) => x <= 300));
    srow('  run 1: p50 / p95; the same plus the data of the first 5 results', '—', `${ms(median(search.common.map((q) => q.searchMs)))} / ${ms(percentile(search.common.map((q) => q.searchMs), 95))}; ${ms(median(com))} / ${ms(percentile(com, 95))}`);
    if (search.common[0]?.byIndex) srow('  run 1: p50 per index', '—', per(search.common));
    srow(`First search, ${inRuns}: bytes fetched after the HTML of /poisk/?q=… until results show (gzip for text types; queries ${runs.map((r) => r.first.query).join(', ')})`, '≤ 350 KB', firstKb.map(kb).join(' / '), firstKb.every((x) => x <= 350 * 1024));
    srow('  run 1: raw from the local server; Pagefind files; largest responses', '—', `${kb(search.first.bytes)}; ${kb(search.first.pagefindBytes)}; ${search.first.largest.map((f) => `${f.url} ${kb(f.bytes)}`).join(', ')}`);
  }
  if (results.roadmapHtml) srow(`Roadmap HTML gzip, all ${results.roadmapHtml.count} roadmap pages: p50 / p95 / max`, 'max ≤ 60 KB', `${kb(results.roadmapHtml.p50)} / ${kb(results.roadmapHtml.p95)} / ${kb(results.roadmapHtml.max)} (${results.roadmapHtml.maxPath})`, results.roadmapHtml.max <= 60 * 1024);
  const contentPages = (results.weights ?? []).filter((w) => w.name !== 'search');
  if (contentPages.length) {
    const worst = [...contentPages].sort((a, b) => b.js - a.js)[0];
    srow('Content pages: JS loaded before interaction (largest of the page types below)', '≤ 15 KB gzip (search launcher only)', `${kb(worst.js)} (${worst.name}: ${worst.jsFiles.join(', ') || 'none'})`, worst.js <= 15 * 1024);
  }
  if (results.docx) srow(`DOCX per roadmap in Node (${results.docx.count} roadmaps), extrapolated to ${results.docx.extrapolateTo}`, '—', `${ms(results.docx.msPerDoc)} per document (p95 ${ms(results.docx.p95Ms)}), ${kb(results.docx.bytesPerDoc)} each → ${sec(results.docx.extrapolatedS * 1000)} on one core`);

  const others = (x?: { cpuMs?: number; machineBusyMs: number; wallMs: number }) =>
    x?.cpuMs === undefined ? '—' : `${Math.max(0, ((x.machineBusyMs - x.cpuMs) / (x.wallMs * results.machine.cpus)) * 100).toFixed(0)} %`;
  row('Machine CPU used by other processes during the site build (share of 2 cores)', '—', others(small?.site), others(large?.site));
  row('… during the floor build', '—', others(small?.floor), others(large?.floor));
  row('Build CPU time (user + system) ÷ wall time', '—', small?.site?.cpuMs ? f2(small.site.cpuMs / small.site.wallMs) : '—', large?.site?.cpuMs ? f2(large.site.cpuMs / large.site.wallMs) : '—');
  const table = (head: string[], body: string[][]) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const parts: string[] = [];
  parts.push(`# Benchmark: national scale\n`);
  parts.push(`Run of \`npm run bench\` on ${results.date.slice(0, 16).replace('T', ' ')} UTC: ${results.machine.cpus} cores (${results.machine.cpuModel}), ${mb(results.machine.memory)} RAM, Node ${results.machine.node}. ` +
    `Corpora: ${opts.small} and ${opts.large} schools (one roadmap each), ${opts.municipalities} municipalities, ${opts.measures} measures, ${opts.practices} practices, seed ${opts.seed}. ` +
    `Short runs are medians of ${opts.runs}; builds ran once each (the ${opts.small}-school rebuild ${opts.runs} times). Raw figures: bench/results.json.\n`);
  if (results.notes?.length) parts.push(results.notes.map((n) => `> ${n}`).join('\n>\n') + '\n');
  // Written by hand from the measurements of each change (kept apart so that a run never overwrites it).
  const changes = join(ROOT, 'bench/changes.md');
  const changesText = existsSync(changes) ? readFileSync(changes, 'utf8').trim() : '';
  parts.push(`## Build\n\n${table(['', 'target', `${opts.small} schools`, `${opts.large} schools`, ''], rows)}\n`);
  parts.push(`## Search, page weight, exports (${nat?.schools ?? '?'}-school site)\n\n${table(['', 'target', 'figure', ''], searchRows)}\n`);
  if (results.federal) parts.push(federalSection(results.federal, results.searchRuns ?? []));
  if (results.weights) {
    parts.push(`## What each page type loads before interaction (gzip)\n\n${table(['page type', 'path', 'HTML', 'CSS', 'JS', 'JS files', 'requests'], results.weights.map((w) => [w.name, w.path, kb(w.html), kb(w.css), kb(w.js), w.jsFiles.join(', ') || '—', String(w.requests)]))}\n`);
  }
  if (results.lighthouse) {
    const lrows = Object.entries(results.lighthouse).map(([name, runs]) => {
      const perf = median(runs.map((r) => r.performance));
      const a11y = Math.min(...runs.map((r) => r.accessibility));
      const fails = [...new Set(runs.flatMap((r) => r.a11yFailures))];
      return [name, `${perf} (${runs.map((r) => r.performance).join(', ')})`, String(a11y), ms(median(runs.map((r) => r.lcpMs))), ms(median(runs.map((r) => r.tbtMs))), fails.join(', ') || '—', ok(perf >= 95 && a11y === 100)];
    });
    parts.push(`## Lighthouse (mobile, simulated throttling; median of ${opts.lighthouseRuns})\n\nTargets: performance ≥ 95, accessibility 100.\n\n${table(['page', 'performance', 'accessibility', 'LCP', 'TBT', 'failed a11y audits', ''], lrows)}\n`);
  }
  const typeTable = (g?: Generation) => Object.entries(g?.byType ?? {}).sort((a, b) => b[1].ms - a[1].ms).map(([t, s]) => [t, String(s.count), sec(s.ms), ms(s.ms / s.count), f1(s.count / (s.ms / 1000))]);
  for (const s of results.sizes) {
    if (s.site) parts.push(`## Where page generation time goes: site, ${s.schools} schools\n\n${table(['page type', 'files', 'time', 'per file', 'files/s'], typeTable(s.site.gen))}\n\nBefore page generation (config, content sync, bundling): ${sec(s.site.gen.beforeMs)}; peak RSS by program: ${Object.entries(s.site.peakByProgram).map(([k, v]) => `${k} ${mb(v)}`).join(', ')}; largest single process per /usr/bin/time: ${mb(s.site.maxRssTime)}.\n`);
    if (s.floor) parts.push(`## Floor, ${s.schools} schools\n\n${table(['page type', 'files', 'time', 'per file', 'files/s'], typeTable(s.floor.gen))}\n\nBefore page generation: ${sec(s.floor.gen.beforeMs)}.\n`);
    if (s.validation.profile) parts.push(`Validation profile, ${s.schools} schools (one in-process run): \`${JSON.stringify(s.validation.profile, (k, v) => (typeof v === 'number' ? Math.round(v) : v))}\`\n`);
  }
  if (changesText) parts.push(`${changesText}\n`);
  if (results.errors.length) parts.push(`## Steps that failed\n\n${results.errors.map((e) => `- ${e.split('\n')[0]}`).join('\n')}\n`);
  if (!flag('report-only')) results.totalMs = performance.now() - started;
  parts.push(`Total benchmark time: ${sec(results.totalMs)}${opts.only ? ' (this part)' : ''}.\n`);
  writeFileSync(join(ROOT, 'bench/results.md'), parts.join('\n'));
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 1));
}

/** The federal search beside the single site's figures, run by run. */
function federalSection(f: NonNullable<typeof results.federal>, single: SearchRun[]): string {
  const p50 = (xs: number[]) => median(xs);
  const each = (xs: number[], fmt: (x: number) => string) => xs.map(fmt).join(' / ');
  const rows = [
    ['Selective query p50 (place names)', 'p50 ≤ 20 ms', each(f.runs.map((r) => p50(r.selectiveMs)), ms), each(single.map((r) => p50(r.selective.map((q) => q.searchMs))), ms)],
    [`Common word «${single[0]?.commonWord ?? 'школа'}» p95 (${f.runs[0]?.commonResults ?? '?'} results over the regions)`, 'p95 ≤ 300 ms', each(f.runs.map((r) => percentile(r.commonMs, 95)), ms), each(single.map((r) => percentile(r.common.map((q) => q.searchMs), 95)), ms)],
    ['First search: bytes until results show (gzip for text; every server counted)', '≤ 350 KB', each(f.runs.map((r) => r.first.gzip), kb), each(single.map((r) => r.first.gzip), kb)],
    ['  run 1: responses; from the federal site / from the regional sites', '—', `${f.runs[0]?.first.files ?? '—'}; ${kb(Object.entries(f.runs[0]?.first.byOrigin ?? {})[0]?.[1])} / ${kb(Object.entries(f.runs[0]?.first.byOrigin ?? {}).slice(1).reduce((a, [, b]) => a + b, 0))}`, '—'],
  ];
  const table = [`|  | target (single site) | federal, run by run | single site, run by run |`, '|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const builds = f.regions.map((r) => `${r.id} ${r.name}: ${r.municipalities} municipalities, ${sec(r.wallMs)}, peak ${mb(r.peakTreeRss)}`).join('; ');
  return `## Federal search: ${f.regions.length} regional sites of the ${f.schools}-school corpus\n\nEach region built as its own site (\`npm run build\`, ${f.parallel} at a time: ${sec(f.buildsWallMs)} for all), served on its own origin; the federal page merges every region's roadmap index (Pagefind mergeIndex, region filter, links to the regional site). Federal site build: ${sec(f.federalBuildMs)}. Regions: ${builds}.\n\n${table}\n`;
}

/** Log lines written by runMeasured («seconds text») back into Line objects. */
function readLog(file: string) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => {
    const i = l.indexOf(' ');
    return { t: Number(l.slice(0, i)) * 1000, text: l.slice(i + 1) };
  });
}

/** Rewrites the report from bench/results.json, re-reading the build logs kept in bench/out/. */
function reportOnly() {
  const previous = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  Object.assign(results, previous, { options: { ...previous.options, ...opts, only: undefined } });
  Object.assign(opts, { small: previous.options.small, large: previous.options.large, runs: previous.options.runs, lighthouseRuns: previous.options.lighthouseRuns });
  for (const size of results.sizes) {
    for (const [kind, dir] of [['site', `site-${size.schools}`], ['floor', `floor-${size.schools}`]] as const) {
      const file = join(OUT, dir, 'build.log');
      const target = size[kind];
      // Only figures from before a field existed are re-read; the log of a rebuild is kept apart.
      if (target && !target.gen.integrationsMs && existsSync(file)) target.gen = parseBuildLog(readLog(file));
    }
  }
  writeReport();
  log('report rewritten: bench/results.md');
}

/** Search, page weight, Lighthouse and DOCX figures again, on the large site kept in bench/out/. */
async function browserOnly() {
  const previous = JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8'));
  Object.assign(results, previous, { errors: (previous.errors as string[]).filter((e) => !/^(browser|lighthouse|docx)/.test(e)) });
  const dist = join(OUT, `site-${opts.large}`, 'dist');
  const manifest = JSON.parse(readFileSync(join(CORPORA, `s${opts.large}`, '.corpus.json'), 'utf8')) as CorpusManifest;
  const site = { dist } as Build;
  await step('browser checks', () => browserChecks(site, manifest));
  await step('docx', async () => {
    results.docx = await docxCost(join(CORPORA, `s${opts.large}`), 200, opts.large);
  });
  writeReport();
  log('done: bench/results.md');
}

async function main() {
  if (flag('report-only')) return reportOnly();
  if (opts.only === ('browser' as string)) return browserOnly();
  if (opts.only === ('federal' as string)) {
    // npm run bench:federal: the federal mode alone, on the large corpus; the rest of the figures are kept.
    Object.assign(results, JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')), { errors: [] });
    if (!existsSync(join(CORPORA, `s${opts.large}`, '.corpus.json'))) generateCorpus({ schools: opts.large, municipalities: opts.municipalities, measures: opts.measures, practices: opts.practices, seed: opts.seed, out: join(CORPORA, `s${opts.large}`) });
    await step('federal', () => federalStep(opts.large));
    writeReport();
    return log('done: bench/results.md');
  }
  log(`options ${JSON.stringify(opts)}`);
  if (opts.only) {
    // Re-measure one size; keep the other's figures from the previous run.
    const previous = existsSync(join(ROOT, 'bench/results.json')) ? JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) : undefined;
    const keep = opts.only === 'small' ? opts.large : opts.small;
    if (previous) {
      results.sizes = (previous.sizes as SizeResult[]).filter((s) => s.schools === keep);
      for (const k of ['index', 'indexes', 'search', 'weights', 'roadmapHtml', 'lighthouse', 'docx'] as const) if (opts.only === 'small') (results as Record<string, unknown>)[k] = previous[k];
      results.errors = (previous.errors as string[]).filter((e) => !e.includes(` ${opts.only === 'small' ? opts.small : opts.large}:`));
      results.date = previous.date;
    }
    const n = opts.only === 'small' ? opts.small : opts.large;
    for (const d of [`site-${n}`, `floor-${n}`]) rmSync(join(OUT, d), { recursive: true, force: true });
  } else {
    rmSync(OUT, { recursive: true, force: true });
  }
  mkdirSync(OUT, { recursive: true });
  prepareFloor();
  process.on('SIGINT', () => {
    log('interrupted: writing what was measured');
    writeReport();
    process.exit(130);
  });

  const sortSizes = () => results.sizes.sort((a, b) => a.schools - b.schools);
  if (opts.only !== 'large') {
    const small = await measureSize(opts.small, true);
    if (small.site && !opts.skipLarge) rmSync(join(OUT, `site-${opts.small}`, 'dist'), { recursive: true, force: true });
    sortSizes();
    if (opts.only === 'small' || opts.skipLarge) {
      if (opts.skipLarge && small.site) await step('browser checks', () => browserChecks(small.site!, small.manifest));
      writeReport();
      if (opts.skipLarge && !opts.skipFederal) {
        await step('federal', () => federalStep(opts.small));
        writeReport();
      }
      log('done: bench/results.md');
      return;
    }
  }
  const large = await measureSize(opts.large, false);
  sortSizes();
  writeReport();
  if (large.site) {
    await step('browser checks', () => browserChecks(large.site!, large.manifest));
    writeReport();
  }
  await step('docx', async () => {
    log('DOCX cost');
    results.docx = await docxCost(join(CORPORA, `s${opts.large}`), 200, opts.large);
  });
  writeReport();
  if (!opts.skipFederal) {
    if (large.site) rmSync(join(OUT, `site-${opts.large}`), { recursive: true, force: true });
    await step('federal', () => federalStep(opts.large));
    writeReport();
  }
  log(`done: bench/results.md${results.errors.length ? ` (${results.errors.length} step(s) failed)` : ''}`);
}

main().catch((err) => {
  log(`FAILED ${(err as Error).stack ?? err}`);
  results.errors.push(String(err));
  writeReport();
  process.exit(1);
});
