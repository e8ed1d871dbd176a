import type { DocxContext } from './roadmap-docx.ts';
import type { SiteIndex } from './site-index.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';

/** Names a roadmap document needs besides its own data (school, municipality, titles). */
export function roadmapContext(
  s: Pick<SiteIndex, 'school' | 'municipality'> & { directionTitles: Record<string, string>; measureTitles: Record<string, string> },
  r: Roadmap,
): DocxContext {
  const school = s.school.get(r.school)?.data;
  const used = new Set(r.activities.map((a) => a.measure).filter(Boolean) as string[]);
  return {
    schoolName: school?.shortName ?? r.school,
    municipalityName: school ? s.municipality.get(school.municipality)?.data.name : undefined,
    directionTitles: Object.fromEntries(r.directions.map((d) => [d.direction, s.directionTitles[d.direction]])),
    measureTitles: Object.fromEntries([...used].map((id) => [id, s.measureTitles[id]])),
  };
}
