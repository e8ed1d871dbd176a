/**
 * Keys of pages for Astro's incremental build (experimental.incrementalBuild, `npm run build --
 * --incremental`): a page whose key and template are unchanged is copied from the previous build.
 * A roadmap page's key covers its roadmap and its school, and a digest of everything else the site
 * holds (every other collection, settings, the date the figures are computed at) and of what the
 * build reads besides the content (`stamp`: Git commit, today's date, uploaded files). So a change
 * anywhere but in one roadmap re-renders every roadmap page: stale pages are never kept.
 */
import { createHash } from 'node:crypto';

/** Collections that a roadmap page's own key covers instead of the shared digest. */
const OWN = new Set(['roadmaps', 'schools']);

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** Digest of the site's content except roadmaps and schools, and of the build stamp. */
export function sharedDigest(site: Record<string, unknown>, stamp: string): string {
  const parts: unknown[] = [stamp];
  for (const key of Object.keys(site).sort()) {
    const value = site[key];
    if (OWN.has(key) || value instanceof Map || typeof value === 'function') continue;
    parts.push(key, Array.isArray(value) ? value.map((e) => (e && typeof e === 'object' && 'data' in e ? [(e as { id?: string }).id, (e as { data: unknown }).data] : e)) : value);
  }
  return sha1(JSON.stringify(parts));
}

/** Key of the pages of one roadmap (the page and its embed version). */
export function roadmapKey(shared: string, roadmap: unknown, school: unknown): string {
  return sha1(`${shared}\n${JSON.stringify(roadmap)}\n${JSON.stringify(school)}`);
}

/** Key of a school's page: its data, its roadmaps, and the names of the schools it links to. */
export function schoolKey(shared: string, school: unknown, roadmaps: unknown[], linked: { id: string; data: { shortName: string } }[]): string {
  return sha1(`${shared}\n${JSON.stringify(school)}\n${JSON.stringify(roadmaps)}\n${JSON.stringify(linked.map((s) => [s.id, s.data.shortName]))}`);
}
