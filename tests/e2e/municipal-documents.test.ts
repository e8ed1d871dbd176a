/**
 * Done-when of the municipal documents: every section of the support-programme template (seed 001)
 * and every field of the municipal roadmap (seed 004) is on the built pages with the content's
 * values; the calendar page names the source of each date and shows conflicting dates side by side.
 * The lists below are written from the seeds, not from the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/data/lists.ts';
import { attr, isElement, parseHtml, walkHtml, type HtmlNode } from '../../src/integrations/output-files.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatTerm } from '../../src/lib/terms.ts';
import { calendarSchema } from '../../src/schemas/calendar.ts';
import { municipalitySchema, type Municipality } from '../../src/schemas/municipalities.ts';
import { municipalRoadmapSchema, type MunicipalRoadmap } from '../../src/schemas/municipal-roadmaps.ts';
import { schoolSchema, type School } from '../../src/schemas/schools.ts';
import { parseYaml } from '../../src/validation/load.ts';
import { norm, pageText } from './html-text.ts';

const content = process.env.SHNOR_CONTENT ?? 'content';
const load = <T>(path: string, schema: { parse: (v: unknown) => T }) => schema.parse(parseYaml(readFileSync(path, 'utf8')));
const municipalities = readdirSync(`${content}/municipalities`).map((f) => [f.replace('.yaml', ''), load(`${content}/municipalities/${f}`, municipalitySchema)] as const);
const schools = new Map<string, School>(readdirSync(`${content}/schools`).flatMap((m) => readdirSync(`${content}/schools/${m}`).map((f) => [f.replace('.yaml', ''), load(`${content}/schools/${m}/${f}`, schoolSchema)] as const)));
const deficits = (parseYaml(readFileSync(`${content}/deficits.yaml`, 'utf8')) as { deficits: { number: number; title: string }[] }).deficits;

/** Seed 001, the template of a municipal support programme: its sections and what each holds. */
const SEED_001: { section: string; heading: string; values: (m: Municipality, id: string) => string[] }[] = [
  { section: 'Название муниципалитета', heading: '', values: (m) => [m.name] },
  { section: '1. Список школ с НОР: № п/п, полное наименование ШНОР, ФИО школьного координатора, контактный телефон', heading: '1. Школы с низкими образовательными результатами',
    values: (m, id) => ['№ п/п', 'Полное наименование школы', 'Школьный координатор', ...[...schools].filter(([, s]) => s.municipality === id && s.project500).map(([, s]) => s.fullName),
      ...m.lowResultSchools.flatMap((x) => [x.coordinator.position, ...(x.coordinator.consentToPublish ? [x.coordinator.name ?? '', x.coordinator.phone ?? ''] : [])])] },
  { section: '2. Список школ с высокими рисками: полное наименование, основание, контактный телефон руководителя', heading: '2. Школы с высокими рисками низких образовательных результатов',
    values: (m) => ['Основание', 'Руководитель', ...m.highRiskSchools.flatMap((h) => [schools.get(h.school)!.fullName, h.grounds, h.head.position, ...(h.head.consentToPublish ? [h.head.name ?? '', h.head.phone ?? ''] : [])])] },
  { section: '3. Программа поддержки включает', heading: '3. Программа поддержки включает', values: (m) => m.programme.components },
  { section: '4. План-график мероприятий программы на год: мероприятие, срок', heading: '4. План-график мероприятий программы на', values: (m) => m.programme.events.flatMap((e) => [e.title, formatTerm(e.when)]) },
  { section: '5. Диагностика факторов риска на основании приказа с … по … ежегодно', heading: '5. Диагностика факторов риска учебной неуспешности',
    values: (m) => [formatDate(m.programme.diagnosticsPeriod.start), formatDate(m.programme.diagnosticsPeriod.end), m.programme.diagnosticsPeriod.order ?? ''] },
  { section: '6. Выявленные дефициты: №, выявленный дефицит, краткое наименование школ', heading: '6. Выявленные дефициты',
    values: (m) => ['Выявленный дефицит', 'Школы (по данным муниципалитета)', 'Подсказка по рисковым профилям', ...deficits.map((d) => d.title), ...m.programme.deficitFindings.map((f) => schools.get(f.school)!.shortName)] },
  { section: '7. Планируемые меры поддержки: цель, задачи, дорожная карта', heading: '7. Планируемые меры поддержки', values: (m) => [m.programme.goal ?? '', ...m.programme.tasks, ...m.programme.roadmapStructure] },
  { section: '8. Система мониторинга: мероприятие, источник информации', heading: '8. Система мониторинга хода реализации проекта',
    values: (m) => m.programme.monitoring.flatMap((x) => [x.element, ...x.sources, ...x.data.map((d) => d.indicator)]) },
  { section: '9. Сопровождение деятельности школьных координаторов: срок', heading: '9. Сопровождение деятельности школьных координаторов',
    values: (m) => m.programme.coordinatorSupport.flatMap((c) => [c.text, c.frequency ?? '', c.when ? formatTerm(c.when) : '']) },
  { section: '10. Вовлечение других участников образовательных отношений', heading: '10. Вовлечение других участников образовательных отношений',
    values: (m) => m.programme.parentInvolvement.flatMap((x) => [x.text, ...x.resources.map((r) => r.title)]) },
];

