/**
 * Markup gate: the built pages contain no executable or page-hijacking markup except our own.
 * Usage: node scripts/gates/markup.ts [dist]
 *
 * Pages are parsed as a browser parses them (parse5). Allowed: our module scripts from /_astro/
 * (and JSON-LD data blocks). Not allowed anywhere: other scripts, on* handlers, javascript:/data:/
 * vbscript: URLs, iframe/object/embed/frame/base, meta refresh, inline styles (the CSP forbids
 * them), srcdoc, forms that send data elsewhere, resources loaded from other hosts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { attr, isElement, outputFiles, parseHtml, urlOf, walkHtml, type HtmlElement } from '../../src/integrations/output-files.ts';

export interface MarkupProblem {
  page: string;
  problem: string;
  /** The offending element, shortened. */
  element: string;
}

const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'style', 'noembed']);
/** Attributes a browser follows as a URL (including SVG animation targets). */
const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'cite', 'longdesc', 'ping', 'manifest', 'codebase', 'archive', 'lowsrc', 'dynsrc', 'icon', 'srcset', 'imagesrcset']);
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatemotion', 'animatetransform']);
/** Elements whose src/href is loaded by the browser without a click. */
const LOADS = new Set(['script', 'img', 'source', 'video', 'audio', 'track', 'input', 'link', 'image', 'use', 'feimage']);

/** How a browser reads a URL's scheme: ASCII whitespace and controls removed, case folded. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

function describe(el: HtmlElement): string {
  const attrs = el.attrs.map((a) => `${a.prefix ? `${a.prefix}:` : ''}${a.name}="${a.value}"`).join(' ');
  const text = `<${el.tagName}${attrs ? ` ${attrs}` : ''}>`;
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function isOwnScript(el: HtmlElement): boolean {
  const src = attr(el, 'src');
  const text = el.childNodes.map((n) => (n as { value?: string }).value ?? '').join('');
  if (attr(el, 'type') === 'application/ld+json') {
    // A data block: must be JSON and must not be able to end the script element early.
    try {
      JSON.parse(text);
    } catch {
      return false;
    }
    return !src && !/<\/?script|<!--/i.test(text);
  }
  return attr(el, 'type') === 'module' && !!src && src.startsWith('/_astro/') && !text.trim() && el.attrs.length === 2;
}

/** Problems of one page. */
export function findExecutableMarkup(html: string, page: string): MarkupProblem[] {
  const out: MarkupProblem[] = [];
  const report = (el: HtmlElement, problem: string) => out.push({ page, problem, element: describe(el) });
  walkHtml(parseHtml(html), (node) => {
    if (!isElement(node)) return;
    const tag = node.tagName.toLowerCase();
    if (tag === 'script' && !isOwnScript(node)) report(node, 'посторонний скрипт');
    if (FORBIDDEN_ELEMENTS.has(tag)) report(node, `запрещённый элемент <${tag}>`);
    if (tag === 'meta' && attr(node, 'http-equiv') !== undefined && attr(node, 'http-equiv')!.toLowerCase() !== 'content-security-policy') {
      report(node, 'meta http-equiv (перенаправление или подмена заголовков)');
    }
    if (tag === 'link' && /\bimport\b/i.test(attr(node, 'rel') ?? '')) report(node, 'link rel=import');
    if (tag === 'form') {
      const action = attr(node, 'action');
      if ((action !== undefined && !/^\/(?!\/)/.test(action)) || (attr(node, 'method') ?? 'get').toLowerCase() !== 'get') {
        report(node, 'форма отправляет данные не на страницу сайта или методом POST');
      }
    }
    for (const a of node.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (/^on/i.test(a.name)) report(node, `обработчик события ${name}`);
      if (name === 'style') report(node, 'встроенный стиль (запрещён политикой CSP)');
      if (name === 'srcdoc') report(node, 'атрибут srcdoc');
      if (name === 'formaction' && !/^\/(?!\/)/.test(a.value)) report(node, 'formaction ведёт за пределы сайта');
      const isUrl = URL_ATTRIBUTES.has(name) || (ANIMATION_ELEMENTS.has(tag) && ['to', 'from', 'values', 'by'].includes(name));
      if (!isUrl) continue;
      const urls = name.endsWith('srcset') ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0]) : a.value.split(';');
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript' || scheme === 'data') {
          report(node, `адрес со схемой ${scheme}: в атрибуте ${name}`);
        }
      }
      const loaded = LOADS.has(tag) && (name === 'src' || name === 'srcset' || (tag === 'link' && name === 'href' && /stylesheet|icon|preload|modulepreload|manifest/i.test(attr(node, 'rel') ?? '')));
      if (loaded && /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(a.value)) report(node, 'ресурс загружается с другого сайта');
    }
  });
  return out;
}

/** Problems of every page of a built site (Decap's /admin/ is code of its own and excluded). */
export function checkMarkup(dir: string): MarkupProblem[] {
  return outputFiles(dir, (p) => p.endsWith('.html'), ['admin', 'pagefind', '_astro'])
    .flatMap((path) => findExecutableMarkup(readFileSync(join(dir, path), 'utf8'), urlOf(path)));
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const problems = checkMarkup(dir);
  for (const p of problems) console.error(`${p.page}: ${p.problem} — ${p.element}`);
  if (problems.length) {
    console.error(`\nПроверка разметки: найдено опасных мест — ${problems.length}.`);
    process.exit(1);
  }
  console.log(`Проверка разметки: исполняемой чужой разметки нет (${dir}).`);
}
