/**
 * A roadmap's machine-readable files (/shkoly/<id>/<year>.json and .ics): the same bytes whether the
 * dev server serves them as routes or the build writes them once the pages are done.
 */
import { toIcs } from './ics.ts';
import { roadmapContext } from './roadmap-context.ts';
import { roadmapIcsEvents, type RoadmapExport } from './roadmap-export.ts';
import type { Entry, SiteIndex } from './site-index.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';

export type RoadmapFilesSite = Pick<SiteIndex, 'school' | 'municipality' | 'settings'> & {
  directionTitles: Record<string, string>;
  measureTitles: Record<string, string>;
  asOf: string;
};

/** Path of a roadmap's files without the extension: /shkoly/<school>/<year>. */
export const roadmapFilesBase = (r: Roadmap) => `/shkoly/${r.school}/${r.year}`;

/** The roadmap as published (valid under /dannye/roadmaps.schema.json) and the names it uses. */
export function roadmapJson(s: RoadmapFilesSite, r: Roadmap): string {
  const body: RoadmapExport = { roadmap: r, context: roadmapContext(s, r) };
  return JSON.stringify(body);
}

/** The activities' terms for a calendar application. */
export function roadmapIcs(s: RoadmapFilesSite, r: Roadmap): string {
  const name = `${s.school.get(r.school)?.data.shortName ?? r.school}: дорожная карта ${r.year}`;
  const pageUrl = `${s.settings.baseUrl}${roadmapFilesBase(r)}/`;
  return toIcs(name, roadmapIcsEvents(r, new URL(s.settings.baseUrl).host, pageUrl), s.asOf);
}

/** Every roadmap file of the site: [path, body, content type]. */
export function* roadmapFiles(s: RoadmapFilesSite & { roadmaps: Entry<Roadmap>[] }): Generator<[string, string]> {
  for (const { data } of s.roadmaps) {
    const base = roadmapFilesBase(data);
    yield [`${base}.json`, roadmapJson(s, data)];
    yield [`${base}.ics`, roadmapIcs(s, data)];
  }
}
