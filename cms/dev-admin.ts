/**
 * How the dev server of `npm run cms` serves /admin/. scripts/cms.ts passes the guarded backend's
 * address (with its token) in SHNOR_CMS_BACKEND; only then does the served config get a
 * local_backend. config.yml carries the token, so another page may not read it: requests from
 * other origins are refused, and the admin is opened on 127.0.0.1 (the origin the guard accepts).
 */
import type { IncomingHttpHeaders } from 'node:http';

export const LOCAL_BACKEND_ENV = 'SHNOR_CMS_BACKEND';

export function localBackendUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[LOCAL_BACKEND_ENV] || undefined;
}

/** True when a request for `path` under /admin/ comes from another page than the admin's own. */
export function foreignRead(path: string, headers: IncomingHttpHeaders): boolean {
  if (path !== '/admin/config.yml') return false;
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  return headers.origin !== undefined && headers.origin !== `http://${headers.host}`;
}

/** Where to send a request for the admin on `localhost` (the guard accepts 127.0.0.1 only), or undefined. */
export function loopbackRedirect(url: string, headers: IncomingHttpHeaders): string | undefined {
  const m = /^localhost(:\d+)?$/i.exec(headers.host ?? '');
  return m ? `http://127.0.0.1${m[1] ?? ''}${url}` : undefined;
}
