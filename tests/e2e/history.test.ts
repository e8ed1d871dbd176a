/**
 * Change history, changes since the return, review freshness and booklets on a site built from a
 * temporary Git repository with a few commits (tests/e2e/history-site.ts); sites built from a shallow
 * clone and from a folder outside Git say why they have no history. Then «на следующий год» opens
 * the CMS (decap-server on the repository) with the new roadmap prefilled, and once its dates are
 * filled in the published file passes the validator.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAdminConfig } from '../../cms/build.ts';
import { nextYearLink } from '../../cms/next-year.ts';
import { startDecapServer, type DecapServer } from '../../cms/server.ts';
import { t } from '../../src/i18n/index.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { addMonths } from '../../src/lib/review.ts';
import { lastActual } from '../../src/lib/next-year.ts';
import type { Roadmap } from '../../src/schemas/roadmaps.ts';
import { validateContent } from '../../src/validation/validate.ts';
import type { TestSite } from '../fixtures/hostile/assemble.ts';
import { launch, serve, watchErrors } from './browser.ts';
import { COMMITS, DUE, EDITED, FRESH, FRESH_REVIEWED, NEW_ACTIVITY, git, gitSite, plainSite, shallowSite, type GitSite } from './history-site.ts';

let site: GitSite;
let web: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
const others: TestSite[] = [];

beforeAll(async () => {
  site = gitSite();
  web = await serve(site.dist);
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await web?.close();
  site?.remove();
  for (const s of others) s.remove();
});

async function open(path: string, base = web.url): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(base + path);
  expect(errors).toEqual([]);
  return page;
}

/** The «История изменений» section and its entries, newest first. */
async function history(page: Page): Promise<{ section: Locator; items: string[] }> {
  const section = page.getByRole('region', { name: 'История изменений' });
  const items = await section.getByRole('listitem').allInnerTexts();
  return { section, items };
}

describe('«История изменений» from Git', () => {
  it('lists a measure’s commits newest first with dates, messages and the changed fields', async () => {
    const page = await open(`/mery/${EDITED}/`);
    const { items } = await history(page);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('5 марта 2025');
    expect(items[0]).toContain(COMMITS[2].message);
    expect(items[0]).toContain('Изменены поля: Цель, Текст.');
    expect(items[1]).toContain('27 февраля 2025');
    expect(items[1]).toContain(COMMITS[0].message);
    expect(items[1]).toContain('Запись создана.');
    await page.close();
  });

  it('lists a roadmap’s resubmission with the fields it changed', async () => {
    const page = await open('/shkoly/sosh-7-lesnogorsk/2025/');
    const { items } = await history(page);
    expect(items.map((i) => i.split('\n')[0])).toEqual([`3 марта 2025 — ${COMMITS[1].message}`, `27 февраля 2025 — ${COMMITS[0].message}`]);
    expect(items[0]).toContain('Изменены поля: Показатели, Мероприятия, Согласование.');
    await page.close();
  });

  it('is on practice, municipality and template pages too', async () => {
    for (const path of ['/praktiki/bezopasnaya-shkola-sosh7/', '/municipalitety/lesnogorsk/', '/shablony/dorozhnaya-karta/']) {
      const page = await open(path);
      const { items } = await history(page);
      expect(items, path).toHaveLength(1);
      expect(items[0], path).toContain(COMMITS[0].message);
      await page.close();
    }
  });

  it('says so on the page, and the build succeeds, for a shallow clone and for a folder outside Git', async () => {
    const cases = [
      [shallowSite(), 'неполной копии репозитория Git (shallow clone)'],
      [plainSite(), 'сайт собран не из репозитория Git'],
    ] as const;
    for (const [built, note] of cases) {
      others.push(built);
      const server = await serve(built.dist);
      const page = await open('/mery/proforientatsiya/', server.url);
      const { section, items } = await history(page);
      expect(items).toEqual([]);
      expect(await section.innerText()).toContain(note);
      await page.close();
      await server.close();
    }
  }, 300_000);
});

