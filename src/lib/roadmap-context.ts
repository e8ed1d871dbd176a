import type { DocxContext } from './roadmap-docx.ts';
import type { EvidenceFile } from './evidence.ts';
import type { SiteIndex } from './site-index.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { SelfDiagnosis } from '../schemas/self-diagnoses.ts';
import { extensionOf, isAllowedExtension, MEDIA_TYPES } from './media.ts';

/** Names a roadmap document needs besides its own data (school, municipality, titles, files, self-diagnosis). */
export function roadmapContext(
  s: Pick<SiteIndex, 'school' | 'municipality'> & {
    directionTitles: Record<string, string>;
    measureTitles: Record<string, string>;
    uploadSizes?: Map<string, number>;
    selfDiagnoses?: Map<string, { data: SelfDiagnosis }>;
    settings?: { baseUrl: string };
  },
  r: Roadmap,
): DocxContext {
  const school = s.school.get(r.school)?.data;
  const used = new Set(r.activities.map((a) => a.measure).filter(Boolean) as string[]);
  const selfDiagnosis = s.selfDiagnoses?.get(`${r.school}|${r.year}`)?.data;
  const codes = new Set([...r.directions.map((d) => d.direction), ...(selfDiagnosis?.risks.map((x) => x.direction) ?? [])]);
  return {
    schoolName: school?.shortName ?? r.school,
    municipalityName: school ? s.municipality.get(school.municipality)?.data.name : undefined,
    directionTitles: Object.fromEntries([...codes].map((code) => [code, s.directionTitles[code]])),
    measureTitles: Object.fromEntries([...used].map((id) => [id, s.measureTitles[id]])),
    files: evidenceFiles(r, s.uploadSizes, s.settings?.baseUrl),
    ...(selfDiagnosis ? { selfDiagnosis } : {}),
  };
}

/** Type and size of each uploaded evidence file of the roadmap. */
export function evidenceFiles(r: Roadmap, sizes: Map<string, number> = new Map(), baseUrl = ''): Record<string, EvidenceFile> {
  const files: Record<string, EvidenceFile> = {};
  for (const a of r.activities) {
    for (const e of a.evidence) {
      if (!e.file) continue;
      const ext = extensionOf(e.file);
      files[e.file] = { type: isAllowedExtension(ext) ? MEDIA_TYPES[ext].label : ext.toUpperCase(), bytes: sizes.get(e.file), url: `${baseUrl}${e.file}` };
    }
  }
  return files;
}
