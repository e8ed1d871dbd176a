/**
 * Uploaded files (evidence) belong to the content they were uploaded with: they live beside the
 * content folder, in <parent>/public/uploads (the project's public/uploads for content/). For another
 * content root (SHNOR_CONTENT: test sites, a CMS copy) the build copies its uploads into the output,
 * and pages read file sizes from there. Node only.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MEDIA_FOLDER } from '../lib/media.ts';

/** public/ beside a content folder. */
export function publicDirOf(contentDir: string): string {
  return join(dirname(resolve(contentDir)), 'public');
}

/** The content folder of this build. */
export const contentRoot = () => resolve(process.env.SHNOR_CONTENT ?? 'content');

/** Size in bytes of an uploaded file by its site path (/uploads/…), or undefined when it is not there. */
export function uploadSize(publicPath: string, contentDir = contentRoot()): number | undefined {
  const root = publicDirOf(contentDir);
  const abs = join(root, publicPath);
  if (!abs.startsWith(`${root}/`) || !existsSync(abs)) return undefined;
  const stat = statSync(abs);
  return stat.isFile() ? stat.size : undefined;
}

export function uploadsIntegration(): AstroIntegration {
  return {
    name: 'shnor-uploads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const from = join(publicDirOf(contentRoot()), 'uploads');
        if (resolve(from) === resolve(MEDIA_FOLDER) || !existsSync(from)) return;
        cpSync(from, join(fileURLToPath(dir), 'uploads'), { recursive: true });
        logger.info(`загруженные файлы скопированы из ${from}`);
      },
    },
  };
}
