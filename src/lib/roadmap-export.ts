/** The roadmap's JSON export: the data as published, plus the names a document needs. */
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { DocxContext } from './roadmap-docx.ts';
import type { IcsEvent } from './ics.ts';

export interface RoadmapExport {
  roadmap: Roadmap;
  context: DocxContext;
}

/** Activities of a roadmap as calendar events (deadline spans). */
export function roadmapIcsEvents(r: Roadmap, host: string, pageUrl: string): IcsEvent[] {
  return r.activities.map((a, i) => ({
    uid: `${r.school}-${r.year}-a${i + 1}@${host}`,
    start: a.start,
    end: a.end,
    summary: a.title,
    description: [a.responsible && `Ответственный: ${a.responsible}`, a.expectedResult && `Ожидаемый результат: ${a.expectedResult}`].filter(Boolean).join('\n'),
    url: pageUrl,
  }));
}
