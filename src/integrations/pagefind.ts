import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Runs Pagefind over the built site with Russian stemming. Indexing failures fail the build:
 * a site without search must not be published silently.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'shnor-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
        if (!index || errors.length) throw new Error(`Pagefind: не удалось создать индекс: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ошибки индексации: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind: не проиндексировано ни одной страницы.');
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: не удалось записать индекс: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`проиндексировано страниц: ${added.page_count} за ${((performance.now() - started) / 1000).toFixed(1)} с`);
      },
    },
  };
}
