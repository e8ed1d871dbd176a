/**
 * Loads every collection once per build and indexes it; pages import from here
 * instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndex, type SiteIndex } from './lib/site-index.ts';

export type MeasureEntry = CollectionEntry<'measures'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type MethodologyEntry = CollectionEntry<'methodology'>;

export interface Site extends SiteIndex {
  methodology: MethodologyEntry[];
  measureEntries: Map<string, MeasureEntry>;
  practiceEntries: Map<string, PracticeEntry>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [settings, methodology, roles, directions, deficits, measures, practices, templates, calendar, municipalities, schools, roadmaps] =
    await Promise.all([
      getCollection('settings'),
      getCollection('methodology'),
      getCollection('roles'),
      getCollection('directions'),
      getCollection('deficits'),
      getCollection('measures'),
      getCollection('practices'),
      getCollection('templates'),
      getCollection('calendar'),
      getCollection('municipalities'),
      getCollection('schools'),
      getCollection('roadmaps'),
    ]);
  const index = buildIndex({
    settings: settings.find((s) => s.id === 'site')!.data,
    roles, directions,
    deficits: deficits.map((d) => ({ number: d.data.number, title: d.data.title })),
    measures, practices, templates, calendar, municipalities, schools, roadmaps,
  });
  return {
    ...index,
    methodology: methodology.sort((a, b) => a.data.order - b.data.order),
    measureEntries: new Map(measures.map((m) => [m.id, m])),
    practiceEntries: new Map(practices.map((p) => [p.id, p])),
  };
}

/** The whole site's content, loaded and indexed once. */
export function site(): Promise<Site> {
  return (cached ??= load());
}
