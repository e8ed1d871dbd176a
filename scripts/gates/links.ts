/**
 * Link gate: every internal link and anchor of the built site leads somewhere.
 * Usage: node scripts/gates/links.ts [dist] — lists broken links in Russian, exits with 1 if any.
 *
 * Reads href/src/srcset/action/formaction/poster of every page; a link is internal when it has no
 * scheme or points at the site's own address (settings baseUrl, e.g. canonical links). External
 * http(s) links, mailto: and tel: are not followed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { attr, isElement, outputFiles, parseHtml, urlOf, walkHtml } from '../../src/integrations/output-files.ts';

export interface BrokenLink {
  /** Page with the link. */
  page: string;
  /** The link as written. */
  url: string;
  problem: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href'];
const BASE = 'http://site.invalid';

interface Page {
  ids: Set<string>;
  links: string[];
}

function readPage(html: string): Page {
  const ids = new Set<string>();
  const links: string[] = [];
  walkHtml(parseHtml(html), (node) => {
    if (!isElement(node)) return;
    const id = attr(node, 'id');
    if (id) ids.add(id);
    const name = attr(node, 'name');
    if (node.tagName === 'a' && name) ids.add(name);
    for (const a of URL_ATTRIBUTES) {
      const value = attr(node, a);
      if (value !== undefined) links.push(value.trim());
    }
    const srcset = attr(node, 'srcset');
    if (srcset) for (const candidate of srcset.split(',')) links.push(candidate.trim().split(/\s+/)[0]);
  });
  return { ids, links };
}

/** The file a URL path is served from (as scripts/serve.ts and nginx serve it), or undefined. */
function targetFile(dir: string, pathname: string): string | undefined {
  const file = join(dir, pathname);
  if (!resolve(file).startsWith(resolve(dir))) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Broken internal links and anchors of the site in `dir`; `origins` are the site's own addresses. */
export function checkLinks(dir: string, origins: string[] = []): BrokenLink[] {
  const own = new Set(origins.map((o) => new URL(o).origin));
  const pages = new Map<string, Page>();
  for (const path of outputFiles(dir, (p) => p.endsWith('.html'), ['pagefind', '_astro'])) {
    pages.set(join(dir, path), readPage(readFileSync(join(dir, path), 'utf8')));
  }
  const idsOf = (file: string) => {
    if (!pages.has(file)) pages.set(file, readPage(readFileSync(file, 'utf8')));
    return pages.get(file)!.ids;
  };
  const broken: BrokenLink[] = [];
  for (const [file, page] of pages) {
    const from = urlOf(file.slice(dir.length + 1).split('\\').join('/'));
    for (const link of page.links) {
      let url: URL;
      try {
        url = new URL(link, BASE + from);
      } catch {
        broken.push({ page: from, url: link, problem: 'адрес записан с ошибкой' });
        continue;
      }
      if (url.origin !== BASE && !own.has(url.origin)) continue;
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        broken.push({ page: from, url: link, problem: 'адрес записан с ошибкой' });
        continue;
      }
      const target = targetFile(dir, pathname);
      if (!target) {
        broken.push({ page: from, url: link, problem: 'страница или файл не найдены' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      // The admin's #/collections/… fragments are routes of the editor's hash router, not anchors.
      const route = fragment.startsWith('/') && pathname.startsWith('/admin/');
      if (fragment && fragment !== 'top' && !route && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page: from, url: link, problem: `на странице нет якоря #${fragment}` });
      }
    }
  }
  return broken;
}

/** The site's address from the content settings (SHNOR_CONTENT or content/), when there is one. */
export function siteOrigins(contentDir = process.env.SHNOR_CONTENT ?? 'content'): string[] {
  const file = join(contentDir, 'settings/site.yaml');
  if (!existsSync(file)) return [];
  const baseUrl = (yaml.load(readFileSync(file, 'utf8')) as { baseUrl?: string })?.baseUrl;
  return baseUrl ? [baseUrl] : [];
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const broken = checkLinks(dir, siteOrigins());
  for (const b of broken) console.error(`${b.page}: ${b.url} — ${b.problem}`);
  if (broken.length) {
    console.error(`\nПроверка ссылок: битых ссылок — ${broken.length}. Исправьте адреса в содержимом или в шаблонах страниц.`);
    process.exit(1);
  }
  console.log(`Проверка ссылок: битых ссылок нет (${dir}).`);
}
