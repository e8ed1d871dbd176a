/**
 * Loads every collection once per build and indexes it; pages import from here
 * instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndex, type SiteIndex } from './lib/site-index.ts';
import { todayIso } from './lib/dates.ts';
import { buildStamp, publishSite } from './integrations/built-site.ts';
import { roadmapKey, schoolKey, sharedDigest } from './lib/page-keys.ts';

export type MeasureEntry = CollectionEntry<'measures'>;
export type PracticeEntry = CollectionEntry<'practices'>;
export type MethodologyEntry = CollectionEntry<'methodology'>;

export interface Site extends SiteIndex {
  methodology: MethodologyEntry[];
  measureEntries: Map<string, MeasureEntry>;
  /** Short titles of directions by code, and measure titles by id (computed once). */
  directionTitles: Record<string, string>;
  measureTitles: Record<string, string>;
  /** Date the monitoring figures are computed at: settings.asOf or the build date. */
  asOf: string;
  /** Visit frequency limits in days, from the curator role's contact frequencies. */
  visitLimits: { development: number; implementation: number };
  practiceEntries: Map<string, PracticeEntry>;
  /** Digest for page keys of the incremental build, computed once (src/lib/page-keys.ts). */
  sharedDigest?: string;
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
  const limits = index.role.get('curator')?.data.contactFrequency.map((c) => c.maxIntervalDays) ?? [];
  return {
    ...index,
    asOf: index.settings.asOf ?? todayIso(),
    directionTitles: Object.fromEntries(index.directions.map((d) => [d.id, d.data.shortTitle])),
    measureTitles: Object.fromEntries(index.measures.map((m) => [m.id, m.data.title])),
    visitLimits: limits.length ? { development: Math.min(...limits), implementation: Math.max(...limits) } : { development: 7, implementation: 28 },
    methodology: methodology.sort((a, b) => a.data.order - b.data.order),
    measureEntries: new Map(measures.map((m) => [m.id, m])),
    practiceEntries: new Map(practices.map((p) => [p.id, p])),
  };
}

/** The whole site's content, loaded and indexed once. */
export function site(): Promise<Site> {
  // Published for the build's own integrations (src/integrations/built-site.ts), which write files
  // from the same loaded content after the pages.
  return (cached ??= publishSite(load()));
}

/** Static paths of every roadmap route (/shkoly/<school>/<year>…): one per roadmap, with it as a prop. */
/** The shared digest for page keys when the build is incremental (src/integrations/incremental.ts). */
function sharedKey(s: Site): string | undefined {
  const stamp = buildStamp();
  return stamp === undefined ? undefined : (s.sharedDigest ??= sharedDigest(s as unknown as Record<string, unknown>, stamp));
}

/** Static paths of school pages (/shkoly/<id>/), with keys for the incremental build. */
export async function schoolPaths() {
  const s = await site();
  const shared = sharedKey(s);
  return s.schools.map((school) => {
    const linked = [s.school.get(school.data.partnerSchool ?? ''), ...(s.menteesBySchool.get(school.id) ?? [])].filter((x) => x !== undefined);
    const roadmaps = (s.roadmapsBySchool.get(school.id) ?? []).map((r) => r.data);
    return { params: { id: school.id }, props: { school }, ...(shared ? { cacheKey: schoolKey(shared, school.data, roadmaps, linked) } : {}) };
  });
}

export async function roadmapPaths() {
  const s = await site();
  const shared = sharedKey(s);
  return s.roadmaps.map((roadmap) => ({
    params: { id: roadmap.data.school, year: String(roadmap.data.year) },
    props: { roadmap },
    ...(shared ? { cacheKey: roadmapKey(shared, roadmap.data, s.school.get(roadmap.data.school)?.data) } : {}),
  }));
}
