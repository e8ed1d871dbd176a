// Wiring only: integrations and build options. Logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import rehypeSanitize from 'rehype-sanitize';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { cmsIntegration } from './cms/integration.ts';
import { uploadHeadersIntegration } from './src/integrations/upload-headers.ts';
import { uploadsIntegration } from './src/integrations/uploads.ts';
import { dataStoreIntegration } from './src/integrations/data-store.ts';
import { roadmapFilesIntegration } from './src/integrations/roadmap-files.ts';
import { incrementalIntegration } from './src/integrations/incremental.ts';
import { rehypeUserContentIds, remarkRehypeOptions } from './src/integrations/markdown-ids.ts';

// The content layer caches entries per project; another content root (SHNOR_CONTENT, used by test
// sites and the benchmark) gets its own cache so entries of different roots never mix.
const contentRoot = resolve(process.env.SHNOR_CONTENT ?? 'content');
const cacheKey = createHash('sha1').update(contentRoot).digest('hex').slice(0, 10);

export default defineConfig({
  site: 'https://shnor.example.org',
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  // Four pages in flight: a page's folder and file are written while the next ones render (−20 % time).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Markdown written through the CMS is untrusted: raw HTML is sanitised as the last rehype step.
  // Editor-written ids get the «user-content-» prefix so they never collide with the site's own.
  markdown: { remarkRehype: remarkRehypeOptions, rehypePlugins: [rehypeUserContentIds, rehypeSanitize] },
  // Methodology MDX is trusted code edited through Git only.
  // Search indexes and the personal-data gate run after astro build (scripts/build.ts).
  integrations: [mdx({ extendMarkdownConfig: false }), dataStoreIntegration(), incrementalIntegration(), roadmapFilesIntegration(), cmsIntegration(), uploadHeadersIntegration(), uploadsIntegration()],
  // Inlined scripts would break the strict CSP (no 'unsafe-inline').
  vite: { build: { assetsInlineLimit: 0 }, server: { watch: { ignored: ['**/bench/**', '**/tests/fixtures/**'] } } },
});
