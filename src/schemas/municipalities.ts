import { z } from 'astro/zod';
import { example, isoDate, link, list, listOrEmpty, optional, slug, text } from './common.ts';

/** The municipal support programme, following the template of seed 001. */
export const programmeSchema = z.strictObject({
  /** What the programme includes (diagnostics, work with school coordinators…). */
  components: list(text),
  /** The year's event plan. */
  events: list(z.strictObject({ title: text, date: isoDate })),
  /** Yearly period of diagnostics of risk factors (by municipal order). */
  diagnosticsPeriod: z.strictObject({ start: isoDate, end: isoDate, order: optional(text) }),
  /** Tasks chosen from the template list. */
  tasks: list(text),
  /** Elements of monitoring and their information sources. */
  monitoring: list(z.strictObject({ element: text, sources: listOrEmpty(text) })),
  /** Support of school coordinators, with frequency where the template sets one. */
  coordinatorSupport: list(z.strictObject({ text, frequency: optional(text) })),
  /** Involvement of parents and others, with reference materials. */
  parentInvolvement: listOrEmpty(z.strictObject({ text, resources: listOrEmpty(link) })),
});

/** content/municipalities/<id>.yaml: a municipality and its support programme. */
export const municipalitySchema = z.strictObject({
  /** Name of the municipality. */
  name: text,
  /** Organisation that coordinates the programme in the municipality. */
  coordinatorOrg: text,
  /** Year the programme is for. */
  year: z.number().int().min(2020).max(2100),
  /** The support programme. */
  programme: programmeSchema,
  /** Schools with high risks of low results (ids) and the grounds for listing them. */
  highRiskSchools: listOrEmpty(z.strictObject({ school: slug, grounds: text })),
  /** Fictional sample content. */
  example,
});

export type Municipality = z.infer<typeof municipalitySchema>;
