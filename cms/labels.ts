/**
 * Everything the CMS shows a person about a field: Russian label, hint and how to edit it, keyed by
 * collection and field path (`period.start`, `activities.title` for a field of a list item).
 * tests/unit/cms-config.test.ts fails when a schema field has no entry here or an entry names no field.
 */
import type { CollectionName } from '../src/schemas/index.ts';

export interface FieldLabel {
  label: string;
  hint?: string;
  /** Several lines of text (Decap `text` widget) instead of one line. */
  long?: boolean;
  /** For a list of plain values: the label of one value. */
  item?: string;
  /** For a list of objects: what one item is called («Добавить задачу»). */
  singular?: string;
}

export interface CollectionLabel {
  label: string;
  singular: string;
  description?: string;
}

export type EditableCollection = Exclude<CollectionName, 'methodology'>;

const f = (label: string, hint?: string, extra: Omit<FieldLabel, 'label' | 'hint'> = {}): FieldLabel => ({ label, hint, ...extra });
const long = (label: string, hint?: string): FieldLabel => ({ label, hint, long: true });

/** Fields that appear in several collections. */
const EXAMPLE = f('Учебный пример', 'Отметьте, если запись вымышленная: на сайте она будет помечена как пример.');
const LINK_TITLE = f('Название', 'Что находится по ссылке.');
const LINK_URL = f('Адрес', 'Начинается с https:// или с / для страницы этого сайта.');

export const COLLECTION_LABELS: Record<EditableCollection, CollectionLabel> = {
  settings: { label: 'Настройки сайта', singular: 'Настройки', description: 'Название, регион, год цикла и подключение CMS к Git.' },
  roles: { label: 'Роли', singular: 'Роль', description: 'Участники программы и их функции. Список ролей постоянный: роли можно только редактировать.' },
  directions: { label: 'Направления (факторы риска)', singular: 'Направление', description: 'Десять направлений R01–R10. Список постоянный: направления можно только редактировать.' },
  deficits: { label: 'Дефициты', singular: 'Список дефицитов', description: '17 дефицитов из шаблона муниципальной программы.' },
  measures: { label: 'Меры', singular: 'Мера', description: 'Каталог мер по направлениям риска.' },
  practices: { label: 'Лучшие практики', singular: 'Практика', description: 'Практики, опубликованные РМА.' },
  templates: { label: 'Шаблоны документов', singular: 'Шаблон', description: 'Шаблоны программы, дорожной карты и самодиагностики.' },
  calendar: { label: 'Календарь', singular: 'Год календаря', description: 'События года по уровням и ролям.' },
  municipalities: { label: 'Муниципалитеты', singular: 'Муниципалитет', description: 'Муниципалитеты и их программы поддержки школ.' },
  schools: { label: 'Школы', singular: 'Школа', description: 'Школы программы в муниципалитете.' },
  roadmaps: { label: 'Дорожные карты', singular: 'Дорожная карта', description: 'Дорожные карты школ муниципалитета.' },
};

