/**
 * npm run build:federal [-- --config federal/federation.example.json --out federal/dist]
 * Builds the federal search site (federal/): its one page from the federation file, and its own
 * Pagefind bundle (script, worker, WebAssembly), which the page uses to merge the regions' indexes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { parseFederation } from '../src/lib/federation.ts';

export async function buildFederal(config: string, out: string): Promise<void> {
  parseFederation(JSON.parse(readFileSync(config, 'utf8')), config);
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'federal', '--config', 'astro.config.mjs'], {
    env: { ...process.env, FEDERAL_CONFIG: config, FEDERAL_OUT: out, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (astro.status !== 0) throw new Error(`Федеральный сайт: сборка Astro не удалась.\n${astro.stdout}${astro.stderr}`);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: out, glob: 'index.html' });
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  await pagefind.close();
  if (added.errors.length || written.errors.length || !added.page_count) throw new Error(`Pagefind: федеральный индекс не построен: ${[...added.errors, ...written.errors].join('; ')}`);
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback);
  const config = resolve(arg('config', 'federal/federation.example.json'));
  const out = resolve(arg('out', 'federal/dist'));
  try {
    await buildFederal(config, out);
    console.log(`Федеральный сайт собран: ${out}`);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
