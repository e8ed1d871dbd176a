import { z } from 'astro/zod';
import {
  DIRECTION_CODES,
  EDUCATION_LEVELS,
  LEVELS,
  REVIEW_STATUSES,
  ROLES,
  SOURCE_KINDS,
  keysOf,
} from '../data/lists.ts';
import { isoDate, link, list, listOrEmpty, optional, text, url } from './common.ts';

/** How progress of a measure is measured. */
export const measureIndicatorSchema = z.strictObject({
  /** What is measured. */
  name: text,
  /** Unit: %, человек, баллов… */
  unit: text,
  /** How and from which source it is measured. */
  howMeasured: text,
});

/** Where the measure comes from. */
export const sourceSchema = z.strictObject({
  /** Kind of source; `example` marks text written as an example that needs review. */
  kind: z.enum(keysOf(SOURCE_KINDS)),
  /** Title of the source document or of the example. */
  title: text,
  /** Year of the source. */
  year: z.number().int().min(1990).max(2100),
  /** Link to the public source. */
  url: optional(url),
});

/**
 * Review by the regional methodological team (measures and practices). Past the review period of
 * the settings (`reviewPeriodMonths`) a reviewed entry is due for review again (src/lib/review.ts).
 */
export const reviewSchema = z
  .strictObject({
    /** draft until РМА has checked the entry. */
    status: z.enum(keysOf(REVIEW_STATUSES)),
    /** Who reviewed it last (a role, not a personal name). */
    reviewedBy: optional(z.enum(keysOf(ROLES))),
    /** When it was last reviewed. */
    date: optional(isoDate),
  })
  .superRefine((review, ctx) => {
    if (review.status !== 'reviewed') return;
    if (!review.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'у проверенной записи не указана дата проверки. Укажите дату последней проверки РМА в формате ГГГГ-ММ-ДД.' });
    if (!review.reviewedBy) ctx.addIssue({ code: 'custom', path: ['reviewedBy'], message: 'у проверенной записи не указано, кто её проверил. Выберите роль (например, РМА).' });
  });

export type Review = z.infer<typeof reviewSchema>;

/** content/measures/<id>.md frontmatter: a measure against one or more risk directions. */
export const measureSchema = z.strictObject({
  /** Name of the measure. */
  title: text,
  /** Risk directions it works against; the first is the primary one. */
  directions: list(z.enum(DIRECTION_CODES)),
  /** Level at which the measure is taken. */
  level: z.enum(keysOf(LEVELS)),
  /** Levels of education it applies to. */
  educationLevels: list(z.enum(keysOf(EDUCATION_LEVELS))),
  /** Purpose in one sentence (shown in the catalog). */
  purpose: text,
  /** Steps to take it, in order. */
  steps: list(text),
  /** What shows it succeeded. */
  successCriteria: list(text),
  /** Indicators with how they are measured. */
  indicators: list(measureIndicatorSchema),
  /** Evidence a school can publish at stage 1 and stage 2. */
  evidenceExamples: list(text),
  /** Roles responsible for the measure. */
  responsibleRoles: list(z.enum(keysOf(ROLES))),
  /** Who takes part (pupils, teachers, parents…). */
  participants: listOrEmpty(text),
  /** Typical duration in words. */
  typicalDuration: text,
  /** Further reading. */
  resources: listOrEmpty(link),
  /** Provenance. */
  source: sourceSchema,
  /** Review status. */
  review: reviewSchema,
});

export type Measure = z.infer<typeof measureSchema>;
