import type { MessageKey } from '../i18n/index.ts';

/** Main sections in the header, in order. */
export const NAV_ITEMS: { href: string; key: MessageKey }[] = [
  { href: '/metodika/', key: 'nav.methodology' },
  { href: '/roli/', key: 'nav.roles' },
  { href: '/kalendar/', key: 'nav.calendar' },
  { href: '/napravleniya/', key: 'nav.directions' },
  { href: '/shablony/', key: 'nav.templates' },
];