describe('«Что изменилось после возврата»', () => {
  it('compares the roadmap as the curator returned it with the resubmitted one', async () => {
    const page = await open('/shkoly/sosh-7-lesnogorsk/2025/');
    const block = page.getByRole('region', { name: 'Что изменилось после возврата' });
    const text = await block.innerText();
    expect(text).toContain('вернул на доработку 27 февраля 2025');
    expect(text).toContain('У новой задачи t5 нет показателя');
    const items = await block.getByRole('listitem').allInnerTexts();
    const find = (part: string) => items.find((i) => i.includes(part)) ?? '';
    expect(find('i5.')).toMatch(/^Добавлено i5\. Доля прибывших/);
    expect(find('i1.')).toMatch(/^Изменено i1\..*\nЦелевое значение: было 70, стало 75/s);
    expect(find(NEW_ACTIVITY)).toMatch(/^Добавлено «/);
    expect(find('Диагностика владения русским языком у детей-мигрантов 1–4 классов')).toContain('Срок: было 21.02.2025, стало 28.02.2025');
    // Nothing was removed, and tasks did not change.
    expect(items.some((i) => i.startsWith('Удалено'))).toBe(false);
    expect(await block.getByRole('heading', { name: 'Задачи' }).count()).toBe(0);
    await page.close();
  });

  it('is not shown for a roadmap that was not returned and resubmitted', async () => {
    const page = await open('/shkoly/sosh-5-lesnogorsk/2025/');
    expect(await page.getByRole('region', { name: 'Что изменилось после возврата' }).count()).toBe(0);
    await page.close();
  });
});

describe('review freshness', () => {
  it('marks a measure past its review period «Требует пересмотра», and not a recent one', async () => {
    const due = await open(`/mery/${DUE}/`);
    const row = (await due.locator('dd.review-status').innerText());
    expect(row).toContain('Проверено: Региональный методический актив (РМА), 10 мая 2023.');
    expect(row).toContain('Требует пересмотра');
    await due.close();
    const fresh = await open(`/mery/${FRESH}/`);
    const text = await fresh.locator('dd.review-status').innerText();
    expect(text).toContain(`Следующая проверка — до ${formatDate(addMonths(FRESH_REVIEWED, 12))}.`);
    expect(text).not.toContain('Требует пересмотра');
    await fresh.close();
  });

  it('lists the due measure for РМА under its direction, still marked as an example; the РМА page links the list', async () => {
    const role = await open('/roli/rma/');
    await role.getByRole('link', { name: 'Что пора пересмотреть (для РМА)' }).click();
    await role.waitForURL(/\/mery\/peresmotr\/$/);
    const direction = role.getByRole('region', { name: /^R07\./ });
    const due = direction.getByRole('table', { name: /^Требуют пересмотра: R07/ });
    const row = due.getByRole('row').filter({ has: role.getByRole('link', { name: 'Профилактика травли (буллинга)' }) });
    expect(await row.innerText()).toMatch(/пример[\s\S]*Мера[\s\S]*10\.05\.2023, РМА[\s\S]*10\.05\.2024/);
    const listed = await role.getByRole('table', { name: /^Требуют пересмотра/ }).getByRole('link').allInnerTexts();
    expect(listed).not.toContain('Школьная служба примирения (медиации)');
    await role.close();
  });
});

