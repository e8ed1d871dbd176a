/**
 * The roadmap index for the search page: a second Pagefind instance made from the main bundle's
 * script (createInstance: one script and one worker for both indexes), with the roadmap index's
 * other shards merged in (their list is /pagefind-shkoly/shards.json, see src/integrations/search-index.ts).
 */
export interface MergeablePagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
}

export async function openRoadmapIndex<T extends MergeablePagefind>(mainScript: string, basePath: string, options: Record<string, unknown>): Promise<T> {
  const main = (await import(/* @vite-ignore */ mainScript)) as { createInstance(o: { basePath: string }): T };
  const pf = main.createInstance({ basePath });
  const shards = fetch(`${basePath}shards.json`).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []), () => []);
  await pf.options(options);
  await pf.init();
  // Merged shards keep their own options: each gets the same ones.
  await Promise.all((await shards).map((path) => pf.mergeIndex(path, options)));
  return pf;
}
