/**
 * The approval cycle of every document the programme approves (DESIGN.md, second round):
 * one table of transitions and actions that feeds the validator, the editor widget and the labels.
 *
 * Two cycles share the statuses of APPROVAL_STATUSES (so one schema, src/schemas/approval.ts, fits all):
 * - `document` — a self-diagnosis, a roadmap, a municipal roadmap: approved, then implemented and completed;
 * - `evidence` — a piece of stage evidence: accepted or returned, nothing after acceptance.
 */
import { APPROVAL_STATUSES, type ApprovalStatus } from './lists.ts';

/** Allowed next statuses from each status (documents). */
export const APPROVAL_TRANSITIONS: Record<ApprovalStatus, readonly ApprovalStatus[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'returned'],
  returned: ['submitted'],
  approved: ['in_progress'],
  in_progress: ['completed'],
  completed: [],
};

/** Allowed next statuses of a piece of evidence: the school sends it, the curator accepts or returns it. */
export const EVIDENCE_TRANSITIONS: Record<ApprovalStatus, readonly ApprovalStatus[]> = {
  draft: ['submitted'],
  submitted: ['approved', 'returned'],
  returned: ['submitted'],
  approved: [],
  in_progress: [],
  completed: [],
};

export type ApprovalCycle = 'document' | 'evidence';

/**
 * Status labels of evidence: the statuses of documents, worded for a file the curator checks
 * (in_progress and completed do not occur in the evidence cycle and keep the documents' wording).
 */
export const EVIDENCE_STATUSES: Record<ApprovalStatus, string> = {
  ...APPROVAL_STATUSES,
  draft: 'Черновик',
  submitted: 'На проверке',
  returned: 'Возвращено на доработку',
  approved: 'Принято',
};

/** Button labels of the editor's actions, by the status the action leads to. */
const DOCUMENT_ACTIONS: Record<ApprovalStatus, string> = {
  draft: 'Записать как черновик',
  submitted: 'Отправить на согласование',
  approved: 'Одобрить',
  returned: 'Вернуть на доработку',
  in_progress: 'Начать реализацию',
  completed: 'Завершить',
};
const EVIDENCE_ACTIONS: Record<ApprovalStatus, string> = {
  ...DOCUMENT_ACTIONS,
  submitted: 'Отправить на проверку',
  approved: 'Принять',
  returned: 'Вернуть',
};

/** Stable ids of the actions (browser tests and the widget's markup), by the status they lead to. */
export const ACTION_IDS: Record<ApprovalStatus, string> = {
  draft: 'create', submitted: 'submit', approved: 'approve', returned: 'return', in_progress: 'start', completed: 'complete',
};

export const CYCLES: Record<ApprovalCycle, { transitions: Record<ApprovalStatus, readonly ApprovalStatus[]>; statuses: Record<ApprovalStatus, string>; actions: Record<ApprovalStatus, string> }> = {
  document: { transitions: APPROVAL_TRANSITIONS, statuses: APPROVAL_STATUSES, actions: DOCUMENT_ACTIONS },
  evidence: { transitions: EVIDENCE_TRANSITIONS, statuses: EVIDENCE_STATUSES, actions: EVIDENCE_ACTIONS },
};

/** Status a document has before its first history step. */
export const INITIAL_STATUS: ApprovalStatus = 'draft';

/** Statuses a step may lead to that require a comment (what to change). */
export const COMMENT_REQUIRED: readonly ApprovalStatus[] = ['returned'];

/** Minimum length of a required comment. */
export const MIN_COMMENT = 10;

/** Statuses allowed after `from`; before the first step (undefined) a document may also be recorded as created (draft). */
export function nextStatuses(from: ApprovalStatus | undefined, cycle: ApprovalCycle = 'document'): readonly ApprovalStatus[] {
  const transitions = CYCLES[cycle].transitions;
  return from === undefined ? [INITIAL_STATUS, ...transitions[INITIAL_STATUS]] : transitions[from];
}

/** True when `to` may follow `from` (undefined `from` = no step yet). */
export function canTransition(from: ApprovalStatus | undefined, to: ApprovalStatus, cycle: ApprovalCycle = 'document'): boolean {
  return nextStatuses(from, cycle).includes(to);
}

/** Label of a status in a cycle. */
export function statusLabel(status: ApprovalStatus, cycle: ApprovalCycle = 'document'): string {
  return CYCLES[cycle].statuses[status];
}

/** Russian labels of the allowed next statuses, for messages and buttons. */
export function allowedNextLabels(from: ApprovalStatus | undefined, cycle: ApprovalCycle = 'document'): string[] {
  return nextStatuses(from, cycle).map((s) => `«${statusLabel(s, cycle)}» (${s})`);
}

export interface ApprovalAction {
  /** Stable id (submit, approve, return, …). */
  id: string;
  /** Status after the action. */
  to: ApprovalStatus;
  /** Button label. */
  label: string;
  /** The action needs a comment of at least MIN_COMMENT characters. */
  comment: boolean;
}

/** The actions the editor offers from a status (undefined = a document without steps yet). */
export function actionsFrom(from: ApprovalStatus | undefined, cycle: ApprovalCycle = 'document'): ApprovalAction[] {
  return nextStatuses(from, cycle).map((to) => ({ id: ACTION_IDS[to], to, label: CYCLES[cycle].actions[to], comment: COMMENT_REQUIRED.includes(to) }));
}
