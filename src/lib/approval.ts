/**
 * Checks an approval block ({ status, history[] }) of any document on plain objects:
 * steps in date order, each transition allowed by src/data/approval.ts, a comment where one is
 * required, and the status equal to the last step. Tolerates wrong shapes (the schema reports those).
 */
import { canTransition, COMMENT_REQUIRED, INITIAL_STATUS, MIN_COMMENT, allowedNextLabels, statusLabel, type ApprovalCycle } from '../data/approval.ts';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../data/lists.ts';
import { toIsoDate } from '../schemas/common.ts';

export interface ApprovalProblem {
  /** Path inside the approval block, e.g. ['history', 2, 'status']. */
  path: (string | number)[];
  message: string;
}

const isStatus = (v: unknown): v is ApprovalStatus => typeof v === 'string' && v in APPROVAL_STATUSES;

/** `cycle`: which table of transitions applies (documents, or a piece of evidence). */
export function checkApproval(approval: unknown, cycle: ApprovalCycle = 'document'): ApprovalProblem[] {
  const label = (s: ApprovalStatus) => `«${statusLabel(s, cycle)}» (${s})`;
  const problems: ApprovalProblem[] = [];
  const block = approval && typeof approval === 'object' ? (approval as Record<string, unknown>) : {};
  const history = Array.isArray(block.history) ? block.history : [];
  let prevDate: string | undefined;
  let prevStatus: ApprovalStatus | undefined;
  history.forEach((raw, i) => {
    const step = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const when = toIsoDate(step.date);
    if (when && prevDate && when < prevDate) {
      problems.push({ path: ['history', i, 'date'], message: `дата ${when} раньше предыдущей записи (${prevDate}). Записи истории идут по порядку дат.` });
    }
    if (when) prevDate = when;
    if (!isStatus(step.status)) return;
    if (!canTransition(prevStatus, step.status, cycle)) {
      const next = allowedNextLabels(prevStatus, cycle);
      const from = label(prevStatus ?? INITIAL_STATUS);
      problems.push({
        path: ['history', i, 'status'],
        message: `переход ${from} → ${label(step.status)} не допускается. ${next.length ? `Из статуса ${from} можно перейти только в ${next.join(' или ')}.` : `Статус ${from} последний: после него шагов не бывает.`}`,
      });
    }
    if (COMMENT_REQUIRED.includes(step.status)) {
      const comment = typeof step.comment === 'string' ? step.comment.trim() : '';
      if (comment.length < MIN_COMMENT) {
        problems.push({ path: ['history', i, 'comment'], message: `возврат на доработку без комментария (или комментарий короче ${MIN_COMMENT} символов). Напишите, что именно нужно изменить.` });
      }
    }
    prevStatus = step.status;
  });
  const last = history.length ? (history[history.length - 1] as Record<string, unknown> | null)?.status : undefined;
  if (typeof block.status === 'string' && block.status.trim() && typeof last === 'string' && block.status !== last) {
    problems.push({ path: ['status'], message: `статус «${block.status}» не совпадает с последней записью истории («${last}»). Исправьте статус или добавьте запись в историю.` });
  }
  return problems;
}
