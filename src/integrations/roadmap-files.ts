/**
 * Roadmap JSON and ICS files (/shkoly/<id>/<year>.json, .ics). In the dev server they are routes
 * (src/routes/); in the build they are written after the pages from the content the pages used, which
 * at 20,000 schools costs seconds instead of the ~30 s that 40,000 endpoint renders took.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { roadmapFiles, type RoadmapFilesSite } from '../lib/roadmap-files.ts';
import type { Entry } from '../lib/site-index.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import { builtSite } from './built-site.ts';

/** Writes files with a few writes in flight; creates each folder once. */
export async function writeAll(dir: string, files: Iterable<[string, string]>, inFlight = 16): Promise<number> {
  const made = new Map<string, Promise<unknown>>();
  const iterator = files[Symbol.iterator]();
  let count = 0;
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const [path, body] = next.value;
      const file = join(dir, path);
      const folder = dirname(file);
      if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
      await made.get(folder);
      await writeFile(file, body);
      count++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return count;
}

export function roadmapFilesIntegration(): AstroIntegration {
  return {
    name: 'shnor-roadmap-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') return;
        injectRoute({ pattern: '/shkoly/[id]/[year].json', entrypoint: './src/routes/roadmap.json.ts', prerender: true });
        injectRoute({ pattern: '/shkoly/[id]/[year].ics', entrypoint: './src/routes/roadmap.ics.ts', prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = await builtSite<RoadmapFilesSite & { roadmaps: Entry<Roadmap>[] }>();
        if (!site) throw new Error('Файлы дорожных карт (JSON, ICS): содержимое сайта не было загружено страницами сборки.');
        const count = await writeAll(fileURLToPath(dir), roadmapFiles(site));
        logger.info(`файлов дорожных карт (JSON и ICS): ${count} (${((performance.now() - started) / 1000).toFixed(1)} с)`);
      },
    },
  };
}
