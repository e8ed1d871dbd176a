/** Checks a document's thread (comments {date, by, text}) on plain data: comments go in date order. */
import { toIsoDate } from '../schemas/common.ts';
import { arr, obj, type Problem } from './raw.ts';

export function checkThread(thread: unknown): Problem[] {
  const problems: Problem[] = [];
  let prev: string | undefined;
  arr(thread).forEach((raw, i) => {
    const when = toIsoDate(obj(raw).date);
    if (!when) return;
    if (prev && when < prev) {
      problems.push({ path: [i, 'date'], message: `комментарий от ${when} стоит после комментария от ${prev}. Комментарии идут по порядку дат: добавляйте их через редактор.` });
    }
    prev = when;
  });
  return problems;
}

/** The last comment of a thread, if any (for lists: «last word»). */
export function lastComment<T extends { date: string }>(thread: readonly T[]): T | undefined {
  return thread.length ? thread[thread.length - 1] : undefined;
}
