/** axe-core (WCAG 2.2 AA + best practice) on every page of the sample site, no console errors. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite, watchErrors } from './browser.ts';
import { htmlPages, pageTypes } from './pages.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = htmlPages();
const env = useSite({ beforeAll, afterAll });


async function audit(path: string) {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(env.url + path, { waitUntil: 'load' });
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  await page.close();
  return { violations, errors: errors.filter((e) => !path.startsWith('/404') || !e.includes('404')) };
}

describe('accessibility', () => {
  it('has every page type built', () => {
    expect(Object.keys(pageTypes(pages)).length).toBeGreaterThanOrEqual(24);
  });

  it('every page passes axe and logs no console error', async () => {
    const failures: string[] = [];
    for (const path of pages) {
      const { violations, errors } = await audit(path);
      for (const v of violations) failures.push(`${path} — ${v}`);
      for (const e of errors) failures.push(`${path} — console: ${e}`);
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('works at 320 px width without horizontal scrolling of the page', async () => {
    const page = await env.browser.newPage({ viewport: { width: 320, height: 640 } });
    const failures: string[] = [];
    for (const path of Object.values(pageTypes(pages))) {
      await page.goto(env.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) failures.push(`${path}: ${overflow}px`);
    }
    await page.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
