/**
 * The programme's working cycle through the real bundled Decap UI and decap-server (git mode) on a
 * temporary repository: a director submits a roadmap, the curator cannot return it without a comment,
 * returns it with one, the director resubmits, the curator approves; a stage-1 evidence PDF is
 * uploaded (an SVG is refused first). The published YAML passes the validator, and a site built
 * from the repository shows the status, the return comment and the evidence download.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionShapes } from '../../cms/collections.ts';
import { localToday } from '../../cms/cycle-actions.ts';
import { parseFile, serializeFile } from '../../cms/format.ts';
import { t } from '../../src/i18n/index.ts';
import { formatError } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { build } from '../fixtures/hostile/assemble.ts';
import { launch, serve } from './browser.ts';
import { git, startCms, tempRepo, type CmsSite } from './cms-helpers.ts';

const MUNICIPALITY = 'lesnogorsk';
const ID = 'sosh-5-lesnogorsk-2025';
const SCHOOL = 'sosh-5-lesnogorsk';
const FILE = `content/roadmaps/${MUNICIPALITY}/${ID}.yaml`;
const BRANCH = `cms/roadmaps-${MUNICIPALITY}/${ID}`;
const PDF = 'public/uploads/shkoly/sosh-11-lesnogorsk/materialy-uroka-issledovaniya.pdf';
const RETURN_COMMENT = 'Нет показателя у задачи t2: добавьте долю обучающихся, участвующих в проектах.';
const WAIT = { timeout: 20_000 };

let repo: ReturnType<typeof tempRepo>;
let cms: CmsSite;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The roadmap as a school has it before its first approval step: no approval block, no thread. */
function unsentRoadmap(dir: string) {
  const data = parseFile(readFileSync(join(dir, FILE), 'utf8'), false);
  delete data.approval;
  delete data.thread;
  writeFileSync(join(dir, FILE), serializeFile(data, collectionShapes().roadmaps));
  cpSync(join(process.cwd(), 'public/uploads'), join(dir, 'public/uploads'), { recursive: true });
}

/** The roadmap file as committed on the draft branch (or on main after publishing). */
const committed = (ref = BRANCH) => {
  try {
    return git(repo.dir, 'show', `${ref}:${FILE}`);
  } catch {
    return '';
  }
};
const statuses = (text: string) => ((parseFile(text, false).approval as { history?: { status: string }[] } | undefined)?.history ?? []).map((s) => s.status);

const approvalWidget = () => page.locator('[data-shnor-approval="document"]');

async function actAs(widget: Locator, role: string) {
  await widget.getByLabel(t('cms.role.label')).selectOption({ label: role });
}

async function save() {
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
}

/** Saves, waits for the commit on the draft branch and for the widget to count the step as saved. */
async function saveAndWait(expected: string[]) {
  await save();
  await expect.poll(() => statuses(committed()), WAIT).toEqual(expected);
  await expect.poll(() => approvalWidget().getByRole('button', { name: t('cms.approval.undo') }).count(), WAIT).toBe(0);
}

beforeAll(async () => {
  repo = tempRepo(join(process.cwd(), 'content'), { prepare: unsentRoadmap });
  // The admin and the guarded decap-server, each on a free port (cms/guard.ts accepts this admin's origin only).
  cms = await startCms(repo.dir);
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${cms.url}/admin/`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByText('Коллекции').first().waitFor(WAIT);
  await page.goto(`${cms.url}/admin/#/collections/roadmaps-${MUNICIPALITY}/entries/${ID}`);
  await approvalWidget().waitFor(WAIT);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await cms?.stop();
  repo?.remove();
});

