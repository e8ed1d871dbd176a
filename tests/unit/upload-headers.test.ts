/**
 * Uploaded files are served as passive files: the headers of src/lib/headers.ts, the dev server's
 * middleware (src/integrations/upload-headers.ts) and the README's nginx blocks agree.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, headersFor, UPLOAD_CSP, uploadHeaders } from '../../src/lib/headers.ts';
import { uploadHeadersMiddleware, uploadPath } from '../../src/integrations/upload-headers.ts';
import { IMAGE_EXTENSIONS, MEDIA_TYPES } from '../../src/lib/media.ts';

describe('upload headers', () => {
  it('sandbox every upload, forbid sniffing, and download documents', () => {
    for (const ext of Object.keys(MEDIA_TYPES)) {
      const headers = uploadHeaders(`/uploads/shkoly/sosh-1/fail.${ext}`);
      expect(headers['Content-Security-Policy']).toBe("sandbox; default-src 'none'");
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Content-Disposition'], ext).toBe((IMAGE_EXTENSIONS as readonly string[]).includes(ext) ? undefined : 'attachment');
    }
  });

  it('treat a forbidden type that got there anyway as a download', () => {
    for (const name of ['x.svg', 'x.html', 'x.js', 'X.SVG', 'bez-rasshireniya']) expect(uploadHeaders(`/uploads/${name}`)['Content-Disposition']).toBe('attachment');
  });

  it('are what the preview server sends under /uploads/ only', () => {
    expect(headersFor('/uploads/a.svg')).toEqual(uploadHeaders('/uploads/a.svg'));
    expect(headersFor('/shkoly/uploads/')['Content-Security-Policy']).not.toBe(UPLOAD_CSP);
    expect(headersFor('/uploadsx/a.svg')['Content-Security-Policy']).not.toBe(UPLOAD_CSP);
  });

  it('leave the published admin no connection to this machine, but blob: for uploads', () => {
    expect(ADMIN_CSP).toContain("connect-src 'self' blob:;");
    expect(ADMIN_CSP).not.toMatch(/127\.0\.0\.1|localhost/);
    expect(headersFor('/admin/', { adminConnect: ['http://127.0.0.1:8081'] })['Content-Security-Policy']).toContain("connect-src 'self' blob: http://127.0.0.1:8081;");
  });
});

describe('dev server middleware', () => {
  it.each([
    ['/uploads/a.svg', '/uploads/a.svg'],
    ['/uploads/shkoly/sosh-1/a.pdf?x=1', '/uploads/shkoly/sosh-1/a.pdf'],
    ['/uploads/a%2Esvg', '/uploads/a.svg'],
    ['/public/uploads/a.svg', '/public/uploads/a.svg'],
    ['/PUBLIC/uploads/a.svg', '/PUBLIC/uploads/a.svg'],
    ['/@fs/home/editor/site/public/uploads/a.svg', '/@fs/home/editor/site/public/uploads/a.svg'],
    ['/shkoly/sosh-1/', undefined],
    ['/public/uploadsx/a.svg', undefined],
    ['/uploads%', undefined],
  ])('recognises %s', (url, path) => {
    expect(uploadPath(url)).toBe(path);
  });

  it('sets the headers before the file is served', () => {
    const set: Record<string, string> = {};
    let passed = false;
    uploadHeadersMiddleware({ url: '/uploads/otchet.pdf' } as IncomingMessage, { setHeader: (k: string, v: string) => (set[k] = v) } as unknown as ServerResponse, () => (passed = true));
    expect(set).toEqual(uploadHeaders('/uploads/otchet.pdf'));
    expect(passed).toBe(true);
  });
});

describe('README nginx configuration', () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = (start: string) => readme.slice(readme.indexOf(start), readme.indexOf('}', readme.indexOf(start)));

  it('serves /uploads/ with the same headers, documents as attachments', () => {
    const uploads = block('location /uploads/ {');
    for (const [name, value] of Object.entries(uploadHeaders('/uploads/a.pdf'))) expect(uploads).toContain(`add_header ${name} "${value}" always;`);
  });

  it('shows the images of the allow-list inline', () => {
    const start = readme.indexOf('location ~* ^/uploads/');
    const images = block('location ~* ^/uploads/');
    const pattern = new RegExp(/location ~\* (\S+) \{/.exec(readme.slice(start))![1], 'i');
    for (const ext of IMAGE_EXTENSIONS) expect(pattern.test(`/uploads/shkoly/a.${ext}`), ext).toBe(true);
    for (const ext of ['pdf', 'svg', 'html', 'docx']) expect(pattern.test(`/uploads/a.${ext}`), ext).toBe(false);
    expect(images).not.toContain('Content-Disposition');
    for (const [name, value] of Object.entries(uploadHeaders('/uploads/a.png'))) expect(images).toContain(`add_header ${name} "${value}" always;`);
  });
});
