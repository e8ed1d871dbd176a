/**
 * Cross-file rules of the content model (DESIGN.md), on plain objects.
 * Entries may have failed their schema: every accessor tolerates wrong shapes,
 * so one bad field never hides the other files' errors.
 */
import { DEFICIT_COUNT, DIRECTION_CODES, ROLES } from '../data/lists.ts';
import { toIsoDate } from '../schemas/common.ts';
import type { ContentError, RawEntry } from './content-errors.ts';
import { checkApproval } from './approval.ts';
import { MIN_COMMENT } from '../data/approval.ts';
import { checkMunicipalRules } from './rules-municipal.ts';
import { checkCycleRules } from './cycle-rules.ts';
import type { EvidenceOptions } from './evidence-rules.ts';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const date = (v: unknown): string | undefined => toIsoDate(v);

/** Minimum length of the comment of a return for revision. */
export const MIN_RETURN_COMMENT = MIN_COMMENT;

export type EntriesByCollection = Partial<Record<string, RawEntry[]>>;

class Report {
  errors: ContentError[] = [];
  add(entry: Pick<RawEntry, 'file'>, path: Path, message: string) {
    let field = '';
    for (const seg of path) field += typeof seg === 'number' ? `[${seg}]` : field ? `.${seg}` : seg;
    this.errors.push({ file: entry.file, field, message });
  }
}

function idsOf(entries: RawEntry[] | undefined): Set<string> {
  return new Set((entries ?? []).map((e) => e.id));
}

function checkDuplicates(r: Report, entries: RawEntry[] | undefined, what: string) {
  const seen = new Map<string, RawEntry>();
  for (const e of entries ?? []) {
    const first = seen.get(e.id);
    if (first) r.add(e, [], `${what} с идентификатором «${e.id}» уже есть в файле ${first.file}. Переименуйте один из файлов.`);
    else seen.set(e.id, e);
  }
}

function checkRef(r: Report, e: RawEntry, path: Path, value: unknown, known: Set<string>, what: string, where: string) {
  const id = str(value);
  if (id !== undefined && !known.has(id)) {
    r.add(e, path, `${what} «${id}» не найден${what.endsWith('а') ? 'а' : ''}. Укажите существующий идентификатор из ${where}.`);
  }
}

function checkRoles(r: Report, entries: EntriesByCollection) {
  const roleIds = Object.keys(ROLES);
  for (const e of entries.roles ?? []) {
    if (!roleIds.includes(e.id)) r.add(e, [], `роль «${e.id}» не входит в список ролей. Назовите файл одним из: ${roleIds.join(', ')}.`);
  }
}

function checkDirections(r: Report, entries: EntriesByCollection, deficitNumbers: Set<number>) {
  for (const e of entries.directions ?? []) {
    const d = obj(e.data);
    if (str(d.code) && d.code !== e.id) r.add(e, ['code'], `код «${String(d.code)}» не совпадает с именем файла «${e.id}». Исправьте код или имя файла.`);
    if (!(DIRECTION_CODES as readonly string[]).includes(e.id)) r.add(e, [], `файл «${e.id}» не соответствует ни одному направлению R01–R10. Переименуйте его.`);
    arr(d.legacyDeficits).forEach((n, i) => {
      if (typeof n === 'number' && deficitNumbers.size > 0 && !deficitNumbers.has(n)) {
        r.add(e, ['legacyDeficits', i], `дефицит № ${n} не найден в content/deficits.yaml. Укажите номер от 1 до ${DEFICIT_COUNT}.`);
      }
    });
  }
}

function checkDeficits(r: Report, entries: EntriesByCollection): Set<number> {
  const numbers = new Set<number>();
  for (const e of entries.deficits ?? []) {
    arr(obj(e.data).deficits).forEach((item, i) => {
      const n = obj(item).number;
      if (typeof n !== 'number') return;
      if (numbers.has(n)) r.add(e, ['deficits', i, 'number'], `номер ${n} повторяется. У каждого дефицита свой номер.`);
      numbers.add(n);
    });
  }
  return numbers;
}

