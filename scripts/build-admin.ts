/**
 * Builds the CMS into dist/admin/ (bundle, index.html, config.yml).
 * Usage: node scripts/build-admin.ts [--out dist/admin] [--content content] [--dev]
 */
import { resolve } from 'node:path';
import { buildAdmin } from '../cms/build.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};

const started = performance.now();
const outDir = resolve(arg('out', 'dist/admin'));
const { bytes, collections } = await buildAdmin({
  contentDir: resolve(arg('content', process.env.SHNOR_CONTENT ?? 'content')),
  outDir,
  dev: args.includes('--dev'),
});
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`CMS собрана в ${outDir}: разделов ${collections}, сборка ${(bytes / 1e6).toFixed(1)} МБ, ${seconds} с.`);
