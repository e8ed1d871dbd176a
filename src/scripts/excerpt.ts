/**
 * Appends a Pagefind excerpt as text, keeping only its <mark> highlights: the excerpt comes from
 * editor-written pages, so nothing else of it becomes markup. Shared by the site's and the federal search.
 */
export function appendExcerpt(target: HTMLElement, excerpt: string) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}
