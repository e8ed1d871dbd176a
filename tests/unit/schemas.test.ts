/**
 * Normalisation and Russian messages of the zod schemas (src/schemas): what Decap and Astro's YAML reader
 * write (Date objects, "" for a cleared field, [] for an emptied list) and what a methodist reads.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fieldPath } from '../../src/lib/content-errors.ts';
import { isoDate, optional, slug, text, toIsoDate } from '../../src/schemas/common.ts';
import { municipalitySchema } from '../../src/schemas/municipalities.ts';
import { practiceSchema } from '../../src/schemas/practices.ts';
import { roadmapSchema } from '../../src/schemas/roadmaps.ts';
import { roleSchema } from '../../src/schemas/roles.ts';
import { schoolSchema } from '../../src/schemas/schools.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';

type Obj = Record<string, any>;

/** Field path and message of every issue, or [] when the data passes. */
function issues(schema: z.ZodType, data: unknown) {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => ({ field: fieldPath(i.path), message: i.message }));
}

function parse<T extends z.ZodType>(schema: T, data: unknown): Obj {
  const r = schema.safeParse(data);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues, null, 2));
  return r.data as Obj;
}

const roadmap = (): Obj => ({
  school: 'sosh-1',
  year: 2025,
  period: { start: '2025-01-15', end: '2025-12-20' },
  goal: 'Снизить долю обучающихся с низкой учебной мотивацией.',
  directions: [{ direction: 'R06', verified: true }],
  tasks: [{ id: 't1', direction: 'R06', text: 'Ввести формирующее оценивание.' }],
  indicators: [{ id: 'i1', name: 'Доля', unit: '%', baseline: 34, target: 25, method: 'анкета', actuals: [{ date: '2025-05-30', value: 29 }] }],
  activities: [{ task: 't1', measure: 'formiruyushchee-otsenivanie', title: 'Практикум', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'заместитель директора по УВР', indicator: 'i1', status: 'in_progress', evidence: [{ stage: 'stage1', title: 'Приказ', url: 'https://example.org/prikaz.pdf', approval: { status: 'submitted', history: [{ date: '2025-05-20', status: 'submitted', by: 'school-coordinator' }] } }] }],
  approval: { status: 'submitted', history: [{ date: '2025-02-10', status: 'submitted', by: 'school-director' }] },
});

const school = (): Obj => ({
  shortName: 'СОШ № 1',
  fullName: 'Вымышленная средняя школа № 1',
  municipality: 'zarechnyy',
  project500: true,
  siteUrl: 'https://example.org',
  partnerSchool: 'sosh-2',
  curator: { role: 'curator', consentToPublish: false },
  riskProfile: [{ direction: 'R06', significance: 'high' }],
  visits: [{ date: '2025-03-12', byRole: 'curator', purpose: 'Выезд.', result: 'Итог.' }],
});

