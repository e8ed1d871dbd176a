/** The HTML gate (html-validate with .htmlvalidate.json) fails on invalid markup and passes valid markup. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePages } from '../../scripts/gates/html.ts';
import { HOSTILE } from '../fixtures/hostile/assemble.ts';

const SITE = join(HOSTILE, 'sites/html');

describe('HTML gate', () => {
  it('finds the errors of a fixture page', async () => {
    const rules = (await validatePages(SITE, ['/invalid.html'])).map((p) => p.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37', 'no-implicit-close', 'wcag/h32']));
  });

  it('passes a valid page, with the relaxed rules and the catalog filter exemption', async () => {
    expect(await validatePages(SITE, ['/valid.html'])).toEqual([]);
  });
});
