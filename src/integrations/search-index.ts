/**
 * The site's Pagefind indexes, built from the pages after `astro build` (scripts/search-index.ts):
 * the knowledge base (methodology, roles, calendar, directions, measures, practices, templates,
 * monitoring) in /pagefind/, and the schools' roadmaps with the municipalities in /pagefind-shkoly/.
 * A word found in every roadmap then costs nothing in the main search.
 *
 * Pagefind holds its whole index in memory while it writes it, so a site with more roadmaps than
 * SHARD_PAGES has them split into shards (/pagefind-shkoly/, /pagefind-shkoly-2/…),
 * grouped by the first letters of the school's address; /pagefind-shkoly/shards.json lists the
 * extra shards, which the search page merges into the first one (Pagefind's mergeIndex).
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const MAIN_INDEX = 'pagefind';
export const ROADMAP_INDEX = 'pagefind-shkoly';
/**
 * Most pages in one roadmap shard. Pagefind holds ~0.18 MB per roadmap page while it writes (what a
 * roadmap page gives the index is its school, goal, tasks and activities: dates, statuses, figures
 * and the approval history are data-pagefind-ignore), so 24,000 pages take ~4.3 GB. One shard is
 * what a search wants: every further shard adds an index chunk (20–50 KB) to each query. The
 * national site's 20,000 roadmaps fit in one; SHNOR_SHARD_PAGES overrides it.
 */
export const SHARD_PAGES = Number(process.env.SHNOR_SHARD_PAGES) || 24000;
/** The list of the roadmap index's extra shards, inside its first shard. */
export const SHARDS_FILE = 'shards.json';

const MAIN_GLOBS = ['index.html', '{metodika,roli,kalendar,napravleniya,mery,praktiki,shablony,monitoring,dannye}/**/*.html'];
// Roadmap pages (/shkoly/<school>/<year>/) and municipality pages; school profiles and embeds stay out.
const ROADMAP_PAGES = 'shkoly/*/*/index.html';
const MUNICIPALITY_PAGES = 'municipalitety/**/*.html';

export interface IndexJob {
  /** Output folder under the site (also the URL path: /<outputSubdir>/). */
  outputSubdir: string;
  globs: string[];
}

/** Groups sorted keys with counts into at most `groups` runs of nearly equal total count. */
export function balancedRuns(counts: [string, number][], groups: number): string[][] {
  const total = counts.reduce((s, [, n]) => s + n, 0);
  const runs: string[][] = [[]];
  let sum = 0;
  for (const [key, n] of counts) {
    if (sum >= (total * runs.length) / groups && runs.length < groups && runs[runs.length - 1].length) runs.push([]);
    runs[runs.length - 1].push(key);
    sum += n;
  }
  return runs;
}

/**
 * School folders grouped by name prefix, as glob alternatives with their page counts, in name order:
 * a prefix with more than `most` pages is split by its next letter (so that «sosh-…» schools of a
 * region spread over several groups); a folder named exactly like a split prefix gets its own entry.
 */
export function prefixGroups(bySchool: Map<string, number>, most: number, prefix = ''): [string, number][] {
  const groups = new Map<string, [string, number][]>();
  const out: [string, number][] = [];
  for (const [name, n] of [...bySchool].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (name === prefix) out.push([name, n]);
    else {
      const key = name.slice(0, prefix.length + 1);
      (groups.get(key) ?? groups.set(key, []).get(key)!).push([name, n]);
    }
  }
  for (const [key, members] of groups) {
    const count = members.reduce((a, [, n]) => a + n, 0);
    if (count > most && members.length > 1) out.push(...prefixGroups(new Map(members), most, key));
    else out.push([`${key}*`, count]);
  }
  return out.sort(([a], [b]) => (a.replace(/\*$/, '') < b.replace(/\*$/, '') ? -1 : 1));
}

/** Roadmap pages per school folder: how many /shkoly/<school>/<year>/index.html each has. */
function roadmapPagesBySchool(dist: string): Map<string, number> {
  const out = new Map<string, number>();
  const base = join(dist, 'shkoly');
  if (!existsSync(base)) return out;
  for (const school of readdirSync(base, { withFileTypes: true })) {
    if (!school.isDirectory()) continue;
    const years = readdirSync(join(base, school.name)).filter((y) => /^\d{4}$/.test(y) && existsSync(join(base, school.name, y, 'index.html')));
    if (years.length) out.set(school.name, years.length);
  }
  return out;
}

