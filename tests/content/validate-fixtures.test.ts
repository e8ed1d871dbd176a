/**
 * The content validator on tests/fixtures/invalid: a small valid content folder plus many files that
 * each break one thing. A broken file declares what the validator must say about it with lines
 *   # expect: <field path, empty for the whole file> :: <fragment of the message>
 * (in the YAML, or inside the Markdown frontmatter). Files without such lines are the valid base.
 * See tests/fixtures/README.md.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFICIT_COUNT, DIRECTION_CODES, ROLES } from '../../src/data/lists.ts';
import { formatError, type ContentError } from '../../src/lib/content-errors.ts';
import { validateContent } from '../../src/validation/validate.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = 'tests/fixtures/invalid';
const NODE = join(root, 'node_modules/node/bin/node');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = join(dir, name);
      return statSync(abs).isDirectory() ? walk(abs) : [relative(root, abs)];
    });
}

interface Expectation {
  field: string;
  fragment: string;
}

function expectationsOf(file: string, kind: 'expect' | 'warn' = 'expect'): Expectation[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(new RegExp(`^# ${kind}: (.*?) ?:: (.+?)\\s*$`, 'gm'))].map((m) => ({ field: m[1].trim(), fragment: m[2] }));
}

const files = walk(join(root, FIXTURES));
const expected = new Map(files.map((f) => [f, expectationsOf(f)] as const));
const invalidFiles = files.filter((f) => expected.get(f)!.length > 0);
const validFiles = files.filter((f) => expected.get(f)!.length === 0);

/** Problems the completeness check reports about the folders of the fixture (it has 3 of 11 roles, 4 of 10 directions). */
const folderErrors: [string, Expectation][] = [
  [`${FIXTURES}/roles`, { field: '', fragment: 'нет описаний ролей: regional-center, rma, rkc, mkc, municipal-coordinator, school-coordinator, partner-school, teacher.' }],
  [`${FIXTURES}/directions`, { field: '', fragment: 'нет описаний направлений: R05, R06, R07, R08, R09, R10.' }],
];

