/**
 * Rules of the programme's working cycle (DESIGN.md, second round), on plain objects: the
 * self-diagnosis record against its school, the roadmap's directions against the self-diagnosis,
 * stage evidence and threads of roadmaps, one review deadline per kind in a calendar year.
 * Called from src/lib/rules.ts; tolerant of wrong shapes like the other rules.
 */
import { REVIEW_KINDS, type ReviewKind } from '../data/lists.ts';
import type { RawEntry } from './content-errors.ts';
import { checkApproval } from './approval.ts';
import { checkEvidence, type EvidenceOptions } from './evidence-rules.ts';
import { checkThread } from './thread.ts';
import { arr, obj, str, type Path } from './raw.ts';

export interface RuleProblem {
  entry: RawEntry;
  path: Path;
  message: string;
}

type Entries = Partial<Record<string, RawEntry[]>>;
type Add = (entry: RawEntry, path: Path, message: string) => void;

const join = (codes: Iterable<string>) => [...codes].join(', ');

function profileOf(school: RawEntry | undefined): Map<string, string> {
  const profile = new Map<string, string>();
  for (const risk of arr(obj(school?.data).riskProfile)) {
    const o = obj(risk);
    const code = str(o.direction);
    if (code) profile.set(code, str(o.significance) ?? '');
  }
  return profile;
}

/** The document's school: exists, same municipality folder, file named <school>-<year>. */
function checkPlace(add: Add, e: RawEntry, schools: Map<string, RawEntry>, folder: string): RawEntry | undefined {
  const d = obj(e.data);
  const id = str(d.school);
  const school = id ? schools.get(id) : undefined;
  if (id && !school) add(e, ['school'], `школа «${id}» не найдена. Укажите существующий идентификатор из content/schools/.`);
  if (school && e.folder && school.folder !== e.folder) {
    add(e, ['school'], `школа «${id}» относится к муниципалитету «${school.folder}», а файл лежит в папке «${e.folder}». Переместите файл в content/${folder}/${school.folder}/.`);
  }
  if (id && typeof d.year === 'number' && e.id !== `${id}-${d.year}`) add(e, [], `имя файла должно быть «${id}-${d.year}.yaml» (школа и год). Переименуйте файл.`);
  return school;
}

function checkSelfDiagnosis(add: Add, e: RawEntry, schools: Map<string, RawEntry>) {
  const d = obj(e.data);
  const school = checkPlace(add, e, schools, 'self-diagnoses');
  const profile = profileOf(school);
  const verdicts = new Map<string, string>();
  arr(d.risks).forEach((raw, i) => {
    const o = obj(raw);
    const code = str(o.direction);
    if (!code) return;
    if (verdicts.has(code)) add(e, ['risks', i, 'direction'], `риск ${code} оценён дважды. Оставьте одну запись.`);
    verdicts.set(code, str(o.decision) ?? '');
    if (school && !profile.has(code)) add(e, ['risks', i, 'direction'], `направления ${code} нет в рисковом профиле школы. Оценивайте риски из профиля школы или добавьте риск в профиль.`);
  });
  const unassessed = [...profile].filter(([code, sig]) => sig !== 'low' && !verdicts.has(code)).map(([code]) => code);
  if (unassessed.length) add(e, ['risks'], `не оценены риски профиля высокой и средней значимости: ${join(unassessed)}. Добавьте по каждому решение (подтверждён или нет) с обоснованием.`);
  const chosen = new Set<string>();
  arr(d.directions).forEach((raw, i) => {
    const code = str(obj(raw).direction);
    if (!code) return;
    if (chosen.has(code)) add(e, ['directions', i, 'direction'], `направление ${code} выбрано дважды. Оставьте одну запись.`);
    chosen.add(code);
    if (verdicts.get(code) !== 'confirmed') add(e, ['directions', i, 'direction'], `направление ${code} выбрано, но риск ${code} не подтверждён в разделе risks. Подтвердите риск с обоснованием или уберите направление.`);
  });
  for (const p of checkApproval(d.approval)) add(e, ['approval', ...p.path], p.message);
  for (const p of checkThread(d.thread)) add(e, ['thread', ...p.path], p.message);
}

/** Seed 002: the directions a school activates must match the self-diagnosis the curator agreed. */
function checkAgainstSelfDiagnosis(add: Add, roadmap: RawEntry, diagnosis: RawEntry) {
  const codes = (list: unknown) => new Set(arr(list).map((x) => str(obj(x).direction)).filter((c): c is string => !!c));
  const inRoadmap = codes(obj(roadmap.data).directions);
  const inDiagnosis = codes(obj(diagnosis.data).directions);
  const extra = [...inRoadmap].filter((c) => !inDiagnosis.has(c));
  const missing = [...inDiagnosis].filter((c) => !inRoadmap.has(c));
  if (extra.length || missing.length) {
    add(roadmap, ['directions'], `направления не совпадают с самодиагностикой (${diagnosis.file}): ${[extra.length && `лишние ${join(extra)}`, missing.length && `нет ${join(missing)}`].filter(Boolean).join(', ')}. Выберите ровно те направления, что согласованы в самодиагностике.`);
  }
}

function checkRoadmapCycle(add: Add, e: RawEntry, options: EvidenceOptions) {
  const d = obj(e.data);
  const school = str(d.school);
  arr(d.activities).forEach((a, i) => {
    arr(obj(a).evidence).forEach((ev, j) => {
      for (const p of checkEvidence(ev, school, options)) add(e, ['activities', i, 'evidence', j, ...p.path], p.message);
    });
  });
  for (const p of checkThread(d.thread)) add(e, ['thread', ...p.path], p.message);
}

function checkReviewDeadlines(add: Add, e: RawEntry) {
  const seen = new Map<string, string>();
  arr(obj(e.data).events).forEach((ev, i) => {
    const o = obj(ev);
    const kind = str(o.review);
    if (!kind || !(kind in REVIEW_KINDS)) return;
    const first = seen.get(kind);
    if (first) add(e, ['events', i, 'review'], `срок «${REVIEW_KINDS[kind as ReviewKind]}» уже отмечен у события «${first}». Оставьте отметку у одного события года.`);
    else seen.set(kind, str(o.id) ?? String(i + 1));
  });
}

/** Every rule of the working cycle; `schools` by id. */
export function checkCycleRules(entries: Entries, schools: Map<string, RawEntry>, options: EvidenceOptions = {}): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add: Add = (entry, path, message) => problems.push({ entry, path, message });
  const diagnoses = new Map<string, RawEntry>();
  for (const e of entries.selfDiagnoses ?? []) {
    checkSelfDiagnosis(add, e, schools);
    const d = obj(e.data);
    if (!str(d.school) || typeof d.year !== 'number') continue;
    const key = `${d.school}|${d.year}`;
    const first = diagnoses.get(key);
    if (first) add(e, ['school'], `у школы «${String(d.school)}» уже есть самодиагностика на ${d.year} год (${first.file}). Оставьте одну запись на школу и год.`);
    else diagnoses.set(key, e);
  }
  for (const e of entries.roadmaps ?? []) {
    checkRoadmapCycle(add, e, options);
    const d = obj(e.data);
    const diagnosis = diagnoses.get(`${String(d.school)}|${String(d.year)}`);
    if (diagnosis) checkAgainstSelfDiagnosis(add, e, diagnosis);
  }
  for (const e of entries.calendar ?? []) checkReviewDeadlines(add, e);
  return problems;
}
