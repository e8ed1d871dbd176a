/**
 * Decap CMS in a real Chromium against decap-server (git mode) behind the editing guard, on a
 * temporary copy of the repository: Russian interface, a roadmap created through the form lands as a valid file,
 * a missing required field is refused, a script in a Markdown body does not run in the preview.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionShapes } from '../../cms/collections.ts';
import { parseFile, serializeFile } from '../../cms/format.ts';
import { createRoadmapLink } from '../../cms/links.ts';
import { loadContent } from '../../src/validation/load.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { launch } from './browser.ts';
import { git, startCms, tempRepo, type CmsSite } from './cms-helpers.ts';

const XSS_MEASURE = 'cms-proverka-skripta';
/** Decap loads collections and renders forms asynchronously. */
const WAIT = { timeout: 20_000 };

let repo: ReturnType<typeof tempRepo>;
let web: CmsSite;
let siteDir: string;
let browser: Browser;
const external: string[] = [];

/** A measure whose body tries to run scripts (for the preview test). */
function addHostileMeasure(dir: string) {
  const measures = join(dir, 'content', 'measures');
  const source = loadContent(dir).entries.find((e) => e.collection === 'measures')!;
  const text = readFileSync(join(dir, source.file), 'utf8');
  const front = text.slice(0, text.indexOf('\n---', 4) + 5).replace(/^title: .*$/m, 'title: Проверка безопасности предпросмотра');
  const body = 'Обычный текст меры.\n\n<script>window.__shnorXss = "script"</script>\n\n<img src="x" onerror="window.__shnorXss = \'onerror\'; parent.__shnorXss = \'onerror\'">\n';
  writeFileSync(join(measures, `${XSS_MEASURE}.md`), `${front}\n${body}`);
}

/** A school of the copy that has no roadmap for the year yet. */
function freeSchool(dir: string, year: number) {
  const { entries } = loadContent(dir);
  const taken = new Set(entries.filter((e) => e.collection === 'roadmaps').map((e) => `${(e.data as { school?: string }).school}|${(e.data as { year?: number }).year}`));
  const school = entries.find((e) => e.collection === 'schools' && !taken.has(`${e.id}|${year}`));
  if (!school) throw new Error('В копии содержимого нет школы без дорожной карты на год цикла.');
  return { id: school.id, municipality: school.folder!, shortName: (school.data as { shortName: string }).shortName };
}

function cycleYear(dir: string): number {
  const settings = loadContent(dir).entries.find((e) => e.collection === 'settings');
  return Number((settings?.data as { cycleYear?: number } | undefined)?.cycleYear ?? new Date().getFullYear());
}

