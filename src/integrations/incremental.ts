/**
 * `npm run build -- --incremental` (SHNOR_INCREMENTAL=1): Astro's incremental build, so that a rebuild
 * after one roadmap changed renders that roadmap's pages and copies the others from the previous
 * build (keys: src/lib/page-keys.ts). Off by default: a first build pays for writing the copies.
 */
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../lib/dates.ts';
import { publishStamp } from './built-site.ts';

/** What pages may show besides the content: the Git commit (history), today's date, uploaded files. */
export function stamp(root: string): string {
  let head = '';
  try {
    head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    head = 'no-git';
  }
  const uploads = join(root, 'public');
  const listing = existsSync(uploads)
    ? readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => {
        const file = join(d.parentPath, d.name);
        const st = statSync(file);
        return `${file.slice(uploads.length)}:${st.size}:${st.mtimeMs}`;
      }).sort().join('\n')
    : '';
  return `${head}|${todayIso()}|${createHash('sha1').update(listing).digest('hex')}`;
}

export function incrementalIntegration(): AstroIntegration {
  return {
    name: 'shnor-incremental',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || process.env.SHNOR_INCREMENTAL !== '1') return;
        updateConfig({ experimental: { incrementalBuild: true } });
        publishStamp(stamp(new URL('.', config.root).pathname));
        logger.info('инкрементальная сборка: неизменённые дорожные карты копируются из прошлой сборки');
      },
    },
  };
}
