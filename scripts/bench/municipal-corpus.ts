/**
 * The municipal part of the benchmark corpus: one municipal roadmap per municipality (seed 004's
 * structure: numbered actions with a month or a period, executors, expected result) and the
 * programme's school lists with positions.
 */
import { Rng } from './rng.ts';

interface CorpusSchool {
  id: string;
  project500: boolean;
}

/** Seed 004's actions: what, when (months of the year), who, what comes of it. */
const ACTIONS: [string, [number, number?], string[], string][] = [
  ['Анкетирование участников образовательных отношений в школах с низкими результатами', [5], ['municipal-coordinator'], 'Определены рисковые профили школ'],
  ['Диагностика педагогического и административного состава школ', [5], ['municipal-coordinator'], 'Аналитическая справка'],
  ['Подбор кандидатур кураторов по итогам анкетирования', [5], ['mouo'], 'Утверждён список кураторов'],
  ['Региональная диагностика кураторов', [5], ['municipal-coordinator'], 'Аналитический отчёт'],
  ['Региональная диагностика управленческих компетенций директоров', [6], ['municipal-coordinator'], 'Аналитический отчёт'],
  ['Посещение куратором закреплённой школы', [6], ['municipal-coordinator', 'curator'], 'Обозначены меры преодоления рисков'],
  ['Подготовка концептуальных документов школ', [6], ['municipal-coordinator', 'school-director'], 'Концепция программы развития'],
  ['Консультации муниципального консультационного центра', [5, 12], ['mkc'], 'Оказана информационно-методическая помощь'],
  ['Поддержка муниципального центра региональным консультационным центром', [5, 12], ['rkc'], 'Оказана информационно-методическая поддержка'],
  ['Мониторинг концептуальных документов школ', [7], ['municipal-coordinator'], 'Аналитический отчёт'],
  ['Мероприятия школ по преодолению рисков', [7, 12], ['school-director', 'curator'], 'Отчёты о проведённых мероприятиях'],
  ['Мониторинг обеспеченности школ ресурсами и кадрами', [8], ['mouo', 'municipal-coordinator'], 'Аналитический отчёт'],
  ['Мониторинг позитивных изменений в школах', [12], ['mouo', 'municipal-coordinator'], 'Аналитический отчёт'],
];
const STATUSES = ['done', 'done', 'in_progress', 'planned', 'not_done'] as const;
const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The municipal roadmap of one municipality (content/municipal-roadmaps/<id>-<year>.yaml). */
export function municipalRoadmap(seed: number, municipality: { id: string; name: string; schools: CorpusSchool[] }, year: number) {
  const r = new Rng(seed, `municipal-roadmap:${municipality.id}`);
  const shnor = municipality.schools.filter((s) => s.project500).map((s) => s.id);
  const actions = ACTIONS.map(([text, [from, to], executors, expectedResult]) => ({
    text: `${text} (${municipality.name})`,
    when: to ? { from: month(year, from), to: month(year, to) } : { from: month(year, from) },
    executors,
    expectedResult,
    status: r.pick(STATUSES),
    ...(executors.includes('school-director') && shnor.length ? { schools: r.sample(shnor, Math.min(3, shnor.length)) } : {}),
  }));
  const approved = r.chance(0.7);
  return {
    municipality: municipality.id,
    year,
    title: `Дорожная карта по работе со школами с низкими образовательными результатами: ${municipality.name}`,
    actions,
    approval: {
      status: approved ? 'approved' : 'submitted',
      history: [
        { date: `${year}-04-10`, status: 'submitted', by: 'municipal-coordinator' },
        ...(approved ? [{ date: `${year}-04-17`, status: 'approved', by: 'mouo' }] : []),
      ],
    },
  };
}

/** § 1 of the programme: the «500+» schools with their school coordinators as positions. */
export function lowResultSchools(schools: readonly CorpusSchool[]) {
  return schools.filter((s) => s.project500).slice(0, 20).map((s) => ({ school: s.id, coordinator: { position: 'заместитель директора по учебной работе', consentToPublish: false } }));
}
