/** The measure catalog's filters in the address: ?napravlenie=R06&uroven=school (empty choices left out). */
export function catalogQuery(filters: readonly (readonly [string, string])[]): string {
  const params = new URLSearchParams(filters.filter(([, v]) => v) as [string, string][]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The catalog's filters read back from an address's query string; unknown keys are ignored, the first value wins. */
export function readCatalogQuery(search: string, keys: readonly string[]): Record<string, string> {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value) out[key] = value;
  }
  return out;
}
