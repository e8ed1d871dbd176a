/** Lists the built site's pages, and picks one page of each type for the page-type checks. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlPages(dir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name.startsWith('pagefind') || name === '_astro' || name === 'admin') continue;
        walk(p);
      } else if (name.endsWith('.html')) {
        out.push('/' + relative(dir, p).replace(/index\.html$/, '').replace(/\\/g, '/'));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** One representative URL per page type (the first that exists). */
export function pageTypes(pages: string[]): Record<string, string> {
  const first = (re: RegExp) => pages.find((p) => re.test(p));
  const types: Record<string, string | undefined> = {
    home: '/',
    methodologyIndex: '/metodika/',
    methodology: first(/^\/metodika\/[^/]+\/$/),
    roles: '/roli/',
    role: first(/^\/roli\/[^/]+\/$/),
    calendar: '/kalendar/',
    roleCalendar: first(/^\/kalendar\/[^/]+\/$/),
    directions: '/napravleniya/',
    direction: first(/^\/napravleniya\/R\d\d\/$/),
    measures: '/mery/',
    measureFilter: first(/^\/mery\/napravlenie\/[^/]+\/$/),
    measure: first(/^\/mery\/(?!buklet\/|peresmotr\/)[^/]+\/$/),
    catalogBooklet: '/mery/buklet/',
    directionBooklet: first(/^\/napravleniya\/R\d\d\/buklet\/$/),
    reviewList: '/mery/peresmotr/',
    practices: '/praktiki/',
    practice: first(/^\/praktiki\/[^/]+\/$/),
    templates: '/shablony/',
    template: first(/^\/shablony\/[^/]+\/$/),
    municipalities: '/municipalitety/',
    municipality: first(/^\/municipalitety\/[^/]+\/$/),
    school: first(/^\/shkoly\/[^/]+\/$/),
    roadmap: first(/^\/shkoly\/[^/]+\/\d{4}\/$/),
    embed: first(/^\/shkoly\/[^/]+\/\d{4}\/embed\/$/),
    municipalRoadmap: first(/^\/municipalitety\/[^/]+\/\d{4}\/$/),
    municipalRoadmapEmbed: first(/^\/municipalitety\/[^/]+\/\d{4}\/embed\/$/),
    monitoringStage: first(/^\/monitoring\/etap-[^/]+\/$/),
    monitoring: '/monitoring/',
    reviewQueue: '/monitoring/soglasovanie/',
    reviewQueueMunicipality: first(/^\/monitoring\/soglasovanie\/[^/]+\/$/),
    data: '/dannye/',
    search: '/poisk/',
    schools: '/shkoly/',
    overdue: '/monitoring/prosrochki/',
    overdueMunicipality: first(/^\/monitoring\/prosrochki\/[^/]+\/$/),
    publishPractice: '/praktiki/kak-opublikovat/',
    notFound: '/404.html',
  };
  return Object.fromEntries(Object.entries(types).filter(([, v]) => v && (v === '/404.html' || pages.includes(v)))) as Record<string, string>;
}
