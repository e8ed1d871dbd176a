/**
 * HTTP security headers of the published site. The local server (scripts/serve.ts) sends them,
 * the browser tests check them, and README shows the same policy for nginx.
 */
import { extensionOf, IMAGE_EXTENSIONS, MEDIA_PUBLIC, type MediaExtension } from './media.ts';

/** Public pages: no inline or eval'd script; Pagefind needs WebAssembly compilation. */
export const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The same policy as a <meta> in every page, for hosts where headers cannot be set. A meta policy
 * cannot carry frame-ancestors (browsers ignore it there with a console error): framing is
 * restricted by the headers only.
 */
export const META_CSP = PUBLIC_CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Embed pages may be framed by a school's own site (any origin). */
export const EMBED_CSP = PUBLIC_CSP.replace("frame-ancestors 'self'", 'frame-ancestors *');

/**
 * Decap CMS needs eval and inline styles; only at /admin/. `connect` adds origins the admin talks
 * to: the Git host's API in production, the editing guard of `npm run cms` locally.
 */
export function adminCsp(connect: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // blob: the admin reads a chosen file through its blob: URL before uploading it.
    ["connect-src 'self' blob:", ...connect].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const ADMIN_CSP = adminCsp();

/** Uploaded files are passive: never run as a page (sandbox, nothing loads), never sniffed. */
export const UPLOAD_CSP = "sandbox; default-src 'none'";

/** Headers of a file under /uploads/: documents (everything but images) are downloaded, not opened. */
export function uploadHeaders(pathname: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': UPLOAD_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (!IMAGE_EXTENSIONS.includes(extensionOf(pathname) as MediaExtension)) headers['Content-Disposition'] = 'attachment';
  return headers;
}

export const isUploadPath = (pathname: string) => pathname.startsWith(`${MEDIA_PUBLIC}/`);

/** Headers for a path of the built site; `adminConnect` as in adminCsp(). */
export function headersFor(pathname: string, options: { adminConnect?: string[] } = {}): Record<string, string> {
  if (isUploadPath(pathname)) return uploadHeaders(pathname);
  const csp = pathname.startsWith('/admin/') ? adminCsp(options.adminConnect) : /\/embed\/?$/.test(pathname) || pathname.includes('/embed/') ? EMBED_CSP : PUBLIC_CSP;
  const headers: Record<string, string> = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (!pathname.includes('/embed/')) headers['X-Frame-Options'] = 'SAMEORIGIN';
  // The search indexes are public data that the federal search page reads from another origin.
  if (/^\/pagefind[^/]*\//.test(pathname)) headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}
