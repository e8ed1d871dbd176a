/**
 * A federation: regional sites, each built and served on its own, and a small federal site whose
 * search page merges every region's roadmap index (Pagefind's mergeIndex) with a region filter.
 * The federal site's configuration: a title and the regions with the public address of each site.
 */
import { federationSchema, type Federation, type Region } from '../schemas/federation.ts';

export type { Federation, Region };

/** Parses a federation file's data; throws a Russian message naming the field. */
export function parseFederation(data: unknown, file: string): Federation {
  const parsed = federationSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Файл ${file}, поле ${issue.path.join('.') || '(файл)'}: ${issue.message}. Исправьте описание регионов.`);
}

const trim = (s: string) => s.replace(/\/+$/, '');

/** The region's roadmap index, with a trailing slash. */
export const roadmapIndexOf = (r: Region) => `${trim(r.index ?? `${trim(r.site)}/pagefind-shkoly`)}/`;

/** A result's address on its regional site (Pagefind gives paths like /shkoly/<id>/2025/). */
export function resultUrl(r: Region, path: string): string {
  return /^https?:\/\//.test(path) ? path : `${trim(r.site)}/${path.replace(/^\/+/, '')}`;
}

/** The federal site's policy: the public one, plus reading every region's index. */
export function federalCsp(f: Federation): string {
  const origins = [...new Set(f.regions.map((r) => new URL(roadmapIndexOf(r)).origin))];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${origins.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Splits sorted ids into `groups` consecutive runs of nearly equal size (regions of municipalities). */
export function splitEvenly<T>(items: T[], groups: number): T[][] {
  return Array.from({ length: groups }, (_, i) => items.slice(Math.floor((i * items.length) / groups), Math.floor(((i + 1) * items.length) / groups)));
}

/** Headers of the federal site's files: its own policy, the site's other protections. */
export function federalHeaders(f: Federation): (pathname: string) => Record<string, string> {
  const csp = federalCsp(f);
  return () => ({ 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Frame-Options': 'SAMEORIGIN' });
}
