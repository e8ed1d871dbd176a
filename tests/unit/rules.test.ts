/**
 * Cross-file rules (src/lib/rules.ts) on plain in-memory entries: each rule catches its problem,
 * and a correct set of entries passes without errors.
 */
import { describe, expect, it } from 'vitest';
import type { ContentError, RawEntry } from '../../src/lib/content-errors.ts';
import { checkRules, MIN_RETURN_COMMENT, type EntriesByCollection } from '../../src/lib/rules.ts';

type Obj = Record<string, any>;

const entry = (collection: string, id: string, data: unknown, folder?: string): RawEntry => ({
  collection,
  id,
  folder,
  file: `content/${collection}/${folder ? `${folder}/` : ''}${id}.yaml`,
  data,
});

/** A correct roadmap of sosh-1 (profile: R06 high, R07 medium, R02 low). */
function roadmap(): Obj {
  return {
    school: 'sosh-1',
    year: 2025,
    period: { start: '2025-01-15', end: '2025-12-20' },
    goal: 'Снизить долю обучающихся с низкой учебной мотивацией.',
    directions: [{ direction: 'R06', verified: true }],
    tasks: [{ id: 't1', direction: 'R06', text: 'Ввести формирующее оценивание.' }],
    indicators: [{ id: 'i1', name: 'Доля с низкой мотивацией', unit: '%', baseline: 34, target: 25, method: 'анкета', actuals: [] }],
    activities: [
      { task: 't1', measure: 'formiruyushchee-otsenivanie', title: 'Практикум', start: '2025-03-01', end: '2025-05-31', stage: 'stage1', responsible: 'заместитель директора по УВР', indicator: 'i1', status: 'in_progress' },
      { task: 't1', title: 'Анкетирование', start: '2025-09-01', end: '2025-10-31', stage: 'stage2', responsible: 'педагог-психолог', expectedResult: 'Справка.', status: 'planned' },
    ],
    approval: {
      status: 'approved',
      history: [
        { date: '2025-02-10', status: 'submitted', by: 'school-director' },
        { date: '2025-02-14', status: 'returned', by: 'curator', comment: 'Добавьте показатель к задаче t1.' },
        { date: '2025-02-20', status: 'submitted', by: 'school-director' },
        { date: '2025-02-25', status: 'approved', by: 'curator' },
      ],
    },
  };
}

function school(id: string, extra: Obj = {}): Obj {
  return {
    shortName: id,
    fullName: `Школа ${id}`,
    municipality: 'zarechnyy',
    project500: true,
    curator: { role: 'curator', consentToPublish: false },
    riskProfile: [
      { direction: 'R06', significance: 'high' },
      { direction: 'R07', significance: 'medium' },
      { direction: 'R02', significance: 'low' },
    ],
    visits: [],
    ...extra,
  };
}

/** A correct set of entries of every collection the rules look at. */
function world(): EntriesByCollection {
  return {
    roles: [entry('roles', 'curator', { title: 'Куратор' }), entry('roles', 'school-director', { title: 'Директор' })],
    directions: [entry('directions', 'R06', { code: 'R06', legacyDeficits: [1, 2] })],
    deficits: [entry('deficits', 'deficits', { deficits: [{ number: 1, title: 'a' }, { number: 2, title: 'b' }] })],
    measures: [entry('measures', 'formiruyushchee-otsenivanie', { title: 'Формирующее оценивание' })],
    practices: [entry('practices', 'praktika', { municipality: 'zarechnyy', measures: ['formiruyushchee-otsenivanie'] })],
    calendar: [entry('calendar', '2025', { year: 2025, events: [{ id: 'e1', start: '2025-01-20', end: '2025-01-31' }, { id: 'e2', start: '2025-03-01', end: '2025-03-01' }] })],
    municipalities: [
      entry('municipalities', 'zarechnyy', { programme: { diagnosticsPeriod: { start: '2025-01-10', end: '2025-01-31' } }, highRiskSchools: [{ school: 'sosh-1', grounds: 'Низкие результаты.' }] }),
      entry('municipalities', 'lesnoy', { programme: {}, highRiskSchools: [] }),
    ],
    schools: [
      entry('schools', 'sosh-1', school('sosh-1'), 'zarechnyy'),
      entry('schools', 'sosh-2', school('sosh-2', { partnerSchool: 'sosh-1' }), 'zarechnyy'),
      entry('schools', 'sosh-3', school('sosh-3', { municipality: 'lesnoy' }), 'lesnoy'),
    ],
    roadmaps: [entry('roadmaps', 'sosh-1-2025', roadmap(), 'zarechnyy')],
  };
}

