/**
 * The CI workflows that publish the site on push (GitHub Actions, Gitea and Forgejo Actions, GitLab CI)
 * are linted: valid YAML, triggered by a push to the content branch of the settings, every
 * `npm run X` they call exists in package.json, `npm install` and never `npm ci`, the whole Git
 * history fetched (for «История изменений»), and the deploy scripts they call exist and parse.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/validation/load.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const settings = parseYaml(readFileSync('content/settings/site.yaml', 'utf8')) as { cms: { branch: string } };
const ACTIONS = ['.github/workflows/publish.yml', '.gitea/workflows/publish.yml', '.forgejo/workflows/publish.yml'];
const GITLAB = '.gitlab-ci.yml';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Workflow = { on: { push?: { branches?: string[] } }; jobs: Record<string, { steps?: Step[] }> };
type GitlabCi = Record<string, unknown> & { variables: Record<string, string>; workflow: { rules: { if: string }[] } };

const load = <T>(path: string) => yaml.load(readFileSync(path, 'utf8')) as T;

/** Every shell command of a file: `run:` of the Actions steps, `script:` lines of GitLab jobs. */
function commands(path: string): string[] {
  if (path === GITLAB) {
    return Object.values(load<GitlabCi>(path)).flatMap((job) => ((job as { script?: string[] })?.script ?? []));
  }
  return Object.values(load<Workflow>(path).jobs).flatMap((job) => (job.steps ?? []).map((s) => s.run).filter((r): r is string => Boolean(r)));
}

const ALL = [...ACTIONS, GITLAB];

describe('publish-on-push workflows', () => {
  it.each(ALL)('%s exists and is valid YAML', (path) => {
    expect(existsSync(path)).toBe(true);
    expect(() => load(path)).not.toThrow();
  });

  it.each(ACTIONS)('%s runs on a push to the content branch of the settings', (path) => {
    const wf = load<Workflow>(path);
    expect(wf.on.push?.branches).toEqual([settings.cms.branch]);
  });

  it('GitLab CI runs on a push to CONTENT_BRANCH, which is the content branch of the settings', () => {
    const ci = load<GitlabCi>(GITLAB);
    expect(ci.variables.CONTENT_BRANCH).toBe(settings.cms.branch);
    expect(ci.workflow.rules.map((r) => r.if)).toContain('$CI_PIPELINE_SOURCE == "push" && $CI_COMMIT_BRANCH == $CONTENT_BRANCH');
  });

  it.each(ALL)('%s installs with npm install (never npm ci), builds, and calls only existing npm scripts', (path) => {
    const cmds = commands(path);
    expect(cmds.some((c) => /^npm install\b/.test(c))).toBe(true);
    expect(cmds.join('\n')).not.toMatch(/\bnpm ci\b/);
    expect(cmds).toContain('npm run build');
    for (const [, script] of cmds.join('\n').matchAll(/\bnpm run ([\w:-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(script);
  });

  it.each(ALL)('%s fetches the whole Git history, so that pages get their change history', (path) => {
    if (path === GITLAB) return expect(load<GitlabCi>(path).variables.GIT_DEPTH).toBe('0');
    const checkout = Object.values(load<Workflow>(path).jobs).flatMap((j) => j.steps ?? []).find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it.each(ALL)('%s publishes to the target chosen by DEPLOY_TARGET, with scripts that exist and parse', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('DEPLOY_TARGET');
    const scripts = [...commands(path).join('\n').matchAll(/\bsh (scripts\/deploy\/[\w.-]+\.sh)/g)].map((m) => m[1]);
    expect(scripts).toContain('scripts/deploy/rsync.sh');
    for (const script of scripts) {
      expect(existsSync(script)).toBe(true);
      expect(spawnSync('sh', ['-n', script]).status).toBe(0);
    }
  });

  it('publishes to the host’s Pages where it has them', () => {
    const gh = load<Workflow>(ACTIONS[0]);
    expect(Object.values(gh.jobs).flatMap((j) => j.steps ?? []).map((s) => s.uses?.split('@')[0])).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
    const ci = load<GitlabCi>(GITLAB) as Record<string, { artifacts?: { paths: string[] } }>;
    expect(ci.pages.artifacts?.paths).toEqual(['public']);
  });

  it('the rsync script refuses to run without its settings and says which are missing, in Russian', () => {
    const run = spawnSync('sh', ['scripts/deploy/rsync.sh'], { encoding: 'utf8', env: { PATH: process.env.PATH, DEPLOY_HOST: 'www.example.ru' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('не заданы переменные CI: DEPLOY_USER DEPLOY_PATH DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS');
  });

  it('README tells a region how to turn publishing on', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const text of ['## Публикация при сохранении', 'DEPLOY_TARGET', 'fetch-depth', ...ALL]) expect(readme).toContain(text);
  });
});
