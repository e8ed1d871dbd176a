import { z } from 'astro/zod';
import { ACTIVITY_STATUSES, ROLES, keysOf } from '../data/lists.ts';
import { approvalSchema } from './approval.ts';
import { example, link, list, listOrEmpty, optional, slug, text } from './common.ts';
import { termSchema } from './term.ts';

/** One numbered action of the municipal roadmap (seed 004); its number is its place in the list. */
export const municipalActionSchema = z.strictObject({
  /** What is done («описание действий»). */
  text,
  /** When: a day, a month or a period («май–декабрь 2025»). */
  when: termSchema,
  /** Who does it: roles of the programme, including organisations of the municipal level (МОУО, МКЦ). */
  executors: list(z.enum(keysOf(ROLES))),
  /** The executing organisation by name, when a role alone does not say it. */
  executorOrg: optional(text),
  /** What must come of it («ожидаемый результат»), e.g. «Аналитический отчёт». */
  expectedResult: text,
  /** How far it has got. */
  status: z.enum(keysOf(ACTIVITY_STATUSES)),
  /** Published documents that show it was done. */
  evidence: listOrEmpty(link),
  /** Schools the action concerns (ids); empty: all schools of the programme in the municipality. */
  schools: listOrEmpty(slug),
});

/** content/municipal-roadmaps/<municipality>-<year>.yaml: the municipality's roadmap for work with ШНОР. */
export const municipalRoadmapSchema = z.strictObject({
  /** Municipality id. */
  municipality: slug,
  /** Year of the roadmap. */
  year: z.number().int().min(2020).max(2100),
  /** Title as approved, e.g. «Дорожная карта по работе со школами с низкими образовательными результатами». */
  title: text,
  /** Document that approved it (order, date, number), if any. */
  approvedBy: optional(text),
  /** The actions, in their numbered order. */
  actions: list(municipalActionSchema),
  /** Approval of the roadmap (src/data/approval.ts). */
  approval: approvalSchema,
  /** Fictional sample content. */
  example,
});

export type MunicipalAction = z.infer<typeof municipalActionSchema>;
export type MunicipalRoadmap = z.infer<typeof municipalRoadmapSchema>;
