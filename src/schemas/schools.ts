import { z } from 'astro/zod';
import { DIRECTION_CODES, ROLES, SIGNIFICANCE, keysOf } from '../data/lists.ts';
import { example, isoDate, listOrEmpty, optional, slug, text, url } from './common.ts';

/** The school's curator, shown as a role; a name or phone only with consent. */
export const curatorSchema = z.strictObject({
  /** Role of the curator. */
  role: z.enum(keysOf(ROLES)),
  /** Name, published only with consentToPublish: true. */
  name: optional(text),
  /** Phone, published only with consentToPublish: true. */
  phone: optional(text),
  /** The person agreed to publish the name and phone (152-ФЗ). */
  consentToPublish: z.boolean(),
});

/** One risk of the school's risk profile. */
export const riskSchema = z.strictObject({
  /** Risk direction. */
  direction: z.enum(DIRECTION_CODES),
  /** Significance from the diagnostics. */
  significance: z.enum(keysOf(SIGNIFICANCE)),
});

/** A visit to the school. */
export const visitSchema = z.strictObject({
  /** Date of the visit. */
  date: isoDate,
  /** Who visited (role). */
  byRole: z.enum(keysOf(ROLES)),
  /** Why. */
  purpose: text,
  /** What came of it. */
  result: text,
});

/** A visit the curator (or another role) plans, by date; compared with the visit log on the school page. */
export const plannedVisitSchema = z.strictObject({
  /** Planned day. */
  date: isoDate,
  /** Who is to visit (role). */
  byRole: z.enum(keysOf(ROLES)),
  /** What the visit is for. */
  purpose: text,
});

/** content/schools/<municipality>/<id>.yaml: a school in the programme. */
export const schoolSchema = z.strictObject({
  /** Short name, e.g. «СОШ № 12». */
  shortName: text,
  /** Full official name. */
  fullName: text,
  /** Municipality id; equals the folder name. */
  municipality: slug,
  /** The school is in the federal project «500+» (otherwise: high risk of low results). */
  project500: z.boolean(),
  /** The school's own site. */
  siteUrl: optional(url),
  /** Partner (mentor) school, id. */
  partnerSchool: optional(slug),
  /** Curator. */
  curator: curatorSchema,
  /** Risk profile from the diagnostics. */
  riskProfile: listOrEmpty(riskSchema),
  /** The planned visit schedule (график выездов). */
  plannedVisits: listOrEmpty(plannedVisitSchema),
  /** Visits by the curator and others. */
  visits: listOrEmpty(visitSchema),
  /** Fictional sample content. */
  example,
});

export type School = z.infer<typeof schoolSchema>;