export const FIELD_LABELS: Record<EditableCollection, Record<string, FieldLabel>> = {
  settings: {
    title: f('Название сайта', 'Показывается в шапке и в заголовке вкладки.'),
    region: f('Регион'),
    operator: f('Организация-оператор', 'Кто ведёт сайт, обычно региональный центр.'),
    baseUrl: f('Адрес сайта', 'Например, https://shnor.example.ru — без косой черты в конце.'),
    cycleYear: f('Год текущего цикла', 'Дорожные карты этого года показываются первыми.'),
    asOf: f('Дата расчёта мониторинга', 'Если не указана, используется дата сборки сайта.'),
    reviewPeriodMonths: f('Срок пересмотра мер и практик, месяцев', 'Через сколько месяцев после проверки РМА запись помечается «требует пересмотра». Если не указан — 12.'),
    cms: f('Подключение CMS', 'Где хранится содержимое сайта в рабочем режиме.'),
    'cms.backend': f('Git-хостинг'),
    'cms.repo': f('Репозиторий', 'В виде владелец/название, например rcoko/shnor-site.'),
    'cms.branch': f('Ветка', 'Ветка, из которой собирается сайт, обычно main.'),
    'cms.apiRoot': f('Адрес API', 'Только для своего сервера Gitea или GitLab, например https://git.example.ru/api/v1.'),
    'cms.baseUrl': f('Адрес сервера входа (OAuth)', 'Если вход через GitHub или GitLab идёт через свой OAuth-сервер.'),
    'cms.appId': f('Идентификатор OAuth-приложения', 'Client ID приложения для входа: нужен для Gitea и своего GitLab.'),
  },
  roles: {
    title: f('Название роли'),
    level: f('Уровень'),
    summary: long('Назначение роли', 'Одно-два предложения.'),
    functions: f('Функции', 'Каждая функция — одно предложение.', { singular: 'функцию' }),
    'functions.text': long('Функция'),
    'functions.seeds': f('Пункты исходных документов', 'В виде 003:coordinator:5 (документ:группа:номер).', { item: 'Пункт' }),
    contactFrequency: f('Частота контакта со школой', 'По этапам работы.', { singular: 'этап' }),
    'contactFrequency.phase': f('Этап работы', 'Например, «Разработка документов».'),
    'contactFrequency.frequency': f('Частота словами', 'Например, «не реже 1 раза в неделю».'),
    'contactFrequency.maxIntervalDays': f('Наибольший перерыв, дней', 'То же в днях: по нему проверяется соблюдение частоты.'),
    inSystem: f('Действия в системе мониторинга', undefined, { item: 'Действие' }),
    order: f('Порядок в списках', 'Меньшее число — выше в списке.'),
  },
  directions: {
    code: f('Код', 'R01…R10; совпадает с именем файла.'),
    title: long('Полная формулировка фактора риска'),
    shortTitle: f('Краткое название', 'Для меток и таблиц.'),
    order: f('Порядок в списках'),
    summary: long('Что означает риск для школы'),
    signals: f('Признаки риска', 'По каким признакам школа узнаёт риск.', { item: 'Признак' }),
    analysisSources: f('Источники данных для анализа', undefined, { item: 'Источник' }),
    legacyDeficits: f('Дефициты шаблона программы', 'Номера дефицитов (1–17), которые покрывает направление.', { item: 'Номер дефицита' }),
  },
  deficits: {
    deficits: f('Дефициты', 'В порядке шаблона.', { singular: 'дефицит' }),
    'deficits.number': f('Номер', 'От 1 до 17.'),
    'deficits.title': long('Формулировка'),
  },
  measures: {
    title: f('Название меры'),
    directions: f('Направления риска', 'Первое выбранное — основное.'),
    level: f('Уровень', 'На каком уровне принимается мера.'),
    educationLevels: f('Уровни образования'),
    purpose: long('Цель', 'Одно предложение: показывается в каталоге.'),
    steps: f('Шаги', 'По порядку.', { item: 'Шаг' }),
    successCriteria: f('Критерии успеха', undefined, { item: 'Критерий' }),
    indicators: f('Показатели', undefined, { singular: 'показатель' }),
    'indicators.name': f('Что измеряется'),
    'indicators.unit': f('Единица', '%, человек, баллов…'),
    'indicators.howMeasured': long('Как и по какому источнику измеряется'),
    evidenceExamples: f('Примеры подтверждений', 'Что школа может опубликовать на этапах 1 и 2.', { item: 'Подтверждение' }),
    responsibleRoles: f('Ответственные роли'),
    participants: f('Участники', 'Обучающиеся, учителя, родители…', { item: 'Участники' }),
    typicalDuration: f('Типичная продолжительность', 'Словами, например «один учебный год».'),
    resources: f('Материалы', 'Ссылки для дальнейшего чтения.', { singular: 'материал' }),
    'resources.title': LINK_TITLE,
    'resources.url': LINK_URL,
    source: f('Источник'),
    'source.kind': f('Вид источника', '«Пример» — текст, написанный для образца; его должен проверить РМА.'),
    'source.title': f('Название документа или примера'),
    'source.year': f('Год'),
    'source.url': f('Ссылка на источник', 'Если документ опубликован.'),
    review: f('Проверка РМА'),
    'review.status': f('Статус проверки'),
    'review.reviewedBy': f('Кто проверил (роль)', 'Роль, а не фамилия. Обязательно для проверенной меры.'),
    'review.date': f('Дата проверки', 'Дата последней проверки. Обязательна для проверенной меры; по ней считается срок пересмотра.'),
  },
  practices: {
    title: f('Название практики'),
    organisation: f('Организация', 'Чья это практика.'),
    municipality: f('Муниципалитет', 'Если организация из этого региона.'),
    directions: f('Направления риска'),
    measures: f('Меры каталога', 'Какие меры реализует практика.'),
    date: f('Дата публикации'),
    results: f('Результаты', 'По одному на строку.', { item: 'Результат' }),
    author: f('Автор (роль)', 'Роль, а не фамилия.'),
    review: f('Проверка РМА'),
    'review.status': f('Статус проверки'),
    'review.reviewedBy': f('Кто проверил (роль)', 'Роль, а не фамилия. Обязательно для проверенной практики.'),
    'review.date': f('Дата проверки', 'Дата последней проверки. Обязательна для проверенной практики; по ней считается срок пересмотра.'),
    example: EXAMPLE,
  },
  templates: {
    title: f('Название документа'),
    purpose: long('Кто заполняет и зачем'),
    sections: f('Разделы', 'В порядке документа.', { singular: 'раздел' }),
    'sections.title': f('Заголовок раздела'),
    'sections.hint': long('Что в нём писать'),
    'sections.columns': f('Столбцы таблицы', 'Если раздел — таблица.', { item: 'Столбец' }),
    'sections.options': f('Готовые варианты', '«Оставить нужное».', { item: 'Вариант' }),
    order: f('Порядок в списках'),
  },
  calendar: {
    year: f('Год', 'Совпадает с именем файла.'),
    events: f('События', 'В порядке дат.', { singular: 'событие' }),
    'events.id': f('Идентификатор', 'Латиницей, уникален в пределах года: используется в адресе ссылки на событие.'),
    'events.start': f('Первый день'),
    'events.end': f('Последний день', 'Для однодневного события — тот же день.'),
    'events.title': f('Что происходит'),
    'events.level': f('Уровень', 'Кто организует.'),
    'events.organiser': f('Организатор', 'Если это не роль программы, например «ФИОКО».'),
    'events.stage': f('Этап программы'),
    'events.actions': f('Что делают роли', undefined, { singular: 'действие роли' }),
    'events.actions.role': f('Роль'),
    'events.actions.text': long('Что делает'),
  },
  municipalities: {
    name: f('Название муниципалитета'),
    coordinatorOrg: f('Организация-координатор', 'Кто координирует программу в муниципалитете.'),
    year: f('Год программы'),
    programme: f('Программа поддержки школ'),
    'programme.components': f('Что включает программа', 'Диагностика, работа со школьными координаторами…', { item: 'Компонент' }),
    'programme.events': f('План мероприятий года', undefined, { singular: 'мероприятие' }),
    'programme.events.title': f('Мероприятие'),
    'programme.events.date': f('Дата'),
    'programme.diagnosticsPeriod': f('Период диагностики факторов риска', 'По муниципальному приказу.'),
    'programme.diagnosticsPeriod.start': f('Начало'),
    'programme.diagnosticsPeriod.end': f('Окончание'),
    'programme.diagnosticsPeriod.order': f('Приказ', 'Реквизиты приказа.'),
    'programme.tasks': f('Задачи программы', 'Из списка шаблона.', { item: 'Задача' }),
    'programme.monitoring': f('Мониторинг', 'Элементы мониторинга и источники информации.', { singular: 'элемент мониторинга' }),
    'programme.monitoring.element': f('Элемент мониторинга'),
    'programme.monitoring.sources': f('Источники информации', undefined, { item: 'Источник' }),
    'programme.coordinatorSupport': f('Поддержка школьных координаторов', undefined, { singular: 'форму поддержки' }),
    'programme.coordinatorSupport.text': long('Форма поддержки'),
    'programme.coordinatorSupport.frequency': f('Периодичность'),
    'programme.parentInvolvement': f('Вовлечение родителей и партнёров', undefined, { singular: 'направление работы' }),
    'programme.parentInvolvement.text': long('Что делается'),
    'programme.parentInvolvement.resources': f('Материалы', undefined, { singular: 'материал' }),
    'programme.parentInvolvement.resources.title': LINK_TITLE,
    'programme.parentInvolvement.resources.url': LINK_URL,
    highRiskSchools: f('Школы с высокими рисками', 'И основания для включения в список.', { singular: 'школу' }),
    'highRiskSchools.school': f('Школа (идентификатор)', 'Имя файла школы латиницей, например sosh-12-primer.'),
    'highRiskSchools.grounds': long('Основания'),
    example: EXAMPLE,
  },
  schools: {
    shortName: f('Краткое название', 'Например, «СОШ № 12».'),
    fullName: long('Полное официальное название'),
    municipality: f('Муниципалитет', 'Совпадает с муниципалитетом этого раздела.'),
    project500: f('Школа проекта «500+»', 'Если не отмечено — школа с высокими рисками низких результатов.'),
    siteUrl: f('Сайт школы', 'Начинается с https://.'),
    partnerSchool: f('Школа-партнёр (наставник)'),
    curator: f('Куратор', 'Публикуется как роль; имя и телефон — только с согласия.'),
    'curator.role': f('Роль куратора'),
    'curator.name': f('Имя', 'Публикуется только при отмеченном согласии.'),
    'curator.phone': f('Телефон', 'Публикуется только при отмеченном согласии.'),
    'curator.consentToPublish': f('Согласие на публикацию имени и телефона', 'По 152-ФЗ: отмечайте, только если человек дал согласие.'),
    riskProfile: f('Профиль рисков', 'По результатам диагностики.', { singular: 'риск' }),
    'riskProfile.direction': f('Направление риска'),
    'riskProfile.significance': f('Значимость'),
    visits: f('Выезды в школу', undefined, { singular: 'выезд' }),
    'visits.date': f('Дата выезда'),
    'visits.byRole': f('Кто выезжал (роль)'),
    'visits.purpose': long('Цель выезда'),
    'visits.result': long('Результат'),
    example: EXAMPLE,
  },
  roadmaps: {
    school: f('Школа'),
    year: f('Год'),
    period: f('Срок дорожной карты'),
    'period.start': f('Начало'),
    'period.end': f('Окончание'),
    goal: long('Цель школы', 'Общая цель работы на год.'),
    directions: f('Выбранные направления', 'Направления после проверки профиля рисков.', { singular: 'направление' }),
    'directions.direction': f('Направление риска'),
    'directions.verified': f('Риск подтверждён', 'Школа и куратор подтвердили, что риск реален.'),
    'directions.justification': long('Обоснование выбора', 'Обязательно, если значимость риска низкая или его нет в профиле школы.'),
    tasks: f('Задачи', 'У каждой задачи должно быть хотя бы одно мероприятие.', { singular: 'задачу' }),
    'tasks.id': f('Номер задачи', 'Латиницей, например t1; на него ссылаются мероприятия.'),
    'tasks.direction': f('Направление', 'Одно из выбранных направлений.'),
    'tasks.text': long('Формулировка задачи'),
    indicators: f('Показатели', undefined, { singular: 'показатель' }),
    'indicators.id': f('Номер показателя', 'Латиницей, например i1; на него ссылаются мероприятия.'),
    'indicators.name': f('Что измеряется'),
    'indicators.unit': f('Единица', '%, человек, баллов…'),
    'indicators.baseline': f('Исходное значение', 'До начала работы.'),
    'indicators.target': f('Целевое значение', 'К концу срока.'),
    'indicators.method': f('Как измеряется'),
    'indicators.actuals': f('Измеренные значения', undefined, { singular: 'измерение' }),
    'indicators.actuals.date': f('Дата измерения'),
    'indicators.actuals.value': f('Значение'),
    activities: f('Мероприятия', undefined, { singular: 'мероприятие' }),
    'activities.task': f('Задача', 'Номер задачи, например t1.'),
    'activities.measure': f('Мера каталога', 'Если мероприятие реализует меру из каталога.'),
    'activities.title': f('Мероприятие'),
    'activities.start': f('Начало'),
    'activities.end': f('Срок', 'Внутри срока дорожной карты.'),
    'activities.stage': f('Этап года'),
    'activities.responsible': f('Ответственный', 'Должность, а не фамилия: например, «заместитель директора по УВР».'),
    'activities.indicator': f('Показатель', 'Номер показателя, например i1. Укажите показатель или ожидаемый результат.'),
    'activities.expectedResult': long('Ожидаемый результат', 'Укажите показатель или ожидаемый результат.'),
    'activities.status': f('Статус выполнения'),
    'activities.evidence': f('Подтверждения', 'Опубликованные материалы.', { singular: 'подтверждение' }),
    'activities.evidence.title': LINK_TITLE,
    'activities.evidence.url': LINK_URL,
    approval: f('Согласование'),
    'approval.status': f('Текущий статус', 'Совпадает со статусом последнего шага истории.'),
    'approval.history': f('История согласования', 'Шаги по порядку дат.', { singular: 'шаг' }),
    'approval.history.date': f('Дата'),
    'approval.history.status': f('Статус после шага'),
    'approval.history.by': f('Кто (роль)'),
    'approval.history.comment': long('Комментарий', 'При возврате на доработку — что изменить (не короче 10 символов).'),
    example: EXAMPLE,
  },
};

/** The body of Markdown collections (not part of the frontmatter schema). */
export const BODY_LABEL: FieldLabel = { label: 'Текст', hint: 'Обычный Markdown: заголовки, списки, ссылки. HTML не выполняется.' };
