import { withSite } from '/work/main/scripts/bench/browser.ts';
import { runLighthouse } from '/work/main/scripts/bench/lighthouse.ts';
await withSite('/work/main/bench/out/dev/dist', async (base) => {
  const t0 = performance.now();
  console.log(JSON.stringify(await runLighthouse(base + '/')), ((performance.now() - t0) / 1000).toFixed(1) + 's');
});
