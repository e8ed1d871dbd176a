/**
 * Shows «В этом месяце» for the visitor's own date (the page was built with the build date's month)
 * and marks that month in the month list and among the month sections.
 */
import { fillTemplate } from '../i18n/template.ts';
import { localIso, shownMonth } from '../lib/this-month.ts';

const today = localIso(new Date());

for (const box of document.querySelectorAll<HTMLElement>('[data-this-month]')) {
  const year = Number(box.dataset.year);
  const { month, otherYear } = shownMonth(year, today);
  for (const block of box.querySelectorAll<HTMLElement>('[data-month]')) block.hidden = block.dataset.month !== month;
  const note = box.querySelector<HTMLElement>('[data-other-year]');
  if (note) {
    note.hidden = !otherYear;
    note.textContent = fillTemplate(note.dataset.template ?? '', { year: today.slice(0, 4), calendarYear: year });
  }
  markCurrent(month);
}

/** The current month's link and section get the «сейчас» mark; the build date's mark moves if it differs. */
function markCurrent(month: string) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-month-link], [data-month-section]')) {
    const current = (el.dataset.monthLink ?? el.dataset.monthSection) === month;
    el.classList.toggle('is-current', current);
    if (el.dataset.monthLink !== undefined) {
      const a = el.querySelector('a');
      if (current) a?.setAttribute('aria-current', 'date');
      else a?.removeAttribute('aria-current');
    }
    const tag = el.querySelector<HTMLElement>('[data-now-tag]');
    if (tag) tag.hidden = !current;
  }
}
