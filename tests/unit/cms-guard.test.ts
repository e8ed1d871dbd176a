/**
 * The rules of the editing guard (cms/guard.ts) on request bodies: the action list matches what the
 * bundled admin sends and decap-server implements, and every path, name and upload is checked.
 * The HTTP rules (Host, Origin, token, Content-Type) are tested against a running backend in
 * tests/e2e/cms-guard.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, bodyProblem, pathProblem } from '../../cms/guard.ts';

const BRANCH = 'main';
const b64 = (bytes: number[] | string) => Buffer.from(typeof bytes === 'string' ? bytes : Uint8Array.from(bytes)).toString('base64');
const PNG = b64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const PDF = b64('%PDF-1.7\n%âãÏÓ\n');
const problem = (action: string, params: Record<string, unknown>) => bodyProblem({ action, params: { branch: BRANCH, ...params } }, BRANCH);
const media = (path: string, content = PNG) => problem('persistMedia', { asset: { path, content, encoding: 'base64' }, options: { commitMessage: 'x' } });
const entry = (path: string, extra: Record<string, unknown> = {}) =>
  problem('persistEntry', { dataFiles: [{ slug: 'mera', path, raw: 'title: x\n', ...extra }], assets: [], options: { collectionName: 'measures', commitMessage: 'x', useWorkflow: true, status: 'draft' } });

describe('guard: actions', () => {
  it('allows exactly the actions the bundled admin sends that decap-server implements, and Decap\'s «info» probe', () => {
    const proxy = readFileSync('node_modules/decap-cms-backend-proxy/dist/esm/implementation.js', 'utf8');
    const sent = new Set([...proxy.matchAll(/action: '(\w+)'/g)].map((m) => m[1]));
    const server = readFileSync('node_modules/decap-server/dist/middlewares.js', 'utf8');
    const implemented = JSON.parse(/\["info","entriesByFolder"[^\]]*\]/.exec(server)![0]) as string[];
    const expected = ['info', ...implemented.filter((a) => sent.has(a))];
    expect(Object.keys(ACTIONS).sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(['unpublishedEntries', 'updateUnpublishedEntryStatus', 'publishUnpublishedEntry', 'persistMedia', 'getMedia']));
  });

  it.each([['deleteFile'], ['addNote'], ['getNotes'], ['runGit'], [undefined]])('refuses the action %s', (action) => {
    expect(bodyProblem({ action, params: { branch: BRANCH, path: 'content/measures/x.md' } }, BRANCH)).toMatch(/не входит в список разрешённых/);
  });

  it('refuses bodies that are not objects, and another branch', () => {
    expect(bodyProblem([{ action: 'info' }], BRANCH)).toMatch(/не объект JSON/);
    expect(bodyProblem('info', BRANCH)).toMatch(/не объект JSON/);
    expect(bodyProblem({ action: 'info' }, BRANCH)).toBeUndefined();
    expect(bodyProblem({ action: 'unpublishedEntries', params: { branch: 'other' } }, BRANCH)).toMatch(/ветка "other" не та, что редактируется \(main\)/);
    expect(bodyProblem({ action: 'unpublishedEntries', params: {} }, BRANCH)).toMatch(/ветка undefined/);
    for (const params of [undefined, null, 'main', ['main']]) expect(bodyProblem({ action: 'getEntry', params }, BRANCH)).toMatch(/нет параметров запроса/);
  });
});

describe('guard: paths', () => {
  it.each([
    ['.git/hooks/post-commit', /скрытый файл/],
    ['.git/config', /скрытый файл/],
    ['content/.env.yaml', /скрытый файл/],
    ['astro.config.mjs', /вне content/],
    ['package.json', /вне content/],
    ['src/pages/index.astro', /вне content/],
    ['scripts/cms.ts', /вне content/],
    ['.ci/run', /скрытый файл/],
    ['../outside.yaml', /«\.\.»/],
    ['content/../package.json', /«\.\.»/],
    ['content/./measures/x.md', /недопустим/],
    ['content//measures/x.md', /недопустим/],
    ['/etc/passwd', /абсолютный путь/],
    ['content\\..\\package.json', /обратную косую черту/],
    ['content/measures/x.md\u0000.png', /управляющие символы/],
    ['content/methodology/intro.mdx', /content\/methodology/],
    ['content/Methodology/intro.yaml', /content\/methodology/],
    ['content/measures/x.mdx', /не файл записи/],
    ['content/measures/x.astro', /не файл записи/],
    ['public/uploads/x.md', /вне content/],
    ['', /не указан/],
  ])('refuses the entry path %j', (path, reason) => {
    expect(entry(path)).toMatch(reason);
    expect(problem('getEntry', { path })).toMatch(reason);
  });

  it('accepts entry files under content/ outside methodology', () => {
    for (const path of ['content/measures/mera.md', 'content/roadmaps/zarechnyy/sosh-1-2025.yaml', 'content/deficits.yaml', 'content/settings/site.yml']) {
      expect(entry(path), path).toBeUndefined();
      expect(problem('getEntry', { path }), path).toBeUndefined();
    }
    expect(problem('entriesByFiles', { files: [{ path: 'content/settings/site.yaml' }] })).toBeUndefined();
    expect(problem('entriesByFiles', { files: [{ path: 'content/settings/site.yaml' }, { path: 'package.json' }] })).toMatch(/"package.json"/);
    expect(entry('content/measures/a.md', { newPath: 'content/measures/b.md' })).toBeUndefined();
    expect(entry('content/measures/a.md', { newPath: 'src/pages/x.md' })).toMatch(/"src\/pages\/x.md"/);
  });

  it('lists folders under content/ only, never content/methodology/ or the whole content/', () => {
    const list = (folder: string) => problem('entriesByFolder', { folder, extension: 'yaml', depth: 1 });
    expect(list('content/roadmaps/zarechnyy')).toBeUndefined();
    for (const folder of ['content/methodology', 'content', '.git', 'src', 'content/../.git']) expect(list(folder), folder).toBeDefined();
  });

  it('keeps media in the media folder and its subfolders', () => {
    expect(problem('getMedia', { mediaFolder: 'public/uploads' })).toBeUndefined();
    expect(problem('getMedia', { mediaFolder: 'public/uploads/shkoly/sosh-1' })).toBeUndefined();
    expect(problem('getMedia', { mediaFolder: 'public' })).toMatch(/вне папки загрузок public\/uploads\//);
    expect(problem('getMediaFile', { path: 'public/uploads/shkoly/sosh-1/otchet.pdf' })).toBeUndefined();
    expect(problem('getMediaFile', { path: 'content/measures/x.md' })).toMatch(/вне папки загрузок/);
    expect(problem('getMediaFile', { path: 'public/uploads' })).toMatch(/вне папки загрузок/);
    expect(problem('deleteFiles', { paths: ['public/uploads/a.png', 'content/measures/x.md'], options: { commitMessage: 'x' } })).toBeUndefined();
    expect(problem('deleteFiles', { paths: ['public/uploads/a.png', 'astro.config.mjs'], options: { commitMessage: 'x' } })).toMatch(/astro\.config\.mjs/);
    expect(problem('deleteFiles', { paths: [], options: { commitMessage: 'x' } })).toMatch(/не указан/);
    expect(problem('deleteFiles', { paths: 'package.json', options: { commitMessage: 'x' } })).toMatch(/не указан/);
  });
});

describe('guard: names', () => {
  it.each([
    ['collection', '../x'],
    ['collection', 'a/b'],
    ['slug', '..'],
    ['slug', '-delete'],
    ['slug', 'x.lock'],
    ['slug', 'a b'],
    ['collection', 7],
  ])('refuses %s %j', (key, value) => {
    expect(problem('deleteUnpublishedEntry', { collection: 'measures', slug: 'mera', [key]: value })).toMatch(/имя .* недопустимо/);
  });

  it('checks the collection and slug inside an entry id and in a saved entry', () => {
    expect(problem('unpublishedEntry', { id: 'measures/mera' })).toBeUndefined();
    expect(problem('unpublishedEntry', { id: 'measures/../../x' })).toMatch(/недопустимо/);
    expect(problem('persistEntry', { dataFiles: [{ slug: '../x', path: 'content/measures/x.md', raw: '' }], assets: [], options: { collectionName: 'measures' } })).toMatch(/недопустимо/);
    expect(problem('persistEntry', { dataFiles: [{ slug: 'x', path: 'content/measures/x.md', raw: '' }], assets: [], options: { collectionName: 'a/b' } })).toMatch(/недопустимо/);
    expect(problem('persistEntry', { entry: { slug: 'x', path: 'src/x.md', raw: '' }, dataFiles: [{ slug: 'x', path: 'content/measures/x.md', raw: '' }], assets: [], options: { collectionName: 'measures' } })).toMatch(/поле entry/);
  });
});

describe('guard: uploads', () => {
  it('accepts a PNG and a PDF in the media folder', () => {
    expect(media('public/uploads/foto.png')).toBeUndefined();
    expect(media('public/uploads/shkoly/sosh-1/otchet.pdf', PDF)).toBeUndefined();
  });

  it.each([
    ['public/uploads/x.svg', b64('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>'), /тип файла «\.svg» не принимается/],
    ['public/uploads/x.html', b64('<!doctype html><script>1</script>'), /тип файла «\.html» не принимается/],
    ['public/uploads/x.js', b64('fetch("/")'), /тип файла «\.js» не принимается/],
    ['public/uploads/x.pdf', b64('<!doctype html><script>1</script>'), /не похоже на PDF/],
    ['public/uploads/x.png', PDF, /не похоже на PNG/],
    ['public/uploads/x', PNG, /без расширения/],
  ])('refuses the upload %s', (path, content, reason) => {
    expect(media(path, content)).toMatch(reason);
  });

  it('refuses an upload over the size limit, not in base64, or outside the media folder', () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(media('public/uploads/big.pdf', big.toString('base64'))).toMatch(/больше предела/);
    expect(problem('persistMedia', { asset: { path: 'public/uploads/a.png', content: 'x', encoding: 'utf8' }, options: {} })).toMatch(/не в base64/);
    expect(media('content/measures/a.png')).toMatch(/вне папки загрузок/);
    expect(media('public/uploads/.htaccess.png')).toMatch(/скрытый файл/);
  });

  it('checks the assets saved with an entry too', () => {
    const withAsset = (path: string, content: string) =>
      problem('persistEntry', { dataFiles: [{ slug: 'x', path: 'content/measures/x.md', raw: '' }], assets: [{ path, content, encoding: 'base64' }], options: { collectionName: 'measures' } });
    expect(withAsset('public/uploads/a.png', PNG)).toBeUndefined();
    expect(withAsset('public/uploads/a.svg', b64('<svg/>'))).toMatch(/«\.svg»/);
    expect(withAsset('.git/hooks/post-commit', PNG)).toMatch(/скрытый файл/);
  });
});

describe('guard: pathProblem', () => {
  it('tells an entry path from a media path', () => {
    expect(pathProblem('file', 'public/uploads/a.pdf')).toBeUndefined();
    expect(pathProblem('file', 'content/a.yaml')).toBeUndefined();
    expect(pathProblem('file', 'public/index.html')).toBeDefined();
    expect(pathProblem('entry', 7)).toMatch(/не указан/);
  });
});