function checkPractices(r: Report, entries: EntriesByCollection, measures: Set<string>, municipalities: Set<string>) {
  for (const e of entries.practices ?? []) {
    const d = obj(e.data);
    checkRef(r, e, ['municipality'], d.municipality, municipalities, 'Муниципалитет', 'content/municipalities/');
    arr(d.measures).forEach((m, i) => checkRef(r, e, ['measures', i], m, measures, 'Мера', 'content/measures/'));
  }
}

function checkCalendar(r: Report, entries: EntriesByCollection) {
  for (const e of entries.calendar ?? []) {
    const d = obj(e.data);
    if (typeof d.year === 'number' && String(d.year) !== e.id) r.add(e, ['year'], `год ${d.year} не совпадает с именем файла «${e.id}». Исправьте год или имя файла.`);
    const ids = new Set<string>();
    arr(d.events).forEach((ev, i) => {
      const o = obj(ev);
      const id = str(o.id);
      if (id && ids.has(id)) r.add(e, ['events', i, 'id'], `идентификатор события «${id}» повторяется. Сделайте его уникальным.`);
      if (id) ids.add(id);
      const s = date(o.start), en = date(o.end);
      if (s && en && s > en) r.add(e, ['events', i, 'end'], `дата окончания ${en} раньше даты начала ${s}. Исправьте даты.`);
      if (s && typeof d.year === 'number' && !s.startsWith(String(d.year))) r.add(e, ['events', i, 'start'], `дата ${s} не относится к ${d.year} году. Перенесите событие в календарь своего года.`);
    });
  }
}

function checkMunicipalities(r: Report, entries: EntriesByCollection, schools: Map<string, RawEntry>) {
  for (const e of entries.municipalities ?? []) {
    const d = obj(e.data);
    const p = obj(obj(d.programme).diagnosticsPeriod);
    const s = date(p.start), en = date(p.end);
    if (s && en && s > en) r.add(e, ['programme', 'diagnosticsPeriod', 'end'], `окончание диагностики ${en} раньше начала ${s}. Исправьте даты.`);
    arr(d.highRiskSchools).forEach((h, i) => {
      const id = str(obj(h).school);
      if (!id) return;
      const school = schools.get(id);
      if (!school) r.add(e, ['highRiskSchools', i, 'school'], `школа «${id}» не найдена. Укажите существующий идентификатор из content/schools/${e.id}/.`);
      else if (school.folder !== e.id) r.add(e, ['highRiskSchools', i, 'school'], `школа «${id}» относится к другому муниципалитету (${school.folder}). Укажите школу этого муниципалитета.`);
    });
  }
}

function checkSchools(r: Report, entries: EntriesByCollection, municipalities: Set<string>, schools: Map<string, RawEntry>) {
  for (const e of entries.schools ?? []) {
    const d = obj(e.data);
    const mun = str(d.municipality);
    checkRef(r, e, ['municipality'], mun, municipalities, 'Муниципалитет', 'content/municipalities/');
    if (mun && e.folder && mun !== e.folder) r.add(e, ['municipality'], `муниципалитет «${mun}» не совпадает с папкой «${e.folder}». Переместите файл в папку content/schools/${mun}/ или исправьте поле.`);
    // 152-ФЗ: the repository and the open data are public, so a name or phone needs consent.
    const curator = obj(d.curator);
    if ((str(curator.name) || str(curator.phone)) && curator.consentToPublish !== true) {
      r.add(e, ['curator', 'consentToPublish'], 'имя или телефон куратора указаны без согласия на публикацию. Получите согласие и укажите consentToPublish: true или удалите имя и телефон.');
    }
    const partner = str(d.partnerSchool);
    if (partner === e.id) r.add(e, ['partnerSchool'], 'школа указана партнёром самой себе. Укажите другую школу.');
    else if (partner && !schools.has(partner)) r.add(e, ['partnerSchool'], `школа-партнёр «${partner}» не найдена. Укажите существующий идентификатор из content/schools/.`);
    const seen = new Set<string>();
    arr(d.riskProfile).forEach((risk, i) => {
      const code = str(obj(risk).direction);
      if (code && seen.has(code)) r.add(e, ['riskProfile', i, 'direction'], `направление ${code} указано в профиле дважды. Оставьте одну запись.`);
      if (code) seen.add(code);
    });
  }
}

