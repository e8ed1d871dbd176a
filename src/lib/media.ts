/**
 * Uploaded files (evidence, attachments) are passive downloads: only document and image types on
 * an allow-list, recognised both by extension and by their first bytes, and no larger than the limit.
 * Used by the editor (before upload), the local editing guard and `npm run validate`. No Node imports.
 */

/** Folder of uploaded files in the repository, and its public URL prefix. */
export const MEDIA_FOLDER = 'public/uploads';
export const MEDIA_PUBLIC = '/uploads';

/** Largest accepted file. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

type Sniff = (b: Uint8Array) => boolean;
const starts = (...sig: number[]): Sniff => (b) => sig.every((v, i) => b[i] === v);
const zip = starts(0x50, 0x4b, 0x03, 0x04);

/** Allowed types: extension → label, MIME type and a check of the first bytes. */
export const MEDIA_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf', sniff: starts(0x25, 0x50, 0x44, 0x46, 0x2d) },
  docx: { label: 'DOCX', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sniff: zip },
  xlsx: { label: 'XLSX', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', sniff: zip },
  odt: { label: 'ODT', mime: 'application/vnd.oasis.opendocument.text', sniff: zip },
  jpg: { label: 'JPG', mime: 'image/jpeg', sniff: starts(0xff, 0xd8, 0xff) },
  jpeg: { label: 'JPG', mime: 'image/jpeg', sniff: starts(0xff, 0xd8, 0xff) },
  png: { label: 'PNG', mime: 'image/png', sniff: starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  webp: {
    label: 'WEBP',
    mime: 'image/webp',
    sniff: (b: Uint8Array) => starts(0x52, 0x49, 0x46, 0x46)(b) && [0x57, 0x45, 0x42, 0x50].every((v, i) => b[8 + i] === v),
  },
} as const satisfies Record<string, { label: string; mime: string; sniff: Sniff }>;

export type MediaExtension = keyof typeof MEDIA_TYPES;

/** Images are shown inline; everything else is served as an attachment. */
export const IMAGE_EXTENSIONS: readonly MediaExtension[] = ['jpg', 'jpeg', 'png', 'webp'];

/** Lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function isAllowedExtension(ext: string): ext is MediaExtension {
  return Object.hasOwn(MEDIA_TYPES, ext);
}

/** Human list of the allowed types, for messages: «PDF, DOCX, …». */
export const ALLOWED_LABELS = [...new Set(Object.values(MEDIA_TYPES).map((t) => t.label))].join(', ');

/** Size in Russian units, e.g. «1,2 МБ»; rounded up, so a file just over a limit never reads as the limit. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} КБ`;
  const mb = Math.ceil((bytes / 1024 / 1024) * 10) / 10;
  return `${String(mb).replace('.', ',')} МБ`;
}

/**
 * Why a file may not be uploaded, in Russian (what is wrong, then what to do), or undefined when it
 * may. `head` is at least the first 12 bytes of the file; `size` its full length.
 */
export function mediaProblem(name: string, head: Uint8Array, size: number): string | undefined {
  const base = name.replace(/^.*[\\/]/, '');
  if (base.startsWith('.')) return `скрытые файлы (имя начинается с точки) не принимаются. Переименуйте файл.`;
  const ext = extensionOf(base);
  if (!isAllowedExtension(ext)) {
    return `тип файла «${ext ? `.${ext}` : 'без расширения'}» не принимается. Загрузите файл одного из типов: ${ALLOWED_LABELS}.`;
  }
  if (size > MAX_MEDIA_BYTES) return `файл весит ${formatSize(size)}, больше предела ${formatSize(MAX_MEDIA_BYTES)}. Уменьшите или разделите файл.`;
  if (!MEDIA_TYPES[ext].sniff(head)) {
    return `содержимое файла не похоже на ${MEDIA_TYPES[ext].label}, хотя расширение «.${ext}». Сохраните файл заново в формате ${MEDIA_TYPES[ext].label}.`;
  }
  return undefined;
}
