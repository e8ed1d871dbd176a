/**
 * Pagefind over a built folder with the site's settings (Russian), as a separate process so that its
 * time and memory can be measured: node scripts/bench/pagefind-index.ts <dist> → one JSON line.
 */
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const dir = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(JSON.stringify({ pages: added.page_count, ms: performance.now() - started }));
