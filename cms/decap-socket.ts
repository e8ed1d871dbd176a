/**
 * decap-server (git mode) on a Unix socket instead of a TCP port: no page in a browser can reach
 * it, only cms/guard.ts can. Started by cms/server.ts as
 *   node cms/decap-socket.ts <socket path>
 * with GIT_REPO_DIRECTORY set to the repository. Node only.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const socketPath = process.argv[2];
if (!socketPath) {
  console.error('Не указан путь к сокету decap-server.');
  process.exit(2);
}

// decap-server's own express, the same its command-line server uses.
const serverDir = dirname(require.resolve('decap-server/package.json'));
const express = require(require.resolve('express', { paths: [serverDir] })) as () => { listen: (path: string, done: () => void) => unknown };
const { registerLocalGit } = require('decap-server/dist/middlewares.js') as { registerLocalGit: (app: unknown, options: { logLevel?: string }) => Promise<void> };

const app = express();
try {
  await registerLocalGit(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
} catch (error) {
  console.error(`decap-server не запустился: ${(error as Error).message}`);
  process.exit(1);
}
app.listen(socketPath, () => {});
