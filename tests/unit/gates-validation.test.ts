/**
 * Hostile content that must not reach a build: each case is the valid base plus hostile files, and
 * the validator must refuse it with a Russian message that names the file and says what to do.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { formatError } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { assemble, type TestSite } from '../fixtures/hostile/assemble.ts';

let site: TestSite | undefined;
afterEach(() => site?.remove());

/** Validates base + overlay (+ generated files) and returns the error lines. */
function errorsOf(overlay?: string, files: Record<string, string | Buffer> = {}): string[] {
  site = assemble(overlay ? [`rejected/${overlay}`] : []);
  for (const [path, text] of Object.entries(files)) site.write(path, text);
  return validateContent(site.root, site.content).errors.map(formatError);
}

/** A valid measure with the given body (and title). */
function measure(body: string, title = 'Мера'): string {
  return `---
title: ${title}
directions: [R06]
level: school
educationLevels: [ooo]
purpose: Цель.
steps: [Шаг.]
successCriteria: [Критерий.]
indicators: [{ name: Показатель, unit: "%", howMeasured: анкета }]
evidenceExamples: [Пример.]
responsibleRoles: [curator]
typicalDuration: год
source: { kind: example, title: Пример, year: 2025 }
review: { status: draft }
---

${body}
`;
}

