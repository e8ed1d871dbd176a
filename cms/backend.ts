/**
 * Which publishing mode the admin can use with the configured backend. Decap's Gitea backend has no
 * editorial workflow (3.16 refuses to start with it), so with Gitea in production entries are
 * published directly; locally decap-server provides the workflow for every backend.
 */
interface AdminConfig {
  backend?: { name?: string };
  publish_mode?: string;
  local_backend?: { url?: string; allowed_hosts?: string[] };
}

/** Backends of Decap 3.16 without the editorial workflow. */
const NO_WORKFLOW = new Set(['gitea']);

export function fitPublishMode<T extends AdminConfig>(config: T, localBackend: boolean): T {
  if (localBackend || config.publish_mode !== 'editorial_workflow' || !NO_WORKFLOW.has(config.backend?.name ?? '')) return config;
  return { ...config, publish_mode: 'simple' };
}

/** True when decap-server answers at the config's local_backend address (as Decap itself checks). */
export async function localBackendRunning(config: AdminConfig, hostname: string): Promise<boolean> {
  const local = config.local_backend;
  if (!local?.url || !(local.allowed_hosts ?? ['localhost', '127.0.0.1']).includes(hostname)) return false;
  try {
    const response = await fetch(local.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
    const info = (await response.json()) as { repo?: unknown };
    return typeof info.repo === 'string';
  } catch {
    return false;
  }
}
