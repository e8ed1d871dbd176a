/**
 * Personal-data gate (152-ФЗ): the build fails when a phone number or an e-mail address appears in
 * the built site outside a consented field. People appear as roles; the only consented field is the
 * curator's name and phone on a school page, printed inside an element with `data-consented` only when
 * `consentToPublish: true` (and kept out of the search index). Scans pages, the Pagefind index
 * (gzip'd JSON fragments), open data (.json) and calendars (.ics).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { attr, isElement, outputFiles, parseHtml, urlOf, walkHtml } from './output-files.ts';

export interface PersonalDataFinding {
  /** Page URL or file of the built site. */
  page: string;
  /** Where on it: page text, an attribute, the search index, a JSON field. */
  where: string;
  kind: 'телефон' | 'e-mail';
  match: string;
}

type Match = Pick<PersonalDataFinding, 'kind' | 'match'>;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Digits with the separators phone numbers are written with; classified by `isPhone`. */
const DIGITS = /(?<![\p{L}\p{N}+(])[+(]?\d[\d \t\u00a0\u2009\u202f().‐‑–-]{4,24}\d(?![\p{L}\p{N}])/gu;

/** Russian and international phone notations; years, ranges, amounts and dates are not phones. */
export function isPhone(candidate: string): boolean {
  const s = candidate.trim();
  const digits = s.replace(/\D/g, '');
  const groups = s.split(/[^\d+]+/).filter(Boolean);
  if (s.startsWith('+')) return digits.length >= 10 && digits.length <= 15;
  if (/^[78]$/.test(groups[0]) && groups.length > 1) return digits.length === 11;
  if (groups.length === 1 && /^[78]\d{10}$/.test(s)) return true;
  if (/\(\d{3,5}\)/.test(s)) return digits.length === 10 || digits.length === 11;
  return /^\d{2,3}-\d{2}-\d{2}$/.test(s);
}

/** Characters an e-mail match can consist of (EMAIL matches nothing else). */
const EMAIL_CHAR = /[\p{L}\p{N}._%+@-]/u;

/** The character (code point) starting at i or ending just before i: letters outside the BMP are two units. */
const charAt = (text: string, i: number) => (i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '');
const charBefore = (text: string, i: number) => {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(i - 2, i) : text[i - 1];
};

/**
 * E-mail addresses: EMAIL run only over the stretches of address characters around each «@». Every
 * match of EMAIL lies inside such a stretch, so the result equals EMAIL over the whole text, without
 * trying the pattern at every letter of a long page (that cost 150 s on a national site).
 */
function findEmails(text: string, found: Match[]): void {
  let at = text.indexOf('@');
  while (at >= 0) {
    let start = at;
    for (let step = charBefore(text, start); step && EMAIL_CHAR.test(step); step = charBefore(text, start)) start -= step.length;
    let end = at + 1;
    for (let step = charAt(text, end); step && EMAIL_CHAR.test(step); step = charAt(text, end)) end += step.length;
    for (const m of text.slice(start, end).matchAll(EMAIL)) found.push({ kind: 'e-mail', match: m[0] });
    at = text.indexOf('@', end);
  }
}

/** Phones and e-mail addresses in a piece of text. */
export function findPersonalData(text: string): Match[] {
  const found: Match[] = [];
  findEmails(text, found);
  for (const m of text.matchAll(DIGITS)) if (isPhone(m[0])) found.push({ kind: 'телефон', match: m[0].trim() });
  return found;
}

/** Attributes that hold class names or styling, never text a person wrote. */
/** True when the raw text, with numeric character references decoded, holds a phone or e-mail candidate. */
export function mayContainPersonalData(raw: string): boolean {
  const decoded = raw.includes('&#')
    ? raw.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, n: string) => String.fromCodePoint(n[0].toLowerCase() === 'x' ? parseInt(n.slice(1), 16) : Number(n)))
    : raw;
  return findPersonalData(decoded.replace(/&nbsp;/g, '\u00a0')).length > 0;
}

const SKIPPED_ATTRIBUTES = new Set(['class', 'style']);

