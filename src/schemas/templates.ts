import { z } from 'astro/zod';
import { list, listOrEmpty, text } from './common.ts';

/** One section of a document template. */
export const templateSectionSchema = z.strictObject({
  /** Heading of the section. */
  title: text,
  /** What to write in it. */
  hint: text,
  /** Column headings when the section is a table. */
  columns: listOrEmpty(text),
  /** Ready-made items to choose from («оставить нужное»). */
  options: listOrEmpty(text),
});

/** content/templates/<id>.yaml: a document template (support programme, roadmap, self-diagnosis). */
export const templateSchema = z.strictObject({
  /** Title of the document. */
  title: text,
  /** Who fills it in and why. */
  purpose: text,
  /** Sections in document order. */
  sections: list(templateSectionSchema),
  /** Position in lists. */
  order: z.number().int(),
});

export type Template = z.infer<typeof templateSchema>;
