/**
 * Starts the local editing backend of `npm run cms`: decap-server in git mode (the editorial
 * workflow needs it: drafts are branches cms/<collection>/<entry>) on a private Unix socket
 * (cms/decap-socket.ts), and in front of it the guard (cms/guard.ts), the only thing listening on a
 * TCP port, 127.0.0.1 only. The admin reaches it at a per-run address with a random token. Node only.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startGuard } from './guard.ts';

export const GUARD_HOST = '127.0.0.1';
export const GUARD_PORT = 8081;
/** Where `npm run cms` serves the admin (the Astro dev server): the only origin the guard accepts. */
export const DEV_ORIGIN = 'http://127.0.0.1:4321';
/** Former names: the port of the CMS backend is the guard's. */
export const DECAP_HOST = GUARD_HOST;
export const DECAP_PORT = GUARD_PORT;

const LAUNCHER = fileURLToPath(new URL('./decap-socket.ts', import.meta.url));

export interface DecapServer {
  /** The admin's local_backend address: http://127.0.0.1:<port>/<token>/api/v1. */
  url: string;
  token: string;
  /** The admin origin the guard accepts. */
  origin: string;
  port: number;
  /** decap-server's process. */
  process: ChildProcess;
  stop: () => Promise<void>;
}

export interface BackendOptions {
  /** Admin origin (default DEV_ORIGIN). */
  origin?: string;
  /** Default: a new random token. */
  token?: string;
  /** Branch the admin edits (default: the one checked out in the repository). */
  branch?: string;
  /** Guard's log (default: console.warn). */
  log?: (line: string) => void;
}

export const newToken = () => randomBytes(24).toString('base64url');

/** Environment of decap-server: the repository, quiet logs. */
export function decapServerEnv(repoDir: string): NodeJS.ProcessEnv {
  return { ...process.env, GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: process.env.DECAP_LOG_LEVEL ?? 'warn' };
}

/** Resolves when something accepts connections (TCP host:port or a socket path), rejects after `timeoutMs`. */
export function waitForPort(host: string, port: number | string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = typeof port === 'string' ? connect({ path: port }) : connect({ host, port });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`decap-server не запустился (${typeof port === 'string' ? port : `${host}:${port}`}).`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** True when the port is already taken on 127.0.0.1 (another npm run cms, usually). */
export function portInUse(port: number, host = GUARD_HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function checkedOutBranch(repoDir: string): string {
  return execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repoDir, encoding: 'utf8' }).trim();
}

/** decap-server behind the guard; `port` is the guard's (0: a free one). */
export async function startDecapServer(repoDir: string, port = GUARD_PORT, options: BackendOptions = {}): Promise<DecapServer> {
  if (port && (await portInUse(port))) {
    throw new Error(`Порт ${port} уже занят: вероятно, npm run cms уже запущен в другом окне. Остановите его.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'shnor-decap-'));
  const socketPath = join(dir, 'decap.sock');
  const child = spawn(process.execPath, [LAUNCHER, socketPath], { cwd: repoDir, env: decapServerEnv(repoDir), stdio: ['ignore', 'inherit', 'inherit'] });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`decap-server завершился с кодом ${code}.`))));
  exited.catch(() => {});
  child.once('exit', cleanup);
  try {
    await Promise.race([waitForPort('', socketPath), exited]);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  const token = options.token ?? newToken();
  const origin = options.origin ?? DEV_ORIGIN;
  const guard = await startGuard({ host: GUARD_HOST, port, origin, token, branch: options.branch ?? checkedOutBranch(repoDir), socketPath, log: options.log }).catch((error: Error) => {
    child.kill('SIGTERM');
    throw error;
  });
  return {
    url: guard.url,
    token,
    origin,
    port: guard.port,
    process: child,
    stop: async () => {
      await guard.close();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      cleanup();
    },
  };
}