/** Findings in a page, skipping elements marked `data-consented` and their content. */
export function scanHtml(html: string, page: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  walkHtml(parseHtml(html), (node) => {
    if (isElement(node)) {
      if (attr(node, 'data-consented') !== undefined) return false;
      if (node.tagName === 'style') return false;
      for (const a of node.attrs) {
        if (SKIPPED_ATTRIBUTES.has(a.name)) continue;
        for (const m of findPersonalData(a.value)) out.push({ page, where: `атрибут ${a.name} у <${node.tagName}>`, ...m });
      }
    } else if (node.nodeName === '#text') {
      for (const m of findPersonalData((node as { value: string }).value)) out.push({ page, where: 'текст страницы', ...m });
    }
  });
  return out;
}

function stringsOf(value: unknown, path: string, visit: (text: string, path: string) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsOf(v, `${path}[${i}]`, visit));
  else if (value && typeof value === 'object') {
    const consented = (value as Record<string, unknown>).consentToPublish === true;
    for (const [k, v] of Object.entries(value)) {
      if (consented && (k === 'name' || k === 'phone')) continue;
      stringsOf(v, path ? `${path}.${k}` : k, visit);
    }
  }
}

/** Findings in a JSON document (open data); name and phone next to `consentToPublish: true` are consented. */
export function scanJson(value: unknown, page: string, where = 'поле'): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  stringsOf(value, '', (text, path) => {
    for (const m of findPersonalData(text)) out.push({ page, where: `${where} ${path || '(значение)'}`, ...m });
  });
  return out;
}

/** Findings in one Pagefind fragment (gzip of «pagefind_dcd» + JSON): text, title, filters. */
export function scanPagefindFragment(data: Buffer, file: string): PersonalDataFinding[] {
  const text = gunzipSync(data).toString('utf8');
  const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url?: string; content?: string; meta?: unknown; filters?: unknown };
  const page = `${fragment.url ?? file} (поисковый индекс)`;
  return scanJson({ content: fragment.content, meta: fragment.meta, filters: fragment.filters }, page, 'поле индекса');
}

/** Findings in an iCalendar file: the text properties a person wrote (UIDs look like e-mail on purpose). */
export function scanIcs(text: string, page: string): PersonalDataFinding[] {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const out: PersonalDataFinding[] = [];
  for (const line of unfolded.split(/\r?\n/)) {
    const m = /^(SUMMARY|DESCRIPTION|LOCATION|COMMENT|X-WR-CALNAME|X-WR-CALDESC)[^:]*:(.*)$/.exec(line);
    if (m) for (const f of findPersonalData(m[2])) out.push({ page, where: `поле ${m[1]}`, ...f });
  }
  return out;
}

/** Files of a built site the gate reads: pages, open data, calendars and the search index. */
export const SCANNED = /\.(html|json|ics|pf_fragment)$/;
/** /admin/ (Decap CMS) and /_astro/ (bundled code and styles) hold code, not content. */
export const SKIPPED_FOLDERS = ['admin', '_astro'];

/** Findings in one file of a built site (`path` relative to `dir`, with /). */
export function scanFile(dir: string, path: string): PersonalDataFinding[] {
  const abs = join(dir, path);
  if (path.endsWith('.pf_fragment')) return scanPagefindFragment(readFileSync(abs), path);
  if (/^pagefind[^/]*\//.test(path)) return [];
  const text = readFileSync(abs, 'utf8');
  // Fast path: markup and JSON escaping never split a phone or an address, so a file whose raw
  // text (numeric entities decoded) holds no candidate has none to report; only the rest is parsed.
  if (!mayContainPersonalData(text)) return [];
  if (path.endsWith('.html')) return scanHtml(text, urlOf(path));
  if (path.endsWith('.ics')) return scanIcs(text, urlOf(path));
  return scanJson(JSON.parse(text), urlOf(path));
}

/** Scans a built site in this thread (see personal-data-scan.ts for the parallel scan). */
export function checkPersonalData(dir: string): PersonalDataFinding[] {
  return outputFiles(dir, (p) => SCANNED.test(p), SKIPPED_FOLDERS).flatMap((path) => scanFile(dir, path));
}

/** The Russian report of findings (the first 20). */
export function formatFindings(findings: PersonalDataFinding[]): string {
  const lines = findings.slice(0, 20).map((f) => `  ${f.page} — ${f.kind} «${f.match}» (${f.where})`);
  if (findings.length > 20) lines.push(`  … и ещё ${findings.length - 20}`);
  return `Найдены персональные данные вне полей с согласием (${findings.length}):\n${lines.join('\n')}\n` +
    'Уберите телефоны и адреса электронной почты из текстов: люди указываются ролями. Имя и телефон куратора ' +
    'публикуются только в карточке школы (curator) при consentToPublish: true.';
}
