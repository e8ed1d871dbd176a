/** Checks of one piece of stage evidence on plain data (file or link, the school's folder, the type, the file on disk). */
import { uploadPath } from '../schemas/common.ts';
import { checkApproval } from './approval.ts';
import { schoolUploads } from './evidence.ts';
import { ALLOWED_LABELS, extensionOf, isAllowedExtension } from './media.ts';
import { obj, str, type Problem } from './raw.ts';
import { checkThread } from './thread.ts';

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
