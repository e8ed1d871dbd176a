/**
 * Stage evidence of roadmap activities: where a school's files live, which monitoring stage an
 * activity reports in, activities marked done without evidence for their stage, evidence by stage.
 * No schema imports (the browser's DOCX export uses it); the checks are in evidence-rules.ts.
 */
import type { ActivityStatus, EvidenceStage } from '../data/lists.ts';
import { MEDIA_FOLDER, MEDIA_PUBLIC } from './media.ts';

/** Site folder of a school's uploaded files: /uploads/shkoly/<school>/. */
export const schoolUploads = (school: string) => `${MEDIA_PUBLIC}/shkoly/${school}/`;
/** The same folder in the repository (Decap's media_folder). */
export const schoolMediaFolder = (school: string) => `${MEDIA_FOLDER}/shkoly/${school}`;

/**
 * Monitoring stage an activity reports in: spring work in «Этап 1», summer and autumn work in
 * «Этап 2» (seed 002: the stage-2 documents are planned at the September visit and cover the rest of the year).
 */
export function evidenceStageOf(stage: string): EvidenceStage {
  return stage === 'stage1' ? 'stage1' : 'stage2';
}

/** An uploaded evidence file: type label (PDF, DOCX…), size in bytes (read at build time), address on the site. */
export interface EvidenceFile {
  type: string;
  bytes?: number;
  url: string;
}

export interface EvidenceLike {
  stage: EvidenceStage;
}

/** Activities marked done that have no evidence for the stage they report in. */
export function doneWithoutEvidence<A extends { status: ActivityStatus; stage: string; evidence: readonly EvidenceLike[] }>(activities: readonly A[]): A[] {
  return activities.filter((a) => a.status === 'done' && !a.evidence.some((e) => e.stage === evidenceStageOf(a.stage)));
}

export interface EvidenceRow<E> {
  /** Number of the activity in the roadmap (1-based, as in its table). */
  activityNo: number;
  activityTitle: string;
  evidence: E;
}

/** A roadmap's evidence grouped by monitoring stage, in activity order. */
export function evidenceByStage<E extends EvidenceLike>(activities: readonly { title: string; evidence: readonly E[] }[]): Record<EvidenceStage, EvidenceRow<E>[]> {
  const out: Record<EvidenceStage, EvidenceRow<E>[]> = { stage1: [], stage2: [] };
  activities.forEach((a, i) => {
    for (const e of a.evidence) out[e.stage].push({ activityNo: i + 1, activityTitle: a.title, evidence: e });
  });
  return out;
}
