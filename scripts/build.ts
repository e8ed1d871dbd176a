/**
 * npm run build [-- --skip-validate] [--dist dir] [astro build options…]
 * The whole build, each stage in its own process so that the next one gets the memory back:
 *   1. content validation (scripts/validate.ts), the Russian error list, stops on any error;
 *   2. astro build (pages, roadmap JSON/ICS, /admin/), options after the ours passed to it;
 *   3. the search indexes (scripts/search-index.ts), Pagefind after Astro has exited;
 *   4. the personal-data gate over pages, files and the search index (worker threads).
 * `--dist` names the output folder when the Astro config sets it (default: --outDir or dist/).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { checkPersonalDataParallel } from '../src/integrations/personal-data-scan.ts';
import { formatFindings } from '../src/integrations/personal-data.ts';

const args = process.argv.slice(2);
const take = (name: string, withValue: boolean) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, withValue ? 2 : 1);
  return withValue ? value : 'yes';
};
const skipValidate = take('skip-validate', false);
const distArg = take('dist', true);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : undefined;
const dist = resolve(distArg ?? outDir ?? 'dist');
const started = performance.now();

function run(label: string, argv: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, argv, { stdio: 'inherit' });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`${label}: код выхода ${code}`))));
  });
}

try {
  if (!skipValidate) await run('Проверка содержимого', ['scripts/validate.ts']);
  await run('Сборка Astro', ['node_modules/astro/bin/astro.mjs', 'build', ...args]);
  await run('Поисковый индекс', ['scripts/search-index.ts', dist]);
  const gate = performance.now();
  const findings = await checkPersonalDataParallel(dist);
  if (findings.length) throw new Error(formatFindings(findings));
  console.log(`[shnor-personal-data] телефонов и e-mail вне полей с согласием нет (${((performance.now() - gate) / 1000).toFixed(1)} с)`);
  console.log(`Сборка готова: ${dist} (${((performance.now() - started) / 1000).toFixed(1)} с).`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
