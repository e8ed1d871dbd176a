/**
 * The fixed collections of a benchmark corpus (roles, directions, deficits, templates, calendar,
 * methodology): copied from the real content folder where a file passes its schema, generated
 * minimal-but-valid where the real one is missing (content may still be being written).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { DEFICIT_COUNT, DIRECTION_CODES, LEVELS, ROLES } from '../../src/data/lists.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { parseFrontmatter, parseYaml } from '../../src/validation/load.ts';

export interface StaticReport {
  copied: string[];
  generated: string[];
}

export function dumpYaml(data: unknown): string {
  // Dates are written plain (2025-01-15), as people and Decap write them.
  return yaml.dump(data, { lineWidth: -1, noRefs: true }).replace(/'(\d{4}-\d{2}-\d{2})'/g, '$1');
}

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** True when a file of the collection parses and passes its schema on its own. */
function passes(collection: keyof typeof COLLECTIONS, abs: string): boolean {
  try {
    const text = readFileSync(abs, 'utf8');
    const data = extname(abs) === '.yaml' ? parseYaml(text) : parseFrontmatter(text).data;
    return COLLECTIONS[collection].schema.safeParse(data).success;
  } catch {
    return false;
  }
}

/** MDX imports are relative to the file: point them at the original location. */
function fixMdxImports(text: string, from: string): string {
  return text.replace(/^(import\s[^'"\n]*from\s*['"])(\.{1,2}\/[^'"]+)(['"])/gm, (_, a, p, b) => a + resolve(dirname(from), p) + b);
}

function copyFolder(src: string, out: string, collection: keyof typeof COLLECTIONS, report: StaticReport): Set<string> {
  const ids = new Set<string>();
  const dir = join(src, COLLECTIONS[collection].path);
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (!(COLLECTIONS[collection].extensions as readonly string[]).includes(extname(name)) || !passes(collection, abs)) continue;
    let text = readFileSync(abs, 'utf8');
    if (extname(name) === '.mdx') text = fixMdxImports(text, abs);
    write(join(out, COLLECTIONS[collection].path, name), text);
    ids.add(name.slice(0, -extname(name).length));
    report.copied.push(`${COLLECTIONS[collection].path}/${name}`);
  }
  return ids;
}

const DIRECTION_TITLES = [
  'Низкий уровень оснащения школы', 'Дефицит педагогических кадров', 'Недостаточная предметная и методическая компетентность педагогических работников',
  'Риски низкой адаптивности учебного процесса', 'Несформированность внутришкольной системы повышения квалификации',
  'Высокая доля обучающихся с рисками учебной неуспешности', 'Низкое качество преодоления языковых и культурных барьеров',
  'Пониженный уровень качества школьной образовательной и воспитательной среды', 'Высокая доля обучающихся с ОВЗ',
  'Низкий уровень вовлечённости родителей',
];

function fallbackDirection(code: string, i: number) {
  return {
    code, title: DIRECTION_TITLES[i], shortTitle: DIRECTION_TITLES[i].split(' ').slice(0, 3).join(' '), order: i + 1,
    summary: `Описание направления ${code} для замеров: что означает риск и как школа его распознаёт.`,
    signals: ['Признак риска по данным диагностики.', 'Признак риска по результатам анкетирования.'],
    analysisSources: ['Контекстные данные ФИОКО', 'Анкетирование учителей'],
    legacyDeficits: [(i % DEFICIT_COUNT) + 1],
  };
}

function fallbackRole(id: keyof typeof ROLES, i: number) {
  const level: keyof typeof LEVELS = id === 'regional-center' || id === 'rma' ? 'region' : id === 'mouo' || id === 'municipal-coordinator' || id === 'curator' ? 'municipality' : 'school';
  return {
    title: ROLES[id], level, summary: `Роль «${ROLES[id]}» в программе (описание для замеров).`,
    functions: [{ text: 'Участвует в разработке и реализации дорожной карты школы.' }],
    contactFrequency: id === 'curator'
      ? [{ phase: 'Разработка документов', frequency: 'не реже 1 раза в неделю', maxIntervalDays: 7 }, { phase: 'Реализация мероприятий', frequency: 'не реже 1 раза в 4 недели', maxIntervalDays: 28 }]
      : [],
    inSystem: [], order: i + 1,
  };
}

/** Copies or generates every fixed collection into `out`; returns what was copied and generated. */
export function writeStaticCollections(src: string, out: string, year: number): StaticReport {
  const report: StaticReport = { copied: [], generated: [] };
  const gen = (rel: string, text: string) => {
    write(join(out, rel), text);
    report.generated.push(rel);
  };

  const roles = copyFolder(src, out, 'roles', report);
  Object.keys(ROLES).forEach((id, i) => {
    if (!roles.has(id)) gen(`roles/${id}.yaml`, dumpYaml(fallbackRole(id as keyof typeof ROLES, i)));
  });

  const deficitsFile = join(src, 'deficits.yaml');
  if (existsSync(deficitsFile) && passes('deficits', deficitsFile)) {
    write(join(out, 'deficits.yaml'), readFileSync(deficitsFile, 'utf8'));
    report.copied.push('deficits.yaml');
  } else {
    gen('deficits.yaml', dumpYaml({ deficits: Array.from({ length: DEFICIT_COUNT }, (_, i) => ({ number: i + 1, title: `Дефицит № ${i + 1} шаблона муниципальной программы (для замеров)` })) }));
  }

  const directions = copyFolder(src, out, 'directions', report);
  DIRECTION_CODES.forEach((code, i) => {
    if (!directions.has(code)) gen(`directions/${code}.yaml`, dumpYaml(fallbackDirection(code, i)));
  });

  if (!copyFolder(src, out, 'templates', report).size) {
    const section = (title: string, columns: string[] = []) => ({ title, hint: `Что написать в разделе «${title}».`, columns });
    gen('templates/programma-podderzhki.yaml', dumpYaml({ title: 'Муниципальная программа поддержки школ', purpose: 'Заполняет МОУО.', sections: [section('Цели и задачи'), section('План мероприятий', ['Мероприятие', 'Срок', 'Ответственный'])], order: 1 }));
    gen('templates/dorozhnaya-karta.yaml', dumpYaml({ title: 'Дорожная карта школы', purpose: 'Заполняет школа.', sections: [section('Цель'), section('Мероприятия', ['Мероприятие', 'Срок', 'Ответственный', 'Показатель'])], order: 2 }));
    gen('templates/samodiagnostika.yaml', dumpYaml({ title: 'Самодиагностика', purpose: 'Заполняет школа.', sections: [section('Рисковый профиль', ['Направление', 'Значимость'])], order: 3 }));
  }

  if (!copyFolder(src, out, 'calendar', report).size) {
    gen(`calendar/${year}.yaml`, dumpYaml({
      year,
      events: [
        { id: 'diagnostika', start: `${year}-01-20`, end: `${year}-02-07`, title: 'Диагностика факторов риска', level: 'regional', stage: 'organizational', source: 'Календарь для замеров', actions: [{ role: 'curator', text: 'Помогает школе заполнить анкету.' }] },
        { id: 'dorozhnye-karty', start: `${year}-02-10`, end: `${year}-03-14`, title: 'Разработка дорожных карт', level: 'school', stage: 'planning', source: 'Календарь для замеров', actions: [{ role: 'school-director', text: 'Утверждает дорожную карту.' }] },
        { id: 'realizatsiya', start: `${year}-03-17`, end: `${year}-12-19`, title: 'Реализация мер', level: 'school', stage: 'implementation', source: 'Календарь для замеров', actions: [] },
      ],
    }));
  }

  if (!copyFolder(src, out, 'methodology', report).size) {
    gen('methodology/o-programme.mdx', `---\ntitle: О программе\ndescription: Цель и задачи программы адресной методической помощи школам.\norder: 1\n---\n\nПрограмма помогает школам с низкими образовательными результатами.\n`);
  }
  return report;
}