async function openAdmin(path = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) external.push(r.url());
  });
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${web.url}/admin/`);
  const login = page.getByRole('button', { name: 'Войти' });
  await login.click();
  await expect.poll(() => page.getByText('Коллекции').isVisible(), WAIT).toBe(true);
  if (path) await page.goto(`${web.url}/admin/${path}`);
  return page;
}

/** The part of the form that holds a field (and, for a list or object, its items). */
const field = (page: Page | Locator, name: string) => page.locator(`[id^="${name}-field-"]`).first();

async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp, type?: string) {
  const box = scope.getByRole('combobox', { name: label }).first();
  await box.click();
  if (type) await box.fill(type);
  await page.getByRole('option', { name: option }).first().click();
}

async function expandAll(list: Locator) {
  await list.waitFor(WAIT);
  const toggle = list.getByRole('button', { name: 'Развернуть' }).first();
  if (await toggle.isVisible()) await toggle.click();
}

beforeAll(async () => {
  repo = tempRepo(join(process.cwd(), 'content'), { prepare: addHostileMeasure });
  web = await startCms(repo.dir);
  siteDir = web.siteDir;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  repo?.remove();
});

describe('CMS', () => {
  it('opens /admin/ in Russian, with everything from this server', async () => {
    const page = await openAdmin();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.title()).toMatch(/^Редактор содержимого/);
    await expect.poll(() => page.getByRole('link', { name: 'Меры' }).first().isVisible(), WAIT).toBe(true);
    for (const text of ['Записи', 'Рабочая область', 'Медиафайлы']) expect(await page.getByText(text, { exact: true }).first().isVisible()).toBe(true);
    await page.close();
    expect(external).toEqual([]);
    // Nothing in the admin's page or bundle loads from another host (no CDN).
    const html = readFileSync(join(siteDir, 'admin', 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toContain('admin.js');
    expect(refs.filter((ref) => /^(?:[a-z]+:)?\/\//i.test(ref))).toEqual([]);
    const bundle = readFileSync(join(siteDir, 'admin', 'admin.js'), 'utf8');
    for (const cdn of ['unpkg.com', 'cdn.jsdelivr.net', 'cdnjs.cloudflare.com', 'fonts.googleapis.com', 'identity.netlify.com']) expect(bundle).not.toContain(cdn);
  });

  it('refuses to save a roadmap with a required field empty, says so in Russian and writes nothing', async () => {
    const { municipality } = freeSchool(repo.dir, cycleYear(repo.dir));
    const before = [git(repo.dir, 'rev-parse', 'HEAD'), git(repo.dir, 'branch', '--list'), git(repo.dir, 'status', '--porcelain')];
    const page = await openAdmin(`#/collections/roadmaps-${municipality}/new`);
    await page.getByRole('textbox', { name: 'Цель школы' }).fill('Цель без школы');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect.poll(() => page.getByText('Заполните поле «Школа».').first().isVisible(), WAIT).toBe(true);
    expect(await page.getByText('Не все обязательные поля заполнены').first().isVisible()).toBe(true);
    await page.waitForTimeout(1000);
    expect([git(repo.dir, 'rev-parse', 'HEAD'), git(repo.dir, 'branch', '--list'), git(repo.dir, 'status', '--porcelain')]).toEqual(before);
    await page.close();
  });

  it('creates a roadmap from a measure link through the form; the published file passes the validator', async () => {
    const year = cycleYear(repo.dir);
    const school = freeSchool(repo.dir, year);
    const measure = loadContent(repo.dir).entries.find((e) => e.collection === 'measures' && e.id !== XSS_MEASURE)!;
    const m = measure.data as { title: string; purpose: string; responsibleRoles: string[] };
    const link = createRoadmapLink({ id: measure.id, title: m.title, purpose: m.purpose, responsibleRoles: m.responsibleRoles }, school.municipality);
    const page = await openAdmin(link.replace(/^\/admin\//, ''));

    // The activity arrives filled in from the measure.
    const activities = field(page, 'activities');
    await expandAll(activities);
    await expect.poll(() => activities.getByRole('textbox', { name: 'Мероприятие' }).inputValue(), WAIT).toBe(m.title);

    await choose(page, page, 'Школа', new RegExp(school.shortName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), school.shortName.slice(0, 8));
    await page.getByRole('spinbutton', { name: 'Год' }).fill(String(year));
    const period = field(page, 'period');
    await period.getByRole('textbox', { name: 'Начало' }).fill(`${year}-01-15`);
    await period.getByRole('textbox', { name: 'Окончание' }).fill(`${year}-12-20`);
    await page.getByRole('textbox', { name: 'Цель школы' }).fill('Повысить учебную мотивацию обучающихся 5–9 классов.');

    const directions = field(page, 'directions');
    await expandAll(directions);
    await choose(directions, page, 'Направление риска', /^R01/, 'R01');
    await directions.getByRole('textbox', { name: 'Обоснование выбора' }).fill('Риск подтверждён анализом результатов и анкетированием.');

    const tasks = field(page, 'tasks');
    await tasks.getByRole('button', { name: 'Добавить задачу' }).click();
    await tasks.getByRole('textbox', { name: 'Номер задачи' }).fill('t1');
    await choose(tasks, page, 'Направление', /^R01/, 'R01');
    await tasks.getByRole('textbox', { name: 'Формулировка задачи' }).fill('Ввести формирующее оценивание в 5–9 классах.');

    const indicators = field(page, 'indicators');
    await indicators.getByRole('button', { name: 'Добавить показатель' }).click();
    await indicators.getByRole('textbox', { name: 'Номер показателя' }).fill('i1');
    await indicators.getByRole('textbox', { name: 'Что измеряется' }).fill('Доля обучающихся с низкой учебной мотивацией');
    await indicators.getByRole('textbox', { name: 'Единица' }).fill('%');
    await indicators.getByRole('spinbutton', { name: 'Исходное значение' }).fill('34');
    await indicators.getByRole('spinbutton', { name: 'Целевое значение' }).fill('25');
    await indicators.getByRole('textbox', { name: 'Как измеряется' }).fill('анкетирование обучающихся');

    await activities.getByRole('textbox', { name: 'Задача' }).fill('t1');
    await activities.getByRole('textbox', { name: 'Начало' }).fill(`${year}-03-01`);
    await activities.getByRole('textbox', { name: 'Срок' }).fill(`${year}-05-31`);
    await choose(activities, page, 'Этап года', 'Этап 1 (весна)');

    // Approval is an action, not typed fields: the director records the new roadmap as a draft.
    const approval = page.locator('[data-shnor-approval="document"]');
    await approval.getByLabel('Я работаю как').selectOption({ label: 'Директор школы' });
    await approval.getByRole('button', { name: 'Записать как черновик' }).click();

    await page.getByRole('button', { name: 'Сохранить' }).click();
    const id = `${school.id}-${year}`;
    const file = join('content', 'roadmaps', school.municipality, `${id}.yaml`);
    const draftBranch = `cms/roadmaps-${school.municipality}/${id}`;
    await expect.poll(() => git(repo.dir, 'branch', '--list', draftBranch), WAIT).toContain(draftBranch);
    // decap-server commits on the draft branch, then checks the edited branch out again.
    await expect.poll(() => git(repo.dir, 'rev-parse', '--abbrev-ref', 'HEAD'), WAIT).toBe('main');
    // A draft lives on its branch until it is published: not in main's tree, nor (once decap-server
    // has switched back, which it finishes a moment after HEAD moves) in the working copy.
    expect(git(repo.dir, 'ls-tree', '--name-only', 'main', '--', file).trim()).toBe('');
    await expect.poll(() => existsSync(join(repo.dir, file)), WAIT).toBe(false);

    await page.getByRole('button', { name: /^Статус/ }).click();
    await page.getByRole('menuitem', { name: 'Одобрен' }).click();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click(); // confirm() is accepted
    await expect.poll(() => existsSync(join(repo.dir, file)), WAIT).toBe(true);

    const text = readFileSync(join(repo.dir, file), 'utf8');
    const shape = collectionShapes().roadmaps;
    expect(serializeFile(parseFile(text, false), shape)).toBe(text); // canonical: keys in schema order, no noise
    expect(text).toMatch(new RegExp(`^school: ${school.id}\\nyear: ${year}\\nperiod:\\n  start: ${year}-01-15\\n`));
    expect(text).toContain(`measure: ${measure.id}`);
    expect(text).not.toMatch(/__id|: ""|: \[\]/);
    const errors = validateContent(repo.dir).errors.filter((e) => e.file === relative(repo.dir, join(repo.dir, file)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for the municipality when a measure link has none, then opens the prefilled form', async () => {
    const measure = loadContent(repo.dir).entries.find((e) => e.collection === 'measures' && e.id !== XSS_MEASURE)!;
    const m = measure.data as { title: string; purpose: string };
    const page = await openAdmin();
    await page.goto(`${web.url}${createRoadmapLink({ id: measure.id, title: m.title, purpose: m.purpose })}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Новая дорожная карта по мере' }).isVisible(), WAIT).toBe(true);
    const { municipality } = freeSchool(repo.dir, cycleYear(repo.dir));
    const name = loadContent(repo.dir).entries.find((e) => e.collection === 'municipalities' && e.id === municipality)!.data as { name: string };
    await page.getByRole('link', { name: name.name }).click();
    await expect.poll(() => page.url(), WAIT).toContain(`#/collections/roadmaps-${municipality}/new?`);
    const activities = field(page, 'activities');
    await expect.poll(() => activities.isVisible(), WAIT).toBe(true);
    await expandAll(activities);
    await expect.poll(() => activities.getByRole('textbox', { name: 'Ожидаемый результат' }).inputValue(), WAIT).toBe(m.purpose);
    await page.close();
  });

  it('previews a Markdown body with a script without running it (sanitize_preview)', async () => {
    // Without the CSP, a script that survived sanitising would run: the check is on the sanitiser itself.
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${web.url}/admin/`);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.goto(`${web.url}/admin/#/collections/measures/entries/${XSS_MEASURE}`);
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.getByText('Обычный текст меры.').isVisible(), WAIT).toBe(true);
    await page.waitForTimeout(1000);
    expect(await preview.locator('script, [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __shnorXss?: string }).__shnorXss)).toBeUndefined();
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame?.evaluate(() => (window as { __shnorXss?: string }).__shnorXss)).toBeUndefined();
    await context.close();
  });
});
