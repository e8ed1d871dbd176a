/**
 * Numbers of roadmap indicators in Russian notation (1 234,5). One formatter for the whole build and
 * a memo of the values already formatted: a component's frontmatter runs on every render, and
 * Intl formatting was a visible share of a national build's roadmap pages.
 */
const NUMBER = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const done = new Map<number, string>();

export function formatNumber(n: number): string {
  let s = done.get(n);
  if (s === undefined) {
    s = NUMBER.format(n);
    if (done.size < 100_000) done.set(n, s);
  }
  return s;
}
