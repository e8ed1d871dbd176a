// The real site's config, built into the benchmark's own folders so that a benchmark never touches
// dist/ or the content cache of the working copy. BENCH_SITE_DIR: absolute folder for this build.
// The search indexes and the personal-data gate run after Astro (scripts/build.ts --skip-validate --dist …).
import config from '../../astro.config.mjs';

const dir = process.env.BENCH_SITE_DIR;
if (!dir) throw new Error('BENCH_SITE_DIR is not set');

export default {
  ...config,
  outDir: `${dir}/dist`,
  cacheDir: `${dir}/cache`,
  build: { ...config.build, client: `${dir}/build/client`, server: `${dir}/build/server` },
};
