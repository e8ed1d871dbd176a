/**
 * What the editor's approval and thread widgets do to their values, as pure functions on plain data
 * (unit-tested; the widgets in cms/approval-widget.ts and cms/thread-widget.ts only render and call
 * these). An action appends one step {date, status, by, comment?} and sets the status from it;
 * nobody types a date or a status.
 */
import { actionsFrom, COMMENT_REQUIRED, MIN_COMMENT, type ApprovalAction, type ApprovalCycle } from '../src/data/approval.ts';
import { APPROVAL_STATUSES, ROLES, type ApprovalStatus, type RoleId } from '../src/data/lists.ts';
import { t } from '../src/i18n/index.ts';

export interface Step {
  date: string;
  status: ApprovalStatus;
  by: RoleId;
  comment?: string;
}

export interface ApprovalValue {
  status: ApprovalStatus;
  history: Step[];
}

export interface Comment {
  date: string;
  by: RoleId;
  text: string;
}

const isStatus = (v: unknown): v is ApprovalStatus => typeof v === 'string' && Object.hasOwn(APPROVAL_STATUSES, v);
export const isRole = (v: unknown): v is RoleId => typeof v === 'string' && Object.hasOwn(ROLES, v);

/** Decap hands over Immutable values (or plain ones, or nothing): plain data either way. */
export function toPlain(value: unknown): unknown {
  return value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value;
}

/** The approval value, or undefined when the document has no steps yet. */
export function readApproval(value: unknown): ApprovalValue | undefined {
  const plain = toPlain(value) as Partial<ApprovalValue> | undefined;
  const history = Array.isArray(plain?.history) ? plain.history.filter((s): s is Step => !!s && isStatus((s as Step).status)) : [];
  if (!history.length) return undefined;
  return { status: history[history.length - 1].status, history };
}

export function readThread(value: unknown): Comment[] {
  const plain = toPlain(value);
  return Array.isArray(plain) ? plain.filter((c): c is Comment => !!c && typeof (c as Comment).text === 'string') : [];
}

/** Today in the editor's own time zone, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The actions offered now: none while a step of this session is unsaved (one action per save). */
export function availableActions(value: ApprovalValue | undefined, savedSteps: number, cycle: ApprovalCycle): ApprovalAction[] {
  if (value && value.history.length > savedSteps) return [];
  return actionsFrom(value?.status, cycle);
}

/** Appends the step of an action taken by `by` on `date`. */
export function applyAction(value: ApprovalValue | undefined, to: ApprovalStatus, by: RoleId, date: string, comment = ''): ApprovalValue {
  const text = comment.trim();
  const step: Step = { date, status: to, by, ...(text ? { comment: text } : {}) };
  const history = [...(value?.history ?? []), step];
  return { status: to, history };
}

/** Sets the comment of the last (unsaved) step. */
export function withComment(value: ApprovalValue, comment: string): ApprovalValue {
  const history = value.history.slice();
  const last = { ...history[history.length - 1] };
  if (comment.trim()) last.comment = comment;
  else delete last.comment;
  history[history.length - 1] = last;
  return { status: last.status, history };
}

/** Removes the unsaved steps; undefined when nothing is left. */
export function undoUnsaved(value: ApprovalValue, savedSteps: number): ApprovalValue | undefined {
  const history = value.history.slice(0, savedSteps);
  return history.length ? { status: history[history.length - 1].status, history } : undefined;
}

/** Why the value may not be saved (Russian, shown by Decap under the field), or undefined when it may. */
export function approvalProblem(value: ApprovalValue | undefined): string | undefined {
  if (!value) return t('cms.approval.chooseAction');
  const last = value.history[value.history.length - 1];
  if (COMMENT_REQUIRED.includes(last.status) && (last.comment ?? '').trim().length < MIN_COMMENT) return t('cms.approval.commentRequired');
  return undefined;
}

/** Appends a comment to a thread. */
export function addComment(thread: Comment[], by: RoleId, date: string, text: string): Comment[] {
  return [...thread, { date, by, text: text.trim() }];
}
