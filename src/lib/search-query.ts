/**
 * Query handling around Pagefind (src/scripts/search.ts), pure so it is unit-tested.
 *
 * Why a word check: when no indexed word starts with a query word, Pagefind falls back to the
 * longest indexed word that is a *prefix* of it (pagefind_web/src/search.rs, find_word_extensions).
 * For a word that is nowhere on the site («абракадабра») that is the one-letter word «а», found on
 * almost every page. A query word therefore counts as found only when the page has a word sharing
 * at least half of it (three letters at least, or the whole of a shorter word) — enough for other
 * forms of the same word («мотивационными» → «мотивация»), never for «а».
 */

/** Lower case, «ё» as «е» (Pagefind folds diacritics too). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('ru').replace(/ё/g, 'е');
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Words of a text as compared here: folded, without punctuation at their ends, empty ones dropped. */
export function words(text: string): string[] {
  return fold(text)
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter(Boolean);
}

/**
 * The query as sent to Pagefind: signs that are not words («№», «—») are dropped (Pagefind would
 * look for them literally and find only pages where «№» sticks to a number), and so are one-letter
 * abbreviations («г.», «с.») when the query has other words — they match every page.
 */
export function normalizeQuery(query: string): string {
  const tokens = query.split(/\s+/).map((w) => w.replace(EDGE_PUNCTUATION, '')).filter(Boolean);
  const meaningful = tokens.filter((w) => w.length > 1 || /\p{N}/u.test(w));
  return (meaningful.length ? meaningful : tokens).join(' ');
}

/** How many first letters a page word must share with a query word for the word to count as found. */
export function neededPrefix(word: string): number {
  const length = [...word].length;
  return length <= 3 ? length : Math.max(3, Math.ceil(length / 2));
}

function commonPrefix(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** Query words that the page text does not contain in any form. */
export function missingWords(query: string, pageText: string): string[] {
  const page = new Set(words(pageText));
  return words(normalizeQuery(query)).filter((w) => {
    const need = neededPrefix(w);
    for (const p of page) if (commonPrefix(w, p) >= need) return false;
    return true;
  });
}

const significant = (list: string[]) => list.filter((w) => w.length > 1 || /\p{N}/u.test(w));

/**
 * The page is what was asked for by name: the title is the query, or holds the query's words in
 * the same order, side by side, when the query has two words or more (one word in a title is no name).
 */
export function isExactTitle(query: string, title: string): boolean {
  const q = significant(words(query));
  const t = significant(words(title)).filter((w) => w !== 'пример');
  if (!q.length) return false;
  if (q.join(' ') === t.join(' ')) return true;
  return q.length >= 2 && ` ${t.join(' ')} `.includes(` ${q.join(' ')} `);
}

/** 1-based page numbers to show in a pager: first, last, the current one and its neighbours; 0 marks a gap. */
export function pagerPages(current: number, total: number): number[] {
  const keep = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total));
  const sorted = [...keep].sort((a, b) => a - b);
  const out: number[] = [];
  for (const n of sorted) {
    if (out.length && n - out[out.length - 1] > 1) out.push(0);
    out.push(n);
  }
  return out;
}

/** Number of pages of `size` results, at least 1. */
export function pageCount(results: number, size: number): number {
  return Math.max(1, Math.ceil(results / size));
}
