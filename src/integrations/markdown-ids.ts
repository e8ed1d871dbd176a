/**
 * Ids in editor-written Markdown, kept apart from the site's own ids.
 *
 * rehype-sanitize prefixes every id with «user-content-» (so a heading «main» cannot clobber
 * `<main id="main">` or a global such as `window.pagefind`), but Astro adds heading ids only after
 * our rehype plugins, unprefixed, and remark-rehype's footnote ids would get the prefix twice. So:
 * headings get their ids here, before sanitising; footnotes come without a prefix; and in-page links
 * (#…) are pointed at the prefixed ids — a static version of what GitHub does with JavaScript.
 */
import GithubSlugger from 'github-slugger';
import ru from '../i18n/ru.json' with { type: 'json' };

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export const USER_CONTENT_PREFIX = 'user-content-';

function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** Rehype plugin; runs before rehype-sanitize. */
export function rehypeUserContentIds() {
  return (tree: HastNode) => {
    const slugger = new GithubSlugger();
    const visit = (node: HastNode) => {
      const props = node.properties;
      if (props && /^h[1-6]$/.test(node.tagName ?? '') && typeof props.id !== 'string') props.id = slugger.slug(textOf(node));
      if (props && node.tagName === 'a' && typeof props.href === 'string' && props.href.startsWith('#') && props.href.length > 1) {
        props.href = `#${USER_CONTENT_PREFIX}${props.href.slice(1)}`;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

/** remark-rehype options: unprefixed footnote ids (sanitising adds the prefix) and Russian labels. */
export const remarkRehypeOptions = {
  clobberPrefix: '',
  footnoteLabel: ru['markdown.footnotes'],
  footnoteBackLabel: (index: number) => `${ru['markdown.footnoteBack']} ${index + 1}`,
};
