import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import yaml from 'js-yaml';
import { COLLECTIONS, type CollectionSpec } from '../schemas/index.ts';
import type { ContentError, RawEntry } from '../lib/content-errors.ts';
import { externalImageProblem, hiddenCharacterProblem, markdownProblem } from './text-limits.ts';

/** Larger files are refused: no real entry comes near, and huge files stall the build. */
export const MAX_FILE_BYTES = 1_000_000;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses YAML the way Astro does (js-yaml) but keeps dates as text, so that
 * 2025-13-01 is reported instead of silently becoming 2026-01-01.
 */
export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

/** Splits a Markdown file into frontmatter data and body. */
export function parseFrontmatter(text: string): { data: unknown; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
  if (!m) throw new Error('в начале файла нет блока полей между строками «---». Добавьте его.');
  try {
    return { data: parseYaml(m[1]), body: text.slice(m[0].length) };
  } catch (err) {
    // js-yaml counts lines from the first line of the frontmatter; the editor sees the file's lines.
    const mark = (err as { mark?: { line: number } }).mark;
    if (mark) mark.line += 1;
    throw err;
  }
}

/** True when an object graph reuses a node (YAML anchors/aliases): the way to a "YAML bomb". */
export function hasSharedNodes(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const children = Array.isArray(value) ? value : Object.values(value);
  return children.some((child) => hasSharedNodes(child, seen));
}

/** Russian wording of the js-yaml errors an editor is likely to make; others are shown as they are. */
const YAML_REASONS: Record<string, string> = {
  'duplicated mapping key': 'одно и то же поле указано дважды',
  'bad indentation of a mapping entry': 'неверный отступ у поля',
  'bad indentation of a sequence entry': 'неверный отступ у элемента списка',
  'can not read an implicit mapping pair; a colon is missed': 'после названия поля нет двоеточия',
  'can not read a block mapping entry; a multiline key may not be an implicit key': 'название поля не может занимать несколько строк (нет двоеточия или лишний перенос строки)',
  'incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line': 'у значения нет названия поля',
  'end of the stream or a document separator is expected': 'лишний текст или неверный отступ',
  'missed comma between flow collection entries': 'между элементами в скобках не хватает запятой',
  'unexpected end of the stream within a flow collection': 'не закрыта квадратная или фигурная скобка',
  'unexpected end of the stream within a double quoted scalar': 'не закрыта двойная кавычка',
  'unexpected end of the stream within a single quoted scalar': 'не закрыта одинарная кавычка',
  'unexpected end of the document within a double quoted scalar': 'не закрыта двойная кавычка',
  'unexpected end of the document within a single quoted scalar': 'не закрыта одинарная кавычка',
  'tab characters must not be used in indentation': 'для отступов использован символ табуляции, нужны пробелы',
  'a whitespace character is expected after the key-value separator within a block mapping': 'после двоеточия нужен пробел',
  'nesting exceeded maxDepth (100)': 'слишком глубокая вложенность полей (больше 100 уровней)',
};

