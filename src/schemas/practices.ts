import { z } from 'astro/zod';
import { DIRECTION_CODES, ROLES, keysOf } from '../data/lists.ts';
import { example, isoDate, list, listOrEmpty, optional, slug, text } from './common.ts';
import { reviewSchema } from './measures.ts';

/** content/practices/<id>.md frontmatter: a best practice published by РМА. */
export const practiceSchema = z.strictObject({
  /** Title of the practice. */
  title: text,
  /** Organisation whose practice it is. */
  organisation: text,
  /** Municipality of the organisation (id), when it is in this region. */
  municipality: optional(slug),
  /** Risk directions it addresses. */
  directions: list(z.enum(DIRECTION_CODES)),
  /** Measures of the catalog it implements (ids). */
  measures: listOrEmpty(slug),
  /** Date of publication. */
  date: isoDate,
  /** Results achieved, one per line. */
  results: list(text),
  /** Role of the author (not a personal name). */
  author: z.enum(keysOf(ROLES)),
  /** Last review by РМА; a practice without it counts as not reviewed. */
  review: optional(reviewSchema),
  /** Fictional sample content. */
  example,
});

export type Practice = z.infer<typeof practiceSchema>;
