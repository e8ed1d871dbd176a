/** The markup gate finds every kind of executable or hijacking markup, and accepts the site's own. */
import { describe, expect, it } from 'vitest';
import { findExecutableMarkup, schemeOf } from '../../scripts/gates/markup.ts';

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>т</title>${head}</head><body>${body}</body></html>`;
const problems = (body: string, head = '') => findExecutableMarkup(page(body, head), '/x/').map((p) => p.problem);

describe('markup gate', () => {
  it('accepts the markup the site itself produces', () => {
    const own = page(
      '<form class="search-form" role="search" action="/poisk/" method="get"><input name="q"><button>Найти</button></form>' +
        '<form id="catalog-form" hidden><select name="a"></select></form><a href="/mery/">Меры</a><a href="https://example.org">внешняя</a>' +
        '<img src="/favicon.svg" alt=""><script type="module" src="/_astro/search.B1.js"></script>' +
        '<script type="application/ld+json">{"@type":"WebPage","name":"\\u003c/script\\u003e"}</script>',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'self'"><link rel="stylesheet" href="/_astro/global.css"><link rel="canonical" href="https://shnor.example.org/">`,
    );
    expect(findExecutableMarkup(own, '/')).toEqual([]);
  });

  it.each([
    ['<script>window.__pwned=1</script>', 'посторонний скрипт'],
    ['<script src="/evil.js"></script>', 'посторонний скрипт'],
    ['<script type="module" src="/_astro/x.js">window.__pwned=1</script>', 'посторонний скрипт'],
    ['<script type="application/ld+json">{"a":"</script><script>x</script>"}</script>', 'посторонний скрипт'],
    ['<svg><script>window.__pwned=1</script></svg>', 'посторонний скрипт'],
    ['<img src=x onerror="window.__pwned=1">', 'обработчик события onerror'],
    ['<svg onload="window.__pwned=1"></svg>', 'обработчик события onload'],
    ['<a href="javascript:window.__pwned=1">x</a>', 'адрес со схемой javascript: в атрибуте href'],
    ['<a href="  JaVa&#x09;Script&#x0A;:alert(1)">x</a>', 'адрес со схемой javascript: в атрибуте href'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', 'адрес со схемой data: в атрибуте href'],
    ['<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', 'адрес со схемой javascript: в атрибуте xlink:href'],
    ['<svg><a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>', 'адрес со схемой javascript: в атрибуте to'],
    ['<iframe src="/x/"></iframe>', 'запрещённый элемент <iframe>'],
    ['<object data="/x.swf"></object>', 'запрещённый элемент <object>'],
    ['<embed src="/x.swf">', 'запрещённый элемент <embed>'],
    ['<iframe srcdoc="<p>x</p>"></iframe>', 'атрибут srcdoc'],
    ['<form action="https://evil.example/"><button>x</button></form>', 'форма отправляет данные не на страницу сайта или методом POST'],
    ['<form action="/poisk/" method="post"><button>x</button></form>', 'форма отправляет данные не на страницу сайта или методом POST'],
    ['<form action="/poisk/"><button formaction="//evil.example/">x</button></form>', 'formaction ведёт за пределы сайта'],
    ['<p style="position:fixed">x</p>', 'встроенный стиль (запрещён политикой CSP)'],
    ['<style>body{display:none}</style>', 'запрещённый элемент <style>'],
    ['<img src="https://evil.example/pixel.png" alt="">', 'ресурс загружается с другого сайта'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>', 'запрещённый элемент <style>'],
    ['<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>', 'запрещённый элемент <style>'],
  ])('catches %s', (body, expected) => {
    expect(problems(body)).toContain(expected);
  });

  it.each([
    ['<base href="https://evil.example/">', 'запрещённый элемент <base>'],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', 'meta http-equiv (перенаправление или подмена заголовков)'],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', 'ресурс загружается с другого сайта'],
    ['<link rel="import" href="/x.html">', 'link rel=import'],
  ])('catches %s in <head>', (head, expected) => {
    expect(problems('', head)).toContain(expected);
  });

  it('parses like a browser: a broken-up tag is an unknown element, not a script', () => {
    expect(problems('<scr<script>ipt>window.__pwned=1</script>')).toEqual([]);
  });

  it('reads URL schemes the way browsers do', () => {
    expect(schemeOf('\tjava\nscript:alert(1)')).toBe('javascript');
    expect(schemeOf('/mery/')).toBeUndefined();
    expect(schemeOf('javascript%3Aalert(1)')).toBeUndefined();
  });
});
