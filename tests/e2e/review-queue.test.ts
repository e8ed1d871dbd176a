/**
 * The curator's queue (/monitoring/soglasovanie/…) in the built site: its figures equal the queue
 * computed from the content files, its roadmap counts agree with /monitoring/, it works without
 * JavaScript; the roadmap page lists stage evidence as downloads with type and size.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPROVAL_STATUSES, type ApprovalStatus } from '../../src/data/lists.ts';
import { formatSize } from '../../src/lib/media.ts';
import { municipalityQueue, regionQueue, type QueueSite } from '../../src/lib/queue-site.ts';
import type { Queue } from '../../src/lib/review-queue.ts';
import type { RawEntry } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { useSite } from './browser.ts';

const ctx = useSite({ beforeAll, afterAll });

/** The site's indexes the queue needs, built straight from the validated content files. */
function contentSite(): QueueSite {
  const { entries, errors } = validateContent(process.cwd());
  if (errors.length) throw new Error('Содержимое не проходит проверку.');
  const of = (c: string) => entries.filter((e) => e.collection === c) as (RawEntry & { data: any })[];
  const schools = of('schools');
  const byMunicipality = new Map<string, any[]>();
  for (const s of schools) byMunicipality.set(s.data.municipality, [...(byMunicipality.get(s.data.municipality) ?? []), s]);
  const roadmapsBySchool = new Map<string, any[]>();
  for (const r of of('roadmaps')) roadmapsBySchool.set(r.data.school, [...(roadmapsBySchool.get(r.data.school) ?? []), r].sort((a, b) => b.data.year - a.data.year));
  return {
    settings: of('settings')[0].data,
    municipalities: of('municipalities'),
    schoolsByMunicipality: byMunicipality,
    roadmapsBySchool,
    calendar: of('calendar'),
    selfDiagnoses: new Map(of('selfDiagnoses').map((d) => [`${d.data.school}|${d.data.year}`, d])),
  } as unknown as QueueSite;
}

const site = contentSite();
const figures = (q: Queue) => ({ waiting: q.waiting.length, returned: q.returned.length, approved: q.approved.length, 'no-evidence': q.doneWithoutEvidence.length, deadlines: q.deadlines.filter((d) => d.overdue).length });

async function open(path: string, javaScript = true): Promise<Page> {
  const context = await ctx.browser.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  await page.goto(`${ctx.url}${path}`);
  return page;
}

async function pageFigures(page: Page): Promise<Record<string, number>> {
  return page.locator('[data-queue-figures] [data-figure]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-figure'), Number(e.querySelector('strong')!.textContent)])));
}

const queueDate = (page: Page) => page.locator('[data-queue-date]').getAttribute('datetime') as Promise<string>;