describe('booklets', () => {
  it('prints every measure of a direction, each on its own A4 page, with a table of contents', async () => {
    const { entries } = validateContent(join(site.repo), site.content);
    const titles = entries.filter((e) => e.collection === 'measures' && (e.data as { directions: string[] }).directions.includes('R07')).map((e) => (e.data as { title: string }).title);
    expect(titles.length).toBeGreaterThan(3);

    const direction = await open('/napravleniya/R07/');
    await direction.getByRole('link', { name: 'Буклет для печати' }).click();
    await direction.waitForURL(/\/napravleniya\/R07\/buklet\/$/);
    await direction.emulateMedia({ media: 'print' });
    const articles = direction.getByRole('article');
    expect(await articles.count()).toBe(titles.length);
    // The measures' titles are the only second-level headings (their texts' headings sit below them).
    const headings = (await articles.getByRole('heading', { level: 2 }).allInnerTexts()).map((h) => h.replace(/^\d+\. /, ''));
    for (const title of titles) expect(await direction.getByRole('article', { name: new RegExp(`^\\d+\\. ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).count()).toBe(1);
    expect(headings.sort()).toEqual([...titles].sort());
    const toc = await direction.getByRole('region', { name: 'Содержание' }).getByRole('link').allInnerTexts();
    expect(toc.sort()).toEqual([...titles].sort());
    // Print rules: each measure starts a page; the site's header and navigation are not printed.
    expect(await articles.evaluateAll((list) => list.map((a) => getComputedStyle(a).breakBefore))).toEqual(titles.map(() => 'page'));
    expect(await direction.locator('header.site-header').evaluate((h) => getComputedStyle(h).display)).toBe('none');
    expect(await direction.getByRole('region', { name: 'Содержание' }).isVisible()).toBe(true);
    const pdf = (await direction.pdf({ format: 'A4', printBackground: false })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(titles.length + 2); // cover, contents, then a page or more per measure
    await direction.close();
  });

  it('the catalog booklet holds every measure', async () => {
    const page = await open('/mery/buklet/');
    const { entries } = validateContent(site.repo, site.content);
    expect(await page.getByRole('article').count()).toBe(entries.filter((e) => e.collection === 'measures').length);
    await page.close();
  });
});

describe('«Создать дорожную карту на следующий год»', () => {
  let decap: DecapServer;
  let context: BrowserContext;
  const WAIT = { timeout: 30_000 };
  const SOURCE = 'roadmaps/stepnoy/sosh-2-stepnoy-2025.yaml';

  beforeAll(async () => {
    // decap-server behind the guard on a free port, accepting this site's origin only. The served
    // admin CSP names no such port, so the page is opened with the CSP bypassed: what is tested here
    // is the prefill, not the policy (tests/e2e/cms-guard.test.ts).
    decap = await startDecapServer(site.repo, 0, { origin: web.url });
    writeAdminConfig({ contentDir: site.content, outDir: join(site.dist, 'admin'), localBackendUrl: decap.url });
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await decap?.stop();
  });

  it('opens the CMS with next year’s roadmap prefilled; with its dates filled in, the published file passes the validator', async () => {
    const { entries } = validateContent(site.repo, site.content);
    const source = entries.find((e) => e.file === relative(site.repo, join(site.content, SOURCE)))!.data as Roadmap;

    const roadmapPage = await open('/shkoly/sosh-2-stepnoy/2025/');
    const href = await roadmapPage.getByRole('link', { name: 'Создать дорожную карту на следующий год' }).getAttribute('href');
    expect(href).toBe(nextYearLink('sosh-2-stepnoy', 2025, 'stepnoy'));
    await roadmapPage.close();

    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${web.url}/admin/`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect.poll(() => page.getByText('Коллекции').isVisible(), WAIT).toBe(true);
    await page.goto(`${web.url}${href}`);

    const field = (name: string) => page.locator(`[id^="${name}-field-"]`).first();
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Год' }).inputValue(), WAIT).toBe('2026');
    const expand = async (list: Locator) => {
      const toggle = list.getByRole('button', { name: 'Развернуть' }).first();
      if (await toggle.isVisible()) await toggle.click();
    };
    const tasks = field('tasks');
    await expand(tasks);
    expect(await tasks.getByRole('textbox', { name: 'Формулировка задачи' }).evaluateAll((l) => l.map((x) => (x as HTMLTextAreaElement).value))).toEqual(source.tasks.map((t) => t.text));
    const indicators = field('indicators');
    await expand(indicators);
    const baselines = await indicators.getByRole('spinbutton', { name: 'Исходное значение' }).evaluateAll((l) => l.map((x) => Number((x as HTMLInputElement).value)));
    expect(baselines).toEqual(source.indicators.map((i) => lastActual(i) ?? i.baseline));
    const activities = field('activities');
    await expand(activities);
    const titles = activities.getByRole('textbox', { name: 'Мероприятие' });
    expect(await titles.evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value))).toEqual(source.activities.map((a) => a.title));
    const starts = activities.getByRole('textbox', { name: 'Начало' });
    const ends = activities.getByRole('textbox', { name: 'Срок' });
    expect(await starts.evaluateAll((l) => l.map((x) => (x as HTMLInputElement).value))).toEqual(source.activities.map(() => ''));

    // The school fills in the dates: the period and each activity.
    const period = field('period');
    await period.getByRole('textbox', { name: 'Начало' }).fill('2026-01-15');
    await period.getByRole('textbox', { name: 'Окончание' }).fill('2026-12-20');
    for (let i = 0; i < source.activities.length; i++) {
      const month = String((i % 9) + 2).padStart(2, '0');
      await starts.nth(i).fill(`2026-${month}-02`);
      await ends.nth(i).fill(`2026-${month}-25`);
    }
    // The approval starts with the editor's first action, which dates the step itself.
    const approval = page.locator('[data-shnor-approval="document"]');
    await approval.getByLabel(t('cms.role.label')).selectOption({ label: 'Директор школы' });
    await approval.getByRole('button', { name: 'Записать как черновик' }).click();

    await page.getByRole('button', { name: 'Сохранить' }).click();
    const file = join('content', SOURCE.replace('2025', '2026'));
    await expect.poll(() => git(site.repo, ['branch', '--list', 'cms/*']), WAIT).toContain('cms/roadmaps-stepnoy/sosh-2-stepnoy-2026');
    await page.getByRole('button', { name: /^Статус/ }).click();
    await page.getByRole('menuitem', { name: 'Одобрен' }).click();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
    await expect.poll(() => existsSync(join(site.repo, file)), WAIT).toBe(true);

    const text = readFileSync(join(site.repo, file), 'utf8');
    expect(text).toMatch(/^school: sosh-2-stepnoy\nyear: 2026\n/);
    expect(text).not.toMatch(/evidence|status: (done|in_progress)\n/);
    const errors = validateContent(site.repo).errors.filter((e) => e.file === file);
    expect(errors).toEqual([]);
    await page.close();
  });
});
