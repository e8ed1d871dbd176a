// Wiring only: integrations and build options. Logic lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import rehypeSanitize from 'rehype-sanitize';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'https://shnor.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Markdown written through the CMS is untrusted: raw HTML is sanitised as the last rehype step.
  markdown: { rehypePlugins: [rehypeSanitize] },
  // Methodology MDX is trusted code edited through Git only.
  integrations: [mdx({ extendMarkdownConfig: false }), pagefindIntegration()],
  // Inlined scripts would break the strict CSP (no 'unsafe-inline').
  vite: { build: { assetsInlineLimit: 0 } },
});
