/**
 * npm run validate [-- --content path/] [--media path/]
 * Checks every content file against the schemas and the cross-file rules, and every file of the media
 * folder (public/uploads/) against the upload allow-list; prints every error in Russian and exits
 * with 1 if there is any.
 */
import { resolve } from 'node:path';
import { formatError } from '../src/lib/content-errors.ts';
import { validateContent } from '../src/validation/validate.ts';
import { MEDIA_FOLDER } from '../src/lib/media.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--content');
const root = process.cwd();
const contentDir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : resolve(root, process.env.SHNOR_CONTENT ?? 'content');
const media = args.indexOf('--media');
const mediaDir = media >= 0 && args[media + 1] ? resolve(args[media + 1]) : resolve(root, MEDIA_FOLDER);

const started = performance.now();
const { errors, warnings, entries } = validateContent(root, contentDir, mediaDir);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

// Warnings do not fail the run: the source document may require the day.
for (const w of warnings) console.log(`Предупреждение. ${formatError(w)}`);
if (warnings.length) console.log(`Предупреждений — ${warnings.length}: сроки в выходные или праздничные дни. Сборка продолжается.\n`);

if (errors.length) {
  for (const e of errors) console.error(formatError(e));
  const files = new Set(errors.map((e) => e.file)).size;
  console.error(`\nПроверка содержимого: найдено ошибок — ${errors.length} в файлах: ${files}. Исправьте их и запустите проверку снова.`);
  process.exit(1);
}
console.log(`Проверка содержимого: ошибок нет (файлов: ${entries.length}, ${seconds} с).`);
