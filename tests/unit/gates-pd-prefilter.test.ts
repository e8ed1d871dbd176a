import { describe, expect, it } from 'vitest';
import { mayContainPersonalData, scanHtml } from '../../src/integrations/personal-data.ts';

describe('personal-data fast path', () => {
  it('lets through pages without candidates, dates and numbers included', () => {
    expect(mayContainPersonalData('<p>Срок: 01.03.2025 — 31.05.2025, 34 %, приказ № 859</p>')).toBe(false);
  });
  it('keeps every page the full scan would flag, also behind numeric entities and &nbsp;', () => {
    for (const html of ['<p>+7 912 345-67-89</p>', '<p>&#43;7&nbsp;912&nbsp;345-67-89</p>', '<a title="x@y.ru">a</a>', '<p>8 (3452) 12-34-56</p>']) {
      expect(scanHtml(html, '/x/').length, html).toBeGreaterThan(0);
      expect(mayContainPersonalData(html), html).toBe(true);
    }
  });
});
