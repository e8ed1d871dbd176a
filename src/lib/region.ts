/**
 * The schools monitoring follows, by municipality: the «500+» schools and the schools with high
 * risks of low results, each with its current roadmap. Shared by /monitoring/ and its stage pages.
 */
import type { Municipality } from '../schemas/municipalities.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { School } from '../schemas/schools.ts';
import type { Entry } from './site-index.ts';
import type { TrackedSchool } from './snapshots.ts';

export interface TrackedMunicipality {
  id: string;
  municipality: Municipality;
  schools: TrackedSchool[];
}

export function trackedByMunicipality(s: {
  municipalities: Entry<Municipality>[];
  schoolsByMunicipality: Map<string, Entry<School>[]>;
  roadmapsBySchool: Map<string, Entry<Roadmap>[]>;
}): TrackedMunicipality[] {
  return s.municipalities.map((m) => {
    const highRisk = new Set(m.data.highRiskSchools.map((h) => h.school));
    const schools = (s.schoolsByMunicipality.get(m.id) ?? [])
      .filter((x) => x.data.project500 || highRisk.has(x.id))
      .map((x) => ({ id: x.id, school: x.data, roadmap: s.roadmapsBySchool.get(x.id)?.[0]?.data }));
    return { id: m.id, municipality: m.data, schools };
  });
}
