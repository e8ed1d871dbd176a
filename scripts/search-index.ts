/**
 * The site's search indexes over a built folder (src/integrations/search-index.ts), run by
 * `npm run build` after `astro build` has exited, so that Pagefind never shares the memory with it.
 *   node scripts/search-index.ts [dist] [--parallel 2] [--shard-pages N] [--cache dir]   all indexes, `parallel` at a time
 *   node scripts/search-index.ts dist --job '<json>'      one index (a child of the above)
 * Prints «/<index>/: проиндексировано страниц: N» per index and the total with the time; exits 1 on
 * an indexing error.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndex, inputDigest, planIndexes, shareWasm, writeShardList, MAIN_INDEX, type IndexJob } from '../src/integrations/search-index.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const dist = resolve(args[0] && !args[0].startsWith('--') ? args[0] : 'dist');

/**
 * With `--cache <dir>` (npm run build -- --incremental): an index whose pages are byte for byte those
 * of a previous build is copied from there instead of built again (a rebuild after one roadmap
 * changed builds only the roadmap shard that holds it).
 */
async function cachedOrBuilt(job: IndexJob, cache: string | undefined): Promise<number> {
  if (!cache) return runChild(job);
  const started = performance.now();
  const digest = inputDigest(dist, job);
  const kept = join(cache, job.outputSubdir);
  const stamp = join(kept, '.inputs.json');
  if (existsSync(stamp)) {
    const previous = JSON.parse(readFileSync(stamp, 'utf8')) as { digest: string; pages: number };
    if (previous.digest === digest) {
      cpSync(kept, join(dist, job.outputSubdir), { recursive: true, filter: (src) => src !== stamp });
      console.log(`[shnor-pagefind] /${job.outputSubdir}/: страницы не изменились, индекс взят из прошлой сборки (${((performance.now() - started) / 1000).toFixed(1)} с)`);
      return previous.pages;
    }
  }
  const pages = await runChild(job);
  rmSync(kept, { recursive: true, force: true });
  cpSync(join(dist, job.outputSubdir), kept, { recursive: true });
  writeFileSync(stamp, JSON.stringify({ digest, pages }));
  return pages;
}

function runChild(job: IndexJob): Promise<number> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), dist, '--job', JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const pages = /"pages":(\d+)/.exec(out);
      if (code === 0 && pages) ok(Number(pages[1]));
      else fail(new Error(`Pagefind: индекс /${job.outputSubdir}/ не построен (код ${code}).\n${out.trim()}`));
    });
  });
}

/** Runs the jobs, `parallel` at a time, each in its own process (its own Pagefind service). */
export async function buildAll(parallel: number, shardPages?: number, cache?: string): Promise<number> {
  const started = performance.now();
  const jobs = planIndexes(dist, shardPages);
  const queue = [...jobs];
  const counts = new Map<string, number>();
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      counts.set(job.outputSubdir, await cachedOrBuilt(job, cache));
      console.log(`[shnor-pagefind] /${job.outputSubdir}/: проиндексировано страниц: ${counts.get(job.outputSubdir)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  if (!counts.get(MAIN_INDEX)) throw new Error('Pagefind: в основной индекс не попало ни одной страницы.');
  writeShardList(dist, jobs);
  shareWasm(dist, jobs);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  console.log(`[shnor-pagefind] проиндексировано страниц: ${total} за ${((performance.now() - started) / 1000).toFixed(1)} с (индексов: ${jobs.length}, одновременно: ${parallel})`);
  return total;
}

const job = option('job');
if (job) {
  console.log(JSON.stringify({ pages: await buildIndex(dist, JSON.parse(job) as IndexJob) }));
} else {
  try {
    const shardPages = option('shard-pages');
    const cache = option('cache');
    await buildAll(Number(option('parallel') ?? Math.min(2, availableParallelism())), shardPages ? Number(shardPages) : undefined, cache ? resolve(cache) : undefined);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
