/**
 * The content layer's data store reaches the prerendered pages as one JS module that holds the whole
 * store as a string literal (`export default JSON.parse("…")`). At 20,000 schools that literal is
 * about 200 MB of source, and V8 needs ~30 s to compile it (less only when Node's compile cache
 * happens to hold that exact module, never in CI). In the build this integration swaps the module's
 * code for two lines that read and parse the same file when the pages import it: the same data,
 * JSON.parse instead of a compile, and a small module for the bundler too.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's id of the data store module (astro/dist/content/consts.js: RESOLVED_DATA_STORE_VIRTUAL_ID). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The single-file store's code, as Astro generates it. */
const INLINE_STORE = 'export default JSON.parse(';

/** The module that reads `file` at import time, or undefined when `code` is not the inlined store. */
export function storeFromFile(code: string, file: string): string | undefined {
  if (!code.startsWith(INLINE_STORE)) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
}

export function dataStoreIntegration(): AstroIntegration {
  return {
    name: 'shnor-data-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // Where Astro writes the store for a build (astro/dist/content/paths.js: getDataStoreFile).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [{
              name: 'shnor-data-store-from-file',
              transform(code: string, id: string) {
                if (id !== DATA_STORE_MODULE) return null;
                const replaced = storeFromFile(code, file);
                return replaced === undefined ? null : { code: replaced, map: { mappings: '' } };
              },
            }],
          },
        });
      },
    },
  };
}