/** Rules of one roadmap against its school and the catalog (DESIGN.md, «Rules the build enforces»). */
function checkRoadmap(r: Report, e: RawEntry, schools: Map<string, RawEntry>, measures: Set<string>) {
  const d = obj(e.data);
  const schoolId = str(d.school);
  const school = schoolId ? schools.get(schoolId) : undefined;
  if (schoolId && !school) r.add(e, ['school'], `школа «${schoolId}» не найдена. Укажите существующий идентификатор из content/schools/.`);
  if (school && e.folder && school.folder !== e.folder) {
    r.add(e, ['school'], `школа «${schoolId}» относится к муниципалитету «${school.folder}», а файл лежит в папке «${e.folder}». Переместите файл в content/roadmaps/${school.folder}/.`);
  }
  if (schoolId && typeof d.year === 'number' && e.id !== `${schoolId}-${d.year}`) {
    r.add(e, [], `имя файла должно быть «${schoolId}-${d.year}.yaml» (школа и год). Переименуйте файл.`);
  }

  const period = obj(d.period);
  const ps = date(period.start), pe = date(period.end);
  if (ps && pe && ps > pe) r.add(e, ['period', 'end'], `окончание периода ${pe} раньше его начала ${ps}. Исправьте даты.`);
  if (ps && typeof d.year === 'number' && !ps.startsWith(String(d.year)) && !(pe ?? '').startsWith(String(d.year))) {
    r.add(e, ['period'], `период ${ps} — ${pe ?? '?'} не захватывает ${d.year} год. Исправьте период или год.`);
  }

  // Chosen directions against the school's risk profile.
  const profile = new Map<string, string>();
  for (const risk of arr(obj(school?.data).riskProfile)) {
    const o = obj(risk);
    if (str(o.direction) && str(o.significance)) profile.set(String(o.direction), String(o.significance));
  }
  const chosen = new Set<string>();
  arr(d.directions).forEach((item, i) => {
    const o = obj(item);
    const code = str(o.direction);
    if (!code) return;
    if (chosen.has(code)) r.add(e, ['directions', i, 'direction'], `направление ${code} выбрано дважды. Оставьте одну запись.`);
    chosen.add(code);
    if (!school || str(o.justification)) return;
    const sig = profile.get(code);
    if (sig === 'low') r.add(e, ['directions', i, 'justification'], `у направления ${code} низкая значимость в рисковом профиле школы. Добавьте обоснование, почему школа всё же работает по нему.`);
    else if (!sig) r.add(e, ['directions', i, 'justification'], `направления ${code} нет в рисковом профиле школы. Добавьте обоснование выбора.`);
  });

  // Tasks and indicators: unique ids, tasks in chosen directions.
  const taskIds = new Set<string>();
  const directionsWithTasks = new Set<string>();
  arr(d.tasks).forEach((t, i) => {
    const o = obj(t);
    const id = str(o.id);
    if (id && taskIds.has(id)) r.add(e, ['tasks', i, 'id'], `идентификатор задачи «${id}» повторяется. Дайте задаче уникальный идентификатор.`);
    if (id) taskIds.add(id);
    const code = str(o.direction);
    if (code) directionsWithTasks.add(code);
    if (code && chosen.size > 0 && !chosen.has(code)) r.add(e, ['tasks', i, 'direction'], `направление ${code} не выбрано в разделе directions. Выберите его там или укажите одно из выбранных: ${[...chosen].join(', ')}.`);
  });
  arr(d.directions).forEach((item, i) => {
    const code = str(obj(item).direction);
    if (code && !directionsWithTasks.has(code)) r.add(e, ['directions', i], `у выбранного направления ${code} нет ни одной задачи. Добавьте задачу в разделе tasks.`);
  });
  const indicatorIds = new Set<string>();
  arr(d.indicators).forEach((ind, i) => {
    const id = str(obj(ind).id);
    if (id && indicatorIds.has(id)) r.add(e, ['indicators', i, 'id'], `идентификатор показателя «${id}» повторяется. Дайте показателю уникальный идентификатор.`);
    if (id) indicatorIds.add(id);
  });

  // Activities.
  const tasksWithActivities = new Set<string>();
  arr(d.activities).forEach((a, i) => {
    const o = obj(a);
    const task = str(o.task);
    if (task) {
      tasksWithActivities.add(task);
      if (!taskIds.has(task)) r.add(e, ['activities', i, 'task'], `задача «${task}» не найдена в разделе tasks. Укажите идентификатор существующей задачи.`);
    }
    const measure = str(o.measure);
    if (measure && !measures.has(measure)) r.add(e, ['activities', i, 'measure'], `мера «${measure}» не найдена в каталоге. Укажите идентификатор из content/measures/ или удалите поле.`);
    const indicator = str(o.indicator);
    if (indicator && !indicatorIds.has(indicator)) r.add(e, ['activities', i, 'indicator'], `показатель «${indicator}» не найден в разделе indicators. Укажите идентификатор существующего показателя.`);
    if (!indicator && !str(o.expectedResult)) r.add(e, ['activities', i], 'у мероприятия нет ни показателя (indicator), ни ожидаемого результата (expectedResult). Укажите хотя бы одно из них.');
    const s = date(o.start), en = date(o.end);
    if (s && en && s > en) r.add(e, ['activities', i, 'end'], `срок окончания ${en} раньше начала ${s}. Исправьте даты.`);
    if (ps && pe) {
      if (s && (s < ps || s > pe)) r.add(e, ['activities', i, 'start'], `дата начала ${s} вне периода дорожной карты (${ps} — ${pe}). Перенесите мероприятие в период или измените период.`);
      if (en && (en < ps || en > pe)) r.add(e, ['activities', i, 'end'], `срок ${en} вне периода дорожной карты (${ps} — ${pe}). Перенесите мероприятие в период или измените период.`);
    }
  });
  arr(d.tasks).forEach((t, i) => {
    const id = str(obj(t).id);
    if (id && !tasksWithActivities.has(id)) r.add(e, ['tasks', i], `у задачи «${id}» нет ни одного мероприятия. Добавьте мероприятие с task: ${id}.`);
  });

  // Approval history: order, allowed transitions, comments, status = last step.
  for (const problem of checkApproval(d.approval)) r.add(e, ['approval', ...problem.path], problem.message);
}

