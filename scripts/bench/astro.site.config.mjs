// The real site's config, built into the benchmark's own folders so that a benchmark never touches
// dist/ or the content cache of the working copy. BENCH_SITE_DIR: absolute folder for this build.
// BENCH_NO_POSTBUILD=1 (experiments only): leave out the integrations that run after the pages are
// written (Pagefind, the personal-data gate), to time Astro alone.
import config from '../../astro.config.mjs';

const dir = process.env.BENCH_SITE_DIR;
if (!dir) throw new Error('BENCH_SITE_DIR is not set');
const postBuild = new Set(['shnor-pagefind', 'shnor-personal-data']);

export default {
  ...config,
  integrations: process.env.BENCH_NO_POSTBUILD ? config.integrations.filter((i) => !postBuild.has(i.name)) : config.integrations,
  outDir: `${dir}/dist`,
  cacheDir: `${dir}/cache`,
  build: { ...config.build, client: `${dir}/build/client`, server: `${dir}/build/server` },
};
