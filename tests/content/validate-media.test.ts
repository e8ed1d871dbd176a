/**
 * The media folder check of `npm run validate` on tests/fixtures/uploads: files under ok/ are
 * allowed; each file under bad/ declares what the validator must say about it with a line
 *   # expect:  :: <fragment of the message>
 * Cases that Git cannot hold (a file over the limit, a symbolic link, a hidden folder) are made in a
 * temporary copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/content-errors.ts';
import { MAX_MEDIA_BYTES } from '../../src/lib/media.ts';
import { checkMediaFolder } from '../../src/validation/media.ts';
import { validateContent } from '../../src/validation/validate.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = 'tests/fixtures/uploads';
const NODE = join(root, 'node_modules/node/bin/node');

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [relative(root, join(dir, name))]));
}

const fragmentsOf = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/^# expect: *:: (.+?)\s*$/gm)].map((m) => m[1]);
const files = walk(join(root, FIXTURE));
const bad = files.filter((f) => f.startsWith(`${FIXTURE}/bad/`));
const good = files.filter((f) => !f.startsWith(`${FIXTURE}/bad/`));
const errors = checkMediaFolder(root, join(root, FIXTURE));

describe('media folder check on tests/fixtures/uploads', () => {
  it('has allowed files of every kind, in subfolders too, and refused ones that declare their error', () => {
    expect(good.map((f) => f.slice(f.lastIndexOf('.') + 1)).sort()).toEqual(['docx', 'gitkeep', 'jpg', 'pdf', 'png', 'webp']);
    expect(good.some((f) => f.includes('/shkoly/'))).toBe(true);
    expect(bad.length).toBeGreaterThanOrEqual(8);
    for (const file of bad) expect(fragmentsOf(file), file).toHaveLength(1);
  });

  it.each(bad)('refuses %s with its declared message, about the whole file', (file) => {
    const found = errors.filter((e) => e.file === file);
    expect(found.map((e) => e.field)).toEqual(['']);
    expect(found[0].message).toContain(fragmentsOf(file)[0]);
  });

  it('reports the refused files only', () => {
    expect(errors.map((e) => e.file).sort()).toEqual([...bad].sort());
  });

  it('keeps the whole wording', () => {
    expect(errors.map(formatError).join('\n')).toMatchSnapshot();
  });
});

describe('cases made in a temporary copy', () => {
  const copy = mkdtempSync(join(tmpdir(), 'shnor-i11-media-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(root, FIXTURE, 'ok'), copy, { recursive: true });
  // A real PDF header followed by more than the limit (a sparse file: nothing is written).
  writeFileSync(join(copy, 'bolshoy.pdf'), '%PDF-1.4\n');
  truncateSync(join(copy, 'bolshoy.pdf'), MAX_MEDIA_BYTES + 1);
  symlinkSync(join(root, 'package.json'), join(copy, 'ssylka.pdf'));
  mkdirSync(join(copy, '.git', 'hooks'), { recursive: true });
  writeFileSync(join(copy, '.git', 'hooks', 'post-commit'), '#!/bin/sh\n');
  const found = checkMediaFolder(copy, copy);

  it('refuses a file over the size limit, a symbolic link and a hidden folder, and nothing else', () => {
    expect(found.map(formatError)).toEqual([
      'Файл .git: скрытая папка (имя начинается с точки) в папке загрузок не принимается. Переименуйте или удалите её.',
      'Файл bolshoy.pdf: файл весит 10,1 МБ, больше предела 10 МБ. Уменьшите или разделите файл.',
      'Файл ssylka.pdf: символическая ссылка в папке загрузок не принимается. Положите на её место сам файл.',
    ]);
  });
});

describe('npm run validate', () => {
  it('fails on the media folder and names every refused file', () => {
    const run = spawnSync(NODE, ['scripts/validate.ts', '--media', FIXTURE], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    for (const file of bad) expect(run.stderr).toContain(`Файл ${file}: `);
    for (const file of good) expect(run.stderr).not.toContain(file);
  });

  it('checks public/uploads next to the content by default', () => {
    const project = mkdtempSync(join(tmpdir(), 'shnor-i11-project-'));
    try {
      mkdirSync(join(project, 'public', 'uploads', 'shkoly', 'sosh-1'), { recursive: true });
      writeFileSync(join(project, 'public', 'uploads', 'shkoly', 'sosh-1', 'otchet.svg'), '<svg/>');
      const media = validateContent(project, join(root, 'content')).errors.filter((e) => e.file.startsWith('public/'));
      expect(media.map(formatError)).toEqual([
        'Файл public/uploads/shkoly/sosh-1/otchet.svg: тип файла «.svg» не принимается. Загрузите файл одного из типов: PDF, DOCX, XLSX, ODT, JPG, PNG, WEBP.',
      ]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
