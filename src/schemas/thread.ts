import { z } from 'astro/zod';
import { ROLES, keysOf } from '../data/lists.ts';
import { isoDate, listOrEmpty, text } from './common.ts';

/** One comment of a document's thread (added by the editor's thread widget, never typed by hand). */
export const commentSchema = z.strictObject({
  /** When. */
  date: isoDate,
  /** Who wrote it (role). */
  by: z.enum(keysOf(ROLES)),
  /** What was said. */
  text,
});

/**
 * The conversation between the school and the curator that stays with a document (it replaces the
 * chat of the monitoring system). Comments in date order; checked by src/lib/thread.ts.
 */
export const threadSchema = listOrEmpty(commentSchema);

export type ThreadComment = z.infer<typeof commentSchema>;