/** What to index: the main index and the roadmap index, the latter in shards on a large site. */
export function planIndexes(dist: string, shardPages = SHARD_PAGES): IndexJob[] {
  const bySchool = roadmapPagesBySchool(dist);
  const pages = [...bySchool.values()].reduce((a, b) => a + b, 0);
  const jobs: IndexJob[] = [{ outputSubdir: MAIN_INDEX, globs: MAIN_GLOBS }];
  const shards = Math.max(1, Math.ceil(pages / shardPages));
  if (shards === 1) return [...jobs, { outputSubdir: ROADMAP_INDEX, globs: [ROADMAP_PAGES, MUNICIPALITY_PAGES] }];
  const runs = balancedRuns(prefixGroups(bySchool, shardPages / 4), shards);
  return [
    ...jobs,
    ...runs.map((run, i) => ({
      outputSubdir: i === 0 ? ROADMAP_INDEX : `${ROADMAP_INDEX}-${i + 1}`,
      globs: [`shkoly/{${run.join(',')}}/*/index.html`, ...(i === 0 ? [MUNICIPALITY_PAGES] : [])],
    })),
  ];
}

/** Builds one index with Russian stemming; throws (in Russian) when Pagefind reports an error. */
export async function buildIndex(dist: string, job: IndexJob): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index || errors.length) throw new Error(`Pagefind: не удалось создать индекс: ${errors.join('; ')}`);
  let pages = 0;
  for (const glob of job.globs) {
    const added = await index.addDirectory({ path: dist, glob });
    if (added.errors.length) throw new Error(`Pagefind: ошибки индексации (${glob}): ${added.errors.join('; ')}`);
    pages += added.page_count;
  }
  const written = await index.writeFiles({ outputPath: join(dist, job.outputSubdir) });
  if (written.errors.length) throw new Error(`Pagefind: не удалось записать индекс: ${written.errors.join('; ')}`);
  // Closing the service frees its memory.
  await pagefind.close();
  return pages;
}

/** Writes /pagefind-shkoly/shards.json: the URL paths of the roadmap index's other shards. */
export function writeShardList(dist: string, jobs: IndexJob[]): string[] {
  const extra = jobs.filter((j) => j.outputSubdir.startsWith(`${ROADMAP_INDEX}-`)).map((j) => `/${j.outputSubdir}/`);
  writeFileSync(join(dist, ROADMAP_INDEX, SHARDS_FILE), JSON.stringify(extra));
  return extra;
}

/**
 * One WebAssembly file for every bundle: Pagefind loads `${basePath}wasm.${name}.pagefind`, where
 * `name` comes from the bundle's pagefind-entry.json; a bundle whose file is byte for byte the main
 * bundle's gets a name whose dot segments lead to /pagefind/wasm.<lang>.pagefind, so that the browser
 * fetches and compiles it once for both instances (57 KB less on a first search). Bundles whose file
 * differs keep their own. Returns the bundles changed; running it again changes nothing.
 */
export function shareWasm(dist: string, jobs: IndexJob[]): string[] {
  const changed: string[] = [];
  for (const job of jobs) {
    if (job.outputSubdir === MAIN_INDEX) continue;
    const entryFile = join(dist, job.outputSubdir, 'pagefind-entry.json');
    if (!existsSync(entryFile)) continue;
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string }> };
    const up = '../'.repeat(job.outputSubdir.split('/').length + 1);
    let touched = false;
    for (const lang of Object.values(entry.languages)) {
      if (!lang.wasm || !/^[a-z_-]+$/i.test(lang.wasm)) continue;
      const own = join(dist, job.outputSubdir, `wasm.${lang.wasm}.pagefind`);
      const main = join(dist, MAIN_INDEX, `wasm.${lang.wasm}.pagefind`);
      if (!existsSync(own) || !existsSync(main) || !readFileSync(own).equals(readFileSync(main))) continue;
      lang.wasm = `${lang.wasm}/${up}${MAIN_INDEX}/wasm.${lang.wasm}`;
      touched = true;
    }
    if (touched) {
      writeFileSync(entryFile, JSON.stringify(entry));
      changed.push(`/${job.outputSubdir}/`);
    }
  }
  return changed;
}

/** Digest of the pages an index is built from (paths and bytes): equal digests give equal indexes. */
export function inputDigest(dist: string, job: IndexJob): string {
  const hash = createHash('sha1').update(JSON.stringify(job.globs));
  const files = [...new Set(job.globs.flatMap((g) => globSync(g, { cwd: dist })))].sort();
  for (const f of files) hash.update(`\n${f}\n`).update(readFileSync(join(dist, f)));
  return hash.digest('hex');
}