const brief = (errors: ContentError[]) => errors.map((e) => ({ file: e.file, field: e.field, message: e.message }));

/** Runs the rules on the correct world with the roadmap changed by `change`. */
function checkRoadmap(change: (r: Obj) => void, id = 'sosh-1-2025', folder = 'zarechnyy') {
  const w = world();
  const r = roadmap();
  change(r);
  w.roadmaps = [entry('roadmaps', id, r, folder)];
  return brief(checkRules(w));
}

/** Exactly one error, on `field` of the file, whose message contains `fragment`. */
function one(field: string, fragment: string, file = 'content/roadmaps/zarechnyy/sosh-1-2025.yaml') {
  return [{ file, field, message: expect.stringContaining(fragment) }];
}

describe('checkRules: a correct set of entries', () => {
  it('passes without errors', () => {
    expect(checkRules(world())).toEqual([]);
  });
  it('accepts YAML Date objects as dates', () => {
    expect(checkRoadmap((r) => {
      r.period = { start: new Date('2025-01-15'), end: new Date('2025-12-20') };
      r.activities[0].start = new Date('2025-03-01');
    })).toEqual([]);
  });
  it('accepts a medium-significance direction without justification, and a low one with it', () => {
    expect(checkRoadmap((r) => {
      r.directions.push({ direction: 'R07', verified: true }, { direction: 'R02', verified: true, justification: 'Родители просят помощи.' });
      r.tasks.push({ id: 't2', direction: 'R07', text: 'x' }, { id: 't3', direction: 'R02', text: 'y' });
      r.activities.push({ ...r.activities[1], task: 't2' }, { ...r.activities[1], task: 't3' });
    })).toEqual([]);
  });
  it(`accepts a return comment of exactly ${MIN_RETURN_COMMENT} characters`, () => {
    expect(checkRoadmap((r) => { r.approval.history[1].comment = 'Доработать'; })).toEqual([]);
    expect('Доработать').toHaveLength(MIN_RETURN_COMMENT);
  });
  it('tolerates entries of the wrong shape (their schema errors are reported elsewhere)', () => {
    const w = world();
    for (const list of Object.values(w)) list!.push(entry(list![0].collection, 'broken', null, list![0].folder));
    w.roadmaps!.push(entry('roadmaps', 'odd', { school: 5, directions: 'R06', tasks: [null, 3], activities: {}, approval: { history: 'x' } }, 'zarechnyy'));
    expect(() => checkRules(w)).not.toThrow();
  });
  it('leaves impossible dates to the schema', () => {
    expect(checkRoadmap((r) => { r.activities[0].end = '2025-02-30'; r.period.end = '2025-13-01'; })).toEqual([]);
  });
});

