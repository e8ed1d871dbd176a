/**
 * Deterministic benchmark corpus: a complete content folder, valid under the schemas and the
 * cross-file rules, with as many schools (one roadmap each), municipalities, measures and practices
 * as asked. Fixed collections (roles, directions, …) are copied from ./content (see static-content.ts).
 *
 * npm run bench:corpus -- --schools 20000 --municipalities 60 --measures 500 --practices 200 --out bench/corpus/national [--seed 1] [--source content]
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIRECTION_CODES, ROLES } from '../../src/data/lists.ts';
import { settingsSchema } from '../../src/schemas/settings.ts';
import { parseYaml } from '../../src/validation/load.ts';
import { Rng } from './rng.ts';
import { dumpYaml, writeStaticCollections, type StaticReport } from './static-content.ts';
import { lowResultSchools, municipalRoadmap } from './municipal-corpus.ts';
import {
  AUDIENCES, INDICATOR_NAMES, MEASURE_KINDS, METHODS, OBJECTS, RESPONSIBLE, RESULTS, SUBJECTS, TAILS, TOPICS,
  actionPhrase, cap, paragraph, placeName, slugify, stem,
} from './words.ts';

export interface CorpusOptions {
  schools: number;
  municipalities: number;
  measures: number;
  practices: number;
  /** Output folder (replaced). */
  out: string;
  seed?: number;
  /** Real content folder to copy the fixed collections from. */
  source?: string;
}

export interface CorpusManifest {
  options: Required<Omit<CorpusOptions, 'out' | 'source'>>;
  year: number;
  counts: Record<string, number>;
  files: number;
  bytes: number;
  static: StaticReport;
  /** Words that occur on very few pages (school place names), for selective search queries. */
  rareWords: string[];
  /** One roadmap file (relative to the corpus) and its page path, for rebuild and page-size checks. */
  sampleRoadmap: { file: string; path: string };
  sampleMeasure: string;
  samplePractice: string;
  sampleMunicipality: string;
}

const MANIFEST = '.corpus.json';
type Code = (typeof DIRECTION_CODES)[number];
type Sig = 'high' | 'medium' | 'low';

interface School {
  id: string;
  municipality: string;
  shortName: string;
  place: string;
  project500: boolean;
  siteUrl?: string;
  risk: { direction: Code; significance: Sig }[];
}

/** YYYY-MM-DD of a day of the year (0-based). */
function day(year: number, dayOfYear: number): string {
  return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

const SCHOOL_TYPES: [string, string, string][] = [
  ['СОШ', 'Средняя общеобразовательная школа', 'sosh'],
  ['ООШ', 'Основная общеобразовательная школа', 'oosh'],
  ['Лицей', 'Лицей', 'litsey'],
  ['Гимназия', 'Гимназия', 'gimnaziya'],
  ['ЦО', 'Центр образования', 'tso'],
];
const SETTLEMENTS = [['с.', 'села'], ['д.', 'деревни'], ['пос.', 'посёлка'], ['г.', 'города']];
const COMPONENTS = [
  'Диагностика факторов риска в школах', 'Работа со школьными координаторами', 'Закрепление кураторов за школами',
  'Организация сетевого взаимодействия со школами-партнёрами', 'Методическое сопровождение педагогов', 'Мониторинг реализации дорожных карт',
  'Работа с родительской общественностью', 'Повышение квалификации управленческих команд', 'Обмен лучшими практиками',
];
const MUN_TASKS = [
  'Обеспечить методическую поддержку школ с низкими результатами', 'Организовать работу кураторов', 'Выстроить сетевое взаимодействие школ',
  'Снизить долю обучающихся с рисками учебной неуспешности', 'Повысить объективность оценивания', 'Поддержать молодых педагогов',
  'Вовлечь родителей в жизнь школ', 'Укрепить управленческие команды школ',
];
const MONITORING = ['Реализация дорожных карт', 'Посещение школ кураторами', 'Результаты оценочных процедур', 'Повышение квалификации педагогов', 'Кадровая ситуация', 'Участие родителей'];
const SOURCES = ['отчёты кураторов', 'информационная система мониторинга', 'результаты ВПР', 'анкетирование', 'протоколы методических объединений', 'данные ФИС ОКО'];
const PURPOSES = ['Знакомство с администрацией и педагогами', 'Посещение уроков', 'Обсуждение дорожной карты', 'Консультация школьного координатора', 'Проверка хода мероприятий', 'Анализ результатов диагностики'];
const TASK_VERBS = ['Снизить', 'Повысить', 'Сократить', 'Увеличить', 'Обеспечить', 'Сформировать', 'Развить', 'Укрепить'];
const TASK_OBJECTS = [
  'долю обучающихся с рисками учебной неуспешности', 'учебную мотивацию обучающихся', 'предметную компетентность педагогов',
  'объективность внутренней оценки', 'вовлечённость родителей', 'качество школьной среды', 'число конфликтов между обучающимися',
  'охват дополнительными занятиями', 'использование цифрового оборудования', 'долю педагогов, работающих в сообществах',
  'читательскую активность', 'долю обучающихся с высокой тревожностью',
];
const GOALS = ['Повысить качество образовательных результатов', 'Создать условия для успешного обучения', 'Снизить риски учебной неуспешности', 'Обеспечить рост учебных достижений', 'Перевести школу в эффективный режим работы'];
const STATUSES = ['planned', 'in_progress', 'done', 'done', 'not_done', 'postponed', 'in_progress', 'done'] as const;

function schoolsPerMunicipality(rng: Rng, total: number, count: number): number[] {
  const weights = Array.from({ length: count }, () => 0.4 + rng.next() * 1.2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(total >= count ? 1 : 0, Math.floor((w / sum) * total)));
  let diff = total - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % count) {
    if (diff > 0) { out[i]++; diff--; } else if (out[i] > 1) { out[i]--; diff++; }
  }
  return out;
}

