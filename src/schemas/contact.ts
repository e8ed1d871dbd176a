import { z } from 'astro/zod';
import { optional, text } from './common.ts';

/**
 * A person named by position (school coordinator, head of a school); a name and a phone are
 * published only with consentToPublish: true (152-ФЗ, checked by src/lib/rules.ts).
 */
export const contactSchema = z.strictObject({
  /** Position, e.g. «заместитель директора по УВР». */
  position: text,
  /** Name, published only with consentToPublish: true. */
  name: optional(text),
  /** Phone, published only with consentToPublish: true. */
  phone: optional(text),
  /** The person agreed to publish the name and phone. */
  consentToPublish: z.boolean(),
});

export type Contact = z.infer<typeof contactSchema>;
