/**
 * The steps of `npm run build` (scripts/build.ts): invalid content stops the build with the
 * validator's report and leaves no output; a roadmap index split into shards answers on the search
 * page exactly like the whole index.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assemble, build } from '../fixtures/hostile/assemble.ts';
import { launch, serve, watchErrors } from './browser.ts';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

describe('npm run build', () => {
  it('stops on invalid content with the Russian report and no output', () => {
    const site = assemble([], 'build-steps-invalid');
    cleanup.push(() => site.remove());
    site.write('roadmaps/m1/s1-2026.yaml', 'school: s1\nyear: 2026\n');
    const result = build(site);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Файл .*roadmaps\/m1\/s1-2026\.yaml, поле /);
    expect(result.output).toContain('Проверка содержимого: найдено ошибок');
    expect(existsSync(site.dist)).toBe(false);
  });

  it('serves the same roadmap results from a sharded roadmap index', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'i16-shards-'));
    cleanup.push(() => rmSync(dist, { recursive: true, force: true }));
    cpSync('dist', dist, { recursive: true });
    for (const d of ['pagefind', 'pagefind-shkoly']) rmSync(join(dist, d), { recursive: true, force: true });
    const indexed = spawnSync(process.execPath, ['scripts/search-index.ts', dist, '--shard-pages', '5'], { encoding: 'utf8' });
    expect(indexed.status, indexed.stderr).toBe(0);
    expect(indexed.stdout).toContain('/pagefind-shkoly-3/');
    const count = async (dir: string) => {
      const site = await serve(dir);
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const errors = watchErrors(page);
        await page.goto(`${site.url}/poisk/?q=${encodeURIComponent('дорожная карта')}`);
        await page.waitForFunction(() => /\d/.test(document.querySelector('#search-schools-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
        const text = await page.textContent('#search-schools-status');
        expect(errors).toEqual([]);
        return text;
      } finally {
        await browser.close();
        await site.close();
      }
    };
    const whole = await count('dist');
    // More results than one shard holds: the page merged the shards.
    expect(Number(/(\d+)/.exec(whole ?? '')?.[1])).toBeGreaterThan(5);
    expect(await count(dist)).toBe(whole);
  });
});