/** The year of the corpus: the real settings' cycle year when present, else 2025. */
function cycleYear(source: string): number {
  const file = join(source, 'settings', 'site.yaml');
  if (existsSync(file)) {
    const parsed = settingsSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data.cycleYear;
  }
  return 2025;
}

export function generateCorpus(options: CorpusOptions): CorpusManifest {
  const seed = options.seed ?? 1;
  const out = resolve(options.out);
  const source = resolve(options.source ?? 'content');
  if (existsSync(out) && readdirSync(out).length && !existsSync(join(out, MANIFEST))) {
    throw new Error(`${out} is not empty and is not a benchmark corpus; refusing to replace it`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const year = cycleYear(source);
  let files = 0;
  let bytes = 0;
  const write = (rel: string, text: string) => {
    const abs = join(out, rel);
    mkdirSync(abs.slice(0, abs.lastIndexOf('/')), { recursive: true });
    writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
  };

  const staticReport = writeStaticCollections(source, out, year);
  write('settings/site.yaml', dumpYaml({
    title: 'ШНОР-знания', region: 'Условная область (корпус для замеров)', operator: 'Региональный центр (корпус для замеров)',
    baseUrl: 'https://shnor.example.org', cycleYear: year,
    cms: { backend: 'gitea', repo: 'bench/shnor-content', branch: 'main' },
  }));

  // Municipalities (names first: schools need them).
  const rng = new Rng(seed, 'corpus');
  const takenPlaces = new Set<string>();
  const muns = Array.from({ length: options.municipalities }, (_, i) => {
    const r = new Rng(seed, `municipality-name:${i}`);
    const root = placeName(r, takenPlaces).split(' ')[0];
    const okrug = r.chance(0.25);
    const adjective = root.replace(/[аоеиыяёуь]+$/, '') + 'ский';
    return {
      id: `${slugify(root)}-${okrug ? 'okrug' : 'rayon'}`,
      name: okrug ? `Городской округ ${root}` : `${adjective} муниципальный район`,
      schools: [] as School[],
    };
  });
  const perMun = schoolsPerMunicipality(rng, options.schools, options.municipalities);

  // Measures.
  const measureIds: string[] = [];
  const measuresByDirection = new Map<Code, string[]>();
  const takenTitles = new Set<string>();
  for (let i = 0; i < options.measures; i++) {
    const r = new Rng(seed, `measure:${i}`);
    let title = '';
    do title = `${r.pick(MEASURE_KINDS)} «${cap(stem(r))}» по вопросам ${r.pick(TOPICS)} ${r.pick(AUDIENCES)}`;
    while (takenTitles.has(title));
    takenTitles.add(title);
    const id = `${slugify(title.split(' по вопросам')[0]).slice(0, 40).replace(/-$/, '')}-${i + 1}`;
    const directions = r.sample(DIRECTION_CODES, r.int(1, 3));
    for (const d of directions) (measuresByDirection.get(d) ?? measuresByDirection.set(d, []).get(d)!).push(id);
    measureIds.push(id);
    const data = {
      title, directions,
      level: r.pick(['school', 'school', 'municipality', 'region']),
      educationLevels: r.sample(['noo', 'ooo', 'soo'], r.int(1, 3)),
      purpose: `${actionPhrase(r)}, чтобы ${r.pick(RESULTS)}.`,
      steps: Array.from({ length: r.int(3, 6) }, () => `${actionPhrase(r)}.`),
      successCriteria: Array.from({ length: r.int(2, 4) }, () => `${cap(r.pick(RESULTS))} ${r.pick(AUDIENCES)}.`),
      indicators: Array.from({ length: r.int(1, 3) }, () => {
        const [name, unit] = r.pick(INDICATOR_NAMES);
        return { name: `${name} ${r.pick(SUBJECTS)}`, unit, howMeasured: `${cap(r.pick(METHODS))} ${r.pick(TAILS)}.` };
      }),
      evidenceExamples: Array.from({ length: r.int(2, 3) }, () => `${cap(r.pick(['протокол', 'план', 'отчёт', 'фотоотчёт', 'приказ', 'аналитическая справка']))}: ${r.pick(OBJECTS)}.`),
      responsibleRoles: r.sample(Object.keys(ROLES), r.int(1, 3)),
      participants: r.sample(['обучающиеся', 'педагоги', 'родители', 'администрация', 'классные руководители', 'педагог-психолог'], r.int(1, 3)),
      typicalDuration: r.pick(['одна четверть', 'полугодие', 'учебный год', '2–3 месяца', '6 недель']),
      resources: r.chance(0.5) ? [{ title: `Методические рекомендации по вопросам ${r.pick(TOPICS)}`, url: `https://example.org/materials/${i + 1}` }] : [],
      source: { kind: r.pick(['federal', 'regional', 'school', 'research', 'example']), title: `Источник меры № ${i + 1}: ${r.pick(OBJECTS)}`, year: r.int(2018, year) },
      review: r.chance(0.7) ? { status: 'reviewed', reviewedBy: 'rma', date: day(year - 1, r.int(0, 360)) } : { status: 'draft' },
    };
    const body = [
      `## Зачем\n\n${paragraph(r, r.int(3, 5))}`,
      `## Как провести\n\n${data.steps.map((s, k) => `${k + 1}. ${s}`).join('\n')}\n\n${paragraph(r, r.int(2, 4))}`,
      `## На что обратить внимание\n\n${paragraph(r, r.int(2, 4))}`,
    ].join('\n\n');
    write(`measures/${id}.md`, `---\n${dumpYaml(data)}---\n\n${body}\n`);
  }

  // Schools.
  let schoolNo = 0;
  muns.forEach((m, mi) => {
    for (let k = 0; k < perMun[mi]; k++) {
      const r = new Rng(seed, `school:${schoolNo++}`);
      const [short, full, typeSlug] = r.pick(SCHOOL_TYPES);
      const [abbr, genitive] = r.pick(SETTLEMENTS);
      const place = placeName(r, takenPlaces);
      const n = k + 1;
      const id = `${m.id}-${typeSlug}-${n}`;
      const directions = r.shuffle([...DIRECTION_CODES]).slice(0, r.int(3, 7));
      const risk = directions.map((direction, j) => ({ direction, significance: (j === 0 ? 'high' : r.pick(['high', 'medium', 'medium', 'low'])) as Sig }));
      const school: School = { id, municipality: m.id, shortName: `${short} № ${n} ${abbr} ${place}`, place, project500: r.chance(0.6), risk };
      if (r.chance(0.7)) school.siteUrl = `https://${slugify(place)}-${typeSlug}${n}.edu.example.ru/`;
      m.schools.push(school);
      (school as School & { full: string }).full = `Муниципальное бюджетное общеобразовательное учреждение «${full} № ${n} ${genitive} ${place}» (${m.name})`;
    }
  });

  const allSchools = muns.flatMap((m) => m.schools);
  for (const [i, school] of allSchools.entries()) {
    const r = new Rng(seed, `school-data:${i}`);
    const m = muns.find((x) => x.id === school.municipality)!;
    const others = m.schools.length > 1 ? m.schools : allSchools;
    let partner: string | undefined;
    if (r.chance(0.35) && others.length > 1) {
      do partner = r.pick(others).id;
      while (partner === school.id);
    }
    const visits = Array.from({ length: r.int(2, 8) }, () => r.int(10, 340)).sort((a, b) => a - b).map((d) => ({
      date: day(year, d), byRole: r.pick(['curator', 'curator', 'curator', 'municipal-coordinator', 'rma', 'partner-school']),
      purpose: `${r.pick(PURPOSES)} по вопросам ${r.pick(TOPICS)}`,
      result: `${cap(r.pick(RESULTS))}; договорились: ${actionPhrase(r).toLowerCase()}.`,
    }));
    const data = {
      shortName: school.shortName, fullName: (school as School & { full: string }).full, municipality: school.municipality,
      project500: school.project500, ...(school.siteUrl ? { siteUrl: school.siteUrl } : {}), ...(partner ? { partnerSchool: partner } : {}),
      curator: { role: 'curator', consentToPublish: false },
      riskProfile: school.risk, visits,
    };
    write(`schools/${school.municipality}/${school.id}.yaml`, dumpYaml(data));
    write(`roadmaps/${school.municipality}/${school.id}-${year}.yaml`, dumpYaml(roadmap(seed, i, school, year, measuresByDirection)));
  }

  // Municipalities with their programmes.
  muns.forEach((m, i) => {
    const r = new Rng(seed, `municipality:${i}`);
    const dStart = r.int(10, 25);
    const data = {
      name: m.name, coordinatorOrg: `Управление образования: ${m.name}`, year,
      programme: {
        components: r.sample(COMPONENTS, r.int(4, 6)),
        events: Array.from({ length: r.int(4, 8) }, () => r.int(1, 12)).sort((a, b) => a - b).map((mo) => ({ title: `${actionPhrase(r)} (${m.name})`, when: { from: `${year}-${String(mo).padStart(2, '0')}` } })),
        diagnosticsPeriod: { start: day(year, dStart), end: day(year, dStart + r.int(14, 30)), order: `приказ управления образования № ${r.int(10, 400)}-од` },
        tasks: r.sample(MUN_TASKS, r.int(3, 5)),
        monitoring: r.sample(MONITORING, r.int(3, 5)).map((element) => ({ element, sources: r.sample(SOURCES, r.int(1, 3)) })),
        coordinatorSupport: Array.from({ length: r.int(2, 4) }, () => ({ text: actionPhrase(r), ...(r.chance(0.6) ? { frequency: r.pick(['ежемесячно', 'раз в четверть', 'еженедельно']) } : {}) })),
        parentInvolvement: Array.from({ length: r.int(1, 3) }, (_, k) => ({ text: actionPhrase(r), resources: r.chance(0.5) ? [{ title: 'Памятка для родителей', url: `/metodika/#roditeli-${k + 1}` }] : [] })),
      },
      lowResultSchools: lowResultSchools(m.schools),
      highRiskSchools: m.schools.filter((s) => !s.project500).slice(0, 5).map((s) => ({ school: s.id, grounds: `Риски высокой значимости по направлениям ${s.risk.filter((x) => x.significance === 'high').map((x) => x.direction).join(', ')} (${s.shortName})`, head: { position: 'директор', consentToPublish: false } })),
    };
    write(`municipalities/${m.id}.yaml`, dumpYaml(data));
    write(`municipal-roadmaps/${m.id}-${year}.yaml`, dumpYaml(municipalRoadmap(seed, m, year)));
  });

  // Practices.
  const practiceIds: string[] = [];
  for (let i = 0; i < options.practices; i++) {
    const r = new Rng(seed, `practice:${i}`);
    const school = allSchools.length ? r.pick(allSchools) : undefined;
    let name = '';
    do name = cap(stem(r));
    while (takenTitles.has(name));
    takenTitles.add(name);
    const id = `praktika-${slugify(name)}-${i + 1}`;
    practiceIds.push(id);
    const data = {
      title: `Практика «${name}»: ${r.pick(OBJECTS)} ${r.pick(AUDIENCES)}`,
      organisation: school ? school.shortName : `Школа «${name}»`,
      ...(school ? { municipality: school.municipality } : {}),
      directions: r.sample(DIRECTION_CODES, r.int(1, 2)),
      measures: measureIds.length ? r.sample(measureIds, r.int(1, 3)) : [],
      date: day(year - r.int(0, 1), r.int(0, 360)),
      results: Array.from({ length: r.int(2, 4) }, () => `${cap(r.pick(RESULTS))} ${r.pick(AUDIENCES)}.`),
      author: r.pick(['rma', 'regional-center', 'curator']),
    };
    const body = Array.from({ length: r.int(2, 4) }, () => paragraph(r, r.int(3, 5))).join('\n\n');
    write(`practices/${id}.md`, `---\n${dumpYaml(data)}---\n\n## Что сделали\n\n${body}\n`);
  }

  const sample = allSchools[Math.floor(allSchools.length / 2)];
  const manifest: CorpusManifest = {
    options: { schools: options.schools, municipalities: options.municipalities, measures: options.measures, practices: options.practices, seed },
    year,
    counts: { schools: allSchools.length, roadmaps: allSchools.length, municipalities: muns.length, municipalRoadmaps: muns.length, measures: measureIds.length, practices: practiceIds.length },
    files: files + staticReport.copied.length + staticReport.generated.length,
    bytes,
    static: staticReport,
    rareWords: new Rng(seed, 'rare').sample(allSchools, Math.min(60, allSchools.length)).map((s) => s.place.split(' ')[0]),
    sampleRoadmap: sample ? { file: `roadmaps/${sample.municipality}/${sample.id}-${year}.yaml`, path: `/shkoly/${sample.id}/${year}/` } : { file: '', path: '' },
    sampleMeasure: measureIds[0] ?? '',
    samplePractice: practiceIds[0] ?? '',
    sampleMunicipality: muns[0]?.id ?? '',
  };
  writeFileSync(join(out, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

function roadmap(seed: number, i: number, school: School, year: number, measuresByDirection: Map<Code, string[]>) {
  const r = new Rng(seed, `roadmap:${i}`);
  const candidates = school.risk.filter((x) => x.significance !== 'low');
  const chosen = r.sample(candidates, r.int(1, Math.min(3, candidates.length))).map((x) => ({ direction: x.direction, verified: r.chance(0.9) } as { direction: Code; verified: boolean; justification?: string }));
  const low = school.risk.find((x) => x.significance === 'low');
  if (low && r.chance(0.1)) chosen.push({ direction: low.direction, verified: true, justification: `По итогам посещения уроков риск ${low.direction} подтверждён: ${r.pick(RESULTS)} не удалось, нужны меры по вопросам ${r.pick(TOPICS)}.` });

  const tasks = chosen.flatMap((d) => Array.from({ length: r.int(1, 2) }, () => d.direction)).map((direction, k) => ({
    id: `t${k + 1}`, direction, text: `${r.pick(TASK_VERBS)} ${r.pick(TASK_OBJECTS)} ${r.pick(AUDIENCES)}`,
  }));
  const indicators = Array.from({ length: r.int(2, 4) }, (_, k) => {
    const [name, unit] = r.pick(INDICATOR_NAMES);
    const baseline = r.int(10, 70);
    const up = !name.includes('низкой') && !name.includes('Расхождение');
    const target = up ? baseline + r.int(5, 20) : Math.max(0, baseline - r.int(5, 15));
    return {
      id: `i${k + 1}`, name: `${name} ${r.pick(SUBJECTS)}`, unit, baseline, target, method: r.pick(METHODS),
      actuals: r.chance(0.6) ? [{ date: day(year, r.int(120, 150)), value: Math.round((baseline + target) / 2) }] : [],
    };
  });

  const count = Math.max(tasks.length, r.int(6, 12));
  const activities = Array.from({ length: count }, (_, k) => {
    const task = k < tasks.length ? tasks[k] : r.pick(tasks);
    const startDay = r.int(20, 300);
    const endDay = Math.min(startDay + r.int(7, 90), 350);
    const month = new Date(Date.UTC(year, 0, 1 + startDay)).getUTCMonth();
    const status = r.pick(STATUSES);
    const pool = measuresByDirection.get(task.direction) ?? [];
    const indicator = r.chance(0.7) ? r.pick(indicators).id : undefined;
    return {
      task: task.id,
      ...(pool.length && r.chance(0.7) ? { measure: r.pick(pool) } : {}),
      title: actionPhrase(r),
      start: day(year, startDay), end: day(year, endDay),
      stage: month < 5 ? 'stage1' : month < 8 ? 'summer' : 'stage2',
      responsible: r.pick(RESPONSIBLE),
      ...(indicator ? { indicator } : {}),
      ...(!indicator || r.chance(0.5) ? { expectedResult: `${cap(r.pick(RESULTS))} ${r.pick(AUDIENCES)}` } : {}),
      status,
      evidence: status === 'done' && r.chance(0.6) ? [evidenceLink(k, month < 5 ? 'stage1' : 'stage2', `${school.siteUrl ?? '/shkoly/'}dokumenty/${k + 1}/`, year, endDay)] : [],
    };
  });

  const history: { date: string; status: string; by: string; comment?: string }[] = [{ date: day(year, 30), status: 'submitted', by: 'school-director' }];
  if (r.chance(0.4)) {
    history.push({ date: day(year, 35), status: 'returned', by: 'curator', comment: `Нет показателя у задачи ${r.pick(tasks).id}: уточните, ${r.pick(INDICATOR_NAMES)[0].toLowerCase()} ${r.pick(SUBJECTS)}.` });
    history.push({ date: day(year, 40), status: 'submitted', by: 'school-director' });
  }
  const finalSteps = r.int(0, 3);
  if (finalSteps >= 1) history.push({ date: day(year, 45), status: 'approved', by: 'curator' });
  if (finalSteps >= 2) history.push({ date: day(year, 60), status: 'in_progress', by: 'school-coordinator' });
  const [ind] = indicators;
  return {
    school: school.id, year,
    period: { start: day(year, 14), end: day(year, 353) },
    goal: `${r.pick(GOALS)} (${school.shortName}) к концу ${year} года: ${ind.name.toLowerCase()} — с ${ind.baseline} до ${ind.target} ${ind.unit}`,
    directions: chosen, tasks, indicators, activities,
    approval: { status: history[history.length - 1].status, history },
  };
}

/**
 * A piece of stage evidence published on the school's own site (no files in the corpus), checked by
 * the curator: every third one still waits, the others are accepted (no extra random draws, so the
 * rest of the corpus stays the same).
 */
function evidenceLink(k: number, stage: 'stage1' | 'stage2', url: string, year: number, endDay: number) {
  const history: { date: string; status: string; by: string }[] = [{ date: day(year, endDay), status: 'submitted', by: 'school-coordinator' }];
  if (k % 3 !== 0) history.push({ date: day(year, Math.min(endDay + 5, 360)), status: 'approved', by: 'curator' });
  return { stage, title: `Отчёт о мероприятии ${k + 1}`, url, approval: { status: history[history.length - 1].status, history } };
}

function parseArgs(argv: string[]): CorpusOptions {
  const get = (name: string, fallback: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    schools: Number(get('schools', '20000')), municipalities: Number(get('municipalities', '60')),
    measures: Number(get('measures', '500')), practices: Number(get('practices', '200')),
    seed: Number(get('seed', '1')), out: get('out', 'bench/corpus/national'), source: get('source', 'content'),
  };
}

if (import.meta.main) {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const m = generateCorpus(options);
  console.log(`Корпус ${options.out}: школ ${m.counts.schools}, муниципалитетов ${m.counts.municipalities}, мер ${m.counts.measures}, практик ${m.counts.practices}; файлов ${m.files}, ${(m.bytes / 1e6).toFixed(1)} МБ, ${((performance.now() - started) / 1000).toFixed(1)} с.`);
  console.log(`Скопировано из ${options.source}: ${m.static.copied.length} файлов; создано взамен отсутствующих: ${m.static.generated.length}.`);
}
