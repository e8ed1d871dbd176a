import { z } from 'astro/zod';
import { plural } from '../i18n/plural.ts';

/**
 * Russian messages for zod issues, written for a methodist, not a programmer:
 * what is wrong, then what to do. Installed globally by ./common.ts, so the
 * validator, Astro and the tests all speak the same language.
 */

const TYPE_NAMES: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  boolean: 'да/нет (true или false)',
  array: 'список',
  object: 'набор полей',
  date: 'дата',
  null: 'пустое значение',
  undefined: 'пустое значение',
};

function describeInput(input: unknown): string {
  if (input === null) return 'пустое значение';
  if (Array.isArray(input)) return 'список';
  if (input instanceof Date) return 'дата';
  switch (typeof input) {
    case 'string':
      return `текст «${input.length > 40 ? input.slice(0, 40) + '…' : input}»`;
    case 'number':
      return `число ${input}`;
    case 'boolean':
      return input ? 'true' : 'false';
    case 'object':
      return 'набор полей';
    default:
      return 'значение';
  }
}


// zod's issue type is a wide union; the fields we read are optional on most members.
type LooseIssue = {
  code?: string;
  expected?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
  inclusive?: boolean;
};

export function ruMessage(raw: z.core.$ZodRawIssue): string {
  const iss = raw as unknown as LooseIssue;
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'обязательное поле не заполнено. Заполните его.';
      const expected = TYPE_NAMES[iss.expected ?? ''] ?? iss.expected;
      return `ожидается ${expected}, а указано: ${describeInput(iss.input)}. Исправьте значение.`;
    }
    case 'too_small': {
      const min = Number(iss.minimum);
      if (iss.origin === 'array') {
        return min <= 1
          ? 'список пуст. Добавьте хотя бы один элемент.'
          : `в списке должно быть не меньше ${min} ${plural(min, 'элемента', 'элементов', 'элементов')}. Добавьте недостающие.`;
      }
      if (iss.origin === 'string') {
        return min <= 1
          ? 'поле пустое. Заполните его.'
          : `текст слишком короткий: нужно не меньше ${min} ${plural(min, 'символа', 'символов', 'символов')}. Допишите его.`;
      }
      return `значение должно быть не меньше ${min}${iss.inclusive === false ? ' (строго больше)' : ''}. Исправьте его.`;
    }
    case 'too_big': {
      const max = Number(iss.maximum);
      if (iss.origin === 'array') return `в списке не больше ${max} элементов. Уберите лишние.`;
      if (iss.origin === 'string') return `текст слишком длинный: не больше ${max} символов. Сократите его.`;
      return `значение должно быть не больше ${max}. Исправьте его.`;
    }
    case 'invalid_value': {
      const allowed = (iss.values ?? []).map((v) => String(v)).join(', ');
      // A missing key of an enum field arrives here (zod 4), not as invalid_type.
      if (iss.input === undefined) return `обязательное поле не заполнено. Выберите одно из: ${allowed}.`;
      return `недопустимое значение «${String(iss.input)}». Выберите одно из: ${allowed}.`;
    }
    case 'unrecognized_keys': {
      const keys = (iss.keys ?? []).join(', ');
      return `${plural(iss.keys?.length ?? 0, 'неизвестное поле', 'неизвестные поля', 'неизвестные поля')}: ${keys}. Проверьте написание или удалите.`;
    }
    case 'invalid_format':
      if (iss.format === 'url') return `${describeInput(iss.input)} — не адрес веб-страницы. Укажите адрес, начинающийся с https:// или http://.`;
      if (iss.format === 'regex') return `${describeInput(iss.input)} не подходит по формату. Исправьте значение.`;
      return `${describeInput(iss.input)} не подходит по формату. Исправьте значение.`;
    case 'invalid_union':
      // A missing key of a union field (e.g. a date: text or Date) arrives here, not as invalid_type.
      if (iss.input === undefined) return 'обязательное поле не заполнено. Заполните его.';
      return `${describeInput(iss.input)} не подходит ни под один допустимый вариант. Проверьте значение.`;
    case 'not_multiple_of':
      return 'значение должно быть целым. Исправьте его.';
    default:
      return 'значение некорректно. Проверьте его.';
  }
}
