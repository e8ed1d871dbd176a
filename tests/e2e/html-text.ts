/** Visible text of a built HTML file (tags stripped, entities decoded), for page-content checks. */
import { readFileSync } from 'node:fs';

export function pageText(distPath: string): string {
  const html = readFileSync(distPath, 'utf8');
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
