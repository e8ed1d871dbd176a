/** Page types of the built site and the floor, and per-type generation time from the build log. */
import type { Line } from './measure.ts';

export function pageType(path: string): string {
  const p = path.replace(/index\.html$/, '');
  const rules: [RegExp, string][] = [
    [/^\/shkoly\/[^/]+\/\d{4}\/embed\/$/, 'roadmap embed'],
    [/^\/shkoly\/[^/]+\/\d{4}\/$/, 'roadmap'],
    [/^\/shkoly\/[^/]+\/\d{4}\.json$/, 'roadmap .json'],
    [/^\/shkoly\/[^/]+\/\d{4}\.ics$/, 'roadmap .ics'],
    [/^\/shkoly\/[^/]+\/$/, 'school'],
    [/^\/shkoly\/$/, 'school list'],
    [/^\/mery\/$/, 'measure catalog'],
    [/^\/mery\/[^/]+\/[^/]+\/$/, 'catalog filter'],
    [/^\/mery\/[^/]+\/$/, 'measure'],
    [/^\/praktiki\/[^/]+\/$/, 'practice'],
    [/^\/municipalitety\/[^/]+\/$/, 'municipality'],
    [/^\/napravleniya\/[^/]+\/$/, 'direction'],
    [/^\/dannye\//, 'open data'],
    [/^\/kalendar\//, 'calendar'],
    [/^\/metodika\//, 'methodology'],
    [/^\/roadmaps\/[^/]+\/$/, 'roadmap'],
    [/^\/measures\/[^/]+\/$/, 'measure'],
    [/^\/practices\/[^/]+\/$/, 'practice'],
  ];
  const found = rules.find(([re]) => re.test(p))?.[1];
  if (found) return found;
  // Single pages and lists: named by their path («/», «/poisk/», «/shkoly/»…).
  return p.split('/').length <= 3 ? `page ${p}` : `other /${p.split('/')[1]}/`;
}

export interface TypeStats {
  count: number;
  /** Time from the previous page's line to this page's line, summed (ms). */
  ms: number;
  /** Astro's own per-page figures (+N ms), summed. */
  astroMs: number;
}

export interface Generation {
  /** Files written by the page generation step. */
  files: number;
  htmlPages: number;
  /** From «generating static routes» to the last page. */
  ms: number;
  byType: Record<string, TypeStats>;
  /** Milliseconds from start to the start of page generation (config, content sync, bundling). */
  beforeMs: number;
  /** Content layer sync (from «Syncing content» to the next line after «Synced content»). */
  contentSyncMs?: number;
  /** Pagefind time as the integration reported it. */
  pagefindMs?: number;
  pagefindPages?: number;
  /** Time of the other post-build integrations that report one («… (N с)»), by integration. */
  integrationsMs: Record<string, number>;
  /** The personal-data gate's scan of the search indexes (after Pagefind, on the build's path). */
  gateIndexMs?: number;
}

const ROUTES = /[├└]─ (\/\S*?)(?=\d\d:\d\d:\d\d |\s|$)(?:\s+\(\+([\d.]+)(ms|s)\))?/g;

export function parseBuildLog(lines: Line[]): Generation {
  const byType: Record<string, TypeStats> = {};
  const start = lines.find((l) => l.text.includes('generating static routes'));
  let prev = start?.t ?? 0;
  let files = 0;
  let html = 0;
  let last = prev;
  for (const line of lines) {
    // With build.concurrency > 1 a line may hold several pages («├─ /a ├─ /b (+2ms)»): the time since
    // the previous line is shared between them.
    const found = [...line.text.matchAll(ROUTES)];
    if (!found.length) continue;
    for (const m of found) {
      const type = pageType(m[1]);
      const s = (byType[type] ??= { count: 0, ms: 0, astroMs: 0 });
      s.count++;
      s.ms += (line.t - prev) / found.length;
      if (m[2]) s.astroMs += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
      files++;
      if (m[1].endsWith('.html')) html++;
    }
    prev = line.t;
    last = line.t;
  }
  const sync = lines.findIndex((l) => /Syncing content/.test(l.text));
  const synced = lines.findIndex((l, i) => i > sync && /Synced content/.test(l.text));
  const pf = lines.map((l) => /проиндексировано страниц: (\d+) за ([\d.]+) с/.exec(l.text)).find(Boolean);
  const integrationsMs: Record<string, number> = {};
  for (const l of lines) {
    const m = /\[(shnor-[a-z-]+)\].*\(([\d.]+) с\)\s*$/.exec(l.text);
    if (m && m[1] !== 'shnor-pagefind') integrationsMs[m[1]] = (integrationsMs[m[1]] ?? 0) + Number(m[2]) * 1000;
  }
  // The gate's part after Pagefind (its search-index scan); the rest ran beside Pagefind.
  const gateIndex = lines.map((l) => /\[shnor-personal-data\].*поисковый индекс — ([\d.]+) с/.exec(l.text)).find(Boolean);
  return {
    gateIndexMs: gateIndex ? Number(gateIndex[1]) * 1000 : undefined,
    integrationsMs, files, htmlPages: html, ms: last - (start?.t ?? 0), byType, beforeMs: start?.t ?? 0,
    contentSyncMs: sync >= 0 && synced >= 0 ? (lines[synced + 1]?.t ?? lines[synced].t) - lines[sync].t : undefined,
    pagefindMs: pf ? Number(pf[2]) * 1000 : undefined,
    pagefindPages: pf ? Number(pf[1]) : undefined,
  };
}
