/**
 * Cross-file rules of the municipal documents: the support programme's lists of schools, contacts
 * and findings (seed 001), the municipal roadmap (seed 004), and links between calendar events.
 */
import { DEFICIT_COUNT } from '../data/lists.ts';
import type { ContentError, RawEntry } from './content-errors.ts';
import { checkApproval } from './approval.ts';
import { arr, obj, Problems, str, type Obj, type Path } from './raw.ts';

type Entries = Partial<Record<string, RawEntry[]>>;

/** 152-ФЗ: a name or a phone needs consentToPublish: true next to it. */
function checkConsent(p: Problems, e: RawEntry, path: Path, contact: unknown, who: string) {
  const c = obj(contact);
  if ((str(c.name) || str(c.phone)) && c.consentToPublish !== true) {
    p.add(e, [...path, 'consentToPublish'], `имя или телефон (${who}) указаны без согласия на публикацию. Получите согласие и укажите consentToPublish: true или удалите имя и телефон.`);
  }
}

/** A school id of the municipality's own folder, or a message saying why not. */
function schoolProblem(id: string, municipality: string, schools: Map<string, RawEntry>): string | undefined {
  const school = schools.get(id);
  if (!school) return `школа «${id}» не найдена. Укажите существующий идентификатор из content/schools/${municipality}/.`;
  if (school.folder !== municipality) return `школа «${id}» относится к другому муниципалитету (${school.folder}). Укажите школу этого муниципалитета.`;
  return undefined;
}

function checkSchoolRef(p: Problems, e: RawEntry, path: Path, value: unknown, municipality: string, schools: Map<string, RawEntry>): RawEntry | undefined {
  const id = str(value);
  if (!id) return undefined;
  const problem = schoolProblem(id, municipality, schools);
  if (problem) p.add(e, path, problem);
  return problem ? undefined : schools.get(id);
}

function checkProgramme(p: Problems, e: RawEntry, d: Obj, schools: Map<string, RawEntry>, deficits: Set<number>) {
  const seen = new Set<string>();
  arr(d.lowResultSchools).forEach((item, i) => {
    const o = obj(item);
    const school = checkSchoolRef(p, e, ['lowResultSchools', i, 'school'], o.school, e.id, schools);
    const id = str(o.school);
    if (id && seen.has(id)) p.add(e, ['lowResultSchools', i, 'school'], `школа «${id}» уже есть в списке. Оставьте одну запись.`);
    if (id) seen.add(id);
    if (school && obj(school.data).project500 !== true) p.add(e, ['lowResultSchools', i, 'school'], `школа «${id}» не отмечена как школа проекта «500+» (project500). Отметьте её в карточке школы или перенесите в список школ с высокими рисками.`);
    checkConsent(p, e, ['lowResultSchools', i, 'coordinator'], o.coordinator, 'школьного координатора');
  });
  arr(d.highRiskSchools).forEach((item, i) => checkConsent(p, e, ['highRiskSchools', i, 'head'], obj(item).head, 'руководителя школы'));

  const programme = obj(d.programme);
  const found = new Set<string>();
  arr(programme.deficitFindings).forEach((item, i) => {
    const o = obj(item);
    checkSchoolRef(p, e, ['programme', 'deficitFindings', i, 'school'], o.school, e.id, schools);
    const id = str(o.school);
    if (id && found.has(id)) p.add(e, ['programme', 'deficitFindings', i, 'school'], `для школы «${id}» дефициты уже указаны выше. Объедините записи.`);
    if (id) found.add(id);
    arr(o.deficits).forEach((n, k) => {
      if (typeof n === 'number' && n >= 1 && n <= DEFICIT_COUNT && deficits.size > 0 && !deficits.has(n)) p.add(e, ['programme', 'deficitFindings', i, 'deficits', k], `дефицит № ${n} не найден в content/deficits.yaml. Укажите номер из перечня.`);
    });
  });
  arr(programme.monitoring).forEach((m, i) => arr(obj(m).data).forEach((x, k) => {
    checkSchoolRef(p, e, ['programme', 'monitoring', i, 'data', k, 'school'], obj(x).school, e.id, schools);
  }));
}

function checkMunicipalRoadmaps(p: Problems, entries: Entries, municipalities: Set<string>, schools: Map<string, RawEntry>) {
  for (const e of entries.municipalRoadmaps ?? []) {
    const d = obj(e.data);
    const mun = str(d.municipality);
    if (mun && !municipalities.has(mun)) p.add(e, ['municipality'], `муниципалитет «${mun}» не найден. Укажите существующий идентификатор из content/municipalities/.`);
    // The file name is the key, so one roadmap per municipality and year follows from it.
    if (mun && typeof d.year === 'number' && e.id !== `${mun}-${d.year}`) {
      p.add(e, [], `имя файла должно быть «${mun}-${d.year}.yaml»: у муниципалитета одна дорожная карта на год. Переименуйте файл (если файл с таким именем уже есть, перенесите действия в него).`);
    }
    if (typeof d.year === 'number') {
      arr(d.actions).forEach((a, i) => {
        const when = obj(obj(a).when);
        for (const key of ['from', 'to'] as const) {
          const v = str(when[key]);
          if (v && /^\d{4}-/.test(v) && v.slice(0, 4) !== String(d.year)) p.add(e, ['actions', i, 'when', key], `срок ${v} не относится к ${d.year} году. Перенесите действие в дорожную карту своего года или исправьте срок.`);
        }
      });
    }
    arr(d.actions).forEach((a, i) => arr(obj(a).schools).forEach((s, k) => {
      if (mun && municipalities.has(mun)) checkSchoolRef(p, e, ['actions', i, 'schools', k], s, mun, schools);
    }));
    for (const problem of checkApproval(d.approval)) p.add(e, ['approval', ...problem.path], problem.message);
  }
}

function checkCalendarLinks(p: Problems, entries: Entries) {
  for (const e of entries.calendar ?? []) {
    const events = arr(obj(e.data).events).map(obj);
    const ids = new Set(events.map((ev) => str(ev.id)).filter(Boolean));
    const snapshots = new Map<string, number>();
    events.forEach((ev, i) => {
      const other = str(ev.differsFrom);
      if (other && (other === str(ev.id) || !ids.has(other))) p.add(e, ['events', i, 'differsFrom'], `событие «${other}» не найдено в этом календаре (или это само событие). Укажите идентификатор другого события года.`);
      const stage = str(ev.snapshot);
      if (stage && snapshots.has(stage)) p.add(e, ['events', i, 'snapshot'], `срез «${stage}» уже отмечен у события events[${snapshots.get(stage)}]. У каждого этапа мониторинга одна дата среза.`);
      if (stage && !snapshots.has(stage)) snapshots.set(stage, i);
    });
  }
}

/** Every rule of this module; returns all problems found. */
export function checkMunicipalRules(entries: Entries, schools: Map<string, RawEntry>, deficits: Set<number>): ContentError[] {
  const p = new Problems();
  const municipalities = new Set((entries.municipalities ?? []).map((e) => e.id));
  for (const e of entries.municipalities ?? []) checkProgramme(p, e, obj(e.data), schools, deficits);
  checkMunicipalRoadmaps(p, entries, municipalities, schools);
  checkCalendarLinks(p, entries);
  return p.list;
}
