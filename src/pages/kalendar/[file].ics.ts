import type { APIRoute } from 'astro';
import { site } from '../../content.ts';
import { eventsForRole } from '../../lib/calendar.ts';
import { toIcs } from '../../lib/ics.ts';
import { ROLES, type RoleId } from '../../data/lists.ts';
import { todayIso } from '../../lib/dates.ts';

/** /kalendar/<year>.ics (whole calendar) and /kalendar/<role>.ics (one role's actions). */
export async function getStaticPaths() {
  const { calendar, roles } = await site();
  const year = calendar.map((c) => c.data).sort((a, b) => b.year - a.year)[0];
  return [
    ...calendar.map((c) => ({ params: { file: String(c.data.year) }, props: { role: undefined, year: c.data.year } })),
    ...roles
      .filter((r) => eventsForRole(year.events, r.id as RoleId).length > 0)
      .map((r) => ({ params: { file: r.id }, props: { role: r.id as RoleId, year: year.year } })),
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const { calendar, settings } = await site();
  const { role, year } = props as { role?: RoleId; year: number };
  const cal = calendar.find((c) => c.data.year === year)!.data;
  const events = role
    ? eventsForRole(cal.events, role).map(({ event, actions }) => ({ ...event, description: actions.join('\n') }))
    : cal.events.map((e) => ({ ...e, description: e.actions.map((a) => `${ROLES[a.role]}: ${a.text}`).join('\n') }));
  const name = role ? `${settings.title}: ${ROLES[role]}, ${year}` : `${settings.title}: календарь ${year}`;
  const body = toIcs(
    name,
    events.map((e) => ({ uid: `${year}-${e.id}${role ? `-${role}` : ''}@${new URL(settings.baseUrl).host}`, start: e.start, end: e.end, summary: e.title, description: e.description, url: `${settings.baseUrl}/kalendar/#${e.id}` })),
    todayIso(),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
