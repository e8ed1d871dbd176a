import type { MessageKey } from '../i18n/index.ts';

/** Main sections in the header, in order. */
export const NAV_ITEMS: { href: string; key: MessageKey }[] = [
  { href: '/metodika/', key: 'nav.methodology' },
  { href: '/roli/', key: 'nav.roles' },
  { href: '/kalendar/', key: 'nav.calendar' },
  { href: '/napravleniya/', key: 'nav.directions' },
  { href: '/mery/', key: 'nav.measures' },
  { href: '/praktiki/', key: 'nav.practices' },
  { href: '/municipalitety/', key: 'nav.municipalities' },
  { href: '/shablony/', key: 'nav.templates' },
  { href: '/monitoring/', key: 'nav.monitoring' },
  { href: '/dannye/', key: 'nav.data' },
];
