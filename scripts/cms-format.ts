/**
 * npm run cms:format [-- --check] [-- --content path/]
 * Rewrites content files into the form the CMS writes (keys in schema order, no "" / [] noise,
 * plain dates, the project's YAML style), so that saving an unchanged entry in the CMS changes
 * nothing in Git. With --check it only lists the files that differ and exits with 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectionShapes } from '../cms/collections.ts';
import { parseFile, serializeFile } from '../cms/format.ts';
import type { EditableCollection } from '../cms/labels.ts';
import { loadContent } from '../src/validation/load.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const at = args.indexOf('--content');
const root = process.cwd();
const contentDir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : resolve(root, process.env.SHNOR_CONTENT ?? 'content');

const shapes = collectionShapes();
const { entries } = loadContent(root, contentDir);
const changed: string[] = [];
const editable = entries.filter((e) => e.collection !== 'methodology');
for (const entry of editable) {
  const shape = shapes[entry.collection as EditableCollection];
  const path = join(root, entry.file);
  const text = readFileSync(path, 'utf8');
  const canonical = serializeFile(parseFile(text, shape.markdown), shape);
  if (canonical === text) continue;
  changed.push(entry.file);
  if (!check) writeFileSync(path, canonical);
}

if (!changed.length) console.log(`Файлы содержимого уже в том виде, в каком их сохраняет CMS (проверено: ${editable.length}).`);
else if (check) {
  console.error(`Не в том виде, в каком их сохраняет CMS (${changed.length}):\n${changed.map((f) => `  ${f}`).join('\n')}\nВыполните npm run cms:format.`);
  process.exit(1);
} else console.log(`Приведено к виду CMS: ${changed.length}\n${changed.map((f) => `  ${f}`).join('\n')}`);
