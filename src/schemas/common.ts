import { z } from 'astro/zod';
import { ruMessage } from './errors.ts';

// Russian messages everywhere the schemas are used (validator, Astro, tests).
z.config({ customError: (issue) => ruMessage(issue) });

/** Decap writes a cleared optional field as "" and an emptied list as []: both mean "not set". */
export function emptyToUndefined(value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

/** An optional field that treats "", null and [] as missing. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(emptyToUndefined, schema.optional());
}

/**
 * C0/C1 control characters (tab, line feed and carriage return are fine) and the bidi embedding,
 * override and isolate characters: invisible, and they make text read differently from what it is
 * (U+202E turns «фдп.exe» into «exe.пдф»). Zero-width spaces and soft hyphens stay allowed.
 */
export const HIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** «символ смены направления текста (U+202E)» or «управляющий символ (U+0007)». */
export function describeHiddenCharacter(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\u202A-\u202E\u2066-\u2069]/.test(ch) ? `символ смены направления текста (${code})` : `управляющий символ (${code})`;
}

/** Required non-empty single-line or multi-line text, trimmed, without hidden characters. */
export const text = z.string().trim().min(1).superRefine((value, ctx) => {
  const m = HIDDEN_CHARACTER.exec(value);
  if (m) ctx.addIssue({ code: 'custom', message: `в тексте (позиция ${m.index + 1}) стоит невидимый ${describeHiddenCharacter(m[0])}. Удалите его: он искажает отображение текста.` });
});

/** A non-empty list. */
export function list<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === '' || v === null ? undefined : v), z.array(item).min(1));
}

/** A list that may be absent or empty; always an array after parsing. */
export function listOrEmpty<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === '' || v === null || v === undefined ? [] : v), z.array(item));
}

/** Turns a YAML date (js-yaml gives a Date) or a string into YYYY-MM-DD; the date must exist. */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : undefined;
}

/** A calendar date, ISO YYYY-MM-DD; Date objects from YAML are accepted and normalised. */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const iso = toIsoDate(value);
  if (iso === undefined) {
    const shown = value instanceof Date ? 'дата' : `«${value}»`;
    const exists = typeof value === 'string' && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value);
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: exists
        ? `дата ${value.trim()} не существует. Укажите дату в формате ГГГГ-ММ-ДД.`
        : `${shown} — не дата. Укажите дату в формате ГГГГ-ММ-ДД.`,
    });
    return z.NEVER;
  }
  return iso;
}).pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

/** Id of an entry: lowercase Latin letters, digits and hyphens (used in URLs and file names). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) =>
      `«${String(iss.input)}» не подходит как идентификатор. Используйте строчные латинские буквы, цифры и дефис.`,
  });

/** A link: http(s) URL or a site-relative path. */
export const url = z
  .string()
  .trim()
  .regex(/^(https?:\/\/[^\s<>"']+|\/[^\s<>"']*)$/i, {
    error: (iss) =>
      `«${String(iss.input)}» — не адрес веб-страницы. Укажите адрес, начинающийся с https:// (или путь на сайте, начинающийся с /).`,
  });

/**
 * Site path of a file uploaded through the editor (under /uploads/, public/uploads/ in the repository):
 * lower-case Latin names; no segment starts with a dot (no hidden files, no `..`).
 */
export const uploadPath = z
  .string()
  .trim()
  .regex(/^\/uploads(?:\/[a-z0-9_][a-z0-9_.-]*)+$/, {
    error: (iss) =>
      `«${String(iss.input)}» — не путь к загруженному файлу. Загрузите файл через редактор: путь начинается с /uploads/ и состоит из строчных латинских букв, цифр, точек и дефисов.`,
  });

/** A link with a caption. */
export const link = z.strictObject({
  /** What the link leads to. */
  title: text,
  /** Where it leads. */
  url,
});

/** Marks fictional sample content; pages show a «Пример» banner. */
export const example = optional(z.boolean());
