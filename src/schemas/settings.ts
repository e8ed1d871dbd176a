import { z } from 'astro/zod';
import { CMS_BACKENDS, keysOf } from '../data/lists.ts';
import { optional, text, url } from './common.ts';

/** content/settings/site.yaml: one deployment's settings. */
export const settingsSchema = z.strictObject({
  /** Site title shown in the header and in <title>. */
  title: text,
  /** Region the deployment serves. */
  region: text,
  /** Organisation that runs the site (usually the regional centre). */
  operator: text,
  /** Public address of the site, without a trailing slash. */
  baseUrl: url,
  /** Year of the current programme cycle: roadmaps of this year are shown first. */
  cycleYear: z.number().int().min(2020).max(2100),
  /** Months after a review by РМА when a measure or practice is due for review again (12 when absent). */
  reviewPeriodMonths: optional(z.number().int().min(1).max(120)),
  /** Production Git backend of the CMS. */
  cms: z.strictObject({
    /** Git hosting used in production. */
    backend: z.enum(keysOf(CMS_BACKENDS)),
    /** Repository as owner/name. */
    repo: text,
    /** Branch the site is built from. */
    branch: text,
    /** API address of a self-hosted Gitea or GitLab. */
    apiRoot: optional(url),
    /** Address of the OAuth provider for sign-in. */
    baseUrl: optional(url),
    /** Client id of the OAuth application (Gitea, self-hosted GitLab). */
    appId: optional(text),
  }),
});

export type Settings = z.infer<typeof settingsSchema>;