describe('checkRules: roadmap rules', () => {
  it('roadmap → school must exist', () => {
    expect(checkRoadmap((r) => { r.school = 'net-takoy'; }, 'net-takoy-2025')).toEqual(
      one('school', 'школа «net-takoy» не найдена', 'content/roadmaps/zarechnyy/net-takoy-2025.yaml'));
  });
  it('the roadmap lies in its school’s municipality folder', () => {
    expect(checkRoadmap(() => {}, 'sosh-1-2025', 'lesnoy')).toEqual(
      one('school', 'а файл лежит в папке «lesnoy». Переместите файл в content/roadmaps/zarechnyy/', 'content/roadmaps/lesnoy/sosh-1-2025.yaml'));
  });
  it('the file is named <school>-<year>', () => {
    expect(checkRoadmap(() => {}, 'dorozhnaya-karta')).toEqual(
      one('', 'имя файла должно быть «sosh-1-2025.yaml»', 'content/roadmaps/zarechnyy/dorozhnaya-karta.yaml'));
  });
  it('one roadmap per school and year: the second is reported', () => {
    const w = world();
    w.roadmaps!.push(entry('roadmaps', 'sosh-1-2025-kopiya', roadmap(), 'zarechnyy'));
    const errors = brief(checkRules(w)).filter((e) => e.field === 'school');
    expect(errors).toEqual(one('school', 'у школы «sosh-1» уже есть дорожная карта на 2025 год (content/roadmaps/zarechnyy/sosh-1-2025.yaml)', 'content/roadmaps/zarechnyy/sosh-1-2025-kopiya.yaml'));
  });
  it('two ids of the same file name are reported as duplicates', () => {
    const w = world();
    w.roadmaps!.push(entry('roadmaps', 'sosh-1-2025', { ...roadmap(), year: 2026 }, 'lesnoy'));
    expect(brief(checkRules(w))).toContainEqual(one('', 'Дорожная карта с идентификатором «sosh-1-2025» уже есть в файле content/roadmaps/zarechnyy/sosh-1-2025.yaml', 'content/roadmaps/lesnoy/sosh-1-2025.yaml')[0]);
  });
  it('period: end not before start', () => {
    expect(checkRoadmap((r) => { r.period = { start: '2025-12-20', end: '2025-01-15' }; r.activities = [r.activities[0]]; r.activities[0].start = r.activities[0].end = '2025-12-20'; }).filter((e) => e.field.startsWith('period')))
      .toEqual(one('period.end', 'окончание периода 2025-01-15 раньше его начала 2025-12-20'));
  });
  it('period covers the roadmap year', () => {
    expect(checkRoadmap((r) => { r.year = 2024; }, 'sosh-1-2024')).toEqual(
      one('period', 'не захватывает 2024 год', 'content/roadmaps/zarechnyy/sosh-1-2024.yaml'));
  });
  it('a direction of low significance needs a justification', () => {
    expect(checkRoadmap((r) => {
      r.directions.push({ direction: 'R02', verified: true });
      r.tasks.push({ id: 't2', direction: 'R02', text: 'x' });
      r.activities.push({ ...r.activities[1], task: 't2' });
    })).toEqual(one('directions[1].justification', 'у направления R02 низкая значимость'));
  });
  it('a direction absent from the risk profile needs a justification', () => {
    expect(checkRoadmap((r) => { r.directions[0].direction = 'R09'; r.tasks[0].direction = 'R09'; }))
      .toEqual(one('directions[0].justification', 'направления R09 нет в рисковом профиле школы'));
    expect(checkRoadmap((r) => { r.directions[0] = { direction: 'R09', verified: true, justification: 'Выявлено при самодиагностике.' }; r.tasks[0].direction = 'R09'; }))
      .toEqual([]);
  });
  it('a direction is chosen once', () => {
    expect(checkRoadmap((r) => { r.directions.push({ direction: 'R06', verified: true }); }))
      .toEqual(one('directions[1].direction', 'направление R06 выбрано дважды'));
  });
  it('every chosen direction has a task', () => {
    expect(checkRoadmap((r) => { r.directions.push({ direction: 'R07', verified: true }); }))
      .toEqual(one('directions[1]', 'у выбранного направления R07 нет ни одной задачи'));
  });
  it('a task serves a chosen direction', () => {
    expect(checkRoadmap((r) => { r.tasks.push({ id: 't2', direction: 'R07', text: 'x' }); r.activities[1].task = 't2'; }))
      .toEqual(one('tasks[1].direction', 'направление R07 не выбрано в разделе directions'));
  });
  it('task ids are unique', () => {
    expect(checkRoadmap((r) => { r.tasks.push({ id: 't1', direction: 'R06', text: 'x' }); }))
      .toEqual(one('tasks[1].id', 'идентификатор задачи «t1» повторяется'));
  });
  it('every task has an activity', () => {
    expect(checkRoadmap((r) => { r.tasks.push({ id: 't2', direction: 'R06', text: 'x' }); }))
      .toEqual(one('tasks[1]', 'у задачи «t2» нет ни одного мероприятия'));
  });
  it('indicator ids are unique', () => {
    expect(checkRoadmap((r) => { r.indicators.push({ ...r.indicators[0] }); }))
      .toEqual(one('indicators[1].id', 'идентификатор показателя «i1» повторяется'));
  });
  it('activity → task must exist', () => {
    expect(checkRoadmap((r) => { r.activities[1].task = 't9'; }))
      .toEqual(one('activities[1].task', 'задача «t9» не найдена в разделе tasks'));
  });
  it('activity → measure must exist in the catalog', () => {
    expect(checkRoadmap((r) => { r.activities[0].measure = 'net-takoy-mery'; }))
      .toEqual(one('activities[0].measure', 'мера «net-takoy-mery» не найдена в каталоге'));
  });
  it('activity → indicator must exist', () => {
    expect(checkRoadmap((r) => { r.activities[0].indicator = 'i9'; }))
      .toEqual(one('activities[0].indicator', 'показатель «i9» не найден в разделе indicators'));
  });
  it('an activity has an indicator or an expected result', () => {
    expect(checkRoadmap((r) => { delete r.activities[1].expectedResult; }))
      .toEqual(one('activities[1]', 'ни показателя (indicator), ни ожидаемого результата (expectedResult)'));
    expect(checkRoadmap((r) => { r.activities[1].expectedResult = '   '; }))
      .toEqual(one('activities[1]', 'ни показателя (indicator), ни ожидаемого результата (expectedResult)'));
  });
  it('an activity starts no later than it ends', () => {
    expect(checkRoadmap((r) => { r.activities[1].start = '2025-11-01'; }))
      .toEqual(one('activities[1].end', 'срок окончания 2025-10-31 раньше начала 2025-11-01'));
  });
  it('an activity starts inside the period', () => {
    expect(checkRoadmap((r) => { r.activities[0].start = '2025-01-14'; }))
      .toEqual(one('activities[0].start', 'дата начала 2025-01-14 вне периода дорожной карты (2025-01-15 — 2025-12-20)'));
  });
  it('an activity ends inside the period', () => {
    expect(checkRoadmap((r) => { r.activities[1].end = '2025-12-21'; }))
      .toEqual(one('activities[1].end', 'срок 2025-12-21 вне периода дорожной карты (2025-01-15 — 2025-12-20)'));
  });
  it('approval.status equals the last history entry', () => {
    expect(checkRoadmap((r) => { r.approval.status = 'in_progress'; }))
      .toEqual(one('approval.status', 'статус «in_progress» не совпадает с последней записью истории («approved»)'));
  });
  it('a return for revision has a comment', () => {
    expect(checkRoadmap((r) => { delete r.approval.history[1].comment; }))
      .toEqual(one('approval.history[1].comment', 'возврат на доработку без комментария'));
  });
  it(`a return comment has at least ${MIN_RETURN_COMMENT} characters (spaces around do not count)`, () => {
    expect(checkRoadmap((r) => { r.approval.history[1].comment = '  Исправить   '; }))
      .toEqual(one('approval.history[1].comment', `короче ${MIN_RETURN_COMMENT} символов`));
  });
  it('history entries go in date order', () => {
    expect(checkRoadmap((r) => { r.approval.history[2].date = '2025-02-12'; }))
      .toEqual(one('approval.history[2].date', 'дата 2025-02-12 раньше предыдущей записи (2025-02-14)'));
  });
});

