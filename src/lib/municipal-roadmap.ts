/**
 * The municipal roadmap (seed 004) as published: its context (names), JSON export, calendar events
 * and figures. Pure; pages, the DOCX builder and the tests share it.
 */
import { ROLES_SHORT, ROLES } from '../data/lists.ts';
import type { MunicipalAction, MunicipalRoadmap } from '../schemas/municipal-roadmaps.ts';
import type { IcsEvent } from './ics.ts';
import { formatTerm, termRange } from './terms.ts';

/** Names the document needs besides its own data. */
export interface MunicipalRoadmapContext {
  municipalityName: string;
  /** Short names of the schools the actions name, by id. */
  schoolNames: Record<string, string>;
}

export interface MunicipalRoadmapExport {
  roadmap: MunicipalRoadmap;
  context: MunicipalRoadmapContext;
}

export function municipalRoadmapContext(
  s: { municipality: Map<string, { data: { name: string } }>; school: Map<string, { data: { shortName: string } }> },
  r: MunicipalRoadmap,
): MunicipalRoadmapContext {
  const ids = new Set(r.actions.flatMap((a) => a.schools));
  return {
    municipalityName: s.municipality.get(r.municipality)?.data.name ?? r.municipality,
    schoolNames: Object.fromEntries([...ids].map((id) => [id, s.school.get(id)?.data.shortName ?? id])),
  };
}

/** «Муниципальный координатор; МОУО» and the organisation named in words. */
export function executorsText(a: Pick<MunicipalAction, 'executors' | 'executorOrg'>, short = false): string {
  const roles = a.executors.map((r) => (short ? ROLES_SHORT[r] : ROLES[r])).join('; ');
  return a.executorOrg ? `${roles} (${a.executorOrg})` : roles;
}

/** Schools an action concerns, in words; «все школы программы» when it names none. */
export function schoolsText(a: Pick<MunicipalAction, 'schools'>, names: Record<string, string>): string {
  return a.schools.length ? a.schools.map((id) => names[id] ?? id).join(', ') : 'все школы программы';
}

/** Actions whose term is over before `asOf` and which are still open. */
export function isActionOverdue(a: Pick<MunicipalAction, 'when' | 'status'>, asOf: string): boolean {
  return termRange(a.when).end < asOf && ['planned', 'in_progress', 'not_done'].includes(a.status);
}

/** The actions as calendar events (all-day spans). */
export function municipalIcsEvents(r: MunicipalRoadmap, host: string, pageUrl: string): IcsEvent[] {
  return r.actions.map((a, i) => {
    const { start, end } = termRange(a.when);
    return {
      uid: `${r.municipality}-${r.year}-m${i + 1}@${host}`,
      start,
      end,
      summary: `${i + 1}. ${a.text}`,
      description: [`Срок: ${formatTerm(a.when)}`, `Исполнитель: ${executorsText(a)}`, `Ожидаемый результат: ${a.expectedResult}`].join('\n'),
      url: pageUrl,
    };
  });
}
