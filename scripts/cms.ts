/**
 * npm run cms: local editing. Starts decap-server (git mode, 127.0.0.1:8081 only) on this
 * repository and the Astro dev server, and prints where to open the editor.
 * Drafts of the editorial workflow are Git branches cms/<раздел>/<запись>; publishing merges them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { currentBranch } from '../cms/integration.ts';
import { DECAP_PORT, startDecapServer } from '../cms/server.ts';

const root = process.cwd();
const DEV_PORT = Number(process.env.PORT ?? 4321);

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

const branch = currentBranch(root);
if (!branch) fail('Папка проекта не является Git-репозиторием: CMS хранит правки в Git. Выполните git init или клонируйте репозиторий.');
const dirty = execFileSync('git', ['status', '--porcelain', '--', 'content', 'public/uploads'], { cwd: root, encoding: 'utf8' }).trim();
if (dirty) {
  console.warn('Внимание: в content/ есть незафиксированные изменения. Редактор переключает ветки Git при сохранении черновиков —');
  console.warn('зафиксируйте их (git commit) перед редактированием, чтобы они не смешались с черновиками.\n');
}

const decap = await startDecapServer(root, DECAP_PORT).catch((error: Error) => fail(error.message));
const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(DEV_PORT)], {
  cwd: root,
  stdio: 'inherit',
});

console.log(`\nРедактор содержимого: http://127.0.0.1:${DEV_PORT}/admin/  (ветка ${branch}; остановить: Ctrl+C)`);
console.log(`Сайт для просмотра: http://127.0.0.1:${DEV_PORT}/`);
console.log(`Сервер правок decap-server: ${decap.url} (только этот компьютер)\n`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  astro.kill('SIGTERM');
  await decap.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
astro.on('exit', (code) => void stop(code ?? 0));
decap.process.on('exit', () => {
  if (!stopping) console.error('decap-server остановился: сохранение правок недоступно.');
  void stop(1);
});
