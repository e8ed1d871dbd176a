/** README shows the same security headers for nginx as the local server sends (src/lib/headers.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, EMBED_CSP, PUBLIC_CSP, headersFor } from '../../src/lib/headers.ts';

const readme = readFileSync('README.md', 'utf8');

describe('README nginx headers', () => {
  it.each([
    ['public pages', PUBLIC_CSP],
    ['/embed/', EMBED_CSP],
    ['/admin/', ADMIN_CSP],
  ])('lists the policy for %s', (_, policy) => {
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });

  it('lists the other headers', () => {
    for (const header of ['X-Content-Type-Options "nosniff"', 'Referrer-Policy "strict-origin-when-cross-origin"', 'X-Frame-Options "SAMEORIGIN"']) {
      expect(readme).toContain(`add_header ${header} always;`);
    }
  });

  it('lets other sites read the search indexes (federal search)', () => {
    expect(headersFor('/pagefind-shkoly/pagefind-entry.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor('/shkoly/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(readme).toContain('location ~ ^/pagefind[^/]*/ {\n        add_header Access-Control-Allow-Origin "*" always;');
  });

  it('explains each quality gate and how to run it alone', () => {
    for (const command of ['npm run check:links', 'npm run check:html', 'npm run check:markup', 'npm run check:pd', 'npm run validate']) {
      expect(readme).toContain(command);
    }
  });
});
