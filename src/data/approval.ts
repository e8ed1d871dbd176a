/**
 * The approval cycle of every document the programme approves (DESIGN.md, second round):
 * one table of transitions and actions that feeds the validator, the editor widget and the labels.
 */
import { APPROVAL_STATUSES, type ApprovalStatus } from './lists.ts';

/** Allowed next statuses from each status. */
export const APPROVAL_TRANSITIONS: Record<ApprovalStatus, readonly ApprovalStatus[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'returned'],
  returned: ['submitted'],
  approved: ['in_progress'],
  in_progress: ['completed'],
  completed: [],
};

/** Status a document has before its first history step. */
export const INITIAL_STATUS: ApprovalStatus = 'draft';

/** Statuses a step may lead to that require a comment (what to change). */
export const COMMENT_REQUIRED: readonly ApprovalStatus[] = ['returned'];

/** Minimum length of a required comment. */
export const MIN_COMMENT = 10;

/** Statuses allowed after `from`; before the first step (undefined) a document may also be recorded as created (draft). */
export function nextStatuses(from: ApprovalStatus | undefined): readonly ApprovalStatus[] {
  return from === undefined ? [INITIAL_STATUS, ...APPROVAL_TRANSITIONS[INITIAL_STATUS]] : APPROVAL_TRANSITIONS[from];
}

/** True when `to` may follow `from` (undefined `from` = no step yet). */
export function canTransition(from: ApprovalStatus | undefined, to: ApprovalStatus): boolean {
  return nextStatuses(from).includes(to);
}

/** Russian labels of the allowed next statuses, for messages and buttons. */
export function allowedNextLabels(from: ApprovalStatus | undefined): string[] {
  return nextStatuses(from).map((s) => `«${APPROVAL_STATUSES[s]}» (${s})`);
}