function yamlProblem(err: unknown): string {
  const e = err as { reason?: string; mark?: { line: number; column: number }; message?: string };
  if (e.mark) {
    const reason = (e.reason && YAML_REASONS[e.reason]) ?? (e.reason ? `ошибка разметки (${e.reason})` : 'ошибка разметки');
    return `ошибка в разметке YAML в строке ${e.mark.line + 1}, позиция ${e.mark.column + 1}: ${reason}. Проверьте отступы, двоеточия и кавычки.`;
  }
  return e.message ?? String(err);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** Reads one file into a RawEntry, or reports why it cannot be read. */
function readEntry(root: string, abs: string, collection: string, spec: CollectionSpec, folder?: string): RawEntry | ContentError {
  const file = relative(root, abs);
  const ext = extname(abs);
  const base = abs.slice(abs.lastIndexOf('/') + 1, abs.length - ext.length);
  if (ext === '.mdx' && collection !== 'methodology') {
    return { file, field: '', message: 'формат MDX разрешён только в content/methodology/ (MDX — это программный код). Сохраните файл как обычный Markdown с расширением .md.' };
  }
  if (!spec.extensions.includes(ext)) {
    return { file, field: '', message: `в этой папке ожидаются файлы ${spec.extensions.join(', ')}, а у этого файла расширение «${ext || 'нет'}». Переименуйте или удалите его.` };
  }
  if (!spec.single && !(spec.idPattern ?? ID_PATTERN).test(base)) {
    return { file, field: '', message: `имя файла «${base}» не подходит: используйте строчные латинские буквы, цифры и дефис (оно становится адресом страницы).` };
  }
  const size = statSync(abs).size;
  if (size > MAX_FILE_BYTES) {
    return { file, field: '', message: `файл слишком большой (${(size / 1e6).toFixed(1)} МБ при пределе ${MAX_FILE_BYTES / 1e6} МБ). Разделите содержимое или вынесите большие материалы в отдельные документы.` };
  }
  const text = readFileSync(abs, 'utf8');
  const hidden = hiddenCharacterProblem(text);
  if (hidden) return { file, field: '', message: hidden };
  try {
    const { data, body } = ext === '.yaml' ? { data: parseYaml(text), body: undefined } : parseFrontmatter(text);
    if (hasSharedNodes(data)) {
      return { file, field: '', message: 'в файле используются якоря и ссылки YAML (& и *). Они не поддерживаются: запишите значения полностью.' };
    }
    if (body !== undefined) {
      // Checked before Astro renders the body: such text crashes or stalls the Markdown renderer.
      const firstLine = text.slice(0, text.length - body.length).split('\n').length;
      const problem = markdownProblem(body, firstLine) ?? externalImageProblem(body, firstLine);
      if (problem) return { file, field: '', message: problem };
    }
    return { collection, id: base, folder, file, data, body };
  } catch (err) {
    return { file, field: '', message: yamlProblem(err) };
  }
}

/** Reads every content file under `root/content` (or `contentDir`), reporting files it cannot read. */
export function loadContent(root: string, contentDir = join(root, 'content')): { entries: RawEntry[]; errors: ContentError[] } {
  const entries: RawEntry[] = [];
  const errors: ContentError[] = [];
  const push = (r: RawEntry | ContentError) => ('collection' in r ? entries.push(r) : errors.push(r));
  const known = new Set(Object.values(COLLECTIONS).map((s) => s.path));

  if (!existsSync(contentDir)) {
    errors.push({ file: relative(root, contentDir) || '.', field: '', message: 'папка с содержимым не найдена. Укажите существующую папку.' });
    return { entries, errors };
  }
  for (const name of listFiles(contentDir)) {
    if (!known.has(name) && !name.startsWith('.')) {
      errors.push({ file: relative(root, join(contentDir, name)), field: '', message: `неизвестная папка или файл. Допустимые: ${[...known].join(', ')}.` });
    }
  }
  for (const [collection, spec] of Object.entries(COLLECTIONS) as [string, CollectionSpec][]) {
    const path = join(contentDir, spec.path);
    if (!existsSync(path)) continue;
    if (spec.single) {
      push(readEntry(root, path, collection, spec));
      continue;
    }
    for (const name of listFiles(path)) {
      if (name.startsWith('.')) continue;
      const abs = join(path, name);
      if (statSync(abs).isDirectory()) {
        if (!spec.byMunicipality) {
          errors.push({ file: relative(root, abs), field: '', message: 'вложенные папки здесь не предусмотрены. Переместите файлы на уровень выше.' });
          continue;
        }
        for (const inner of listFiles(abs)) {
          if (inner.startsWith('.')) continue;
          const innerAbs = join(abs, inner);
          if (statSync(innerAbs).isDirectory()) {
            errors.push({ file: relative(root, innerAbs), field: '', message: 'слишком глубокая вложенность папок. Файлы лежат в папке муниципалитета.' });
          } else {
            push(readEntry(root, innerAbs, collection, spec, name));
          }
        }
      } else if (spec.byMunicipality) {
        errors.push({ file: relative(root, abs), field: '', message: `файл лежит вне папки муниципалитета. Переместите его в content/${spec.path}/<муниципалитет>/${name}.` });
      } else {
        push(readEntry(root, abs, collection, spec));
      }
    }
  }
  return { entries, errors };
}
