/**
 * What the admin's Content-Security-Policy must allow in production besides 'self': the API of the
 * Git host the CMS writes to (connect-src) and the host of the users' avatars (img-src). Local editing
 * (the guard of `npm run cms`) is allowed by the dev server only. For src/lib/headers.ts and the nginx example.
 */
export interface CmsBackendSettings {
  backend: string;
  apiRoot?: string;
  baseUrl?: string;
}

const origin = (url: string) => new URL(url).origin;

const DEFAULT_API: Record<string, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com',
  'git-gateway': 'https://api.netlify.com',
};

const AVATARS: Record<string, string[]> = {
  github: ['https://avatars.githubusercontent.com'],
  gitlab: ['https://secure.gravatar.com'],
};

export function adminCspSources(cms: CmsBackendSettings | undefined): { connect: string[]; img: string[] } {
  if (!cms) return { connect: [], img: [] };
  const api = cms.apiRoot ? origin(cms.apiRoot) : DEFAULT_API[cms.backend];
  const connect = [api, cms.baseUrl && origin(cms.baseUrl)].filter((s): s is string => Boolean(s));
  // Self-hosted GitLab and Gitea serve avatars from their own host.
  const img = [...(AVATARS[cms.backend] ?? []), ...(cms.apiRoot ? [origin(cms.apiRoot)] : [])];
  return { connect: [...new Set(connect)], img: [...new Set(img)] };
}