function checkRoadmaps(r: Report, entries: EntriesByCollection, schools: Map<string, RawEntry>, measures: Set<string>) {
  const byKey = new Map<string, RawEntry>();
  for (const e of entries.roadmaps ?? []) {
    checkRoadmap(r, e, schools, measures);
    const d = obj(e.data);
    if (!str(d.school) || typeof d.year !== 'number') continue;
    const key = `${d.school}|${d.year}`;
    const first = byKey.get(key);
    if (first) r.add(e, ['school'], `у школы «${String(d.school)}» уже есть дорожная карта на ${d.year} год (${first.file}). Оставьте одну дорожную карту на школу и год.`);
    else byKey.set(key, e);
  }
}

/** Every cross-file rule; returns all errors found. `options.uploadExists` checks evidence files on disk. */
export function checkRules(entries: EntriesByCollection, options: EvidenceOptions = {}): ContentError[] {
  const r = new Report();
  const labels: Record<string, string> = {
    roles: 'Роль', directions: 'Направление', measures: 'Мера', practices: 'Практика', templates: 'Шаблон',
    calendar: 'Календарь', municipalities: 'Муниципалитет', schools: 'Школа', roadmaps: 'Дорожная карта', methodology: 'Страница методики',
    municipalRoadmaps: 'Дорожная карта муниципалитета', selfDiagnoses: 'Самодиагностика',
  };
  for (const [name, label] of Object.entries(labels)) checkDuplicates(r, entries[name], label);

  const schools = new Map((entries.schools ?? []).map((e) => [e.id, e] as const));
  const measures = idsOf(entries.measures);
  const municipalities = idsOf(entries.municipalities);
  const deficitNumbers = checkDeficits(r, entries);
  checkRoles(r, entries);
  checkDirections(r, entries, deficitNumbers);
  checkPractices(r, entries, measures, municipalities);
  checkCalendar(r, entries);
  checkMunicipalities(r, entries, schools);
  checkSchools(r, entries, municipalities, schools);
  checkRoadmaps(r, entries, schools, measures);
  for (const p of checkCycleRules(entries, schools, options)) r.add(p.entry, p.path, p.message);
  return [...r.errors, ...checkMunicipalRules(entries, schools, deficitNumbers)];
}
