/** The federal site's configuration: a title and the regional sites (see src/lib/federation.ts). */
import { z } from 'astro/zod';

const url = z.string().regex(/^https?:\/\/[^/]+(\/.*)?$/, 'адрес сайта: http(s)://…');

export const regionSchema = z.object({
  /** Short id: the value of the region filter in the address (?region=…). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'латиница, цифры и дефис'),
  name: z.string().min(2),
  /** Public address of the regional site; results link here. */
  site: url,
  /** Its roadmap search index (default: <site>/pagefind-shkoly/). */
  index: url.optional(),
});

export const federationSchema = z.object({
  title: z.string().min(2),
  regions: z.array(regionSchema).min(1),
});

export type Region = z.infer<typeof regionSchema>;
export type Federation = z.infer<typeof federationSchema>;

