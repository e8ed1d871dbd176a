/**
 * npm run cms: local editing. Starts decap-server (git mode) on this repository behind the editing
 * guard (cms/guard.ts, 127.0.0.1:8081, a new token each run) and the Astro dev server, whose
 * /admin/config.yml alone carries the guard's address; prints where to open the editor.
 * Drafts of the editorial workflow are Git branches cms/<раздел>/<запись>; publishing merges them.
 * PORT and CMS_PORT change the two ports (tests use free ones).
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { LOCAL_BACKEND_ENV } from '../cms/dev-admin.ts';
import { currentBranch } from '../cms/integration.ts';
import { GUARD_PORT, portInUse, startDecapServer } from '../cms/server.ts';

const root = process.cwd();
const DEV_PORT = Number(process.env.PORT ?? 4321);
const CMS_PORT = Number(process.env.CMS_PORT ?? GUARD_PORT);

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

if (await portInUse(DEV_PORT)) fail(`Порт ${DEV_PORT} уже занят: редактор должен открываться ровно по адресу http://127.0.0.1:${DEV_PORT}/. Освободите порт или задайте другой: PORT=4322 npm run cms.`);
const origin = `http://127.0.0.1:${DEV_PORT}`;
const decap = await startDecapServer(root, CMS_PORT, { origin, branch }).catch((error: Error) => fail(error.message));
const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(DEV_PORT)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, [LOCAL_BACKEND_ENV]: decap.url },
});

console.log(`\nРедактор содержимого: http://127.0.0.1:${DEV_PORT}/admin/  (ветка ${branch}; остановить: Ctrl+C)`);
console.log(`Сайт для просмотра: http://127.0.0.1:${DEV_PORT}/`);
console.log(`Сервер правок: защита на 127.0.0.1:${decap.port} принимает запросы только от редактора ${origin}; decap-server скрыт за ней.\n`);

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
