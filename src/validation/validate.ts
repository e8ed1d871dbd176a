import { DIRECTION_CODES, ROLES } from '../data/lists.ts';
import { checkRules, type EntriesByCollection } from '../lib/rules.ts';
import { checkWorkingDays } from '../lib/rules-dates.ts';
import { fieldPath, type ContentError, type RawEntry } from '../lib/content-errors.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { loadContent } from './load.ts';
import { checkMediaFolder } from './media.ts';
import { MEDIA_FOLDER } from '../lib/media.ts';
import { relative, join } from 'node:path';
import { uploadSize } from '../integrations/uploads.ts';

/** Runs one entry through its collection's schema; on success the entry keeps the parsed data. */
export function checkSchema(entry: RawEntry): ContentError[] {
  const spec = COLLECTIONS[entry.collection as CollectionName];
  const result = spec.schema.safeParse(entry.data ?? {});
  if (result.success) {
    entry.data = result.data;
    entry.valid = true;
    return [];
  }
  entry.valid = false;
  return result.error.issues.map((issue) => ({ file: entry.file, field: fieldPath(issue.path), message: issue.message }));
}

function checkCompleteness(root: string, contentDir: string, byCollection: EntriesByCollection): ContentError[] {
  const errors: ContentError[] = [];
  const rel = (p: string) => relative(root, join(contentDir, p));
  if (!(byCollection.settings ?? []).some((e) => e.id === 'site')) {
    errors.push({ file: rel('settings/site.yaml'), field: '', message: 'нет файла настроек сайта. Создайте его (название, регион, адрес сайта, год цикла, настройки CMS).' });
  }
  const roles = new Set((byCollection.roles ?? []).map((e) => e.id));
  const missingRoles = Object.keys(ROLES).filter((id) => !roles.has(id));
  if (missingRoles.length) {
    errors.push({ file: rel('roles'), field: '', message: `нет описаний ролей: ${missingRoles.join(', ')}. Создайте файлы <роль>.yaml для каждой.` });
  }
  const directions = new Set((byCollection.directions ?? []).map((e) => e.id));
  const missingDirections = DIRECTION_CODES.filter((code) => !directions.has(code));
  if (missingDirections.length) {
    errors.push({ file: rel('directions'), field: '', message: `нет описаний направлений: ${missingDirections.join(', ')}. Создайте файлы <код>.yaml для каждого.` });
  }
  return errors;
}

/**
 * Validates a content folder and the media folder: file reading, schemas, cross-file rules, uploads.
 * Reports every error, and warnings that do not stop the build (deadlines on days off).
 */
export function validateContent(root: string, contentDir = join(root, 'content'), mediaDir = join(root, MEDIA_FOLDER)): { errors: ContentError[]; warnings: ContentError[]; entries: RawEntry[] } {
  const { entries, errors } = loadContent(root, contentDir);
  errors.push(...checkMediaFolder(root, mediaDir));
  for (const entry of entries) errors.push(...checkSchema(entry));
  const byCollection: EntriesByCollection = {};
  for (const e of entries) (byCollection[e.collection] ??= []).push(e);
  errors.push(...checkCompleteness(root, contentDir, byCollection));
  errors.push(...checkRules(byCollection, { uploadExists: (path) => uploadSize(path, contentDir) !== undefined }));
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { errors, warnings: checkWorkingDays(entries), entries };
}
