/**
 * Loads every collection once per build and indexes it; pages import from here
 * instead of calling getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildIndex, type SiteIndex } from './lib/site-index.ts';
import { todayIso } from './lib/dates.ts';
import { developmentEnd, stageCutoffs, type StageCutoff } from './lib/cycle.ts';
import { uploadSize } from './integrations/uploads.ts';
import type { SelfDiagnosis } from './schemas/self-diagnoses.ts';
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
  /** Date the monitoring figures and overdue marks are computed at: the build date (DESIGN: never a hand-set date). */
  asOf: string;
  /** Visit frequency limits in days, from the curator role's contact frequencies. */
  visitLimits: { development: number; implementation: number };
  practiceEntries: Map<string, PracticeEntry>;
  /** The build date: monitoring defaults to it (DESIGN.md, «Dates that move»). */
  today: string;
  /** End of the current calendar's document-development time (weekly visits end there at the latest). */
  developmentUntil?: string;
  /** Cut-off days of the stage snapshots in the current calendar. */
  stageCutoffs: StageCutoff[];
  /** Self-diagnosis records by `<school>|<year>`. */
  selfDiagnoses: Map<string, { id: string; data: SelfDiagnosis }>;
  /** Sizes of the uploaded evidence files by site path, read from disk at build time. */
  uploadSizes: Map<string, number>;
  /** Digest for page keys of the incremental build, computed once (src/lib/page-keys.ts). */
  sharedDigest?: string;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [settings, methodology, roles, directions, deficits, measures, practices, templates, calendar, municipalities, schools, roadmaps, municipalRoadmaps, selfDiagnoses] =
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
      getCollection('municipalRoadmaps'),
      getCollection('selfDiagnoses'),
    ]);
  const index = buildIndex({
    settings: settings.find((s) => s.id === 'site')!.data,
    roles, directions,
    deficits: deficits.map((d) => ({ number: d.data.number, title: d.data.title })),
    measures, practices, templates, calendar, municipalities, schools, roadmaps, municipalRoadmaps,
  });
  const current = [...calendar].sort((a, b) => b.data.year - a.data.year)[0]?.data;
  const limits = index.role.get('curator')?.data.contactFrequency.map((c) => c.maxIntervalDays) ?? [];
  return {
    ...index,
    asOf: todayIso(),
    directionTitles: Object.fromEntries(index.directions.map((d) => [d.id, d.data.shortTitle])),
    measureTitles: Object.fromEntries(index.measures.map((m) => [m.id, m.data.title])),
    visitLimits: limits.length ? { development: Math.min(...limits), implementation: Math.max(...limits) } : { development: 7, implementation: 28 },
    methodology: methodology.sort((a, b) => a.data.order - b.data.order),
    measureEntries: new Map(measures.map((m) => [m.id, m])),
    practiceEntries: new Map(practices.map((p) => [p.id, p])),
    today: todayIso(),
    developmentUntil: developmentEnd(current),
    stageCutoffs: stageCutoffs(current),
    selfDiagnoses: new Map(selfDiagnoses.map((d) => [`${d.data.school}|${d.data.year}`, d])),
    uploadSizes: new Map(
      roadmaps.flatMap((r) => r.data.activities.flatMap((a) => a.evidence.flatMap((e) => (e.file ? [e.file] : []))))
        .flatMap((file) => { const size = uploadSize(file); return size === undefined ? [] : [[file, size] as const]; }),
    ),
  };
}

/** The whole site's content, loaded and indexed once. */
export function site(): Promise<Site> {
  // Published for the build's own integrations (src/integrations/built-site.ts), which write files
  // from the same loaded content after the pages.
  return (cached ??= publishSite(load()));
}

/** Static paths of every municipal roadmap route (/municipalitety/<id>/<year>…). */
export async function municipalRoadmapPaths() {
  const { municipalRoadmaps } = await site();
  return (municipalRoadmaps ?? []).map((roadmap) => ({ params: { id: roadmap.data.municipality, year: String(roadmap.data.year) }, props: { roadmap } }));
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