/** What the brief and DESIGN.md require the fixtures to cover (path under the fixture folder). */
const COVERAGE: Record<string, string> = {
  'roadmap: missing required field': 'roadmaps/fix/rm-missing-goal-2025.yaml',
  'roadmap → missing school': 'roadmaps/fix/rm-unknown-school-2025.yaml',
  'activity → missing task': 'roadmaps/fix/rm-activity-unknown-task-2025.yaml',
  'activity → missing indicator': 'roadmaps/fix/rm-activity-unknown-indicator-2025.yaml',
  'activity → missing measure': 'roadmaps/fix/rm-activity-unknown-measure-2025.yaml',
  'task without activity': 'roadmaps/fix/rm-task-without-activity-2025.yaml',
  'chosen direction without task': 'roadmaps/fix/rm-direction-without-task-2025.yaml',
  'activity without responsible': 'roadmaps/fix/rm-activity-without-responsible-2025.yaml',
  'activity without end': 'roadmaps/fix/rm-activity-without-end-2025.yaml',
  'activity without indicator and expectedResult': 'roadmaps/fix/rm-activity-without-indicator-and-result-2025.yaml',
  'activity start > end': 'roadmaps/fix/rm-start-after-end-2025.yaml',
  'activity outside period': 'roadmaps/fix/rm-activity-outside-period-2025.yaml',
  'indicator without baseline': 'roadmaps/fix/rm-indicator-without-baseline-2025.yaml',
  'indicator without target': 'roadmaps/fix/rm-indicator-without-target-2025.yaml',
  'approval.status ≠ last history entry': 'roadmaps/fix/rm-status-not-last-history-2025.yaml',
  'returned without comment': 'roadmaps/fix/rm-returned-without-comment-2025.yaml',
  'returned with a comment under 10 characters': 'roadmaps/fix/rm-returned-short-comment-2025.yaml',
  'two roadmaps for one school and year': 'roadmaps/fix/rm-duplicate-second-2025.yaml',
  'low significance without justification': 'roadmaps/fix/rm-low-significance-without-justification-2025.yaml',
  'direction absent from profile without justification': 'roadmaps/fix/rm-direction-not-in-profile-2025.yaml',
  'file name not <school>-<year>': 'roadmaps/fix/rm-wrong-file-name.yaml',
  'roadmap in another municipality folder': 'roadmaps/other-municipality/rm-wrong-folder-2025.yaml',
  'date 2025-13-01': 'roadmaps/fix/rm-bad-date-month-2025.yaml',
  'date 2025-02-30': 'roadmaps/fix/rm-bad-date-day-2025.yaml',
  'date not in ISO form': 'practices/bad-date-format.md',
  'school → municipality': 'schools/no-such-municipality/unknown-municipality.yaml',
  'school → partnerSchool': 'schools/fix/unknown-partner-school.yaml',
  'practice → measure': 'practices/unknown-measure.md',
  'practice → municipality': 'practices/unknown-municipality.md',
  'municipality.highRiskSchools → school': 'municipalities/unknown-high-risk-school.yaml',
  'settings: missing required field': 'settings/missing-title.yaml',
  'methodology: missing required field': 'methodology/missing-title.mdx',
  'roles: missing required field': 'roles/mouo.yaml',
  'directions: missing required field': 'directions/R03.yaml',
  'deficits: missing required field': 'deficits.yaml',
  'measures: missing required field': 'measures/missing-purpose.md',
  'practices: missing required field': 'practices/missing-organisation.md',
  'templates: missing required field': 'templates/missing-sections.yaml',
  'calendar: missing required field': 'calendar/2026.yaml',
  'municipalities: missing required field': 'municipalities/missing-programme.yaml',
  'schools: missing required field': 'schools/fix/missing-curator.yaml',
  '.mdx outside methodology': 'measures/mdx-outside-methodology.mdx',
  'YAML syntax error': 'municipalities/yaml-syntax-error.yaml',
  'duplicate key': 'templates/duplicate-key.yaml',
  'unknown field (top level)': 'measures/unknown-field.md',
  'unknown field (nested)': 'roadmaps/fix/rm-unknown-field-2025.yaml',
  'wrong enum value': 'measures/wrong-enum-level.md',
  'reviewed measure without review date and role': 'measures/reviewed-without-date.md',
  'wrong enum value (nested)': 'schools/fix/wrong-enum-significance.yaml',
  'wrong type': 'schools/fix/wrong-type-project500.yaml',
  'empty required list': 'measures/empty-steps.md',
  'role file not in the role list': 'roles/not-a-role.yaml',
  'direction code ≠ file name': 'directions/R04.yaml',
  'school file outside a municipality folder': 'schools/not-in-folder.yaml',
  'municipal roadmap: term missing, day that does not exist, not a date, no executor': 'municipal-roadmaps/fix-2024.yaml',
  'municipal roadmap → school, return without comment': 'municipal-roadmaps/fix-2023.yaml',
  'municipal roadmap: file name ≠ <municipality>-<year>, term of another year': 'municipal-roadmaps/fix-2022.yaml',
  'municipal roadmap → municipality': 'municipal-roadmaps/net-takogo-2025.yaml',
  'programme: name or phone of a coordinator or head without consent': 'municipalities/contact-without-consent.yaml',
  'programme: term missing or reversed, deficit outside 1–17, monitoring datum → school': 'municipalities/bad-programme-terms.yaml',
  'programme: low-result school not in «500+»': 'municipalities/not-500.yaml',
  'calendar: differsFrom → event, snapshot twice, event without source': 'calendar/2027.yaml',
  'approval: draft → approved': 'roadmaps/fix/rm-draft-to-approved-2025.yaml',
  'approval: approved → submitted without a return': 'roadmaps/fix/rm-approved-to-submitted-2025.yaml',
  'approval: steps out of date order': 'roadmaps/fix/rm-history-dates-out-of-order-2025.yaml',
  'evidence: accepted, then returned (evidence cycle)': 'roadmaps/fix/rm-evidence-returned-after-accepted-2025.yaml',
  'evidence: neither file nor link': 'roadmaps/fix/rm-evidence-without-file-or-url-2025.yaml',
  'evidence: both file and link': 'roadmaps/fix/rm-evidence-file-and-url-2025.yaml',
  'evidence: file missing on disk': 'roadmaps/fix/rm-evidence-missing-file-2025.yaml',
  'evidence: forbidden file type': 'roadmaps/fix/rm-evidence-svg-2025.yaml',
  'evidence: file of another school': 'roadmaps/fix/rm-evidence-other-school-2025.yaml',
  'evidence: path outside the uploads': 'roadmaps/fix/rm-evidence-bad-path-2025.yaml',
  'thread: comments out of date order': 'roadmaps/fix/rm-thread-out-of-order-2025.yaml',
  'roadmap directions ≠ self-diagnosis': 'roadmaps/fix/rm-directions-differ-from-self-diagnosis-2025.yaml',
  'self-diagnosis: risk of the profile not assessed': 'self-diagnoses/fix/sd-unassessed-risk-2025.yaml',
  'self-diagnosis: direction chosen without a confirmed risk': 'self-diagnoses/fix/sd-direction-not-confirmed-2025.yaml',
  'self-diagnosis: risk not in the profile': 'self-diagnoses/fix/sd-risk-not-in-profile-2025.yaml',
  'self-diagnosis → missing school': 'self-diagnoses/fix/sd-unknown-school-2025.yaml',
  'calendar: two events mark the same review deadline': 'calendar/2029.yaml',
};

