/**
 * A measure's rendered text inside a booklet, where many measures share one page: its headings move
 * one level down (under the measure's own <h2>) and its ids get the measure's prefix, so that two
 * measures with a «Зачем» section do not both have id="user-content-зачем".
 *
 * The input is Astro's rendered HTML of the entry — the very string <Content /> outputs unescaped,
 * already sanitised by rehype-sanitize in the build. The rewrite only changes heading digits and
 * inserts `prefix` (a slug: [a-z0-9-]) into id and in-page link values: it cannot add markup.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USER = 'user-content-';

export function bookletBodyHtml(html: string, prefix: string): string {
  if (!SLUG.test(prefix)) throw new Error(`booklet-body: prefix «${prefix}» is not a slug`);
  const withPrefix = (value: string, lead: RegExp) => value.replace(lead, (_, before: string) => `${before}${USER}${prefix}-`);
  // Text never holds a raw «<» (it is written &lt;), so every «<letter…>» is a tag: only tags are rewritten.
  return html.replace(/<\/?[a-zA-Z][^<>]*>/g, (tag) =>
    tag
      .replace(/^<(\/?)h([1-5])(?=[\s>])/, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
      .replace(/ (id|aria-describedby|aria-labelledby)="([^"]*)"/g, (_, attr: string, value: string) => ` ${attr}="${withPrefix(value, /(^|\s)user-content-/g)}"`)
      .replace(/ href="(#[^"]*)"/g, (_, value: string) => ` href="${withPrefix(value, /^(#)user-content-/)}"`),
  );
}
