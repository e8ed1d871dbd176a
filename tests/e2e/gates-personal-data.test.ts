/**
 * The personal-data gate fails `npm run build` (as an Astro integration after Pagefind) when a phone
 * or e-mail appears outside a consented field — in the page, the open data and the search index —
 * and names the page and the match in Russian.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assemble, build, type TestSite } from '../fixtures/hostile/assemble.ts';

let site: TestSite;
let result: { ok: boolean; output: string };

const measure = `---
title: Звоните нам
directions: [R06]
level: school
educationLevels: [ooo]
purpose: Консультации по телефону.
steps: [Позвонить.]
successCriteria: [Дозвонились.]
indicators: [{ name: Звонки, unit: штук, howMeasured: журнал }]
evidenceExamples: [Журнал звонков.]
responsibleRoles: [curator]
typicalDuration: год
source: { kind: example, title: Пример, year: 2025 }
review: { status: draft }
---

Звоните методисту: +7 912 345-67-89.

Раздел с «согласием», написанный редактором: <span data-consented>8 (912) 000-11-22</span>
`;

beforeAll(() => {
  site = assemble([], 'personal-data');
  site.write('measures/zvonite.md', measure);
  site.write('practices/pishite.md', `---
title: Практика с адресом
organisation: Школа
directions: [R06]
date: 2025-03-01
results: ['Вопросы присылайте на director@school-1.example.ru']
author: curator
---

Текст практики.
`);
  result = build(site);
}, 300_000);
afterAll(() => site?.remove());

describe('personal-data gate in the build', () => {
  it('fails the build', () => {
    expect(result.ok).toBe(false);
    expect(result.output).toContain('Найдены персональные данные вне полей с согласием');
  });

  it('names the page and the match, in the page and in the search index', () => {
    expect(result.output).toContain('/mery/zvonite/ — телефон «+7 912 345-67-89» (текст страницы)');
    expect(result.output).toContain('/mery/zvonite/ (поисковый индекс) — телефон «+7 912 345-67-89» (поле индекса content)');
    expect(result.output).toContain('/praktiki/pishite/ — e-mail «director@school-1.example.ru» (текст страницы)');
  });

  it('finds it in the open data too', () => {
    expect(result.output).toMatch(/\/dannye\/practices\.json — e-mail «director@school-1\.example\.ru» \(поле \[\d+\]\.data\.results\[0\]\)/);
  });

  it('a data-consented mark written by an editor does not hide a phone', () => {
    expect(result.output).toContain('/mery/zvonite/ — телефон «8 (912) 000-11-22» (текст страницы)');
  });

  it('says what to do', () => {
    expect(result.output).toContain('Имя и телефон куратора публикуются только в карточке школы (curator) при consentToPublish: true.');
  });
});
