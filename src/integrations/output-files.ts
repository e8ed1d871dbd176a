/** Files of a built site, for the checks that read the output (personal data, links, markup). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** Paths relative to `dir` (with /), sorted; `skip` names folders not to enter. */
export function outputFiles(dir: string, accept: (path: string) => boolean, skip: string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      const rel = relative(dir, abs).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!skip.includes(rel)) walk(abs);
      } else if (accept(rel)) {
        out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a file is served at: mery/x/index.html → /mery/x/, 404.html → /404.html. */
export function urlOf(path: string): string {
  return '/' + path.replace(/(^|\/)index\.html$/, '$1');
}

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/** Parses a page the way a browser does (parse5 follows the HTML standard). */
export function parseHtml(html: string): HtmlNode {
  return parse(html);
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

/** Value of an attribute (the name as parse5 gives it, with a namespace prefix such as xlink:). */
export function attr(el: HtmlElement, name: string): string | undefined {
  return el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

/** Visits every node depth-first, also inside <template>; a visitor returning false skips the subtree. */
export function walkHtml(node: HtmlNode, visit: (node: HtmlNode) => boolean | void): void {
  if (visit(node) === false) return;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walkHtml(child, visit);
  if (isElement(node) && node.tagName === 'template' && 'content' in node) walkHtml((node as DefaultTreeAdapterTypes.Template).content, visit);
}
