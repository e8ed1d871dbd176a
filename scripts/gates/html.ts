/**
 * HTML gate: html-validate (config .htmlvalidate.json) over the built pages, 0 errors allowed.
 * Usage: node scripts/gates/html.ts [dist] [/path/ …] — all pages, or only the given URL paths.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { outputFiles, urlOf } from '../../src/integrations/output-files.ts';

export interface HtmlProblem {
  page: string;
  rule: string;
  message: string;
  selector: string | null;
  line: number;
}

/**
 * Single elements exempt from one rule, each for a deliberate reason (rules relaxed for the whole
 * site are in .htmlvalidate.json).
 */
export const EXEMPTIONS: { rule: string; selector: string; why: string }[] = [
  {
    rule: 'wcag/h32',
    selector: '#catalog-form',
    why: 'live filter of the measure catalog: shown only with JavaScript, results update on every change and are announced in a live region; without JavaScript the catalog uses pre-rendered filter pages',
  },
];

const CONFIG_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../.htmlvalidate.json');

/** A validator with the project's configuration (also for pages outside the project folder). */
export function createValidator(): HtmlValidate {
  return new HtmlValidate(JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as ConfigData);
}

/** Validates one page's HTML; `page` names it in the problems. */
export async function validatePage(validator: HtmlValidate, html: string, page: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((r) =>
    r.messages
      .filter((m) => m.severity === 2 && !EXEMPTIONS.some((e) => e.rule === m.ruleId && e.selector === m.selector))
      .map((m) => ({ page, rule: m.ruleId, message: m.message, selector: m.selector, line: m.line })),
  );
}

/** All HTML pages of a built site as URL paths (Decap's /admin/ and Pagefind's files excluded). */
export function sitePages(dir: string): string[] {
  return outputFiles(dir, (p) => p.endsWith('.html'), ['admin', 'pagefind', '_astro']).map(urlOf);
}

/** Validates the given pages (URL paths) of the site in `dir`. */
export async function validatePages(dir: string, pages = sitePages(dir)): Promise<HtmlProblem[]> {
  const validator = createValidator();
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const file = join(dir, page.endsWith('/') ? `${page}index.html` : page);
    problems.push(...(await validatePage(validator, readFileSync(file, 'utf8'), page)));
  }
  return problems;
}

export function formatProblem(p: HtmlProblem): string {
  return `${p.page}, строка ${p.line}: ${p.message} [${p.rule}]${p.selector ? ` (${p.selector})` : ''}`;
}

if (import.meta.main) {
  const [dirArg, ...pages] = process.argv.slice(2);
  const dir = resolve(dirArg ?? 'dist');
  const list = pages.length ? pages : sitePages(dir);
  const problems = await validatePages(dir, list);
  for (const p of problems) console.error(formatProblem(p));
  if (problems.length) {
    console.error(`\nПроверка HTML: ошибок — ${problems.length}. Исправьте разметку шаблонов страниц.`);
    process.exit(1);
  }
  console.log(`Проверка HTML: ошибок нет (страниц: ${list.length}).`);
}
