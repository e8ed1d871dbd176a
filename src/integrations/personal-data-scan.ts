/**
 * The personal-data gate over a large built site, on every core: the files are dealt out to worker
 * threads (each reads and scans its share), and the findings come back in the order a scan in one
 * thread would report them. A small site is scanned in this thread (starting workers costs more).
 */
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { outputFiles } from './output-files.ts';
import { SCANNED, SKIPPED_FOLDERS, scanFile, type PersonalDataFinding } from './personal-data.ts';

/** Below this many entries in the two top levels, one thread is faster. */
const PARALLEL_FROM = 2000;

export interface ScanJob {
  dir: string;
  /** Folders or files relative to `dir` (with /), each walked or scanned whole. */
  units: string[];
}

/** A folder with more entries than this is dealt out entry by entry. */
const BIG_FOLDER = 200;

/** Splits a site into units: every top-level folder into its entries, and any big folder (shkoly/,
 * pagefind-shkoly/fragment/…) further into its entries. */
export function scanUnits(dir: string, prefix = ''): string[] {
  const units: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!prefix && SKIPPED_FOLDERS.includes(entry.name)) continue;
    if (entry.isDirectory() && (!prefix || readdirSync(join(dir, rel)).length > BIG_FOLDER)) units.push(...scanUnits(dir, rel));
    else units.push(rel);
  }
  return units.sort();
}

/** Findings per scanned file of the job's units, as [path, findings] pairs (only files with findings). */
export function runScanJob(job: ScanJob): [string, PersonalDataFinding[]][] {
  const out: [string, PersonalDataFinding[]][] = [];
  for (const unit of job.units) {
    let paths: string[];
    try {
      paths = outputFiles(join(job.dir, unit), (p) => SCANNED.test(`${unit}/${p}`)).map((p) => `${unit}/${p}`);
    } catch {
      paths = SCANNED.test(unit) ? [unit] : []; // a file, not a folder
    }
    for (const path of paths) {
      const found = scanFile(job.dir, path);
      if (found.length) out.push([path, found]);
    }
  }
  return out;
}

function inWorker(job: ScanJob): Promise<[string, PersonalDataFinding[]][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./personal-data-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`personal-data worker exited with code ${code}`)));
  });
}

export interface ParallelOptions {
  /** Worker threads (default: the cores, at most 4). */
  threads?: number;
  /** Fewer units than this are scanned in this thread. */
  parallelFrom?: number;
  /** Only the units (see scanUnits) this accepts: the build scans the pages while Pagefind runs. */
  select?: (unit: string) => boolean;
}

/** A unit of the search indexes (/pagefind/, /pagefind-shkoly/…), which exist only after Pagefind. */
export const isIndexUnit = (unit: string) => /^pagefind[^/]*(\/|$)/.test(unit);

/** Findings per file with findings, as [path, findings] pairs in no particular order. */
export async function scanSite(dir: string, options: ParallelOptions = {}): Promise<[string, PersonalDataFinding[]][]> {
  const { threads = Math.min(4, availableParallelism()), parallelFrom = PARALLEL_FROM, select = () => true } = options;
  const units = scanUnits(dir).filter(select);
  const jobs: ScanJob[] = Array.from({ length: Math.max(1, threads) }, () => ({ dir, units: [] }));
  // Dealt out in turn, so that every thread gets a share of each big folder.
  units.forEach((u, i) => jobs[i % jobs.length].units.push(u));
  const results = units.length < parallelFrom || jobs.length === 1 ? [runScanJob({ dir, units })] : await Promise.all(jobs.map(inWorker));
  return results.flat();
}

/** The findings of scanSite's pairs (of one or several calls) in the order checkPersonalData reports them. */
export const inFileOrder = (pairs: [string, PersonalDataFinding[]][]): PersonalDataFinding[] =>
  [...pairs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, found]) => found);

/** Scans a built site on worker threads; the same findings, in the same order, as checkPersonalData. */
export async function checkPersonalDataParallel(dir: string, options: ParallelOptions = {}): Promise<PersonalDataFinding[]> {
  return inFileOrder(await scanSite(dir, options));
}
