/**
 * Russian phrases the Decap 3.16 «ru» locale lacks (it would fall back to English) and a few
 * clearer wordings. Merged over decap-cms-locales' ru by cms/admin.ts.
 */
export const RU_PATCH = {
  auth: { loginWithForgejo: 'Войти через Forgejo' },
  collection: {
    collectionTop: { viewAsList: 'Показать списком', viewAsGrid: 'Показать плиткой' },
    entries: { unpublishedHeader: 'Неопубликованные записи' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Поле «%{widgetLabel}»' } },
    editorControlPane: {
      widget: {
        required: 'Заполните поле «%{fieldLabel}».',
        regexPattern: 'Поле «%{fieldLabel}»: %{pattern}.',
        rangeCount: 'В поле «%{fieldLabel}» должно быть от %{minCount} до %{maxCount} элементов.',
        rangeMin: 'В поле «%{fieldLabel}» должно быть не меньше %{minCount} элементов. Добавьте недостающие.',
        rangeMax: 'В поле «%{fieldLabel}» должно быть не больше %{maxCount} элементов.',
        invalidPath: 'Путь «%{path}» содержит ошибки.',
      },
    },
    editorInterface: { toggleNotes: 'Заметки' },
    editorToolbar: { status: 'Статус: %{status}' },
    editorNotesPane: {
      title: 'Заметки',
      emptyState: 'Заметок пока нет. Добавьте первую ниже.',
      addNote: 'Добавить заметку',
      addPlaceholder: 'Текст заметки…',
      editPlaceholder: 'Измените заметку…',
      save: 'Сохранить',
      cancel: 'Отмена',
      edit: 'Изменить',
      delete: 'Удалить',
      resolve: 'Закрыть',
      unresolve: 'Открыть снова',
      confirmDelete: 'Удалить эту заметку?',
      shortcut: 'Совет: Ctrl+Enter добавляет заметку.',
    },
    editorWidgets: {
      markdown: {
        strikethrough: 'Зачёркнутый',
        toggleMode: { rich: 'Перейти в визуальный редактор', markdown: 'Перейти в режим Markdown' },
      },
      datetime: { setToNow: 'Поставить сегодняшнюю дату' },
      object: { expand: 'Развернуть', collapse: 'Свернуть' },
    },
  },
  mediaLibrary: { mediaLibraryModal: { close: 'Закрыть' } },
  ui: {
    settingsDropdown: { account: 'Меню учётной записи' },
    toast: {
      missingRequiredField: 'Не все обязательные поля заполнены. Исправьте отмеченные поля и сохраните снова.',
      noteAdded: 'Заметка добавлена',
      onFailToAddNote: 'Не удалось добавить заметку: %{details}',
      noteUpdated: 'Заметка изменена',
      onFailToUpdateNote: 'Не удалось изменить заметку: %{details}',
      noteDeleted: 'Заметка удалена',
      onFailToDeleteNote: 'Не удалось удалить заметку: %{details}',
      noteResolved: 'Заметка закрыта',
      noteReopened: 'Заметка открыта снова',
      onFailToToggleNote: 'Не удалось изменить состояние заметки: %{details}',
    },
  },
};

type Phrases = { [key: string]: string | Phrases };

/** Deep merge of phrase trees (the patch wins). */
export function mergePhrases(base: Phrases, patch: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return out;
}
