import { z } from 'astro/zod';
import { EVIDENCE_STAGES, keysOf } from '../data/lists.ts';
import { approvalSchema } from './approval.ts';
import { optional, text, uploadPath, url } from './common.ts';
import { threadSchema } from './thread.ts';

/**
 * A piece of stage evidence of a roadmap activity: a file uploaded into the school's media folder
 * (public/uploads/shkoly/<school>/) or a link, checked by the curator (evidence cycle of
 * src/data/approval.ts). Rules: src/lib/evidence.ts.
 */
export const evidenceSchema = z.strictObject({
  /** Monitoring stage the evidence is for. */
  stage: z.enum(keysOf(EVIDENCE_STAGES)),
  /** What the document is. */
  title: text,
  /** Uploaded file (site path /uploads/shkoly/<school>/…); either this or url. */
  file: optional(uploadPath),
  /** Link to a document published elsewhere; either this or file. */
  url: optional(url),
  /** The curator's check: accepted or returned with a comment. */
  approval: approvalSchema,
  /** Comments on this piece of evidence. */
  thread: threadSchema,
});

export type Evidence = z.infer<typeof evidenceSchema>;
