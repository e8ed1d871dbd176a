/**
 * The curator's queue of a municipality or of the region, from the site's indexes: the schools the
 * monitoring follows (the same ones as /monitoring/), each with its current roadmap (latest year,
 * as /monitoring/ takes it) and the self-diagnosis of that year; deadlines from the cycle year's calendar.
 */
import type { SiteIndex } from './site-index.ts';
import type { SelfDiagnosis } from '../schemas/self-diagnoses.ts';
import { buildQueue, trackedSchools, type Queue, type SchoolDocuments } from './review-queue.ts';

export type QueueSite = Pick<SiteIndex, 'municipalities' | 'schoolsByMunicipality' | 'roadmapsBySchool' | 'calendar' | 'settings'> & {
  selfDiagnoses: Map<string, { data: SelfDiagnosis }>;
};

export function municipalityDocuments(s: QueueSite, municipalityId: string): SchoolDocuments[] {
  const m = s.municipalities.find((x) => x.id === municipalityId);
  const schools = trackedSchools(s.schoolsByMunicipality.get(municipalityId) ?? [], m?.data.highRiskSchools.map((h) => h.school) ?? []);
  return schools.map((x) => {
    const roadmap = s.roadmapsBySchool.get(x.id)?.[0]?.data;
    const year = roadmap?.year ?? s.settings.cycleYear;
    return { schoolId: x.id, roadmap, selfDiagnosis: s.selfDiagnoses.get(`${x.id}|${year}`)?.data };
  });
}

/** Deadline events: the calendar of the cycle year. */
export function reviewEvents(s: Pick<SiteIndex, 'calendar' | 'settings'>) {
  return s.calendar.find((c) => c.data.year === s.settings.cycleYear)?.data.events ?? [];
}

export function municipalityQueue(s: QueueSite, municipalityId: string, date: string): Queue {
  return buildQueue(municipalityDocuments(s, municipalityId), reviewEvents(s), date);
}

export function regionQueue(s: QueueSite, date: string): Queue {
  return buildQueue(s.municipalities.flatMap((m) => municipalityDocuments(s, m.id)), reviewEvents(s), date);
}