const { errors, warnings } = validateContent(root, join(root, FIXTURES));
const lines = errors.map(formatError);
const errorsOf = (file: string) => errors.filter((e) => e.file === file);
const matches = (e: ContentError, x: Expectation) => e.field === x.field && e.message.includes(x.fragment);

describe('validator on tests/fixtures/invalid', () => {
  it('has a valid base and at least 24 broken files', () => {
    expect(invalidFiles.length).toBeGreaterThanOrEqual(24);
    for (const base of ['settings/site.yaml', 'roles/curator.yaml', 'directions/R01.yaml', 'measures/mera-alfa.md',
      'municipalities/fix.yaml', 'schools/fix/sosh-1.yaml', 'schools/fix/sosh-2.yaml', 'roadmaps/fix/sosh-1-2025.yaml', 'self-diagnoses/fix/sosh-1-2025.yaml']) {
      expect(validFiles).toContain(`${FIXTURES}/${base}`);
    }
  });

  it.each(Object.entries(COVERAGE))('covers %s', (_, path) => {
    expect(invalidFiles).toContain(`${FIXTURES}/${path}`);
  });

  it.each(invalidFiles)('reports %s with the expected field and message, and nothing else', (file) => {
    const found = errorsOf(file);
    const wanted = expected.get(file)!;
    for (const x of wanted) {
      expect(found.some((e) => matches(e, x)), `${file}: no error on field «${x.field}» containing «${x.fragment}»; got:\n${found.map(formatError).join('\n')}`).toBe(true);
    }
    const unexpected = found.filter((e) => !wanted.some((x) => matches(e, x)));
    expect(unexpected.map(formatError)).toEqual([]);
  });

  it('reports nothing about the valid base files', () => {
    expect(errors.filter((e) => validFiles.includes(e.file)).map(formatError)).toEqual([]);
  });

  it('reports only the broken files and the incomplete roles/directions folders', () => {
    for (const [folder, x] of folderErrors) {
      expect(errorsOf(folder).map((e) => matches(e, x))).toEqual([true]);
    }
    const reported = [...new Set(errors.map((e) => e.file))].sort();
    expect(reported).toEqual([...invalidFiles, ...folderErrors.map(([f]) => f)].sort());
  });

  it('warns (without failing) about every deadline a file declares with «# warn:»', () => {
    const declared = files.flatMap((f) => expectationsOf(f, 'warn').map((x) => [f, x] as const));
    expect(declared.length).toBeGreaterThanOrEqual(3);
    for (const [file, x] of declared) {
      expect(warnings.some((w) => w.file === file && matches(w, x)), `${file}: no warning on «${x.field}» containing «${x.fragment}»`).toBe(true);
      expect(errorsOf(file)).toEqual([]);
    }
    for (const w of warnings) expect(w.message).toMatch(/приходится на .+\. Если документ-источник не требует именно этот день, перенесите срок на рабочий день \(ближайший раньше — \d\d\.\d\d\.\d{4}\)\.$/);
  });

  it('keeps the whole wording', () => {
    expect(lines.join('\n')).toMatchSnapshot();
  });

  it('formats representative messages', () => {
    const line = (path: string, field?: string) => {
      const found = errors.filter((e) => e.file === `${FIXTURES}/${path}` && (field === undefined || e.field === field));
      expect(found).toHaveLength(1);
      return formatError(found[0]);
    };
    expect(line('roadmaps/fix/rm-bad-date-day-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-bad-date-day-2025.yaml, поле period.end: дата 2025-02-30 не существует. Укажите дату в формате ГГГГ-ММ-ДД."`);
    expect(line('roadmaps/fix/rm-returned-without-comment-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-returned-without-comment-2025.yaml, поле approval.history[1].comment: возврат на доработку без комментария (или комментарий короче 10 символов). Напишите, что именно нужно изменить."`);
    expect(line('measures/mdx-outside-methodology.mdx')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/measures/mdx-outside-methodology.mdx: формат MDX разрешён только в content/methodology/ (MDX — это программный код). Сохраните файл как обычный Markdown с расширением .md."`);
    expect(line('roadmaps/fix/rm-activity-unknown-measure-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-activity-unknown-measure-2025.yaml, поле activities[0].measure: мера «net-takoy-mery» не найдена в каталоге. Укажите идентификатор из content/measures/ или удалите поле."`);
    expect(line('roadmaps/fix/rm-draft-to-approved-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-draft-to-approved-2025.yaml, поле approval.history[1].status: переход «Черновик» (draft) → «Согласована» (approved) не допускается. Из статуса «Черновик» (draft) можно перейти только в «На согласовании» (submitted)."`);
    expect(line('roadmaps/fix/rm-approved-to-submitted-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-approved-to-submitted-2025.yaml, поле approval.history[2].status: переход «Согласована» (approved) → «На согласовании» (submitted) не допускается. Из статуса «Согласована» (approved) можно перейти только в «Реализуется» (in_progress)."`);
    expect(line('roadmaps/fix/rm-history-dates-out-of-order-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-history-dates-out-of-order-2025.yaml, поле approval.history[2].date: дата 2025-02-12 раньше предыдущей записи (2025-02-14). Записи истории идут по порядку дат."`);
    expect(line('roadmaps/fix/rm-evidence-returned-after-accepted-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-evidence-returned-after-accepted-2025.yaml, поле activities[0].evidence[0].approval.history[2].status: переход «Принято» (approved) → «Возвращено на доработку» (returned) не допускается. Статус «Принято» (approved) последний: после него шагов не бывает."`);
    expect(line('roadmaps/fix/rm-missing-goal-2025.yaml')).toMatchInlineSnapshot(`"Файл tests/fixtures/invalid/roadmaps/fix/rm-missing-goal-2025.yaml, поле goal: обязательное поле не заполнено. Заполните его."`);
  });

  it('names every error in the form «Файл <path>, поле <field>: <what>. <what to do>.»', () => {
    for (const e of errors) {
      expect(e.file.startsWith(FIXTURES)).toBe(true);
      expect(e.message).toMatch(/^\S.*\. .+\.$/s);
    }
  });
});

describe('npm run validate (the CLI)', () => {
  it('exits with 1 and lists every broken file', () => {
    const run = spawnSync(NODE, ['scripts/validate.ts', '--content', FIXTURES], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const output = run.stdout + run.stderr;
    for (const file of invalidFiles) expect(output).toContain(`Файл ${file}`);
    for (const l of lines) expect(output).toContain(l);
    expect(output).toContain(`найдено ошибок — ${errors.length} в файлах: ${new Set(errors.map((e) => e.file)).size}.`);
  });

  describe('on a copy of the valid base only', () => {
    const copy = mkdtempSync(join(tmpdir(), 'shnor-valid-base-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), text);
    };
    for (const file of validFiles) {
      const path = relative(join(root, FIXTURES), join(root, file));
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      copyFileSync(join(root, file), join(copy, path));
    }
    // The fixture has only some roles and directions, and its one deficits file is the broken one:
    // complete the copy from the base files so that the completeness check is satisfied.
    const role = readFileSync(join(root, FIXTURES, 'roles/curator.yaml'), 'utf8');
    for (const id of Object.keys(ROLES)) if (!validFiles.includes(`${FIXTURES}/roles/${id}.yaml`)) put(`roles/${id}.yaml`, role);
    const direction = readFileSync(join(root, FIXTURES, 'directions/R01.yaml'), 'utf8');
    for (const code of DIRECTION_CODES) {
      if (!validFiles.includes(`${FIXTURES}/directions/${code}.yaml`)) put(`directions/${code}.yaml`, direction.replace('code: R01', `code: ${code}`));
    }
    // The helper school schools/not-500/ belongs to a broken municipality file: give the copy a valid one.
    put('municipalities/not-500.yaml', 'name: Вымышленный район\ncoordinatorOrg: Центр\nyear: 2025\nprogramme:\n  components: [Диагностика.]\n  events: [{ title: Совещание, when: { from: 2025-02 } }]\n  diagnosticsPeriod: { start: 2025-01-13, end: 2025-01-31 }\n  tasks: [Задача.]\n  monitoring: [{ element: Карты, sources: [отчёты] }]\n  coordinatorSupport: [{ text: Консультации. }]\n');
    put('deficits.yaml', `deficits:\n${Array.from({ length: DEFICIT_COUNT }, (_, i) => `  - number: ${i + 1}\n    title: Вымышленный дефицит № ${i + 1}\n`).join('')}`);

    it('finds no error in process', () => {
      expect(validateContent(root, copy).errors.map(formatError)).toEqual([]);
    });

    it('exits with 0', () => {
      const run = spawnSync(NODE, ['scripts/validate.ts', '--content', copy], { cwd: root, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Проверка содержимого: ошибок нет');
      expect(run.status).toBe(0);
    });
  });
});