describe('approval cycle in the editor', () => {
  it('shows a document without steps and offers only the first actions', async () => {
    const widget = approvalWidget();
    expect(await widget.locator('[data-status]').getAttribute('data-status')).toBe('none');
    const actions = await widget.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(['create', 'submit']);
    // No role chosen yet: the actions wait for it.
    expect(await widget.getByRole('button', { name: 'Отправить на согласование' }).isDisabled()).toBe(true);
  });

  it('a director submits', async () => {
    const widget = approvalWidget();
    await actAs(widget, 'Директор школы');
    await widget.getByRole('button', { name: 'Отправить на согласование' }).click();
    expect(await widget.locator('[data-status]').getAttribute('data-status')).toBe('submitted');
    await saveAndWait(['submitted']);
  });

  it('the curator cannot return it without a comment: the save is refused in Russian', async () => {
    const widget = approvalWidget();
    await actAs(widget, 'Муниципальный куратор');
    const actions = await widget.locator('[data-action]').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(['approve', 'return']);
    await widget.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await save();
    await expect.poll(() => page.getByText(t('cms.approval.commentRequired')).first().isVisible(), WAIT).toBe(true);
    await page.waitForTimeout(1000);
    expect(statuses(committed())).toEqual(['submitted']);
  });

  it('the curator returns it with a comment', async () => {
    await approvalWidget().getByRole('textbox', { name: new RegExp(t('cms.approval.comment')) }).fill(RETURN_COMMENT);
    await saveAndWait(['submitted', 'returned']);
  });

  it('the director resubmits and the curator approves', async () => {
    const widget = approvalWidget();
    await actAs(widget, 'Директор школы');
    await widget.getByRole('button', { name: 'Отправить на согласование' }).click();
    await saveAndWait(['submitted', 'returned', 'submitted']);
    await actAs(widget, 'Муниципальный куратор');
    await widget.getByRole('button', { name: 'Одобрить' }).click();
    await saveAndWait(['submitted', 'returned', 'submitted', 'approved']);
  });

  it('refuses an SVG for stage evidence and uploads a PDF into the school folder', async () => {
    const activities = page.locator('[id^="activities-field-"]').first();
    const expand = activities.getByRole('button', { name: 'Развернуть' }).first();
    if (await expand.isVisible()) await expand.click();
    const first = activities.locator('[id^="evidence-field-"]').first();
    await first.getByRole('button', { name: 'Добавить подтверждение' }).click();
    await first.getByRole('combobox', { name: 'Этап мониторинга' }).click();
    await page.getByRole('option', { name: 'Этап 1 (весна)' }).click();
    await first.getByRole('textbox', { name: 'Название документа' }).fill('Материалы проектной недели (пример)');
    const upload = first.locator('[data-shnor-upload]');
    const input = upload.locator('input[type=file]');
    await input.setInputFiles({ name: 'skhema.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>') });
    await expect.poll(() => upload.getByRole('alert').textContent(), WAIT).toContain('тип файла «.svg» не принимается');
    expect(await upload.getByText(t('cms.upload.none')).isVisible()).toBe(true);
    await input.setInputFiles({ name: 'Материалы проектной недели.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) });
    await expect.poll(() => upload.getByRole('link').textContent(), WAIT).toBe('materialy-proektnoy-nedeli.pdf');
    const check = first.locator('[data-shnor-approval="evidence"]');
    await actAs(check, 'Школьный координатор');
    await check.getByRole('button', { name: 'Отправить на проверку' }).click();
    await save();
    await expect.poll(() => committed().includes('file: /uploads/shkoly/sosh-5-lesnogorsk/materialy-proektnoy-nedeli.pdf'), WAIT).toBe(true);
  });

  it('publishes a file with four dated steps by role that passes the validator', async () => {
    await page.getByRole('button', { name: /^Статус/ }).click();
    await page.getByRole('menuitem', { name: 'Одобрен' }).click();
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
    await expect.poll(() => statuses(committed('main')).length, WAIT).toBe(4);
    const data = parseFile(readFileSync(join(repo.dir, FILE), 'utf8'), false) as { approval: { status: string; history: Record<string, string>[] }; activities: { evidence?: Record<string, unknown>[] }[] };
    const today = localToday();
    expect(data.approval.status).toBe('approved');
    expect(data.approval.history).toEqual([
      { date: today, status: 'submitted', by: 'school-director' },
      { date: today, status: 'returned', by: 'curator', comment: RETURN_COMMENT },
      { date: today, status: 'submitted', by: 'school-director' },
      { date: today, status: 'approved', by: 'curator' },
    ]);
    const evidence = data.activities[0].evidence!;
    expect(evidence).toMatchObject([{ stage: 'stage1', title: 'Материалы проектной недели (пример)', file: '/uploads/shkoly/sosh-5-lesnogorsk/materialy-proektnoy-nedeli.pdf', approval: { status: 'submitted' } }]);
    const uploaded = join(repo.dir, 'public/uploads/shkoly', SCHOOL, 'materialy-proektnoy-nedeli.pdf');
    expect(readFileSync(uploaded).equals(readFileSync(PDF))).toBe(true);
    expect(git(repo.dir, 'ls-files')).not.toMatch(/\.svg$/m);
    expect(validateContent(repo.dir).errors.map(formatError)).toEqual([]);
  });

  it('a site built from the repository shows the status, the return comment and the evidence download', async () => {
    const root = join(tmpdir(), 'shnor-test-sites', 'i12-cycle');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync(join(repo.dir, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(repo.dir, 'public'), join(root, 'public'), { recursive: true });
    const site = { root, content: join(root, 'content'), dist: join(root, 'dist'), write: () => {}, remove: () => rmSync(root, { recursive: true, force: true }) };
    const built = build(site);
    expect(built.ok, built.output.slice(-3000)).toBe(true);
    const server = await serve(site.dist);
    try {
      const view = await context.newPage();
      await view.goto(`${server.url}/shkoly/${SCHOOL}/2025/`);
      const summary = view.locator('.roadmap-summary');
      expect(await summary.getByText('Согласована', { exact: true }).isVisible()).toBe(true);
      expect(await view.getByText(RETURN_COMMENT).first().isVisible()).toBe(true);
      const link = view.locator('.roadmap-evidence').getByRole('link', { name: 'Материалы проектной недели (пример)' });
      expect(await link.getAttribute('href')).toBe('/uploads/shkoly/sosh-5-lesnogorsk/materialy-proektnoy-nedeli.pdf');
      expect(await view.locator('.roadmap-evidence tbody tr', { hasText: 'Материалы проектной недели' }).textContent()).toMatch(/PDF, \d+ КБ/);
      const res = await fetch(`${server.url}/uploads/shkoly/sosh-5-lesnogorsk/materialy-proektnoy-nedeli.pdf`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(PDF))).toBe(true);
      await view.close();
    } finally {
      await server.close();
      site.remove();
    }
  }, 300_000);
});
