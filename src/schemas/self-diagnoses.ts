import { z } from 'astro/zod';
import { DIRECTION_CODES, RISK_DECISIONS, keysOf } from '../data/lists.ts';
import { approvalSchema } from './approval.ts';
import { example, isoDate, list, listOrEmpty, slug, text } from './common.ts';
import { threadSchema } from './thread.ts';

/** One risk of the school's profile, verified together with the curator. */
export const riskCheckSchema = z.strictObject({
  /** Risk direction (from the school's risk profile). */
  direction: z.enum(DIRECTION_CODES),
  /** Whether the risk is real for the school. */
  decision: z.enum(keysOf(RISK_DECISIONS)),
  /** What the conclusion rests on (talks with staff and pupils, documents, results). */
  grounds: text,
});

/** A direction the school chooses to work on; it must be a confirmed risk. */
export const selfDiagnosisDirectionSchema = z.strictObject({
  /** Risk direction. */
  direction: z.enum(DIRECTION_CODES),
  /** Why the school works on it. */
  reason: text,
});

/**
 * content/self-diagnoses/<municipality>/<school>-<year>.yaml: the filled-in self-diagnosis template —
 * the verified risk profile and the chosen directions, approved by the curator before the roadmap.
 */
export const selfDiagnosisSchema = z.strictObject({
  /** School (id). */
  school: slug,
  /** Year of the cycle. */
  year: z.number().int().min(2020).max(2100),
  /** Date the template was filled in. */
  date: isoDate,
  /** Who took part, as positions (no names). */
  participants: listOrEmpty(text),
  /** Risks of the profile and the verdict on each. */
  risks: list(riskCheckSchema),
  /** Directions chosen for work (confirmed risks only). */
  directions: list(selfDiagnosisDirectionSchema),
  /** Approval by the curator. */
  approval: approvalSchema,
  /** Comments between the school and the curator. */
  thread: threadSchema,
  /** Fictional sample content. */
  example,
});

export type SelfDiagnosis = z.infer<typeof selfDiagnosisSchema>;
