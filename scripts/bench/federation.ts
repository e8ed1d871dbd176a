/**
 * A national corpus split into regional corpora, for the federal mode: each region gets a run of the
 * municipalities (their schools, roadmaps and every other file kept per municipality) and the
 * shared collections (methodology, measures, roles…); a practice goes with its municipality.
 * Each regional corpus names its region and its site's address in settings/site.yaml.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { splitEvenly, type Federation, type Region } from '../../src/lib/federation.ts';
import { dumpYaml } from './static-content.ts';

/** Fictional regions of the benchmark federation. */
export const REGION_NAMES = [
  'Северная область (пример)', 'Южная область (пример)', 'Приречный край (пример)', 'Озёрная область (пример)',
  'Степной край (пример)', 'Горная республика (пример)', 'Лесная область (пример)', 'Приморский край (пример)',
];

export interface RegionalCorpus extends Region {
  /** The regional content folder. */
  content: string;
  municipalities: string[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
}

/** The municipality a corpus file belongs to, or undefined for a shared file. */
export function municipalityOf(rel: string, municipalities: Set<string>, text: () => string): string | undefined {
  const [collection, ...rest] = rel.split('/');
  const name = basename(rel, extname(rel));
  if (collection === 'municipalities') return name;
  if (rest.length >= 2 && municipalities.has(rest[0])) return rest[0];
  const byName = [...municipalities].filter((m) => name.startsWith(`${m}-`) && /^\d{4}$/.test(name.slice(m.length + 1))).sort((a, b) => b.length - a.length)[0];
  if (byName) return byName;
  if (collection === 'practices') return /^municipality:\s*(\S+)\s*$/m.exec(text())?.[1];
  return undefined;
}

/** Splits `source` into `count` regional corpora under `out`; `site(id)` gives each region's address. */
export function splitCorpus(source: string, out: string, count: number, site: (id: string, i: number) => string): RegionalCorpus[] {
  rmSync(out, { recursive: true, force: true });
  const all = readdirSync(join(source, 'municipalities')).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml')).sort();
  const known = new Set(all);
  const regions: RegionalCorpus[] = splitEvenly(all, count).map((municipalities, i) => {
    const id = `r${i + 1}`;
    return { id, name: REGION_NAMES[i % REGION_NAMES.length], site: site(id, i), content: join(out, id), municipalities };
  });
  const regionOf = new Map(regions.flatMap((r) => r.municipalities.map((m) => [m, r] as const)));
  for (const abs of files(source)) {
    const rel = relative(source, abs).split('\\').join('/');
    if (rel.startsWith('.')) continue;
    const m = municipalityOf(rel, known, () => readFileSync(abs, 'utf8'));
    for (const region of m ? [regionOf.get(m)!].filter(Boolean) : regions) {
      mkdirSync(dirname(join(region.content, rel)), { recursive: true });
      cpSync(abs, join(region.content, rel));
    }
  }
  for (const region of regions) {
    const file = join(region.content, 'settings/site.yaml');
    const settings = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>;
    writeFileSync(file, dumpYaml({ ...settings, region: region.name, baseUrl: region.site }));
  }
  return regions;
}

/** The federation file of the regions (their sites as served). */
export function federationOf(regions: Region[], title = 'ШНОР-знания: дорожные карты всех регионов (замеры)'): Federation {
  return { title, regions: regions.map(({ id, name, site, index }) => ({ id, name, site, ...(index ? { index } : {}) })) };
}

export interface RegionalBuild {
  region: RegionalCorpus;
  dist: string;
  wallMs: number;
  peakTreeRss: number;
}

/** Builds every regional site (`npm run build` with the benchmark's folders), `parallel` at a time. */
export async function buildRegions(regions: RegionalCorpus[], root: string, parallel: number, log: (s: string) => void = () => {}): Promise<RegionalBuild[]> {
  const { runMeasured } = await import('./measure.ts');
  const queue = [...regions];
  const out: RegionalBuild[] = [];
  // Astro keeps files of a build in the project's .astro/ (the content modules of MDX entries), so two
  // `astro build` at a time would mix them: one region's astro build at a time, while the search
  // index and the personal-data gate of the previous region run beside it.
  let astroTurn: Promise<void> = Promise.resolve();
  const worker = async () => {
    for (let region = queue.shift(); region; region = queue.shift()) {
      const dir = join(root, region.id);
      mkdirSync(dir, { recursive: true });
      let release!: () => void;
      const previous = astroTurn;
      astroTurn = new Promise<void>((ok) => (release = ok));
      await previous;
      log(`regional site ${region.id} (${region.name}): building`);
      const run = await runMeasured(process.execPath, ['scripts/build.ts', '--dist', join(dir, 'dist'), '--config', 'scripts/bench/astro.site.config.mjs'], {
        env: { ...process.env, SHNOR_CONTENT: region.content, BENCH_SITE_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' }, logFile: join(dir, 'build.log'),
        onLine: (line) => /\[build\] Complete!/.test(line.text) && release(),
      }).finally(() => release());
      if (run.code !== 0) throw new Error(`regional site ${region.id} failed:\n${run.lines.slice(-20).map((l) => l.text).join('\n')}`);
      out.push({ region, dist: join(dir, 'dist'), wallMs: run.wallMs, peakTreeRss: run.peakTreeRss });
      log(`regional site ${region.id}: ${(run.wallMs / 1000).toFixed(1)} s`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return out.sort((a, b) => a.region.id.localeCompare(b.region.id));
}