/** Seed 004, a municipal roadmap: the columns of its table. */
const SEED_004_COLUMNS = ['№ п/п', 'Описание действий', 'Дата реализации', 'Исполнитель', 'Ожидаемый результат'];

describe('support programme (seed 001) on /municipalitety/<id>/', () => {
  it('has sample content for every municipality', () => expect(municipalities.length).toBeGreaterThanOrEqual(3));
  for (const [id, m] of municipalities) {
    const text = pageText(`dist/municipalitety/${id}/index.html`);
    for (const s of SEED_001) {
      it(`${id}: ${s.section}`, () => {
        if (s.heading) expect(text).toContain(s.heading);
        const values = s.values(m, id).filter(Boolean);
        expect(values.length, 'the section has content').toBeGreaterThan(0);
        for (const v of values) expect(text, v).toContain(norm(v));
      });
    }
    it(`${id}: deficits in the order 1–17`, () => {
      const at = deficits.map((d) => text.indexOf(norm(d.title), text.indexOf('6. Выявленные дефициты')));
      expect(at.every((x, i) => x > 0 && (i === 0 || x > at[i - 1]))).toBe(true);
    });
    it(`${id}: a name or a phone appears only where consent is given`, () => {
      const html = readFileSync(`dist/municipalitety/${id}/index.html`, 'utf8');
      const contacts = [...m.lowResultSchools.map((x) => x.coordinator), ...m.highRiskSchools.map((h) => h.head)];
      for (const c of contacts.filter((x) => x.consentToPublish && x.phone)) expect(html).toMatch(new RegExp(`<span data-consented[^>]*>[^<]*${c.phone!.replace(/[()]/g, '\\$&')}`));
    });
  }
});

describe('municipal roadmap (seed 004) on /municipalitety/<id>/<year>/', () => {
  const files = readdirSync(`${content}/municipal-roadmaps`);
  it('exists for every sample municipality and is linked from its page', () => {
    expect(files.length).toBeGreaterThanOrEqual(municipalities.length);
    for (const f of files) {
      const r = load(`${content}/municipal-roadmaps/${f}`, municipalRoadmapSchema);
      expect(readFileSync(`dist/municipalitety/${r.municipality}/index.html`, 'utf8')).toContain(`href="/municipalitety/${r.municipality}/${r.year}/"`);
    }
  });
  for (const f of files) {
    const r: MunicipalRoadmap = load(`${content}/municipal-roadmaps/${f}`, municipalRoadmapSchema);
    it(`${f}: every field of every action, in its numbered order`, () => {
      for (const page of ['index.html', 'embed/index.html']) {
        const text = pageText(`dist/municipalitety/${r.municipality}/${r.year}/${page}`);
        for (const c of [...SEED_004_COLUMNS, String(r.year), r.title]) expect(text).toContain(c);
        let from = 0;
        r.actions.forEach((a, i) => {
          const at = text.indexOf(`${i + 1}. ${norm(a.text)}`, from);
          expect(at, `action ${i + 1}`).toBeGreaterThan(from - 1);
          from = at;
          const row = text.slice(at, text.indexOf(`${i + 2}. `, at + 1) > 0 ? text.indexOf(`${i + 2}. `, at + 1) : undefined);
          for (const v of [formatTerm(a.when), ...a.executors.map((e) => ROLES[e]), a.executorOrg ?? '', a.expectedResult, ...a.evidence.map((e) => e.title)].filter(Boolean)) expect(row, `action ${i + 1}: ${v}`).toContain(norm(v));
        });
      }
    });
  }
});

/** Text of the element with the id, from the built HTML. */
function textById(html: string, id: string): string {
  let found: HtmlNode | undefined;
  walkHtml(parseHtml(html), (n) => {
    if (found) return false;
    if (isElement(n) && attr(n, 'id') === id) found = n;
  });
  let text = '';
  if (found) walkHtml(found, (n) => { if (n.nodeName === '#text') text += ` ${(n as { value: string }).value}`; });
  return norm(text);
}

describe('calendar: the source of each date', () => {
  const calendar = load(`${content}/calendar/2025.yaml`, calendarSchema);
  const html = readFileSync('dist/kalendar/index.html', 'utf8');
  it('names the document of every event next to its date', () => {
    for (const e of calendar.events) expect(textById(html, e.id), e.id).toContain(`Источник даты: ${norm(e.source)}`);
  });
  it('shows the other document’s date beside an event it disagrees with', () => {
    const byId = new Map(calendar.events.map((e) => [e.id, e]));
    const linked = calendar.events.filter((e) => e.differsFrom);
    expect(linked.length).toBeGreaterThan(0);
    for (const e of linked) {
      const other = byId.get(e.differsFrom!)!;
      const text = textById(html, e.id);
      expect(text).toContain(norm(other.title));
      expect(text).toContain(norm(other.source));
    }
  });
  it('explains where the dates come from', () => {
    expect(pageText('dist/kalendar/index.html')).toContain('Откуда даты');
  });
  it('has pages for the regional methodological team and the teacher', () => {
    for (const role of ['rma', 'teacher']) {
      const events = calendar.events.filter((e) => e.actions.some((a) => a.role === role));
      const text = pageText(`dist/kalendar/${role}/index.html`);
      for (const e of events) for (const a of e.actions.filter((x) => x.role === role)) expect(text).toContain(norm(a.text));
    }
  });
});
