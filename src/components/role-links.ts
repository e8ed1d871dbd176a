import type { RoleId } from '../data/lists.ts';
import type { MessageKey } from '../i18n/index.ts';

/** «Куда дальше» on a role's page: the pages that role works with, in order of use. */
export const ROLE_LINKS: Record<RoleId, { href: string; key: MessageKey }[]> = {
  'regional-center': [
    { href: '/monitoring/', key: 'roleLinks.monitoring' },
    { href: '/monitoring/prosrochki/', key: 'roleLinks.overdue' },
    { href: '/municipalitety/', key: 'roleLinks.municipalities' },
  ],
  rma: [
    { href: '/praktiki/kak-opublikovat/', key: 'roleLinks.publishPractice' },
    { href: '/mery/', key: 'roleLinks.measures' },
    { href: '/praktiki/', key: 'roleLinks.practices' },
  ],
  mouo: [
    { href: '/municipalitety/', key: 'roleLinks.municipalities' },
    { href: '/monitoring/', key: 'roleLinks.monitoring' },
  ],
  'municipal-coordinator': [
    { href: '/municipalitety/', key: 'roleLinks.municipalities' },
    { href: '/monitoring/prosrochki/', key: 'roleLinks.overdue' },
    { href: '/shkoly/', key: 'roleLinks.schools' },
  ],
  curator: [
    { href: '/shkoly/', key: 'roleLinks.schools' },
    { href: '/monitoring/prosrochki/', key: 'roleLinks.overdue' },
    { href: '/metodika/soglasovanie/', key: 'roleLinks.approval' },
  ],
  'school-director': [
    { href: '/shkoly/', key: 'roleLinks.mySchool' },
    { href: '/metodika/dorozhnaya-karta/', key: 'roleLinks.roadmapHowTo' },
    { href: '/mery/', key: 'roleLinks.measures' },
  ],
  'school-coordinator': [
    { href: '/shkoly/', key: 'roleLinks.mySchool' },
    { href: '/metodika/dorozhnaya-karta/', key: 'roleLinks.roadmapHowTo' },
  ],
  'partner-school': [
    { href: '/shkoly/', key: 'roleLinks.schools' },
    { href: '/praktiki/', key: 'roleLinks.practices' },
  ],
  teacher: [
    { href: '/mery/', key: 'roleLinks.measures' },
    { href: '/praktiki/', key: 'roleLinks.practices' },
    { href: '/shkoly/', key: 'roleLinks.mySchool' },
  ],
};
