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

/** Required non-empty single-line or multi-line text, trimmed. */
export const text = z.string().trim().min(1);

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

/** A link with a caption. */
export const link = z.strictObject({
  /** What the link leads to. */
  title: text,
  /** Where it leads. */
  url,
});

/** Marks fictional sample content; pages show a «Пример» banner. */
export const example = optional(z.boolean());