describe('dates', () => {
  it('normalises a YAML Date and a string to YYYY-MM-DD', () => {
    expect(isoDate.parse(new Date('2025-01-15'))).toBe('2025-01-15');
    expect(isoDate.parse(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(isoDate.parse('2025-01-15')).toBe('2025-01-15');
    expect(isoDate.parse(' 2025-01-15 ')).toBe('2025-01-15');
    expect(toIsoDate(new Date('2025-01-15'))).toBe('2025-01-15');
    expect(toIsoDate(new Date('nonsense'))).toBeUndefined();
  });
  it('gives the same roadmap whether Decap/Astro wrote Dates or strings', () => {
    const withDates = roadmap();
    withDates.period = { start: new Date('2025-01-15'), end: new Date('2025-12-20') };
    withDates.activities[0].start = new Date('2025-03-01');
    withDates.indicators[0].actuals[0].date = new Date('2025-05-30');
    withDates.approval.history[0].date = new Date('2025-02-10');
    expect(parse(roadmapSchema, withDates)).toEqual(parse(roadmapSchema, roadmap()));
    expect(parse(roadmapSchema, withDates).period).toEqual({ start: '2025-01-15', end: '2025-12-20' });
  });
  it('rejects dates that do not exist, in Russian', () => {
    expect(issues(isoDate, '2025-02-30')).toEqual([{ field: '', message: 'дата 2025-02-30 не существует. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
    expect(issues(isoDate, '2025-13-01')).toEqual([{ field: '', message: 'дата 2025-13-01 не существует. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
    expect(issues(isoDate, '2023-02-29')).toEqual([{ field: '', message: 'дата 2023-02-29 не существует. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
    const r = roadmap();
    r.activities[0].end = '2025-02-30';
    expect(issues(roadmapSchema, r)).toEqual([{ field: 'activities[0].end', message: 'дата 2025-02-30 не существует. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
  });
  it('rejects text that is not an ISO date', () => {
    expect(issues(isoDate, '15.01.2025')).toEqual([{ field: '', message: '«15.01.2025» — не дата. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
    expect(issues(isoDate, '2025-1-5')).toEqual([{ field: '', message: '«2025-1-5» — не дата. Укажите дату в формате ГГГГ-ММ-ДД.' }]);
  });
});

describe('empty values written by Decap', () => {
  it('treats "" and null in optional fields as missing', () => {
    const s = parse(schoolSchema, { ...school(), siteUrl: '', partnerSchool: null, example: '' });
    expect(s.siteUrl).toBeUndefined();
    expect(s.partnerSchool).toBeUndefined();
    expect(s.example).toBeUndefined();
    const r = roadmap();
    Object.assign(r.activities[0], { measure: '', indicator: '', expectedResult: 'Справка.' });
    Object.assign(r.directions[0], { justification: '' });
    const parsed = parse(roadmapSchema, r);
    expect(parsed.activities[0].measure).toBeUndefined();
    expect(parsed.activities[0].indicator).toBeUndefined();
    expect(parsed.directions[0].justification).toBeUndefined();
  });
  it('treats [] in optional fields as missing', () => {
    const s = parse(schoolSchema, { ...school(), siteUrl: [], partnerSchool: [] });
    expect(s.siteUrl).toBeUndefined();
    expect(s.partnerSchool).toBeUndefined();
    const r = roadmap();
    r.activities[0].measure = [];
    expect(parse(roadmapSchema, r).activities[0].measure).toBeUndefined();
    expect(optional(text).parse([])).toBeUndefined();
  });
  it('treats "" and absent optional lists as empty lists', () => {
    const s = school();
    delete s.visits;
    const parsed = parse(schoolSchema, { ...s, riskProfile: '' });
    expect(parsed.visits).toEqual([]);
    expect(parsed.riskProfile).toEqual([]);
    const r = roadmap();
    r.activities[0].evidence = [];
    r.indicators[0].actuals = null;
    const pr = parse(roadmapSchema, r);
    expect(pr.activities[0].evidence).toEqual([]);
    expect(pr.indicators[0].actuals).toEqual([]);
  });
  it('does not let [] or "" satisfy a required list or text', () => {
    expect(issues(roadmapSchema, { ...roadmap(), tasks: [] })).toEqual([{ field: 'tasks', message: 'список пуст. Добавьте хотя бы один элемент.' }]);
    expect(issues(roadmapSchema, { ...roadmap(), tasks: '' })).toEqual([{ field: 'tasks', message: 'обязательное поле не заполнено. Заполните его.' }]);
    expect(issues(roadmapSchema, { ...roadmap(), goal: '' })).toEqual([{ field: 'goal', message: 'поле пустое. Заполните его.' }]);
    expect(issues(roadmapSchema, { ...roadmap(), goal: '   ' })).toEqual([{ field: 'goal', message: 'поле пустое. Заполните его.' }]);
  });
});

describe('Russian messages', () => {
  it('a missing required field', () => {
    const r = roadmap();
    delete r.goal;
    delete r.activities[0].responsible;
    delete r.indicators[0].baseline;
    expect(issues(roadmapSchema, r)).toEqual([
      { field: 'goal', message: 'обязательное поле не заполнено. Заполните его.' },
      { field: 'indicators[0].baseline', message: 'обязательное поле не заполнено. Заполните его.' },
      { field: 'activities[0].responsible', message: 'обязательное поле не заполнено. Заполните его.' },
    ]);
  });
  it('a missing required date (a union of text and Date)', () => {
    const r = roadmap();
    delete r.activities[0].end;
    expect(issues(roadmapSchema, r)).toEqual([{ field: 'activities[0].end', message: 'обязательное поле не заполнено. Заполните его.' }]);
  });
  it('a missing required choice (an enum)', () => {
    const r = roadmap();
    delete r.activities[0].status;
    expect(issues(roadmapSchema, r)).toEqual([
      { field: 'activities[0].status', message: 'обязательное поле не заполнено. Выберите одно из: planned, in_progress, done, not_done, postponed.' },
    ]);
  });
  it('a value of the wrong type', () => {
    expect(issues(roadmapSchema, { ...roadmap(), year: '2025' })).toEqual([{ field: 'year', message: 'ожидается число, а указано: текст «2025». Исправьте значение.' }]);
    expect(issues(schoolSchema, { ...school(), project500: 'да' })).toEqual([{ field: 'project500', message: 'ожидается да/нет (true или false), а указано: текст «да». Исправьте значение.' }]);
    expect(issues(roadmapSchema, { ...roadmap(), tasks: { id: 't1' } })).toEqual([{ field: 'tasks', message: 'ожидается список, а указано: набор полей. Исправьте значение.' }]);
    expect(issues(roadmapSchema, { ...roadmap(), goal: 5 })).toEqual([{ field: 'goal', message: 'ожидается текст, а указано: число 5. Исправьте значение.' }]);
  });
  it('an unknown key, at the top and nested', () => {
    expect(issues(roadmapSchema, { ...roadmap(), owner: 'x' })).toEqual([{ field: '', message: 'неизвестное поле: owner. Проверьте написание или удалите.' }]);
    const r = roadmap();
    Object.assign(r.activities[0], { owner: 'x', deadline: '2025-05-31' });
    expect(issues(roadmapSchema, r)).toEqual([{ field: 'activities[0]', message: 'неизвестные поля: owner, deadline. Проверьте написание или удалите.' }]);
  });
  it('a value outside an enum', () => {
    const r = roadmap();
    r.activities[0].status = 'finished';
    expect(issues(roadmapSchema, r)).toEqual([
      { field: 'activities[0].status', message: 'недопустимое значение «finished». Выберите одно из: planned, in_progress, done, not_done, postponed.' },
    ]);
    expect(issues(practiceSchema.shape.directions, ['R11'])).toEqual([
      { field: '[0]', message: 'недопустимое значение «R11». Выберите одно из: R01, R02, R03, R04, R05, R06, R07, R08, R09, R10.' },
    ]);
  });
  it('numbers out of range, bad ids and links', () => {
    expect(issues(roadmapSchema, { ...roadmap(), year: 1999 })).toEqual([{ field: 'year', message: 'значение должно быть не меньше 2020. Исправьте его.' }]);
    expect(issues(slug, 'СОШ 1')).toEqual([{ field: '', message: '«СОШ 1» не подходит как идентификатор. Используйте строчные латинские буквы, цифры и дефис.' }]);
    expect(issues(schoolSchema, { ...school(), siteUrl: 'javascript:alert(1)' })).toEqual([
      { field: 'siteUrl', message: '«javascript:alert(1)» — не адрес веб-страницы. Укажите адрес, начинающийся с https:// (или путь на сайте, начинающийся с /).' },
    ]);
  });
  it('reports every problem of a file at once', () => {
    const data = { title: 'Куратор', level: 'district', summary: '', functions: [], order: 'первый', extra: 1 };
    expect(issues(roleSchema, data).map((i) => i.field).sort()).toEqual(['', 'functions', 'level', 'order', 'summary']);
  });
  it('every collection schema speaks Russian', () => {
    for (const [schema, data] of [[settingsSchema, {}], [municipalitySchema, {}], [schoolSchema, {}], [roadmapSchema, {}]] as const) {
      const found = issues(schema, data);
      expect(found.length).toBeGreaterThan(0);
      for (const i of found) expect(i.message).toMatch(/^обязательное поле не заполнено\./);
    }
  });
});
