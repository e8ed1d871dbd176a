/** The personal-data gate: phone and e-mail patterns, consented fields, search index, open data, calendars. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPersonalData, scanHtml, scanIcs, scanJson, scanPagefindFragment } from '../../src/integrations/personal-data.ts';

const matches = (text: string) => findPersonalData(text).map((m) => `${m.kind}: ${m.match}`);

describe('personal-data patterns', () => {
  it.each([
    ['Звоните +7 (912) 345-67-89.', 'телефон: +7 (912) 345-67-89'],
    ['тел. 8 (800) 555-35-35', 'телефон: 8 (800) 555-35-35'],
    ['8-912-345-67-89', 'телефон: 8-912-345-67-89'],
    ['89123456789', 'телефон: 89123456789'],
    ['+79123456789', 'телефон: +79123456789'],
    ['+375 29 123 45 67', 'телефон: +375 29 123 45 67'],
    ['(34342) 2-12-34', 'телефон: (34342) 2-12-34'],
    ['приёмная 345-67-89', 'телефон: 345-67-89'],
    ['пишите ivanova.m@school12.ru', 'e-mail: ivanova.m@school12.ru'],
    ['директор@школа.рф', 'e-mail: директор@школа.рф'],
  ])('finds %s', (text, expected) => {
    expect(matches(text)).toEqual([expected]);
  });

  it.each([
    '2025-05-30', '30.05.2025', 'с 8 по 11 класс', '5–9 классы', '10-11 классы', 'в 2024–2025 учебном году',
    '80 000 000 000 рублей', '1 000 000', 'ИНН 6612345678', 'ОГРН 1026601234567', 'приказ № 123-45', 'R06, R07', '34 % → 25 %',
  ])('leaves %s alone', (text) => {
    expect(matches(text)).toEqual([]);
  });
});

describe('personal-data scanning', () => {
  it('finds data in text and attributes, and skips the consented element', () => {
    const html = `<!DOCTYPE html><html><head><title>Школа</title><meta name="description" content="тел. 8 912 345 67 89"></head><body>
      <dd><a href="/roli/curator/">Куратор</a><span data-consented data-pagefind-ignore>: Петрова А. А., тел. +7 (900) 123-45-67</span></dd>
      <p>Пишите: school@example.org</p><a href="tel:+79001112233">позвонить</a></body></html>`;
    expect(scanHtml(html, '/shkoly/s1/').map((f) => `${f.where}: ${f.match}`)).toEqual([
      'атрибут content у <meta>: 8 912 345 67 89',
      'текст страницы: school@example.org',
      'атрибут href у <a>: +79001112233',
    ]);
  });

  it('does not honour data-consented written as text (e.g. in a meta description)', () => {
    const html = '<meta name="description" content="<span data-consented>+7 912 345-67-89</span>"><p>&lt;span data-consented&gt;+7 912 000-11-22&lt;/span&gt;</p>';
    expect(scanHtml(html, '/x/').map((f) => f.match)).toEqual(['+7 912 345-67-89', '+7 912 000-11-22']);
  });

  it('reads the Pagefind index (gzip\'d fragments)', () => {
    const fragment = gzipSync(Buffer.from('pagefind_dcd' + JSON.stringify({ url: '/mery/x/', content: 'Звоните 8 (912) 345-67-89', meta: { title: 'Мера' }, filters: {} })));
    expect(scanPagefindFragment(fragment, 'pagefind/fragment/x.pf_fragment')).toEqual([
      { page: '/mery/x/ (поисковый индекс)', where: 'поле индекса content', kind: 'телефон', match: '8 (912) 345-67-89' },
    ]);
  });

  it('open data: name and phone next to consentToPublish: true are consented, elsewhere not', () => {
    const data = [
      { id: 's1', data: { curator: { role: 'curator', name: 'Петрова', phone: '+7 900 123-45-67', consentToPublish: true } } },
      { id: 's2', data: { visits: [{ purpose: 'звонок по 8 900 765 43 21' }], curator: { role: 'curator', phone: '+7 900 000-00-01', consentToPublish: false } } },
    ];
    expect(scanJson(data, '/dannye/schools/m1.json').map((f) => `${f.where}: ${f.match}`)).toEqual([
      'поле [1].data.visits[0].purpose: 8 900 765 43 21',
      'поле [1].data.curator.phone: +7 900 000-00-01',
    ]);
  });

  it('calendars: text properties are scanned, UIDs are not', () => {
    const ics = 'BEGIN:VEVENT\r\nUID:s1-2025-a1@shnor.example.org\r\nSUMMARY:Встреча\\, тел. 8 912\r\n  345-67-89\r\nEND:VEVENT\r\n';
    expect(scanIcs(ics, '/shkoly/s1/2025.ics').map((f) => `${f.where}: ${f.match}`)).toEqual(['поле SUMMARY: 8 912 345-67-89']);
  });
});
