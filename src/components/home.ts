import type { MessageKey } from '../i18n/index.ts';

/** Entry points by role on the home page: each leads to the role's own page. */
export const HOME_ENTRY_POINTS: { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/roli/teacher/', title: 'home.teacher', text: 'home.teacher.text' },
  { href: '/roli/school-director/', title: 'home.director', text: 'home.director.text' },
  { href: '/roli/curator/', title: 'home.curator', text: 'home.curator.text' },
  { href: '/roli/municipal-coordinator/', title: 'home.coordinator', text: 'home.coordinator.text' },
  { href: '/roli/rma/', title: 'home.rma', text: 'home.rma.text' },
];
