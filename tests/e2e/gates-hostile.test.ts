/**
 * Hostile content that passes validation (tests/fixtures/hostile/builds/: script tags in every
 * spelling, handlers, javascript:/data: URLs, iframes, forms, meta refresh, base, styles, SVG/MathML,
 * DOM clobbering, quotes and </script> in every text field) is built into a test site. The output
 * must contain no executable markup — checked by parsing every page and by loading every page in
 * Chromium with the CSP switched off (so the markup itself is tested) and on.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import yaml from 'js-yaml';
import { checkLinks } from '../../scripts/gates/links.ts';
import { checkMarkup } from '../../scripts/gates/markup.ts';
import { attr, isElement, outputFiles, parseHtml, walkHtml, type HtmlNode } from '../../src/integrations/output-files.ts';
import { assemble, build, HOSTILE, type TestSite } from '../fixtures/hostile/assemble.ts';
import { launch, serve } from './browser.ts';
import { htmlPages } from './pages.ts';

let hostile: TestSite;
let built: { ok: boolean; output: string };
let pages: string[];
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  hostile = assemble(['builds'], 'hostile');
  built = build(hostile);
  if (!built.ok) throw new Error(`Сборка сайта с враждебным содержимым не удалась:\n${built.output.slice(-4000)}`);
  pages = htmlPages(hostile.dist);
  server = await serve(hostile.dist);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  hostile?.remove();
});

const read = (path: string) => readFileSync(join(hostile.dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const textOf = (node: HtmlNode): string =>
  node.nodeName === '#text' ? (node as { value: string }).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
function find(html: string, test: (n: HtmlNode) => boolean): HtmlNode[] {
  const out: HtmlNode[] = [];
  walkHtml(parseHtml(html), (n) => void (test(n) && out.push(n)));
  return out;
}
const byTag = (tag: string) => (n: HtmlNode) => isElement(n) && n.tagName === tag;
const school = yaml.load(readFileSync(join(HOSTILE, 'builds/schools/m1/hostile-school.yaml'), 'utf8')) as { shortName: string; fullName: string; curator: { name: string; phone: string } };

describe('hostile content in a built site', () => {
  it('builds, and the personal-data gate passes the consented phone', () => {
    expect(built.output).toMatch(/телефонов и e-mail вне полей с согласием нет/);
    expect(pages.length).toBeGreaterThan(30);
  });

  it('no page contains executable or hijacking markup', () => {
    expect(checkMarkup(hostile.dist).map((p) => `${p.page}: ${p.problem} — ${p.element}`)).toEqual([]);
  });

  it('quotes, </script> and tags in titles come out as text: <title>, <h1>, meta description', () => {
    const html = read('/shkoly/hostile-school/');
    const [title] = find(html, byTag('title'));
    expect(textOf(title)).toBe(`${school.shortName} — ШНОР "</title><script>window.__pwned=1</script>`);
    expect(textOf(find(html, byTag('h1'))[0])).toBe(school.shortName);
    const [description] = find(html, (n) => isElement(n) && n.tagName === 'meta' && attr(n, 'name') === 'description');
    expect(isElement(description) && attr(description, 'content')).toBe(school.fullName);
  });

  it('search metadata keeps hostile titles as data, and the consented contact out of the index', () => {
    const fragments = outputFiles(hostile.dist, (p) => p.endsWith('.pf_fragment')).map((p) => {
      const text = gunzipSync(readFileSync(join(hostile.dist, p))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: { title: string } };
    });
    // School profiles are not indexed; the school's roadmap is (in the separate /pagefind-shkoly/ index).
    const roadmapPage = fragments.find((f) => f.url === '/shkoly/hostile-school/2025/')!;
    expect(roadmapPage.meta.title).toBe(`Дорожная карта 2025: ${school.shortName}`);
    for (const f of fragments) {
      expect(f.content).not.toContain(school.curator.phone);
      expect(f.content).not.toContain('Петрова');
    }
  });

  it('the consented curator is shown on the school page, marked data-consented', () => {
    const [consented] = find(read('/shkoly/hostile-school/'), (n) => isElement(n) && attr(n, 'data-consented') !== undefined);
    expect(textOf(consented)).toBe(`: ${school.curator.name}, тел. ${school.curator.phone}`);
  });

  it('ids written by editors are prefixed and never duplicate the site\'s own (DOM clobbering)', () => {
    const problems: string[] = [];
    for (const path of pages) {
      const html = read(path);
      const ids = find(html, (n) => isElement(n) && attr(n, 'id') !== undefined).map((n) => (isElement(n) ? attr(n, 'id')! : ''));
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length) problems.push(`${path}: повторяются id ${dup.join(', ')}`);
      // Markdown bodies written through the CMS (methodology MDX is trusted code).
      const markdownBodies = /^\/(mery|praktiki)\/[^/]+\/$/.test(path) ? find(html, (n) => isElement(n) && attr(n, 'class') === 'prose') : [];
      for (const prose of markdownBodies) {
        walkHtml(prose, (n) => {
          if (!isElement(n)) return;
          for (const name of ['id', 'name']) {
            const v = attr(n, name);
            if (v !== undefined && !v.startsWith('user-content-')) problems.push(`${path}: ${name}="${v}" без префикса`);
          }
        });
      }
    }
    expect(problems).toEqual([]);
    expect(read('/mery/hostile-clobber/')).toContain('<h2 id="user-content-main">main</h2>');
  });

  it('in-page links, footnotes and headings of Markdown bodies still work', () => {
    const anchors = checkLinks(hostile.dist).filter((b) => b.url.includes('#'));
    expect(anchors).toEqual([]);
    expect(read('/praktiki/hostile-practice/')).toContain('<h2 id="user-content-итоги">');
  });
});

describe('hostile pages in Chromium', () => {
  /** Loads every page; returns dialogs opened, pages where a payload ran, and CSP violations. */
  async function visitAll(context: BrowserContext, paths: string[]) {
    const dialogs: string[] = [];
    const ran: string[] = [];
    const violations: string[] = [];
    await context.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('dialog', (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    for (const path of paths) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      if (path.startsWith('/poisk/?')) await page.locator('#search-results li').first().waitFor({ timeout: 15_000 });
      // Give handlers such as onfocus/onmouseover and timers a chance to fire.
      await page.mouse.move(10, 10);
      await page.keyboard.press('Tab');
      await page.waitForTimeout(50);
      const state = await page.evaluate(() => {
        const w = window as unknown as { __pwned?: unknown; __violations: string[] };
        return { pwned: w.__pwned, violations: w.__violations };
      });
      if (state.pwned !== undefined) ran.push(`${path}: window.__pwned = ${String(state.pwned)}`);
      violations.push(...state.violations.map((v) => `${path}: ${v}`));
    }
    await page.close();
    return { dialogs, ran, violations };
  }

  const searches = ['/poisk/?q=Злой', '/poisk/?q=script', '/poisk/?q=Мера'];

  it('control: a payload that does run is seen (dialog and window.__pwned)', async () => {
    mkdirSync(join(hostile.dist, 'control'), { recursive: true });
    writeFileSync(join(hostile.dist, 'control/index.html'), '<!DOCTYPE html><title>x</title><img src="/none.png" alt="" onerror="window.__pwned = 1; alert(1)">');
    const context = await browser.newContext({ bypassCSP: true });
    const { dialogs, ran } = await visitAll(context, ['/control/']);
    await context.close();
    rmSync(join(hostile.dist, 'control'), { recursive: true });
    expect(dialogs).toEqual([`${server.url}/control/: alert 1`]);
    expect(ran).toEqual(['/control/: window.__pwned = 1']);
  });

  it('no dialog and no script run, with the CSP switched off (the markup itself is safe)', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const { dialogs, ran } = await visitAll(context, [...pages, ...searches]);
    await context.close();
    expect(dialogs).toEqual([]);
    expect(ran).toEqual([]);
  }, 300_000);

  it('with the production CSP: nothing tried to run inline code (no violation reported)', async () => {
    const context = await browser.newContext();
    const { dialogs, ran, violations } = await visitAll(context, [...pages, ...searches]);
    await context.close();
    expect(dialogs).toEqual([]);
    expect(ran).toEqual([]);
    expect(violations).toEqual([]);
  }, 300_000);
});
