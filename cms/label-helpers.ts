/** Builders and shared entries of the CMS field labels (cms/labels.ts, cms/labels-municipal.ts). */
import type { FieldLabel } from './labels.ts';

export const f = (label: string, hint?: string, extra: Omit<FieldLabel, 'label' | 'hint'> = {}): FieldLabel => ({ label, hint, ...extra });
export const long = (label: string, hint?: string): FieldLabel => ({ label, hint, long: true });

/** Fields that appear in several collections. */
export const EXAMPLE = f('Учебный пример', 'Отметьте, если запись вымышленная: на сайте она будет помечена как пример.');
export const LINK_TITLE = f('Название', 'Что находится по ссылке.');
export const LINK_URL = f('Адрес', 'Начинается с https:// или с / для страницы этого сайта.');

/** The three fields of a term (src/schemas/term.ts) under `prefix`. */
export function termLabels(prefix: string, label: string, hint?: string): Record<string, FieldLabel> {
  return {
    [prefix]: f(label, hint ?? 'День, месяц или период: заполните «С», «По» или оба поля.'),
    [`${prefix}.from`]: f('С', 'День ГГГГ-ММ-ДД или месяц ГГГГ-ММ. Без «По» — это один день или один месяц.'),
    [`${prefix}.to`]: f('По', 'День ГГГГ-ММ-ДД или месяц ГГГГ-ММ. Без «С» — срок «до» этого дня или до конца месяца.'),
  };
}

/** The fields of a contact (src/schemas/contact.ts) under `prefix`. */
export function contactLabels(prefix: string, label: string): Record<string, FieldLabel> {
  return {
    [prefix]: f(label, 'Публикуется должность; имя и телефон — только с согласия.'),
    [`${prefix}.position`]: f('Должность', 'Например, «заместитель директора по УВР».'),
    [`${prefix}.name`]: f('Имя', 'Публикуется только при отмеченном согласии.'),
    [`${prefix}.phone`]: f('Телефон', 'Публикуется только при отмеченном согласии.'),
    [`${prefix}.consentToPublish`]: f('Согласие на публикацию имени и телефона', 'По 152-ФЗ: отмечайте, только если человек дал согласие.'),
  };
}

/** The approval block and the thread: edited by the project's own widgets (cms/approval-widget.ts, cms/thread-widget.ts). */
export const approvalLabels = (prefix: string, label = 'Согласование', hint = 'Статус меняется кнопками действий; дата и роль записываются сами.'): Record<string, FieldLabel> => ({
  [prefix]: f(label, hint),
  [`${prefix}.status`]: f('Текущий статус'),
  [`${prefix}.history`]: f('История согласования'),
  [`${prefix}.history.date`]: f('Дата'),
  [`${prefix}.history.status`]: f('Статус после шага'),
  [`${prefix}.history.by`]: f('Кто (роль)'),
  [`${prefix}.history.comment`]: f('Комментарий'),
});
export const threadLabels = (prefix: string): Record<string, FieldLabel> => ({
  [prefix]: f('Обсуждение', 'Переписка школы и куратора по этому документу; дата и роль записываются сами.'),
  [`${prefix}.date`]: f('Дата'),
  [`${prefix}.by`]: f('Кто (роль)'),
  [`${prefix}.text`]: f('Текст'),
});
