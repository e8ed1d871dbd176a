/**
 * Every function of every role in seeds 000 and 003 appears on that role's page; every calendar
 * event appears on the calendar page of each role that acts in it, with that role's actions only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { norm, pageText } from './html-text.ts';

const content = process.env.SHNOR_CONTENT ?? 'content';

/** Items of the seeds (group:number) and the roles they belong to. */
const SEED_ITEMS: Record<string, { count: number; roles: string[] }> = {
  '000:cnppmpr': { count: 3, roles: ['regional-center'] },
  '000:curator': { count: 3, roles: ['curator', 'municipal-coordinator'] },
  '000:school': { count: 3, roles: ['school-director'] },
  '000:partner': { count: 3, roles: ['partner-school'] },
  '000:rma': { count: 3, roles: ['rma'] },
  '003:coordinator': { count: 9, roles: ['municipal-coordinator'] },
  '003:director': { count: 6, roles: ['school-director'] },
};

type Role = { functions: { text: string; seeds?: string[] }[] };
const roles: Record<string, Role> = Object.fromEntries(
  readdirSync(`${content}/roles`).map((f) => [f.replace('.yaml', ''), yaml.load(readFileSync(`${content}/roles/${f}`, 'utf8')) as Role]),
);

describe('roles restate every function of seeds 000 and 003', () => {
  for (const [group, { count, roles: owners }] of Object.entries(SEED_ITEMS)) {
    for (let n = 1; n <= count; n++) {
      const code = `${group}:${n}`;
      for (const role of owners) {
        it(`${code} on /roli/${role}/`, () => {
          const fns = roles[role]?.functions.filter((f) => f.seeds?.includes(code)) ?? [];
          expect(fns.length, `role ${role} has a function restating ${code}`).toBeGreaterThan(0);
          const text = pageText(`dist/roli/${role}/index.html`);
          for (const f of fns) expect(text).toContain(norm(f.text));
        });
      }
    }
  }

  it('every function of every role is on its page', () => {
    for (const [id, role] of Object.entries(roles)) {
      const text = pageText(`dist/roli/${id}/index.html`);
      for (const f of role.functions) expect(text, id).toContain(norm(f.text));
    }
  });
});

describe('calendar by role', () => {
  type Event = { id: string; title: string; actions?: { role: string; text: string }[] };
  const years = readdirSync(`${content}/calendar`).map((f) => yaml.load(readFileSync(`${content}/calendar/${f}`, 'utf8')) as { year: number; events: Event[] });
  const latest = years.sort((a, b) => b.year - a.year)[0];

  it('shows each event on the page of every role acting in it, with that role’s actions', () => {
    let checked = 0;
    for (const e of latest.events) {
      for (const role of new Set((e.actions ?? []).map((a) => a.role))) {
        const html = readFileSync(`dist/kalendar/${role}/index.html`, 'utf8');
        const text = pageText(`dist/kalendar/${role}/index.html`);
        expect(html, `${e.id} on /kalendar/${role}/`).toContain(`id="${e.id}"`);
        expect(text).toContain(norm(e.title));
        for (const a of e.actions!.filter((x) => x.role === role)) expect(text).toContain(norm(a.text));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('does not show other roles’ actions on a role’s calendar page', () => {
    for (const e of latest.events) {
      for (const role of new Set((e.actions ?? []).map((a) => a.role))) {
        const text = pageText(`dist/kalendar/${role}/index.html`);
        const mine = new Set(e.actions!.filter((x) => x.role === role).map((x) => norm(x.text)));
        for (const a of e.actions!.filter((x) => x.role !== role && !mine.has(norm(x.text)))) {
          // Another role's action text must not appear unless the role has an identical one elsewhere.
          const elsewhere = latest.events.some((o) => o.actions?.some((x) => x.role === role && norm(x.text) === norm(a.text)));
          if (!elsewhere) expect(text, `${a.role} action in ${e.id} on /kalendar/${role}/`).not.toContain(norm(a.text));
        }
      }
    }
  });
});
