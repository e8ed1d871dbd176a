import { z } from 'astro/zod';
import { DEFICIT_COUNT } from '../data/lists.ts';
import { list, text } from './common.ts';

/** One deficit of the municipal programme template. */
export const deficitSchema = z.strictObject({
  /** Number in the template, 1–17. */
  number: z.number().int().min(1).max(DEFICIT_COUNT),
  /** Wording of the deficit. */
  title: text,
});

/** content/deficits.yaml: the numbered list of deficits. */
export const deficitsFileSchema = z.strictObject({
  /** All deficits, in template order. */
  deficits: list(deficitSchema),
});

export type Deficit = z.infer<typeof deficitSchema>;
