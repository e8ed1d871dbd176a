import type { ActivityStatus, ApprovalStatus, Significance } from '../data/lists.ts';

type Tone = 'ok' | 'warn' | 'bad' | 'info' | 'neutral';

/** Colour of a status tag; the text always says the same thing. */
export const APPROVAL_TONE: Record<ApprovalStatus, Tone> = {
  draft: 'neutral', submitted: 'info', returned: 'bad', approved: 'ok', in_progress: 'info', completed: 'ok',
};
export const ACTIVITY_TONE: Record<ActivityStatus, Tone> = {
  planned: 'neutral', in_progress: 'info', done: 'ok', not_done: 'bad', postponed: 'warn',
};
export const SIGNIFICANCE_TONE: Record<Significance, Tone> = { high: 'bad', medium: 'warn', low: 'neutral' };
