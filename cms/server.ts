/**
 * Starts decap-server for local editing: git mode (the editorial workflow needs it: drafts are
 * branches cms/<collection>/<entry>) and bound to 127.0.0.1 only — without BIND_HOST it listens on
 * every interface and anyone on the network could write to the repository. Node only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';

export const DECAP_HOST = '127.0.0.1';
export const DECAP_PORT = 8081;

export interface DecapServer {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Environment of decap-server: the safety-relevant settings are fixed here, in one place. */
export function decapServerEnv(repoDir: string, port = DECAP_PORT): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MODE: 'git',
    BIND_HOST: DECAP_HOST,
    PORT: String(port),
    GIT_REPO_DIRECTORY: repoDir,
    LOG_LEVEL: process.env.DECAP_LOG_LEVEL ?? 'warn',
  };
}

/** Resolves when something accepts TCP connections on host:port, rejects after `timeoutMs`. */
export function waitForPort(host: string, port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        resolve();
      });
      socket.on('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`decap-server не запустился на ${host}:${port}.`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** True when the port is already taken on 127.0.0.1 (another decap-server, usually). */
export function portInUse(port: number, host = DECAP_HOST): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

export async function startDecapServer(repoDir: string, port = DECAP_PORT): Promise<DecapServer> {
  if (await portInUse(port)) {
    throw new Error(`Порт ${port} уже занят: вероятно, decap-server уже запущен (npm run cms в другом окне). Остановите его.`);
  }
  const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], { cwd: repoDir, env: decapServerEnv(repoDir, port), stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`decap-server завершился с кодом ${code}.`))));
  await Promise.race([waitForPort(DECAP_HOST, port), exited]);
  exited.catch(() => {});
  return {
    url: `http://${DECAP_HOST}:${port}/api/v1`,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
