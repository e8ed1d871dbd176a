/**
 * Search figures alone on an already built site (for trying index layouts without a full bench):
 * node scripts/bench/search-probe.ts <dist> <corpus-manifest> [runs]
 */
import { readFileSync } from 'node:fs';
import { firstSearch, percentile, queryLatency, searchIndexes, shardsOf, withBrowser, withSite } from './browser.ts';

const [dist, manifestPath, runsArg] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { rareWords: string[] };
const runs = Number(runsArg ?? 1);
const bundles = searchIndexes(dist);
const shards = Object.fromEntries(bundles.map((b) => [b, shardsOf(dist, b)]));
await withSite(dist, (base, served) => withBrowser(async (browser) => {
  for (let run = 1; run <= runs; run++) {
    const first = await firstSearch(browser, base, dist, served, manifest.rareWords[run - 1]);
    const selective = await queryLatency(browser, base, bundles, manifest.rareWords.slice(3, 33), shards);
    const common = await queryLatency(browser, base, bundles, Array.from({ length: 30 }, () => 'школа'), shards);
    const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
    const by = (t: typeof selective) => Object.keys(t[0].byIndex).map((k) => `${k} ${p(t.map((x) => x.byIndex[k].searchMs), 50)}`).join(', ');
    console.log(`run ${run}: first ${(first.gzip / 1024).toFixed(1)} KB gzip (${first.files.length} files); selective p50 ${p(selective.map((x) => x.searchMs), 50)} [${by(selective)}]; common p50 ${p(common.map((x) => x.searchMs), 50)} p95 ${p(common.map((x) => x.searchMs), 95)} [${by(common)}] results ${common[0].results}`);
    if (run === 1) console.log('  largest:', [...first.files].sort((a, b) => b.gzip - a.gzip).slice(0, 12).map((f) => `${new URL(f.url).pathname} ${(f.gzip / 1024).toFixed(1)}`).join('; '));
  }
}));
