/**
 * Every fixed list of the content model, with Russian labels.
 * The single source for zod enums (src/schemas), UI labels (pages) and CMS select options (cms/).
 */

/** Participants of the programme. Ids are also the file names in content/roles/. */
export const ROLES = {
  'regional-center': 'Региональный центр (ЦНППМПР)',
  rma: 'Региональный методический актив (РМА)',
  rkc: 'Региональный консультационный центр (РКЦ)',
  mouo: 'Муниципальный орган управления образованием (МОУО)',
  mkc: 'Муниципальный консультационный центр (МКЦ)',
  'municipal-coordinator': 'Муниципальный координатор',
  curator: 'Муниципальный куратор',
  'school-director': 'Директор школы',
  'school-coordinator': 'Школьный координатор',
  'partner-school': 'Школа-партнёр (наставник)',
  teacher: 'Учитель',
} as const;

/** Short forms of the role labels for tables and tags. */
export const ROLES_SHORT: Record<keyof typeof ROLES, string> = {
  'regional-center': 'ЦНППМПР',
  rma: 'РМА',
  rkc: 'РКЦ',
  mouo: 'МОУО',
  mkc: 'МКЦ',
  'municipal-coordinator': 'Координатор',
  curator: 'Куратор',
  'school-director': 'Директор',
  'school-coordinator': 'Школьный координатор',
  'partner-school': 'Школа-партнёр',
  teacher: 'Учитель',
};

/** Where a contact frequency comes from: the programme's documents, or a recommendation of this site. */
export const FREQUENCY_BASIS = {
  programme: 'Требование программы',
  recommendation: 'Рекомендация сайта, не требование программы',
} as const;

/** Level at which a role works or a measure is taken. */
export const LEVELS = {
  region: 'Регион',
  municipality: 'Муниципалитет',
  school: 'Школа',
} as const;

/** Level of a calendar event: who organises it. */
export const EVENT_LEVELS = {
  federal: 'Федеральный уровень',
  regional: 'Региональный уровень',
  municipal: 'Муниципальный уровень',
  school: 'Уровень школы',
} as const;

/** Programme stages of the yearly cycle (order of 28.12.2024 № 859). */
export const PROGRAMME_STAGES = {
  organizational: 'Этап I. Организационный',
  planning: 'Этап II. Формирование дорожных карт',
  implementation: 'Этап III. Реализация мер',
} as const;

/** Stages of monitoring with a dated snapshot (the calendar marks their cut-off days); keys are URL parts. */
export const MONITORING_STAGES = {
  'etap-1': 'Мониторинг этапа 1',
  'etap-2': 'Мониторинг этапа 2',
} as const;

/** Levels of general education. */
export const EDUCATION_LEVELS = {
  noo: 'НОО (1–4 классы)',
  ooo: 'ООО (5–9 классы)',
  soo: 'СОО (10–11 классы)',
} as const;

/** Where a measure comes from. */
export const SOURCE_KINDS = {
  federal: 'Федеральные рекомендации',
  regional: 'Региональные рекомендации',
  school: 'Опыт школы',
  research: 'Исследование',
  example: 'Пример (требует проверки РМА)',
} as const;

/** Whether the regional methodological team has checked an entry. */
export const REVIEW_STATUSES = {
  draft: 'Черновик, требует проверки РМА',
  reviewed: 'Проверено РМА',
} as const;

/** Significance of a risk direction in a school's risk profile. */
export const SIGNIFICANCE = {
  high: 'Высокая',
  medium: 'Средняя',
  low: 'Низкая',
} as const;

/** Stage of a roadmap activity within the year. */
export const ACTIVITY_STAGES = {
  stage1: 'Этап 1 (весна)',
  summer: 'Лето',
  stage2: 'Этап 2 (осень)',
} as const;

/** Status of a roadmap activity. */
export const ACTIVITY_STATUSES = {
  planned: 'Запланировано',
  in_progress: 'Выполняется',
  done: 'Выполнено',
  not_done: 'Не выполнено',
  postponed: 'Перенесено',
} as const;

/** Approval status of a roadmap. */
export const APPROVAL_STATUSES = {
  draft: 'Черновик',
  submitted: 'На согласовании',
  returned: 'Возвращена на доработку',
  approved: 'Согласована',
  in_progress: 'Реализуется',
  completed: 'Завершена',
} as const;

/** Monitoring stage a piece of evidence belongs to (the «Этап 1» / «Этап 2» sub-sections of the monitoring system). */
export const EVIDENCE_STAGES = {
  stage1: 'Этап 1 (весна)',
  stage2: 'Этап 2 (осень)',
} as const;

/** Outcome of verifying one risk of the profile in a school's self-diagnosis. */
export const RISK_DECISIONS = {
  confirmed: 'Риск подтверждён',
  rejected: 'Риск не подтверждён',
} as const;

/** Review whose deadline a calendar event marks (the curator's queue counts what is overdue). */
export const REVIEW_KINDS = {
  'self-diagnosis': 'Согласование самодиагностики',
  roadmap: 'Согласование дорожных карт',
  stage1: 'Проверка подтверждений этапа 1',
  stage2: 'Проверка подтверждений этапа 2',
} as const;

/** CMS backends a deployment can use in production. */
export const CMS_BACKENDS = {
  github: 'GitHub',
  gitlab: 'GitLab',
  gitea: 'Gitea',
  'git-gateway': 'Git Gateway',
} as const;

/** The ten risk directions of the FIOKO methodology. Files content/directions/<code>.yaml. */
export const DIRECTION_CODES = ['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10'] as const;

/** Number of deficits in the municipal programme template (content/deficits.yaml). */
export const DEFICIT_COUNT = 17;

export type RoleId = keyof typeof ROLES;
export type ApprovalStatus = keyof typeof APPROVAL_STATUSES;
export type ActivityStatus = keyof typeof ACTIVITY_STATUSES;
export type Significance = keyof typeof SIGNIFICANCE;
export type EvidenceStage = keyof typeof EVIDENCE_STAGES;
export type ReviewKind = keyof typeof REVIEW_KINDS;

/** Keys of a label record as a non-empty tuple, for z.enum. */
export function keysOf<T extends Record<string, string>>(list: T): [keyof T & string, ...(keyof T & string)[]] {
  return Object.keys(list) as [keyof T & string, ...(keyof T & string)[]];
}
