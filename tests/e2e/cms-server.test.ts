/**
 * The local editing backend, as `npm run cms` starts it: the guard accepts connections on
 * 127.0.0.1 only (on this machine's other addresses — other loopback addresses, IPv6, network
 * interfaces — the connection is refused, so nobody else on the network can write to the
 * repository), and decap-server itself listens on no TCP port at all, only on a Unix socket in a
 * folder of this user, so no browser page can reach it around the guard.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decapServerEnv, startDecapServer, type DecapServer } from '../../cms/server.ts';
import { tempRepo } from './cms-helpers.ts';

/** Connects and reports what happened: 'connected' or the error code (ECONNREFUSED…). */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('timeout');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

/** This machine's own addresses other than 127.0.0.1 (no other host is ever contacted). */
function ownOtherAddresses(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => Boolean(a))
    .filter((a) => !(a.family === 'IPv6' && a.address.startsWith('fe80')) && a.address !== '127.0.0.1')
    .map((a) => a.address);
  return [...new Set(['127.0.0.2', ...addresses])];
}

/** What a process listens on: TCP ports and Unix socket paths (Linux /proc; 0A: TCP LISTEN, 00010000: accepting). */
function listeningOf(pid: number): { tcp: number[]; unix: string[] } {
  const link = (fd: string) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return ''; // closed meanwhile
    }
  };
  const inodes = new Set(readdirSync(`/proc/${pid}/fd`).map((fd) => /^socket:\[(\d+)\]$/.exec(link(fd))?.[1]).filter(Boolean));
  const tcp = ['tcp', 'tcp6'].flatMap((table) =>
    readFileSync(`/proc/net/${table}`, 'utf8').split('\n').slice(1).map((l) => l.trim().split(/\s+/)).filter((f) => f[3] === '0A' && inodes.has(f[9])).map((f) => parseInt(f[1].split(':')[1], 16)),
  );
  const unix = readFileSync('/proc/net/unix', 'utf8').split('\n').slice(1).map((l) => l.trim().split(/\s+/)).filter((f) => inodes.has(f[6]) && f[3] === '00010000').map((f) => f[7]);
  return { tcp, unix };
}

let repo: ReturnType<typeof tempRepo>;
let server: DecapServer;
let PORT: number;

beforeAll(async () => {
  repo = tempRepo(join(process.cwd(), 'content'));
  server = await startDecapServer(repo.dir, 0, { origin: 'http://127.0.0.1:4321' });
  PORT = server.port;
});

afterAll(async () => {
  await server?.stop();
  repo?.remove();
});

describe('local editing backend', () => {
  it('runs decap-server on the repository, in git mode (the editorial workflow)', async () => {
    expect(decapServerEnv('/repo')).toMatchObject({ GIT_REPO_DIRECTORY: '/repo' });
    const info = await fetch(server.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:4321' }, body: '{"action":"info"}' });
    expect(await info.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
  });

  it('decap-server listens on no TCP port, only on a Unix socket in a folder of this user alone', () => {
    const { tcp, unix } = listeningOf(server.process.pid!);
    expect(tcp).toEqual([]);
    expect(unix).toHaveLength(1);
    expect(statSync(join(unix[0], '..')).mode & 0o777).toBe(0o700);
    expect(listeningOf(process.pid).tcp).toContain(PORT);
  });

  it('accepts connections on 127.0.0.1', async () => {
    expect(await tryConnect('127.0.0.1', PORT)).toBe('connected');
  });

  it('refuses connections on every other address of this machine', async () => {
    const others = ownOtherAddresses();
    expect(others.length).toBeGreaterThan(0);
    const results = Object.fromEntries(await Promise.all(others.map(async (a) => [a, await tryConnect(a, PORT)] as const)));
    for (const [address, result] of Object.entries(results)) expect(result, address).toBe('ECONNREFUSED');
  });
});
