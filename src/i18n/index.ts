import ru from './ru.json';

export type MessageKey = keyof typeof ru;

/** Interface string by key; every string a user sees lives in ru.json. */
export function t(key: MessageKey): string {
  return ru[key];
}
