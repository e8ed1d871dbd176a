/**
 * Builds /admin/: the Decap bundle (esbuild, only the widgets and backends cms/admin.ts registers),
 * index.html and config.yml generated from the schemas and the content folder. Node only.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import yaml from 'js-yaml';
import { collectionShapes } from './collections.ts';
import { generateConfig, type CmsInputs, type ConfigOptions, type DecapConfig } from './config.ts';
import { readCmsInputs } from './content.ts';
import { ENTRY_CSS, entryHtml } from './entry.ts';

const CMS_DIR = dirname(fileURLToPath(import.meta.url));

export interface BuildAdminOptions extends ConfigOptions {
  /** Content folder the config is generated from (municipalities, settings). */
  contentDir: string;
  /** Output folder, e.g. dist/admin. */
  outDir: string;
  /** Skip minification (faster, readable; for debugging). */
  dev?: boolean;
}

/** config.yml text: generated, with the same YAML writer as the content files. */
export function configYaml(config: DecapConfig): string {
  const header = '# Создано cms/config.ts из схем src/schemas и списка муниципалитетов. Не редактируйте вручную:\n# настройки Git-хостинга — в content/settings/site.yaml, подписи полей — в cms/labels.ts.\n';
  return header + yaml.dump(config, { lineWidth: -1, quotingType: '"', noCompatMode: true });
}

export function indexHtml(siteTitle?: string, settings?: CmsInputs['settings']): string {
  const title = siteTitle ? `Редактор содержимого — ${escapeHtml(siteTitle)}` : 'Редактор содержимого';
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>
.shnor-choice { font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; }
.shnor-choice li { margin: .4rem 0; }${ENTRY_CSS}</style>
</head>
<body>
${entryHtml(settings)}
<script src="admin.js"></script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

/** Bundles cms/admin.ts into `outDir/admin.js` (licences in admin.js.LEGAL.txt). */
export async function bundleAdmin(outDir: string, dev = false): Promise<number> {
  const result = await esbuild.build({
    entryPoints: [join(CMS_DIR, 'admin.ts')],
    outfile: join(outDir, 'admin.js'),
    bundle: true,
    minify: !dev,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    legalComments: 'external',
    logLevel: 'error',
    metafile: true,
    define: {
      __SHNOR_SHAPES__: JSON.stringify(collectionShapes()),
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      global: 'globalThis',
    },
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}

/** Writes config.yml and index.html for a content folder. */
export function writeAdminConfig(options: BuildAdminOptions): DecapConfig {
  const inputs = readCmsInputs(options.contentDir);
  const config = generateConfig(inputs, options);
  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(join(options.outDir, 'config.yml'), configYaml(config));
  writeFileSync(join(options.outDir, 'index.html'), indexHtml(inputs.settings?.title, inputs.settings));
  return config;
}

/** The whole admin: bundle, config.yml, index.html. Returns the bundle size in bytes. */
export async function buildAdmin(options: BuildAdminOptions): Promise<{ bytes: number; collections: number }> {
  const outDir = resolve(options.outDir);
  const config = writeAdminConfig({ ...options, outDir });
  const bytes = await bundleAdmin(outDir, options.dev);
  return { bytes, collections: config.collections.length };
}
