/**
 * Indexes over the content, built once from plain entries ({id, data}): lookups by id,
 * reverse references (measure → practices, roadmaps), sorted lists. No Astro imports.
 */
import type { Calendar } from '../schemas/calendar.ts';
import type { Deficit } from '../schemas/deficits.ts';
import type { Direction } from '../schemas/directions.ts';
import type { Measure } from '../schemas/measures.ts';
import type { Municipality } from '../schemas/municipalities.ts';
import type { MunicipalRoadmap } from '../schemas/municipal-roadmaps.ts';
import type { Practice } from '../schemas/practices.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { Role } from '../schemas/roles.ts';
import type { School } from '../schemas/schools.ts';
import type { Settings } from '../schemas/settings.ts';
import type { Template } from '../schemas/templates.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface SiteInput {
  settings: Settings;
  roles: Entry<Role>[];
  directions: Entry<Direction>[];
  deficits: Deficit[];
  measures: Entry<Measure>[];
  practices: Entry<Practice>[];
  templates: Entry<Template>[];
  calendar: Entry<Calendar>[];
  municipalities: Entry<Municipality>[];
  schools: Entry<School>[];
  roadmaps: Entry<Roadmap>[];
  /** Municipal roadmaps (seed 004); optional so that older callers keep working. */
  municipalRoadmaps?: Entry<MunicipalRoadmap>[];
}

export interface SiteIndex extends SiteInput {
  role: Map<string, Entry<Role>>;
  direction: Map<string, Entry<Direction>>;
  measure: Map<string, Entry<Measure>>;
  practice: Map<string, Entry<Practice>>;
  school: Map<string, Entry<School>>;
  municipality: Map<string, Entry<Municipality>>;
  /** Measures whose directions include the code (primary ones first). */
  measuresByDirection: Map<string, Entry<Measure>[]>;
  practicesByDirection: Map<string, Entry<Practice>[]>;
  practicesByMeasure: Map<string, Entry<Practice>[]>;
  /** Roadmaps with at least one activity implementing the measure. */
  roadmapsByMeasure: Map<string, Entry<Roadmap>[]>;
  roadmapsByDirection: Map<string, Entry<Roadmap>[]>;
  roadmapsBySchool: Map<string, Entry<Roadmap>[]>;
  schoolsByMunicipality: Map<string, Entry<School>[]>;
  /** Schools that have the key school as their partner (mentor). */
  menteesBySchool: Map<string, Entry<School>[]>;
  /** Municipal roadmaps of each municipality, latest year first. */
  municipalRoadmapsByMunicipality: Map<string, Entry<MunicipalRoadmap>[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byId = <T>(list: Entry<T>[]) => new Map(list.map((e) => [e.id, e]));
const collator = new Intl.Collator('ru');

export function buildIndex(input: SiteInput): SiteIndex {
  const roles = [...input.roles].sort((a, b) => a.data.order - b.data.order);
  const directions = [...input.directions].sort((a, b) => a.data.order - b.data.order);
  const measures = [...input.measures].sort((a, b) => collator.compare(a.data.title, b.data.title));
  const practices = [...input.practices].sort((a, b) => b.data.date.localeCompare(a.data.date));
  const templates = [...input.templates].sort((a, b) => a.data.order - b.data.order);
  const schools = [...input.schools].sort((a, b) => collator.compare(a.data.shortName, b.data.shortName));
  const roadmaps = [...input.roadmaps].sort((a, b) => a.id.localeCompare(b.id));

  const measuresByDirection = new Map<string, Entry<Measure>[]>();
  for (const m of measures) for (const code of m.data.directions) push(measuresByDirection, code, m);
  // Measures whose primary direction is this one come first.
  for (const [code, list] of measuresByDirection) {
    list.sort((a, b) => Number(b.data.directions[0] === code) - Number(a.data.directions[0] === code) || collator.compare(a.data.title, b.data.title));
  }
  const practicesByDirection = new Map<string, Entry<Practice>[]>();
  const practicesByMeasure = new Map<string, Entry<Practice>[]>();
  for (const p of practices) {
    for (const code of p.data.directions) push(practicesByDirection, code, p);
    for (const id of p.data.measures) push(practicesByMeasure, id, p);
  }
  const roadmapsByMeasure = new Map<string, Entry<Roadmap>[]>();
  const roadmapsByDirection = new Map<string, Entry<Roadmap>[]>();
  const roadmapsBySchool = new Map<string, Entry<Roadmap>[]>();
  for (const r of roadmaps) {
    push(roadmapsBySchool, r.data.school, r);
    for (const d of r.data.directions) push(roadmapsByDirection, d.direction, r);
    for (const id of new Set(r.data.activities.map((a) => a.measure).filter(Boolean) as string[])) push(roadmapsByMeasure, id, r);
  }
  const schoolsByMunicipality = new Map<string, Entry<School>[]>();
  const menteesBySchool = new Map<string, Entry<School>[]>();
  for (const s of schools) {
    push(schoolsByMunicipality, s.data.municipality, s);
    if (s.data.partnerSchool) push(menteesBySchool, s.data.partnerSchool, s);
  }
  const municipalRoadmapsByMunicipality = new Map<string, Entry<MunicipalRoadmap>[]>();
  for (const r of input.municipalRoadmaps ?? []) push(municipalRoadmapsByMunicipality, r.data.municipality, r);
  // Latest year first, so pages take [0] as the current roadmap.
  for (const list of roadmapsBySchool.values()) list.sort((a, b) => b.data.year - a.data.year);
  for (const list of municipalRoadmapsByMunicipality.values()) list.sort((a, b) => b.data.year - a.data.year);

  return {
    ...input,
    roles, directions, measures, practices, templates, schools, roadmaps,
    role: byId(roles),
    direction: byId(directions),
    measure: byId(measures),
    practice: byId(practices),
    school: byId(schools),
    municipality: byId(input.municipalities),
    measuresByDirection, practicesByDirection, practicesByMeasure,
    roadmapsByMeasure, roadmapsByDirection, roadmapsBySchool, schoolsByMunicipality, menteesBySchool,
    municipalRoadmapsByMunicipality,
  };
}