describe('curator’s queue', () => {
  it('the region page shows the figures computed from the content, per municipality too, without JavaScript', async () => {
    const page = await open('/monitoring/soglasovanie/', false);
    const date = await queueDate(page);
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await pageFigures(page)).toEqual(figures(regionQueue(site, date)));
    const rows = await page.locator('[data-queue="municipalities"] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-municipality'), [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))]),
    );
    expect(rows.length).toBe(site.municipalities.length);
    for (const [id, cells] of rows as [string, number[]][]) {
      const q = municipalityQueue(site, id, date);
      expect(cells, id).toEqual([q.waiting.length, q.returned.length, q.approved.length, q.doneWithoutEvidence.length, q.deadlines.filter((d) => d.overdue).length]);
    }
    const deadlines = await page.locator('tr[data-deadline]').count();
    expect(deadlines).toBe(regionQueue(site, date).deadlines.length);
    expect(deadlines).toBeGreaterThanOrEqual(4);
    await page.context().close();
  });

  it('agrees with /monitoring/ on the roadmaps’ approval statuses, for the region and each municipality', async () => {
    const monitoring = await open('/monitoring/');
    const summary = await monitoring.locator('.summary-list li').allTextContents();
    const date = await queueDate(await open('/monitoring/soglasovanie/'));
    const region = regionQueue(site, date).roadmapsByStatus;
    for (const [status, label] of Object.entries(APPROVAL_STATUSES)) expect(summary, status).toContain(`${label}: ${region[status as ApprovalStatus]}`);
    const rows = await monitoring.locator('#mun-caption').locator('xpath=..').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href')!, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()) })),
    );
    for (const { href, cells } of rows) {
      const id = href.split('/')[2];
      const q = municipalityQueue(site, id, date);
      const s = q.roadmapsByStatus;
      // /monitoring/: «согласовано или реализуется» and «возвращено на доработку».
      expect([Number(cells[1]), Number(cells[2])], id).toEqual([s.approved + s.in_progress + s.completed, s.returned]);
      // The municipality's queue lists the same roadmaps in the same states.
      const page = await open(`/monitoring/soglasovanie/${id}/`, false);
      const count = (table: string) => page.locator(`table[data-queue="${table}"] tr[data-kind="roadmap"]`).count();
      expect([await count('waiting'), await count('returned'), await count('approved')], id).toEqual([s.submitted, s.returned, s.approved + s.in_progress + s.completed]);
      expect(await pageFigures(page), id).toEqual(figures(q));
      expect(await page.locator('table[data-queue="no-evidence"] tbody tr').count()).toBe(q.doneWithoutEvidence.length);
      await page.context().close();
    }
    await monitoring.context().close();
  });

  it('shows returned documents with the curator’s comment and how long documents have waited', async () => {
    const page = await open('/monitoring/soglasovanie/lesnogorsk/', false);
    const date = await queueDate(page);
    const q = municipalityQueue(site, 'lesnogorsk', date);
    expect(q.returned.length).toBeGreaterThan(0);
    for (const x of q.returned) expect(await page.locator('table[data-queue="returned"]').getByText(x.comment!).count()).toBe(1);
    const days = await page.locator('table[data-queue="waiting"] tbody tr td.num').allTextContents();
    expect(days.map(Number)).toEqual(q.waiting.map((x) => x.days));
    await page.context().close();
  });
});

describe('stage evidence on the roadmap page', () => {
  it('lists each file as a download with its type and size read at build time', async () => {
    const page = await open('/shkoly/sosh-3-lesnogorsk/2025/', false);
    const rows = page.locator('.roadmap-evidence tbody tr');
    expect(await rows.count()).toBe(2);
    const link = rows.first().getByRole('link');
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/uploads\/shkoly\/sosh-3-lesnogorsk\/.+\.docx$/);
    expect(await link.getAttribute('download')).not.toBeNull();
    const bytes = statSync(join('dist', href)).size;
    expect(await rows.first().textContent()).toContain(`DOCX, ${formatSize(bytes)}`);
    const res = await fetch(`${ctx.url}${href}`);
    expect(res.status).toBe(200);
    // The activities table lists the same evidence in the activity's row, with the curator's verdict.
    expect(await page.locator('table.roadmap-activities').getByRole('link', { name: (await link.textContent())! }).count()).toBe(1);
    await page.context().close();
  });

  it('prints each file with its full address', async () => {
    const page = await open('/shkoly/sosh-3-lesnogorsk/2025/', false);
    const address = page.locator('.roadmap-evidence .evidence-address').first();
    expect(await address.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toMatch(/https:\/\/shnor\.example\.org\/uploads\/shkoly\/sosh-3-lesnogorsk\/.+\.docx$/);
    await page.context().close();
  });

  it('the embed version lists the evidence too, opening files outside the frame', async () => {
    const page = await open('/shkoly/sosh-3-lesnogorsk/2025/embed/', false);
    const links = page.locator('.roadmap-evidence tbody a');
    expect(await links.count()).toBe(2);
    expect(await links.first().getAttribute('target')).toBe('_top');
    await page.context().close();
  });
});
