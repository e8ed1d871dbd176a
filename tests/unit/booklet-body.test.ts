/** Measure texts inside a booklet: headings one level down, ids unique per measure, nothing else changed. */
import { describe, expect, it } from 'vitest';
import { bookletBodyHtml } from '../../src/lib/booklet-body.ts';

const html = [
  '<h2 id="user-content-зачем">Зачем</h2>',
  '<p>См. <a href="#user-content-как-проводить">ниже</a> и <a href="https://example.org/#user-content-x">сайт</a><sup><a href="#user-content-fn-1" id="user-content-fnref-1" aria-describedby="user-content-footnote-label">1</a></sup>.</p>',
  '<h3 id="user-content-как-проводить">Как проводить</h3><h6>Мелко</h6>',
  '<p title="&#x3C;h2 id=&#x22;user-content-a&#x22;">&lt;h2 id="user-content-b"&gt; текст</p>',
].join('');

describe('bookletBodyHtml', () => {
  it('moves headings one level down and prefixes ids and in-page links with the measure id', () => {
    expect(bookletBodyHtml(html, 'mera-1')).toBe([
      '<h3 id="user-content-mera-1-зачем">Зачем</h3>',
      '<p>См. <a href="#user-content-mera-1-как-проводить">ниже</a> и <a href="https://example.org/#user-content-x">сайт</a><sup><a href="#user-content-mera-1-fn-1" id="user-content-mera-1-fnref-1" aria-describedby="user-content-mera-1-footnote-label">1</a></sup>.</p>',
      '<h4 id="user-content-mera-1-как-проводить">Как проводить</h4><h6>Мелко</h6>',
      '<p title="&#x3C;h2 id=&#x22;user-content-a&#x22;">&lt;h2 id="user-content-b"&gt; текст</p>',
    ].join(''));
  });

  it('gives two measures with the same sections different ids', () => {
    const ids = (s: string) => [...s.matchAll(/<[^<>]* id="([^"]+)"[^<>]*>/g)].map((m) => m[1]);
    const a = ids(bookletBodyHtml(html, 'a'));
    const b = ids(bookletBodyHtml(html, 'b'));
    expect(a).toHaveLength(3);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('refuses a prefix that is not a slug (it is written into attributes)', () => {
    expect(() => bookletBodyHtml(html, 'x" onclick="y')).toThrow();
  });
});