describe('hostile content is refused with a clear Russian message', () => {
  it('the base alone is valid', () => {
    expect(errorsOf()).toEqual([]);
  });

  it('YAML bombs: anchors and aliases', () => {
    const errors = errorsOf('yaml-bomb');
    expect(errors).toContain('Файл content/measures/laughs.md: в файле используются якоря и ссылки YAML (& и *). Они не поддерживаются: запишите значения полностью.');
    expect(errors).toContain('Файл content/schools/m1/bomb.yaml: в файле используются якоря и ссылки YAML (& и *). Они не поддерживаются: запишите значения полностью.');
  });

  it('YAML nested thousands of levels deep', () => {
    const errors = errorsOf(undefined, { 'templates/deep.yaml': `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
    expect(errors.join('\n')).toMatch(/^Файл content\/templates\/deep\.yaml: ошибка в разметке YAML в строке 1, позиция \d+: слишком глубокая вложенность полей \(больше 100 уровней\)\. Проверьте отступы/m);
  });

  it('type confusion: a number or an object where text or a list is expected', () => {
    const errors = errorsOf('type-confusion');
    expect(errors).toContain('Файл content/measures/number-title.md, поле title: ожидается текст, а указано: число 12345. Исправьте значение.');
    expect(errors).toContain('Файл content/measures/object-steps.md, поле steps: ожидается список, а указано: набор полей. Исправьте значение.');
    expect(errors).toContain('Файл content/schools/m1/bool-consent.yaml, поле curator.consentToPublish: ожидается да/нет (true или false), а указано: текст «yes». Исправьте значение.');
    expect(errors).toContain('Файл content/schools/m1/bool-consent.yaml, поле riskProfile: ожидается список, а указано: текст «нет». Исправьте значение.');
  });

  it('duplicate keys', () => {
    expect(errorsOf('duplicate-keys')).toContain(
      'Файл content/measures/twice.md: ошибка в разметке YAML в строке 3, позиция 1: одно и то же поле указано дважды. Проверьте отступы, двоеточия и кавычки.',
    );
  });

  it('path-abusing, uppercase and non-Latin file and folder names', () => {
    const errors = errorsOf('file-names');
    for (const name of ['%2e%2e', 'Evil', 'a b', 'мера']) {
      expect(errors).toContain(`Файл content/measures/${name}.md: имя файла «${name}» не подходит: используйте строчные латинские буквы, цифры и дефис (оно становится адресом страницы).`);
    }
    expect(errors).toContain('Файл content/schools/M1/s9.yaml, поле municipality: муниципалитет «m1» не совпадает с папкой «M1». Переместите файл в папку content/schools/m1/ или исправьте поле.');
  });

  it('path-abusing ids in references', () => {
    const errors = errorsOf('reference-paths');
    const slugError = (file: string, field: string, value: string) =>
      `Файл ${file}, поле ${field}: «${value}» не подходит как идентификатор. Используйте строчные латинские буквы, цифры и дефис.`;
    expect(errors).toContain(slugError('content/practices/paths.md', 'municipality', '%2e%2e'));
    expect(errors).toContain(slugError('content/practices/paths.md', 'measures[0]', '../../etc/passwd'));
    expect(errors).toContain(slugError('content/practices/paths.md', 'measures[1]', 'formiruyushchee-otsenivanie/../x'));
    expect(errors).toContain(slugError('content/practices/paths.md', 'measures[2]', 'Formiruyushchee-otsenivanie'));
    expect(errors).toContain(slugError('content/practices/paths.md', 'measures[3]', 'мера'));
    expect(errors).toContain(slugError('content/schools/m1/s9.yaml', 'municipality', '../m1'));
    expect(errors).toContain(slugError('content/schools/m1/s9.yaml', 'partnerSchool', 'S1'));
    expect(errors.join('\n')).toMatch(/content\/schools\/m1\/s9\.yaml, поле curator\.role: недопустимое значение «\.\.\/\.\.\/curator»/);
    expect(errors).toContain(slugError('content/roadmaps/m1/s1-2026.yaml', 'school', '../s1'));
    expect(errors).toContain(slugError('content/roadmaps/m1/s1-2026.yaml', 'activities[0].measure', '..%2fformiruyushchee-otsenivanie'));
  });

  it('javascript:, data: and quote-breaking URLs in link fields', () => {
    const errors = errorsOf('dangerous-urls');
    const bad = errors.filter((e) => e.startsWith('Файл content/measures/urls.md, поле resources['));
    expect(bad).toHaveLength(8);
    for (const e of bad) expect(e).toMatch(/поле resources\[\d\]\.url: «[^]*» — не адрес веб-страницы\. Укажите адрес, начинающийся с https:\/\//);
    expect(errors).toContain('Файл content/schools/m1/s9.yaml, поле siteUrl: «javascript:alert(document.cookie)» — не адрес веб-страницы. Укажите адрес, начинающийся с https:// (или путь на сайте, начинающийся с /).');
  });

  it('unknown fields such as onload', () => {
    expect(errorsOf('unknown-fields')).toContain('Файл content/measures/onload.md: неизвестное поле: onload. Проверьте написание или удалите.');
  });

  it('MDX (code) outside the trusted methodology', () => {
    expect(errorsOf('mdx')).toContain(
      'Файл content/measures/code.mdx: формат MDX разрешён только в content/methodology/ (MDX — это программный код). Сохраните файл как обычный Markdown с расширением .md.',
    );
  });

  it('a 5 MB file', () => {
    const errors = errorsOf(undefined, { 'measures/huge.md': measure('а'.repeat(2_500_000)) });
    expect(errors).toContain('Файл content/measures/huge.md: файл слишком большой (5.0 МБ при пределе 1 МБ). Разделите содержимое или вынесите большие материалы в отдельные документы.');
  });

  it('10,000 nested quotes or lists, thousands of nested emphasis marks', () => {
    const errors = errorsOf(undefined, {
      'measures/quotes.md': measure(`${'>'.repeat(10_000)} текст`),
      'measures/lists.md': measure(`${'- '.repeat(10_000)}пункт`),
      'measures/mixed.md': measure(`${'- > '.repeat(5_000)}пункт`),
      'measures/indented.md': measure(Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- пункт`).join('\n')),
      'measures/emphasis.md': measure(`Начало.\n\n${'*а '.repeat(5_000)}x${' б*'.repeat(5_000)}`),
    });
    expect(errors).toContain('Файл content/measures/quotes.md: в строке 17 слишком глубокая вложенность списков или цитат (10000 уровней при пределе 20). Упростите структуру текста.');
    expect(errors).toContain('Файл content/measures/lists.md: в строке 17 слишком глубокая вложенность списков или цитат (10000 уровней при пределе 20). Упростите структуру текста.');
    expect(errors).toContain('Файл content/measures/mixed.md: в строке 17 слишком глубокая вложенность списков или цитат (10000 уровней при пределе 20). Упростите структуру текста.');
    expect(errors).toContain('Файл content/measures/indented.md: в строке 37 слишком глубокая вложенность списков или цитат (21 уровней при пределе 20). Упростите структуру текста.');
    expect(errors).toContain('Файл content/measures/emphasis.md: в абзаце со строки 19 слишком много символов «*», «_» и «[» (больше 1000): такой текст не удаётся обработать. Разбейте абзац или уберите лишнее оформление.');
  });

  it('ordinary nesting, emphasis and local images stay allowed', () => {
    const body = '> цитата\n>\n> - пункт\n>   1. подпункт\n\n**жирный** и *курсив*, ![схема](/images/scheme.png), [ссылка](https://example.org)';
    expect(errorsOf(undefined, { 'measures/ordinary.md': measure(body) })).toEqual([]);
  });

  it('control and bidi override characters', () => {
    const errors = errorsOf(undefined, {
      'measures/bidi.md': measure('Текст.', 'Отчёт \u202Efdp.exe'),
      'measures/isolate.md': measure('Текст \u2067скрытое\u2069.'),
      'measures/control.md': measure('Звонок\u0007 и нулевой символ\u0000.'),
      'schools/m1/s9.yaml': 'shortName: "Школа\\u202E"\nfullName: Полное название\nmunicipality: m1\nproject500: true\ncurator: { role: curator, consentToPublish: false }\n',
    });
    expect(errors).toContain('Файл content/measures/bidi.md: в строке 2, позиция 14 стоит невидимый символ смены направления текста (U+202E). Он искажает отображение текста; удалите его (такие символы обычно попадают при копировании).');
    expect(errors).toContain('Файл content/measures/isolate.md: в строке 17, позиция 7 стоит невидимый символ смены направления текста (U+2067). Он искажает отображение текста; удалите его (такие символы обычно попадают при копировании).');
    expect(errors).toContain('Файл content/measures/control.md: в строке 17, позиция 7 стоит невидимый управляющий символ (U+0007). Он искажает отображение текста; удалите его (такие символы обычно попадают при копировании).');
    // Escapes written in YAML are decoded after reading the file: the schema must still refuse them.
    expect(errors.join('\n')).toMatch(/content\/schools\/m1\/s9\.yaml, поле shortName: .*невидимый символ смены направления текста \(U\+202E\)/);
  });

  it('external images in Markdown bodies', () => {
    const errors = errorsOf('external-image');
    expect(errors).toContain('Файл content/measures/inline.md: в строке 33 картинка загружается с другого сайта (https://evil.example/pixel.png). Страницы сайта ничего не загружают с чужих сайтов: сохраните картинку в медиатеку и вставьте её оттуда.');
    expect(errors).toContain('Файл content/measures/reference.md: в строке 31 картинка загружается с другого сайта (//evil.example/scheme.png). Страницы сайта ничего не загружают с чужих сайтов: сохраните картинку в медиатеку и вставьте её оттуда.');
  });
});
