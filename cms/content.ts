/**
 * Reads what the config generator needs from a content folder: the settings file and the
 * municipalities (id = file name, name from the file). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../src/validation/load.ts';
import type { CmsInputs } from './config.ts';

function directionTitles(contentDir: string): Record<string, string> {
  const dir = join(contentDir, 'directions');
  if (!existsSync(dir)) return {};
  const titles: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as { code?: unknown; shortTitle?: unknown } | null;
    if (typeof data?.code === 'string' && typeof data.shortTitle === 'string') titles[data.code] = data.shortTitle.trim();
  }
  return titles;
}

export function readCmsInputs(contentDir: string): CmsInputs {
  const settingsFile = join(contentDir, 'settings', 'site.yaml');
  const settings = existsSync(settingsFile) ? (parseYaml(readFileSync(settingsFile, 'utf8')) as CmsInputs['settings']) : undefined;
  const dir = join(contentDir, 'municipalities');
  const municipalities = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml') && !name.startsWith('.'))
        .sort()
        .map((name) => {
          const id = name.slice(0, -'.yaml'.length);
          const data = parseYaml(readFileSync(join(dir, name), 'utf8')) as { name?: unknown } | null;
          return { id, name: typeof data?.name === 'string' && data.name.trim() ? data.name.trim() : id };
        })
    : [];
  return { settings, municipalities, directionTitles: directionTitles(contentDir) };
}
