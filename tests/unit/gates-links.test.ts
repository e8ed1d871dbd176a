/** The link gate catches broken internal links and anchors, and leaves working and external ones alone. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/gates/links.ts';
import { HOSTILE } from '../fixtures/hostile/assemble.ts';

const SITE = join(HOSTILE, 'sites/links');

describe('link gate', () => {
  it('reports every broken internal link and anchor of a fixture site, and nothing else (the editor’s #/ routes are not anchors)', () => {
    const broken = checkLinks(SITE, ['https://shnor.example.org']).map((b) => `${b.page} ${b.url} — ${b.problem}`);
    expect(broken.sort()).toEqual([
      '/ https://shnor.example.org/gone/ — страница или файл не найдены',
      '/ /missing.css — страница или файл не найдены',
      '/ /missing/ — страница или файл не найдены',
      '/ /ok/#nowhere — на странице нет якоря #nowhere',
      '/ /ok/#/not-a-route — на странице нет якоря #/not-a-route',
      '/ #self-missing — на странице нет якоря #self-missing',
      '/ /%D0%BD%D0%B5%D1%82/ — страница или файл не найдены',
      '/ /%E0%A4%A/ — адрес записан с ошибкой',
      '/ /no-image.png — страница или файл не найдены',
      '/ /no-pic.png — страница или файл не найдены',
      '/ /poisk/ — страница или файл не найдены',
    ].sort());
  });

  it('treats links to the site address as internal only when told the address', () => {
    const broken = checkLinks(SITE).map((b) => b.url);
    expect(broken).not.toContain('https://shnor.example.org/gone/');
  });
});
