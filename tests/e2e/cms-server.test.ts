/**
 * decap-server, as `npm run cms` starts it, accepts connections on 127.0.0.1 only: on this
 * machine's other addresses (other loopback addresses, IPv6, network interfaces) the connection
 * is refused, so nobody else on the network can write to the repository.
 */
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decapServerEnv, startDecapServer, type DecapServer } from '../../cms/server.ts';
import { tempRepo } from './cms-helpers.ts';

const PORT = 18_081;

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

let repo: ReturnType<typeof tempRepo>;
let server: DecapServer;

beforeAll(async () => {
  repo = tempRepo(join(process.cwd(), 'content'));
  server = await startDecapServer(repo.dir, PORT);
});

afterAll(async () => {
  await server?.stop();
  repo?.remove();
});

describe('decap-server', () => {
  it('is started in git mode and bound to 127.0.0.1', () => {
    expect(decapServerEnv('/repo', PORT)).toMatchObject({ MODE: 'git', BIND_HOST: '127.0.0.1', PORT: String(PORT), GIT_REPO_DIRECTORY: '/repo' });
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
