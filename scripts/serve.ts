/**
 * Serves the built site (dist/) with the production security headers, like nginx would.
 * Usage: node scripts/serve.ts [--port 4321] [--dir dist] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { headersFor, isUploadPath } from '../src/lib/headers.ts';
import { MEDIA_TYPES } from '../src/lib/media.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8', '.wasm': 'application/wasm', '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pagefind': 'application/octet-stream',
  // Uploaded files: the allow-list's own types.
  ...Object.fromEntries(Object.entries(MEDIA_TYPES).map(([ext, t]) => [`.${ext}`, t.mime])),
};

export interface ServeOptions {
  /** Origins the admin may connect to besides its own (read on every request; tests add the editing guard). */
  adminConnect?: string[];
  /** A path's headers: the site's own by default, the federal site's for it. */
  headers?: (pathname: string) => Record<string, string>;
}

export function startServer(dir: string, port: number, host = '127.0.0.1', options: ServeOptions = {}) {
  const headersOf = options.headers ?? ((pathname: string) => headersFor(pathname, { adminConnect: options.adminConnect }));
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(root, '404.html');
    // A missing upload gets the 404 page with the page headers, not a download.
    const headers = headersOf(found || !isUploadPath(pathname) ? pathname : '/404.html');
    // Validators as nginx sends them by default: a browser revalidates (304, no body) instead of
    // fetching a file again, and two requests for one file in flight share one response.
    const stat = statSync(target);
    const validators = found ? { ETag: `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`, 'Last-Modified': stat.mtime.toUTCString() } : {};
    const type = { 'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream' };
    if (found && req.headers['if-none-match'] === validators.ETag) {
      res.writeHead(304, { ...validators, ...headers }).end();
      return;
    }
    res.writeHead(found ? 200 : 404, { ...type, ...validators, ...headers });
    createReadStream(target).pipe(res);
  });
  return new Promise<typeof server>((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const host = arg('host', '127.0.0.1');
  const port = Number(arg('port', process.env.PORT ?? '4321'));
  await startServer(arg('dir', 'dist'), port, host);
  console.log(`\nСайт запущен: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/  (остановить: Ctrl+C)`);
}
