// The floor: a bare Astro site over the same corpus (copied into bench/out/floor by scripts/bench/run.ts).
// BENCH_SITE_DIR: absolute folder for this build's output and cache.
const dir = process.env.BENCH_SITE_DIR;
if (!dir) throw new Error('BENCH_SITE_DIR is not set');

export default {
  site: 'https://floor.example.org',
  trailingSlash: 'always',
  outDir: `${dir}/dist`,
  cacheDir: `${dir}/cache`,
  // The same page concurrency as the site (astro.config.mjs), so that the ratio compares the pages alone.
  build: { format: 'directory', concurrency: 4, client: `${dir}/build/client`, server: `${dir}/build/server` },
};
