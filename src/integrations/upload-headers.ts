/**
 * `astro dev` serves uploaded files (public/uploads/ → /uploads/) with the same passive-file headers
 * as `npm run preview` and nginx (src/lib/headers.ts): nosniff, a sandboxing CSP, documents as
 * attachments. Vite also serves project files by their own path (/public/uploads/…, /@fs/…/uploads/…):
 * those get the headers too.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { uploadHeaders } from '../lib/headers.ts';
import { MEDIA_FOLDER, MEDIA_PUBLIC } from '../lib/media.ts';

const UPLOAD_URL = new RegExp(`^(?:${MEDIA_PUBLIC}/|(?:/@fs/.*)?/${MEDIA_FOLDER}/)`, 'i');

/** The request path, decoded, when it names an uploaded file; otherwise undefined. */
export function uploadPath(url: string | undefined): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  return UPLOAD_URL.test(path) ? path : undefined;
}

/** Connect middleware: sets the upload headers, then lets Vite serve the file. */
export function uploadHeadersMiddleware(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const path = uploadPath(req.url);
  if (path) for (const [name, value] of Object.entries(uploadHeaders(path))) res.setHeader(name, value);
  next();
}

export function uploadHeadersIntegration(): AstroIntegration {
  return {
    name: 'shnor-upload-headers',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(uploadHeadersMiddleware);
      },
    },
  };
}
