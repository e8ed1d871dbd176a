import { z } from 'astro/zod';
import { FREQUENCY_BASIS, LEVELS, keysOf } from '../data/lists.ts';
import { list, listOrEmpty, optional, text } from './common.ts';

/** How often a role is in contact with a school in one phase of the work. */
export const contactFrequencySchema = z.strictObject({
  /** Phase of the work, e.g. «Разработка документов». */
  phase: text,
  /** Frequency in words, e.g. «не реже 1 раза в неделю». */
  frequency: text,
  /** The same as a maximum interval in days, for compliance checks. */
  maxIntervalDays: z.number().int().positive(),
  /** Whether the programme sets it or the site recommends it; a programme requirement when absent. */
  basis: optional(z.enum(keysOf(FREQUENCY_BASIS))),
});

/** One function of a role. */
export const functionSchema = z.strictObject({
  /** The function in plain words. */
  text,
  /** Items of the source documents it restates, as <seed>:<group>:<number>, e.g. 003:coordinator:5. */
  seeds: listOrEmpty(z.string().regex(/^\d{3}:[a-z-]+:\d+$/)),
});

/** content/roles/<id>.yaml: a participant of the programme and what it does. */
export const roleSchema = z.strictObject({
  /** Full name of the role. */
  title: text,
  /** Level the role works at. */
  level: z.enum(keysOf(LEVELS)),
  /** What the role is for, in one or two sentences. */
  summary: text,
  /** Every function of the role, one sentence each, with the seed items it restates. */
  functions: list(functionSchema),
  /** Contact frequencies with the school, by phase. */
  contactFrequency: listOrEmpty(contactFrequencySchema),
  /** Actions in the monitoring information system. */
  inSystem: listOrEmpty(text),
  /** Position in role lists. */
  order: z.number().int(),
});

export type Role = z.infer<typeof roleSchema>;
