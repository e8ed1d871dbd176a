import { z } from 'astro/zod';
import { optional, text } from './common.ts';

/** content/methodology/*.mdx: trusted pages of the methodology (edited through Git only). */
export const methodologySchema = z.strictObject({
  /** Page title. */
  title: text,
  /** One-sentence summary for lists and search results. */
  description: text,
  /** Position in the methodology menu. */
  order: z.number().int(),
  /** Short title for the menu, when the full one is long. */
  navTitle: optional(text),
});

export type Methodology = z.infer<typeof methodologySchema>;
