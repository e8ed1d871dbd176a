/**
 * npm run build [-- --skip-validate] [--incremental] [--dist dir] [astro build options…]
 * The whole build, each stage in its own process so that the next one gets the memory back:
 *   1. content validation (scripts/validate.ts) and, beside it, astro build (pages, roadmap JSON/ICS,
 *      /admin/; options after ours are passed to it): an error in the content stops both, removes the
 *      output and prints the validator's Russian error list;
 *   2. the search indexes (scripts/search-index.ts), Pagefind after Astro has exited, and beside it
 *      the personal-data gate over pages and files (worker threads);
 *   3. the same gate over the search indexes.
 * `--dist` names the output folder when the Astro config sets it (default: --outDir or dist/).
 * `--incremental`: unchanged roadmap pages are copied from the previous build (src/integrations/incremental.ts).
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { inFileOrder, isIndexUnit, scanSite } from '../src/integrations/personal-data-scan.ts';
import { formatFindings } from '../src/integrations/personal-data.ts';

const args = process.argv.slice(2);
const take = (name: string, withValue: boolean) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, withValue ? 2 : 1);
  return withValue ? value : 'yes';
};
const skipValidate = take('skip-validate', false);
const distArg = take('dist', true);
const incremental = take('incremental', false);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : undefined;
const dist = resolve(distArg ?? outDir ?? 'dist');
const started = performance.now();

const env = { ...process.env, ...(incremental ? { SHNOR_INCREMENTAL: '1' } : {}) };

function run(label: string, argv: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, argv, { stdio: 'inherit', env });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${label}: код выхода ${code}`))));
  });
}

/** The validator, its report kept until it ends: printed as is when it finds errors. */
function validate(): { done: Promise<{ ok: boolean; output: string }> } {
  const child = spawn(process.execPath, ['scripts/validate.ts'], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return { done: new Promise((ok) => child.on('close', (code) => ok({ ok: code === 0, output }))) };
}

try {
  // Validation runs beside astro build (it takes a core astro does not use); on an error in the
  // content the build is stopped, its output removed, and the validator's report is what is shown.
  const checked = skipValidate ? undefined : validate();
  const astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...args], { stdio: 'inherit', env });
  const astroDone = new Promise<number>((ok) => astro.on('close', (code) => ok(code ?? 1)));
  const verdict = checked?.done.then((v) => {
    if (!v.ok) astro.kill('SIGTERM');
    return v;
  });
  const [code, v] = await Promise.all([astroDone, verdict]);
  if (v && !v.ok) {
    rmSync(dist, { recursive: true, force: true });
    process.stderr.write(v.output);
    process.exit(1);
  }
  if (v) process.stdout.write(v.output);
  if (code !== 0) throw new Error(`Сборка Astro: код выхода ${code}`);
  // An incremental build keeps the indexes beside the output and reuses those whose pages are unchanged.
  // The gate reads the pages and files while Pagefind indexes them (Pagefind's long roadmap index
  // leaves a core free), and the search indexes once they are written.
  const indexing = run('Поисковый индекс', ['scripts/search-index.ts', dist, ...(incremental ? ['--cache', join(dirname(dist), '.search-cache', basename(dist))] : [])]);
  const pagesGate = performance.now();
  // One core fewer than the gate would take alone: Pagefind, on the build's path, keeps one.
  const threads = Math.max(1, Math.min(4, availableParallelism()) - 1);
  const pages = scanSite(dist, { threads, select: (u) => !isIndexUnit(u) }).then((pairs) => ({ pairs, ms: performance.now() - pagesGate }));
  // A failed index stops the build; the page scan's own error would surface below.
  pages.catch(() => undefined);
  await indexing;
  const onPages = await pages;
  const indexGate = performance.now();
  const onIndex = await scanSite(dist, { select: isIndexUnit });
  const indexMs = performance.now() - indexGate;
  const findings = inFileOrder([...onPages.pairs, ...onIndex]);
  if (findings.length) throw new Error(formatFindings(findings));
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`[shnor-personal-data] телефонов и e-mail вне полей с согласием нет: страницы и файлы — ${s(onPages.ms)} с (одновременно с поисковым индексом), поисковый индекс — ${s(indexMs)} с (${s(onPages.ms + indexMs)} с)`);
  console.log(`Сборка готова: ${dist} (${((performance.now() - started) / 1000).toFixed(1)} с).`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
