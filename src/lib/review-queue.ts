/**
 * The curator's queue: every approvable document of a set of schools (self-diagnosis, roadmap, each
 * piece of stage evidence) sorted by what is to be done — waiting for review, returned to the school,
 * approved — plus activities marked done without evidence for their stage and the review deadlines of
 * the calendar with what is overdue. Pure; dated by `date` (the build date on the site).
 */
import type { ApprovalStatus, EvidenceStage, ReviewKind } from '../data/lists.ts';
import type { CalendarEvent } from '../schemas/calendar.ts';
import type { Roadmap } from '../schemas/roadmaps.ts';
import type { SelfDiagnosis } from '../schemas/self-diagnoses.ts';
import type { Approval } from '../schemas/approval.ts';
import { daysBetween } from './dates.ts';
import { doneWithoutEvidence, evidenceStageOf } from './evidence.ts';

export type QueueKind = 'roadmap' | 'selfDiagnosis' | 'evidence';
export type QueueState = 'waiting' | 'returned' | 'approved' | 'draft';

export interface QueueItem {
  kind: QueueKind;
  schoolId: string;
  year: number;
  status: ApprovalStatus;
  /** Date of the last step (for waiting items: when the document was sent). */
  since: string;
  /** Whole days from `since` to the queue's date. */
  days: number;
  /** The curator's comment of the last return. */
  comment?: string;
  /** Evidence only: its stage, title and activity. */
  stage?: EvidenceStage;
  title?: string;
  activityNo?: number;
  /** The document is shown on a roadmap page (/shkoly/<school>/<year>/). */
  hasRoadmapPage: boolean;
}

export interface DoneWithoutEvidence {
  schoolId: string;
  year: number;
  activityNo: number;
  title: string;
  stage: EvidenceStage;
  end: string;
}

export interface ReviewDeadline {
  kind: ReviewKind;
  /** The deadline: last day of the calendar event. */
  date: string;
  eventId: string;
  eventTitle: string;
  /** Documents the deadline concerns, and how many of them are not approved yet. */
  total: number;
  open: number;
  /** The deadline has passed (date > deadline) and something is still open. */
  overdue: boolean;
}

/** The documents of one school the queue looks at (its current roadmap, the self-diagnosis of that year). */
export interface SchoolDocuments {
  schoolId: string;
  roadmap?: Roadmap;
  selfDiagnosis?: SelfDiagnosis;
}

export interface Queue {
  date: string;
  waiting: QueueItem[];
  returned: QueueItem[];
  approved: QueueItem[];
  doneWithoutEvidence: DoneWithoutEvidence[];
  deadlines: ReviewDeadline[];
  /** Roadmaps by approval status (the same figures as /monitoring/). */
  roadmapsByStatus: Record<ApprovalStatus, number>;
}

const APPROVED: readonly ApprovalStatus[] = ['approved', 'in_progress', 'completed'];

export function stateOf(status: ApprovalStatus): QueueState {
  if (status === 'submitted') return 'waiting';
  if (status === 'returned') return 'returned';
  return APPROVED.includes(status) ? 'approved' : 'draft';
}

const isApproved = (a?: Approval) => !!a && APPROVED.includes(a.status);

function item(kind: QueueKind, schoolId: string, year: number, approval: Approval, date: string, extra: Partial<QueueItem> = {}): QueueItem {
  const last = approval.history[approval.history.length - 1];
  const comment = approval.status === 'returned' ? last.comment : undefined;
  return { kind, schoolId, year, status: approval.status, since: last.date, days: Math.max(0, daysBetween(last.date, date)), hasRoadmapPage: true, ...(comment ? { comment } : {}), ...extra };
}

function documentsOf(s: SchoolDocuments, date: string): QueueItem[] {
  const items: QueueItem[] = [];
  const d = s.selfDiagnosis;
  if (d) items.push(item('selfDiagnosis', s.schoolId, d.year, d.approval, date, { hasRoadmapPage: s.roadmap?.year === d.year }));
  const r = s.roadmap;
  if (!r) return items;
  items.push(item('roadmap', s.schoolId, r.year, r.approval, date));
  r.activities.forEach((a, i) => {
    for (const e of a.evidence) items.push(item('evidence', s.schoolId, r.year, e.approval, date, { stage: e.stage, title: e.title, activityNo: i + 1 }));
  });
  return items;
}

/** How many documents a review deadline concerns and how many are still not approved. */
function deadlineFigures(kind: ReviewKind, schools: readonly SchoolDocuments[], missing: readonly DoneWithoutEvidence[]): { total: number; open: number } {
  if (kind === 'roadmap' || kind === 'self-diagnosis') {
    const approvals = schools.map((s) => (kind === 'roadmap' ? s.roadmap?.approval : s.selfDiagnosis?.approval));
    return { total: schools.length, open: approvals.filter((a) => !isApproved(a)).length };
  }
  const evidence = schools.flatMap((s) => s.roadmap?.activities.flatMap((a) => a.evidence.filter((e) => e.stage === kind)) ?? []);
  const without = missing.filter((m) => m.stage === kind).length;
  return { total: evidence.length + without, open: evidence.filter((e) => !isApproved(e.approval)).length + without };
}

export function buildQueue(schools: readonly SchoolDocuments[], events: readonly CalendarEvent[], date: string): Queue {
  const items = schools.flatMap((s) => documentsOf(s, date));
  const byState = (state: QueueState) => items.filter((x) => stateOf(x.status) === state);
  const waiting = byState('waiting').sort((a, b) => b.days - a.days || a.schoolId.localeCompare(b.schoolId));
  const missing = schools.flatMap((s) =>
    s.roadmap ? doneWithoutEvidence(s.roadmap.activities).map((a) => ({ schoolId: s.schoolId, year: s.roadmap!.year, activityNo: s.roadmap!.activities.indexOf(a) + 1, title: a.title, stage: evidenceStageOf(a.stage), end: a.end })) : [],
  );
  const deadlines = events
    .filter((e): e is CalendarEvent & { review: ReviewKind } => !!e.review)
    .map((e) => {
      const figures = deadlineFigures(e.review, schools, missing);
      return { kind: e.review, date: e.end, eventId: e.id, eventTitle: e.title, ...figures, overdue: date > e.end && figures.open > 0 };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  const roadmapsByStatus: Record<ApprovalStatus, number> = { draft: 0, submitted: 0, returned: 0, approved: 0, in_progress: 0, completed: 0 };
  for (const s of schools) if (s.roadmap) roadmapsByStatus[s.roadmap.approval.status] += 1;
  return { date, waiting, returned: byState('returned'), approved: byState('approved'), doneWithoutEvidence: missing, deadlines, roadmapsByStatus };
}

/** Schools the monitoring follows in a municipality: «500+» schools and the municipality's high-risk list. */
export function trackedSchools<S extends { id: string; data: { project500: boolean } }>(schools: readonly S[], highRisk: readonly string[]): S[] {
  const listed = new Set(highRisk);
  return schools.filter((s) => s.data.project500 || listed.has(s.id));
}
