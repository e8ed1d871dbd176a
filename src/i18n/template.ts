/** A template string with its {placeholders} filled: fillTemplate('Найдено: {n}', { n: 3 }). */
export function fillTemplate(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}
