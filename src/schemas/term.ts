import { z } from 'astro/zod';
import { optional } from './common.ts';

/** YYYY-MM (a month) or YYYY-MM-DD (a day). */
export const DAY_OR_MONTH = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** A YAML date (js-yaml gives a Date) becomes YYYY-MM-DD; text is trimmed. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.trim() : value;
}

/** A day that matches the pattern must exist (2025-02-30 does not); other text is left to the pattern. */
function exists(s: string): boolean {
  if (!DAY_OR_MONTH.test(s) || s.length === 7) return true;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A day (2025-03-15) or a whole month (2025-05). */
export const dayOrMonth = z.preprocess(
  normalise,
  z
    .string()
    .regex(DAY_OR_MONTH, { error: (iss) => `«${String(iss.input)}» — не дата и не месяц. Укажите день в виде ГГГГ-ММ-ДД или месяц в виде ГГГГ-ММ.` })
    .refine(exists, { error: (iss) => `дата ${String(iss.input)} не существует. Укажите день в виде ГГГГ-ММ-ДД.` }),
);

/**
 * When something happens: a day, a month, a period or a deadline — «15.03.2025», «май 2025»,
 * «май–декабрь 2025», «до 15.03.2025». Formatted by src/lib/terms.ts.
 */
export const termSchema = z
  .strictObject({
    /** First day or month (YYYY-MM-DD or YYYY-MM); without `to`, the term is this one day or month. */
    from: optional(dayOrMonth),
    /** Last day or month; without `from`, a deadline («до …»). */
    to: optional(dayOrMonth),
  })
  .superRefine((term, ctx) => {
    if (!term.from && !term.to) {
      ctx.addIssue({ code: 'custom', message: 'срок не указан. Заполните «с» (день или месяц), «по» или оба поля.' });
    } else if (term.from && term.to && term.from.slice(0, term.to.length) > term.to.slice(0, term.from.length)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `окончание ${term.to} раньше начала ${term.from}. Исправьте срок.` });
    }
  });

export type Term = z.infer<typeof termSchema>;
