// The federal site: one search page over every regional site's roadmap index (see src/lib/federation.ts).
// FEDERAL_CONFIG: the federation file (default federal/federation.example.json); FEDERAL_OUT: output folder.
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';

const out = process.env.FEDERAL_OUT ?? resolve('federal/dist');

export default defineConfig({
  root: resolve('federal'),
  srcDir: resolve('federal/src'),
  publicDir: resolve('federal/public'),
  site: 'https://shnor-federal.example.org',
  trailingSlash: 'always',
  outDir: out,
  cacheDir: resolve(out, '../.federal-cache'),
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Inlined scripts would break the strict CSP (no 'unsafe-inline').
  vite: { build: { assetsInlineLimit: 0 } },
});
