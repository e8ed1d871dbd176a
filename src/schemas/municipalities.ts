import { z } from 'astro/zod';
import { DEFICIT_COUNT } from '../data/lists.ts';
import { example, isoDate, link, list, listOrEmpty, optional, slug, text } from './common.ts';
import { contactSchema } from './contact.ts';
import { termSchema } from './term.ts';

/** A figure of the monitoring system the municipality has (ВПР results, grades, survey results). */
export const monitoringDatumSchema = z.strictObject({
  /** When it was measured or reported. */
  date: isoDate,
  /** What was measured, e.g. «ВПР, математика, 5 класс: доля отметок «2»». */
  indicator: text,
  /** The value. */
  value: z.number(),
  /** Unit: %, баллов, человек… */
  unit: text,
  /** The school it is about (id); absent for the municipality as a whole. */
  school: optional(slug),
  /** Where the figure comes from or what it means. */
  note: optional(text),
});

/** The municipal support programme, following the template of seed 001 (§§ 3–10). */
export const programmeSchema = z.strictObject({
  /** § 7: goal of the targeted methodological support. */
  goal: optional(text),
  /** § 3: what the programme includes (diagnostics, work with school coordinators…). */
  components: list(text),
  /** § 4: the year's event plan, each with a day, a month or a period. */
  events: list(z.strictObject({ title: text, when: termSchema })),
  /** § 5: yearly period of diagnostics of risk factors (by municipal order). */
  diagnosticsPeriod: z.strictObject({ start: isoDate, end: isoDate, order: optional(text) }),
  /** § 6: deficits the municipality found in each school (numbers 1–17 of content/deficits.yaml). */
  deficitFindings: listOrEmpty(z.strictObject({
    school: slug,
    deficits: list(z.number().int().min(1).max(DEFICIT_COUNT)),
    /** How the finding was made (self-diagnosis, visit, survey). */
    note: optional(text),
  })),
  /** § 7: tasks chosen from the template list. */
  tasks: list(text),
  /** § 7: what a school roadmap consists of («поправить, если структура другая»). */
  roadmapStructure: listOrEmpty(text),
  /** § 8: elements of monitoring, their information sources and the figures the municipality has. */
  monitoring: list(z.strictObject({ element: text, sources: listOrEmpty(text), data: listOrEmpty(monitoringDatumSchema) })),
  /** § 9: support of school coordinators, with a term or a frequency where set. */
  coordinatorSupport: list(z.strictObject({ text, frequency: optional(text), when: optional(termSchema) })),
  /** § 10: involvement of parents and others, with reference materials. */
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
  /** § 1: schools with low results (ids, «500+») and their school coordinators. */
  lowResultSchools: listOrEmpty(z.strictObject({ school: slug, coordinator: contactSchema })),
  /** § 2: schools with high risks of low results (ids), the grounds and the head of the school. */
  highRiskSchools: listOrEmpty(z.strictObject({ school: slug, grounds: text, head: contactSchema })),
  /** Fictional sample content. */
  example,
});

export type Municipality = z.infer<typeof municipalitySchema>;
export type MonitoringDatum = z.infer<typeof monitoringDatumSchema>;
