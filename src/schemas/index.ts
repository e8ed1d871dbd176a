import type { z } from 'astro/zod';
import { calendarSchema } from './calendar.ts';
import { deficitsFileSchema } from './deficits.ts';
import { directionSchema } from './directions.ts';
import { measureSchema } from './measures.ts';
import { methodologySchema } from './methodology.ts';
import { municipalitySchema } from './municipalities.ts';
import { municipalRoadmapSchema } from './municipal-roadmaps.ts';
import { practiceSchema } from './practices.ts';
import { roadmapSchema } from './roadmaps.ts';
import { roleSchema } from './roles.ts';
import { schoolSchema } from './schools.ts';
import { selfDiagnosisSchema } from './self-diagnoses.ts';
import { settingsSchema } from './settings.ts';
import { templateSchema } from './templates.ts';

/** How a collection is stored under content/. */
export interface CollectionSpec {
  /** Folder (or file for `single`) under content/. */
  path: string;
  /** File extensions allowed in the folder. */
  extensions: readonly string[];
  /** Entries live in one sub-folder per municipality. */
  byMunicipality?: boolean;
  /** The collection is one file. */
  single?: boolean;
  /** File names (ids) allowed in the collection; lowercase slugs unless set. */
  idPattern?: RegExp;
  /** Schema of the data (frontmatter for Markdown). */
  schema: z.ZodType;
}

/** Every collection of the content model (DESIGN.md), in dependency order. */
export const COLLECTIONS = {
  settings: { path: 'settings', extensions: ['.yaml'], schema: settingsSchema },
  methodology: { path: 'methodology', extensions: ['.mdx'], schema: methodologySchema },
  roles: { path: 'roles', extensions: ['.yaml'], schema: roleSchema },
  directions: { path: 'directions', extensions: ['.yaml'], idPattern: /^R\d{2}$/, schema: directionSchema },
  deficits: { path: 'deficits.yaml', extensions: ['.yaml'], single: true, schema: deficitsFileSchema },
  measures: { path: 'measures', extensions: ['.md'], schema: measureSchema },
  practices: { path: 'practices', extensions: ['.md'], schema: practiceSchema },
  templates: { path: 'templates', extensions: ['.yaml'], schema: templateSchema },
  calendar: { path: 'calendar', extensions: ['.yaml'], idPattern: /^\d{4}$/, schema: calendarSchema },
  municipalities: { path: 'municipalities', extensions: ['.yaml'], schema: municipalitySchema },
  schools: { path: 'schools', extensions: ['.yaml'], byMunicipality: true, schema: schoolSchema },
  roadmaps: { path: 'roadmaps', extensions: ['.yaml'], byMunicipality: true, schema: roadmapSchema },
  municipalRoadmaps: { path: 'municipal-roadmaps', extensions: ['.yaml'], schema: municipalRoadmapSchema },
  selfDiagnoses: { path: 'self-diagnoses', extensions: ['.yaml'], byMunicipality: true, schema: selfDiagnosisSchema },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
