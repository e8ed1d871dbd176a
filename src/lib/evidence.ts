/**
 * Stage evidence of roadmap activities: where a school's files live, which monitoring stage an
 * activity reports in, the checks of one piece of evidence on plain data, and activities marked
 * done without evidence for their stage.
 */
import type { ActivityStatus, EvidenceStage } from '../data/lists.ts';
import { ALLOWED_LABELS, extensionOf, isAllowedExtension, MEDIA_FOLDER, MEDIA_PUBLIC } from './media.ts';
import { uploadPath } from '../schemas/common.ts';
import { checkApproval } from './approval.ts';
import { checkThread } from './thread.ts';
import { obj, str, type Problem } from './raw.ts';

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

export interface EvidenceOptions {
  /** True when a site path (/uploads/…) exists as a file; absent = not checked. */
  uploadExists?: (publicPath: string) => boolean;
}

/** Problems of one piece of evidence of a roadmap of `school` (paths relative to the evidence item). */
export function checkEvidence(raw: unknown, school: string | undefined, options: EvidenceOptions = {}): Problem[] {
  const e = obj(raw);
  const problems: Problem[] = [];
  const file = str(e.file);
  const url = str(e.url);
  if (file && url) problems.push({ path: ['url'], message: 'указаны и файл, и ссылка. Оставьте что-то одно: загруженный файл (file) или ссылку (url).' });
  if (!file && !url) problems.push({ path: [], message: 'у подтверждения нет ни файла, ни ссылки. Загрузите файл или укажите ссылку на документ.' });
  // A malformed path is the schema's to report (uploadPath); with a link as well, one error is enough.
  if (file && !url && uploadPath.safeParse(file).success) problems.push(...checkFile(file, school, options));
  for (const p of checkApproval(e.approval, 'evidence')) problems.push({ path: ['approval', ...p.path], message: p.message });
  for (const p of checkThread(e.thread)) problems.push({ path: ['thread', ...p.path], message: p.message });
  return problems;
}

function checkFile(file: string, school: string | undefined, options: EvidenceOptions): Problem[] {
  const ext = extensionOf(file);
  if (!isAllowedExtension(ext)) {
    return [{ path: ['file'], message: `тип файла «${ext ? `.${ext}` : 'без расширения'}» не принимается. Загрузите файл одного из типов: ${ALLOWED_LABELS}.` }];
  }
  if (school && !file.startsWith(schoolUploads(school))) {
    return [{ path: ['file'], message: `файл ${file} лежит не в папке школы. Загрузите его заново из дорожной карты школы: файлы школы хранятся в ${schoolUploads(school)}.` }];
  }
  if (options.uploadExists && !options.uploadExists(file)) {
    return [{ path: ['file'], message: `файл public${file} не найден. Загрузите файл заново или удалите это подтверждение.` }];
  }
  return [];
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