describe('checkRules: other collections', () => {
  const run = (change: (w: EntriesByCollection) => void) => {
    const w = world();
    change(w);
    return brief(checkRules(w));
  };
  it('ids are unique within a collection', () => {
    expect(run((w) => { w.measures!.push({ ...entry('measures', 'formiruyushchee-otsenivanie', {}), file: 'content/measures/formiruyushchee-otsenivanie.md' }); }))
      .toEqual(one('', 'Мера с идентификатором «formiruyushchee-otsenivanie» уже есть в файле content/measures/formiruyushchee-otsenivanie.yaml', 'content/measures/formiruyushchee-otsenivanie.md'));
  });
  it('a role file is named after a known role', () => {
    expect(run((w) => { w.roles!.push(entry('roles', 'zavuch', {})); })).toEqual(one('', 'роль «zavuch» не входит в список ролей', 'content/roles/zavuch.yaml'));
  });
  it('a direction code equals its file name', () => {
    expect(run((w) => { w.directions![0].data = { code: 'R07', legacyDeficits: [] }; })).toEqual(one('code', 'код «R07» не совпадает с именем файла «R06»', 'content/directions/R06.yaml'));
  });
  it('a direction file is one of R01–R10', () => {
    expect(run((w) => { w.directions!.push(entry('directions', 'R11', {})); })).toEqual(one('', 'файл «R11» не соответствует ни одному направлению R01–R10', 'content/directions/R11.yaml'));
  });
  it('direction → legacy deficit must exist', () => {
    expect(run((w) => { w.directions![0].data = { code: 'R06', legacyDeficits: [1, 5] }; })).toEqual(one('legacyDeficits[1]', 'дефицит № 5 не найден', 'content/directions/R06.yaml'));
  });
  it('deficit numbers are unique', () => {
    expect(run((w) => { (w.deficits![0].data as Obj).deficits.push({ number: 2, title: 'c' }); })).toEqual(one('deficits[2].number', 'номер 2 повторяется', 'content/deficits/deficits.yaml'));
  });
  it('practice → municipality and practice → measure must exist', () => {
    expect(run((w) => { w.practices![0].data = { municipality: 'net-takogo', measures: ['formiruyushchee-otsenivanie', 'net-takoy-mery'] }; })).toEqual([
      ...one('municipality', 'Муниципалитет «net-takogo» не найден', 'content/practices/praktika.yaml'),
      ...one('measures[1]', 'Мера «net-takoy-mery» не найдена', 'content/practices/praktika.yaml'),
    ]);
  });
  it('a calendar year equals its file name', () => {
    expect(run((w) => { (w.calendar![0].data as Obj).year = 2026; }).filter((e) => e.field === 'year')).toEqual(one('year', 'год 2026 не совпадает с именем файла «2025»', 'content/calendar/2025.yaml'));
  });
  it('calendar events: unique ids, end not before start, inside the year', () => {
    expect(run((w) => { (w.calendar![0].data as Obj).events = [
      { id: 'e1', start: '2025-02-01', end: '2025-01-31' },
      { id: 'e1', start: '2025-03-01', end: '2025-03-01' },
      { id: 'e3', start: '2024-12-30', end: '2025-01-10' },
    ]; })).toEqual([
      ...one('events[0].end', 'дата окончания 2025-01-31 раньше даты начала 2025-02-01', 'content/calendar/2025.yaml'),
      ...one('events[1].id', 'идентификатор события «e1» повторяется', 'content/calendar/2025.yaml'),
      ...one('events[2].start', 'дата 2024-12-30 не относится к 2025 году', 'content/calendar/2025.yaml'),
    ]);
  });
  it('a municipality’s diagnostics period ends after it starts', () => {
    expect(run((w) => { (w.municipalities![0].data as Obj).programme.diagnosticsPeriod = { start: '2025-02-01', end: '2025-01-31' }; }))
      .toEqual(one('programme.diagnosticsPeriod.end', 'окончание диагностики 2025-01-31 раньше начала 2025-02-01', 'content/municipalities/zarechnyy.yaml'));
  });
  it('municipality.highRiskSchools → school must exist and belong to the municipality', () => {
    expect(run((w) => { (w.municipalities![0].data as Obj).highRiskSchools = [{ school: 'net-takoy' }, { school: 'sosh-3' }]; })).toEqual([
      ...one('highRiskSchools[0].school', 'школа «net-takoy» не найдена', 'content/municipalities/zarechnyy.yaml'),
      ...one('highRiskSchools[1].school', 'школа «sosh-3» относится к другому муниципалитету (lesnoy)', 'content/municipalities/zarechnyy.yaml'),
    ]);
  });
  it('school → municipality must exist', () => {
    expect(run((w) => { w.schools!.push(entry('schools', 'sosh-9', school('sosh-9', { municipality: 'net-takogo' }), 'net-takogo')); }))
      .toEqual(one('municipality', 'Муниципалитет «net-takogo» не найден', 'content/schools/net-takogo/sosh-9.yaml'));
  });
  it('a school’s municipality equals its folder', () => {
    expect(run((w) => { (w.schools![1].data as Obj).municipality = 'lesnoy'; }))
      .toEqual(one('municipality', 'муниципалитет «lesnoy» не совпадает с папкой «zarechnyy»', 'content/schools/zarechnyy/sosh-2.yaml'));
  });
  it('school → partnerSchool must exist and be another school', () => {
    expect(run((w) => { (w.schools![1].data as Obj).partnerSchool = 'net-takoy'; }))
      .toEqual(one('partnerSchool', 'школа-партнёр «net-takoy» не найдена', 'content/schools/zarechnyy/sosh-2.yaml'));
    expect(run((w) => { (w.schools![1].data as Obj).partnerSchool = 'sosh-2'; }))
      .toEqual(one('partnerSchool', 'школа указана партнёром самой себе', 'content/schools/zarechnyy/sosh-2.yaml'));
  });
  it('a direction appears once in a risk profile', () => {
    expect(run((w) => { (w.schools![1].data as Obj).riskProfile.push({ direction: 'R06', significance: 'low' }); }))
      .toEqual(one('riskProfile[3].direction', 'направление R06 указано в профиле дважды', 'content/schools/zarechnyy/sosh-2.yaml'));
  });
});
