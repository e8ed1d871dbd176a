import { z } from 'astro/zod';
import {
  ACTIVITY_STAGES,
  ACTIVITY_STATUSES,
  APPROVAL_STATUSES,
  DIRECTION_CODES,
  ROLES,
  keysOf,
} from '../data/lists.ts';
import { approvalSchema } from './approval.ts';
import { example, isoDate, list, listOrEmpty, optional, slug, text } from './common.ts';
import { evidenceSchema } from './evidence.ts';
import { threadSchema } from './thread.ts';

/** A direction chosen for work after verifying the risk profile. */
export const chosenDirectionSchema = z.strictObject({
  /** Risk direction. */
  direction: z.enum(DIRECTION_CODES),
  /** The school and the curator confirmed the risk is real. */
  verified: z.boolean(),
  /** Why the direction is chosen; required when its significance is low or it is not in the profile. */
  justification: optional(text),
});

/** A task («задача») of the roadmap. */
export const taskSchema = z.strictObject({
  /** Id within the roadmap, e.g. t1. */
  id: slug,
  /** Direction the task serves; one of the chosen directions. */
  direction: z.enum(DIRECTION_CODES),
  /** Wording of the task. */
  text,
});

/** A measured value of an indicator. */
export const actualSchema = z.strictObject({
  /** When it was measured. */
  date: isoDate,
  /** Value. */
  value: z.number(),
});

/** An indicator by which progress is judged. */
export const indicatorSchema = z.strictObject({
  /** Id within the roadmap, e.g. i1. */
  id: slug,
  /** What is measured. */
  name: text,
  /** Unit. */
  unit: text,
  /** Value before the work. */
  baseline: z.number(),
  /** Value to reach by the end of the period. */
  target: z.number(),
  /** How it is measured. */
  method: text,
  /** Values measured so far. */
  actuals: listOrEmpty(actualSchema),
});

/** An activity («мероприятие») of the roadmap. */
export const activitySchema = z.strictObject({
  /** Task it serves (id). */
  task: slug,
  /** Measure of the catalog it implements (id). */
  measure: optional(slug),
  /** Name of the activity. */
  title: text,
  /** First day. */
  start: isoDate,
  /** Deadline; inside the roadmap period. */
  end: isoDate,
  /** Stage of the year. */
  stage: z.enum(keysOf(ACTIVITY_STAGES)),
  /** Responsible position (not a personal name). */
  responsible: text,
  /** Indicator it moves (id); either this or expectedResult. */
  indicator: optional(slug),
  /** Expected result; either this or indicator. */
  expectedResult: optional(text),
  /** Progress status. */
  status: z.enum(keysOf(ACTIVITY_STATUSES)),
  /** Evidence for the monitoring stages: files or links, each checked by the curator. */
  evidence: listOrEmpty(evidenceSchema),
});

/** content/roadmaps/<municipality>/<school>-<year>.yaml: a school's roadmap for a year. */
export const roadmapSchema = z.strictObject({
  /** School (id). */
  school: slug,
  /** Year. */
  year: z.number().int().min(2020).max(2100),
  /** Period of the roadmap. */
  period: z.strictObject({ start: isoDate, end: isoDate }),
  /** The school's overall goal. */
  goal: text,
  /** Directions chosen for work. */
  directions: list(chosenDirectionSchema),
  /** Tasks. */
  tasks: list(taskSchema),
  /** Indicators. */
  indicators: list(indicatorSchema),
  /** Activities. */
  activities: list(activitySchema),
  /** Approval status and its history. */
  approval: approvalSchema,
  /** Comments between the school and the curator. */
  thread: threadSchema,
  /** Fictional sample content. */
  example,
});

export type Roadmap = z.infer<typeof roadmapSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
