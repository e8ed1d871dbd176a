import { describe, expect, it } from 'vitest';
import { MAX_MEDIA_BYTES, extensionOf, formatSize, mediaProblem } from '../../src/lib/media.ts';

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

describe('uploaded files', () => {
  it('accepts a PDF, a PNG and a WEBP whose bytes match', () => {
    expect(mediaProblem('otchet.pdf', PDF, 1000)).toBeUndefined();
    expect(mediaProblem('foto.PNG', PNG, 1000)).toBeUndefined();
    expect(mediaProblem('foto.webp', WEBP, 1000)).toBeUndefined();
  });
  it('refuses SVG, HTML and JS by extension', () => {
    expect(mediaProblem('logo.svg', SVG, SVG.length)).toMatch(/тип файла «\.svg» не принимается.*PDF, DOCX, XLSX, ODT, JPG, PNG, WEBP/);
    expect(mediaProblem('page.html', SVG, SVG.length)).toMatch(/«\.html»/);
    expect(mediaProblem('x.js', SVG, SVG.length)).toMatch(/«\.js»/);
    expect(mediaProblem('README', PDF, 10)).toMatch(/без расширения/);
  });
  it('refuses a file whose content does not match its extension (SVG renamed to .png)', () => {
    expect(mediaProblem('logo.png', SVG, SVG.length)).toMatch(/не похоже на PNG/);
    expect(mediaProblem('doc.docx', PDF, 10)).toMatch(/не похоже на DOCX/);
  });
  it('refuses files over the limit and dotfiles', () => {
    expect(mediaProblem('big.pdf', PDF, MAX_MEDIA_BYTES + 1)).toMatch(/файл весит 10,1 МБ, больше предела 10 МБ/);
    expect(mediaProblem('big.pdf', PDF, MAX_MEDIA_BYTES)).toBeUndefined();
    expect(mediaProblem('.htaccess', PDF, 10)).toMatch(/скрытые файлы/);
  });
  it('reads extensions and formats sizes', () => {
    expect(extensionOf('a/b/c.Tar.PDF')).toBe('pdf');
    expect(extensionOf('.env')).toBe('');
    expect(formatSize(2_500_000)).toBe('2,4 МБ');
  });
});
