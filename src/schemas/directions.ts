import { z } from 'astro/zod';
import { DEFICIT_COUNT, DIRECTION_CODES } from '../data/lists.ts';
import { list, text } from './common.ts';

/** content/directions/<code>.yaml: one of the ten risk directions (risk factors). */
export const directionSchema = z.strictObject({
  /** Code R01…R10; equals the file name. */
  code: z.enum(DIRECTION_CODES),
  /** Full wording of the risk factor. */
  title: text,
  /** Short title for tags and tables. */
  shortTitle: text,
  /** Position in lists. */
  order: z.number().int(),
  /** What the risk means for a school. */
  summary: text,
  /** Signs by which a school recognises the risk. */
  signals: list(text),
  /** Where to look to analyse the risk (data sources). */
  analysisSources: list(text),
  /** Numbers (1–17) of the deficits of the municipal programme template that this direction covers. */
  legacyDeficits: list(z.number().int().min(1).max(DEFICIT_COUNT)),
});

export type Direction = z.infer<typeof directionSchema>;
