/**
 * Quality gates on the built sample site (dist/): links, HTML validity, markup, personal data,
 * and the Content Security Policy — sent as headers and as a <meta> fallback, and enforced by Chromium.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkLinks, siteOrigins } from '../../scripts/gates/links.ts';
import { formatProblem, validatePages } from '../../scripts/gates/html.ts';
import { checkMarkup } from '../../scripts/gates/markup.ts';
import { checkPersonalData, formatFindings } from '../../src/integrations/personal-data.ts';
import { attr, isElement, parseHtml, walkHtml } from '../../src/integrations/output-files.ts';
import { ADMIN_CSP, EMBED_CSP, META_CSP, PUBLIC_CSP } from '../../src/lib/headers.ts';
import { launch, serve } from './browser.ts';
import { htmlPages, pageTypes } from './pages.ts';

const DIST = 'dist';
const pages = htmlPages(DIST);
const types = pageTypes(pages);
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  site = await serve(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const fileOf = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

describe('gates on the built site', () => {
  it('has no broken internal link or anchor', () => {
    expect(checkLinks(DIST, siteOrigins()).map((b) => `${b.page}: ${b.url} — ${b.problem}`)).toEqual([]);
  });

  it('has valid HTML on every page (html-validate, .htmlvalidate.json)', async () => {
    expect(Object.keys(types).length).toBeGreaterThanOrEqual(20);
    expect((await validatePages(DIST, pages)).map(formatProblem)).toEqual([]);
  }, 300_000);

  it('has no executable markup other than its own module scripts', () => {
    expect(checkMarkup(DIST).map((p) => `${p.page}: ${p.problem} — ${p.element}`)).toEqual([]);
  });

  it('has no phone or e-mail outside consented fields, in pages, search index, open data and calendars', () => {
    const findings = checkPersonalData(DIST);
    expect(findings.length ? formatFindings(findings) : '').toBe('');
  });
});

/** Directives of a policy by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
}

function expectStrictScripts(policy: string) {
  const d = directives(policy);
  const scripts = d.get('script-src') ?? d.get('default-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('base-uri')).toEqual(["'self'"]);
}

describe('Content Security Policy', () => {
  it('public pages send a policy without unsafe-inline/unsafe-eval for scripts; /embed/ may be framed', async () => {
    for (const [type, path] of Object.entries(types)) {
      const res = await fetch(site.url + path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp, `${type} ${path}`).toBe(/embed$/i.test(type) ? EMBED_CSP : PUBLIC_CSP);
      expectStrictScripts(csp);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(directives(PUBLIC_CSP).get('frame-ancestors')).toEqual(["'self'"]);
    expect(directives(EMBED_CSP).get('frame-ancestors')).toEqual(['*']);
  });

  it('every page carries the same policy as a <meta> fallback, without frame-ancestors', () => {
    expect(META_CSP).not.toMatch(/frame-ancestors/);
    expectStrictScripts(META_CSP);
    const wrong: string[] = [];
    for (const path of pages) {
      const metas: string[] = [];
      walkHtml(parseHtml(readFileSync(fileOf(path), 'utf8')), (n) => {
        if (isElement(n) && n.tagName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy') metas.push(attr(n, 'content')!);
      });
      if (metas.length !== 1 || metas[0] !== META_CSP) wrong.push(`${path}: ${metas.join(' | ') || 'нет'}`);
    }
    expect(wrong).toEqual([]);
  });

  it('/admin/ has its own policy (Decap needs eval and inline styles there only)', async () => {
    const res = await fetch(`${site.url}/admin/`);
    expect(res.headers.get('content-security-policy')).toBe(ADMIN_CSP);
    const d = directives(ADMIN_CSP);
    expect(d.get('script-src')).not.toContain("'unsafe-inline'");
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
  });

  describe('an injected inline script is blocked in Chromium', () => {
    let dir: string;
    const injected = '<script>window.__pwned = 1</script><img src="/no-such-image.png" alt="" onerror="window.__pwned = 2">';
    const withInjection = (html: string) => html.replace('</main>', `${injected}</main>`);
    const home = () => readFileSync(fileOf('/'), 'utf8');

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'shnor-csp-'));
      mkdirSync(join(dir, 'csp-fixture'));
      writeFileSync(join(dir, 'csp-fixture/index.html'), withInjection(home()));
      for (const f of ['404.html']) copyFileSync(join(DIST, f), join(dir, f));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Opens a page and reports whether the injection ran and which violations were reported. */
    async function probe(open: (page: Page) => Promise<unknown>) {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
      });
      await open(page);
      await page.waitForLoadState('load');
      const result = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: number }).__pwned, violations: (window as unknown as { __violations: string[] }).__violations }));
      await page.close();
      return result;
    }

    /** Serves HTML from an address of its own, without any header (a host that cannot set headers). */
    const withoutHeaders = (html: string) => async (page: Page) => {
      await page.route('http://no-headers.invalid/**', (route) =>
        route.request().url().endsWith('/') ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' }),
      );
      await page.goto('http://no-headers.invalid/');
    };

    it('served with the production headers', async () => {
      const served = await serve(dir);
      try {
        const r = await probe((page) => page.goto(`${served.url}/csp-fixture/`));
        expect(r.pwned).toBeUndefined();
        expect(r.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
      } finally {
        await served.close();
      }
    });

    it('served without headers: the <meta> policy alone blocks it', async () => {
      const r = await probe(withoutHeaders(withInjection(home())));
      expect(r.pwned).toBeUndefined();
      expect(r.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    });

    it('control: without any policy the same injection runs (the probe can see execution)', async () => {
      const noMeta = withInjection(home()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      const r = await probe(withoutHeaders(noMeta));
      expect(r.pwned).toBe(2);
      expect(r.violations).toEqual([]);
    });
  });
});
