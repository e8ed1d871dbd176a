/**
 * The support programme's tables (seed 001) as plain rows: the deficits × schools table with the
 * municipality's own findings beside the suggestion computed from the risk profiles, and the
 * monitoring figures the municipality has, up to a date.
 */
import type { MonitoringDatum, Municipality } from '../schemas/municipalities.ts';

export interface DeficitRow {
  number: number;
  title: string;
  /** Schools the municipality found the deficit in (entered). */
  found: string[];
  /** Schools whose risk profile suggests it (directions of high or medium significance). */
  suggested: string[];
  /** Suggested but not entered, and entered but not suggested: worth a second look. */
  onlySuggested: string[];
  onlyFound: string[];
}

/** Rows 1–17 in the template's order. */
export function deficitRows(
  deficits: readonly { number: number; title: string }[],
  findings: Municipality['programme']['deficitFindings'],
  suggested: Map<number, string[]>,
): DeficitRow[] {
  return [...deficits]
    .sort((a, b) => a.number - b.number)
    .map((d) => {
      const found = findings.filter((f) => f.deficits.includes(d.number)).map((f) => f.school);
      const sug = suggested.get(d.number) ?? [];
      return {
        number: d.number, title: d.title, found, suggested: sug,
        onlySuggested: sug.filter((s) => !found.includes(s)), onlyFound: found.filter((s) => !sug.includes(s)),
      };
    });
}

/** The monitoring figures of the programme measured on or before `asOf`, newest first, by element. */
export function monitoringDataAsOf(programme: Municipality['programme'], asOf: string): { element: string; data: MonitoringDatum[] }[] {
  return programme.monitoring
    .map((m) => ({ element: m.element, data: m.data.filter((x) => x.date <= asOf).sort((a, b) => b.date.localeCompare(a.date)) }))
    .filter((m) => m.data.length > 0);
}
