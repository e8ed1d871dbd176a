/** Labels of search filter values: a direction code with its short title. */
export function directionFilterValue(code: string, shortTitle: string | undefined): string {
  return shortTitle ? `${code} — ${shortTitle}` : code;
}
