/**
 * The media folder (public/uploads/, with subfolders such as shkoly/<school>/) holds passive files
 * only: every file must pass mediaProblem() (an allowed type by extension and by its first bytes,
 * within the size limit). Symbolic links, hidden folders and other kinds of files are refused.
 * An empty .gitkeep (keeps an empty folder in Git) is allowed.
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentError } from '../lib/content-errors.ts';
import { mediaProblem } from '../lib/media.ts';

function head(file: string): Uint8Array {
  const bytes = new Uint8Array(16);
  const fd = openSync(file, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Every problem of the files under `mediaDir` (none when it does not exist); paths relative to `root`. */
export function checkMediaFolder(root: string, mediaDir: string): ContentError[] {
  if (!existsSync(mediaDir)) return [];
  const errors: ContentError[] = [];
  const report = (abs: string, message: string) => errors.push({ file: relative(root, abs), field: '', message });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      const stat = lstatSync(abs);
      if (stat.isSymbolicLink()) report(abs, 'символическая ссылка в папке загрузок не принимается. Положите на её место сам файл.');
      else if (stat.isDirectory()) {
        if (name.startsWith('.')) report(abs, 'скрытая папка (имя начинается с точки) в папке загрузок не принимается. Переименуйте или удалите её.');
        else walk(abs);
      } else if (!stat.isFile()) report(abs, 'в папке загрузок может лежать только обычный файл. Удалите этот объект.');
      else if (!(name === '.gitkeep' && stat.size === 0)) {
        const problem = mediaProblem(name, head(abs), stat.size);
        if (problem) report(abs, problem);
      }
    }
  };
  walk(mediaDir);
  return errors;
}
