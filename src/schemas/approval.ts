import { z } from 'astro/zod';
import { APPROVAL_STATUSES, ROLES, keysOf } from '../data/lists.ts';
import { isoDate, list, optional, text } from './common.ts';

/** One step of an approval history (appended by the editor's actions, never typed by hand). */
export const approvalStepSchema = z.strictObject({
  /** When. */
  date: isoDate,
  /** Status after the step. */
  status: z.enum(keysOf(APPROVAL_STATUSES)),
  /** Who took the step (role). */
  by: z.enum(keysOf(ROLES)),
  /** Comment; for a return, what to change (at least 10 characters). */
  comment: optional(text),
});

/**
 * Approval of any document the programme approves (roadmap, self-diagnosis, stage evidence,
 * municipal roadmap). Transitions: src/data/approval.ts; checked by src/lib/approval.ts.
 */
export const approvalSchema = z.strictObject({
  /** Current status; equals the last history entry. */
  status: z.enum(keysOf(APPROVAL_STATUSES)),
  /** Steps in date order. */
  history: list(approvalStepSchema),
});

export type ApprovalStep = z.infer<typeof approvalStepSchema>;
export type Approval = z.infer<typeof approvalSchema>;
