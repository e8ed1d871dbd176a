import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Two search indexes, so that a national site stays fast: the knowledge base (methodology, roles,
 * calendar, directions, measures, practices, templates, monitoring) and, separately, the schools'
 * roadmaps and the municipalities. A word found in every roadmap then costs nothing in the main
 * search, and each index is built in its own pass, which halves Pagefind's peak memory.
 */
export const SEARCH_INDEXES = [
  {
    outputSubdir: 'pagefind',
    globs: ['index.html', '{metodika,roli,kalendar,napravleniya,mery,praktiki,shablony,monitoring,dannye}/**/*.html'],
  },
  {
    outputSubdir: 'pagefind-shkoly',
    // Roadmap pages (/shkoly/<school>/<year>/) and municipality pages; school profiles and embeds stay out.
    globs: ['shkoly/*/*/index.html', 'municipalitety/**/*.html'],
  },
] as const;

async function buildIndex(outDir: string, spec: (typeof SEARCH_INDEXES)[number], logger: AstroIntegrationLogger): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index || errors.length) throw new Error(`Pagefind: не удалось создать индекс: ${errors.join('; ')}`);
  let pages = 0;
  for (const glob of spec.globs) {
    const added = await index.addDirectory({ path: outDir, glob });
    if (added.errors.length) throw new Error(`Pagefind: ошибки индексации (${glob}): ${added.errors.join('; ')}`);
    pages += added.page_count;
  }
  const written = await index.writeFiles({ outputPath: `${outDir}/${spec.outputSubdir}` });
  if (written.errors.length) throw new Error(`Pagefind: не удалось записать индекс: ${written.errors.join('; ')}`);
  // Closing the service frees its memory before the next index is built.
  await pagefind.close();
  logger.info(`/${spec.outputSubdir}/: проиндексировано страниц: ${pages}`);
  return pages;
}

/** Runs Pagefind with Russian stemming; an indexing failure fails the build. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'shnor-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const counts: number[] = [];
        for (const spec of SEARCH_INDEXES) counts.push(await buildIndex(outDir, spec, logger));
        if (counts[0] === 0) throw new Error('Pagefind: в основной индекс не попало ни одной страницы.');
        logger.info(`проиндексировано страниц: ${counts.reduce((a, b) => a + b, 0)} за ${((performance.now() - started) / 1000).toFixed(1)} с`);
      },
    },
  };
}
