// What a team installs: the npm package (packed, installed into a scratch folder, run through
// npx), the pre-commit hooks (through `pre-commit try-repo`, where pre-commit is installed), and
// the problem matcher that turns the text output of a `run:` step into annotations.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './helpers/tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  private?: boolean;
  engines: { node: string };
  dependencies?: Record<string, string>;
};
const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});
const COMPOSE = 'services:\n  web:\n    ports: ["251:80"]\n';

describe('the npm package', () => {
  it('packs dist/, action.yml and the docs, and nothing else', () => {
    expect(pkg.private).toBeUndefined();
    // The bundles hold every dependency: installing the package installs nothing more.
    expect(pkg.dependencies).toBeUndefined();
    const [packed] = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: ROOT,
        encoding: 'utf8',
      }),
    ) as [{ files: { path: string }[] }];
    const paths = packed.files.map((f) => f.path).sort();
    for (const path of paths) {
      expect(path).toMatch(
        /^(dist\/(cli|index)\.js|action\.yml|package\.json|README\.md|CHANGELOG\.md|LICENSE|docs\/.+\.md|schema\/config\.schema\.json)$/,
      );
    }
    for (const must of [
      'dist/cli.js',
      'dist/index.js',
      'action.yml',
      'docs/rules/unassigned-well-known.md',
      'schema/config.schema.json',
    ])
      expect(paths).toContain(must);
  });

  it('installs from the packed tarball and runs through npx', () => {
    const work = mkdtempSync(join(tmpdir(), 'port-claims-pack-'));
    scratch.push(work);
    const tarball = execFileSync(
      'npm',
      ['pack', '--pack-destination', work, '--ignore-scripts', '--silent'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).trim();
    const project = join(work, 'project');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(join(project, 'package.json'), '{"name":"scratch","private":true}\n');
    writeFileSync(join(project, 'compose.yaml'), COMPOSE);
    const install = spawnSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--offline', join(work, tarball.split('\n').at(-1)!)],
      { cwd: project, encoding: 'utf8' },
    );
    expect(install.status, install.stderr).toBe(0);
    // Nothing but the package itself: the bundles need no dependency.
    expect(readdirSync(join(project, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([
      'port-claims',
    ]);
    const version = spawnSync('npx', ['--offline', 'port-claims', '--version'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(version.stdout).toMatch(
      new RegExp(`^port-claims ${pkg.version.replace(/\./g, '\\.')} \\(IANA registry data`),
    );
    const scan = spawnSync('npx', ['--offline', 'port-claims', '.', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(scan.status).toBe(1);
    const report = JSON.parse(scan.stdout) as { findings: { rule: string; file: string }[] };
    expect(report.findings.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'unassigned-well-known compose.yaml',
    ]);
  });

  it('declares the Node the CLI bundle is built for', () => {
    const build = readFileSync(join(ROOT, 'scripts/build.mjs'), 'utf8');
    const target = /target: 'node(\d+)'/.exec(build)?.[1];
    expect(pkg.engines.node).toBe(`>=${target}`);
  });
});

describe('the pre-commit hooks', () => {
  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });

  it.for(['port-claims', 'port-claims-repo'])(
    '%s runs through `pre-commit try-repo` and installs nothing',
    (hook, context) => {
      if (preCommit.status !== 0) {
        context.skip(
          'pre-commit is not on PATH (Debian: apt-get install pre-commit): try-repo is not tried',
        );
        return;
      }
      const repo = writeTree({
        'compose.yaml': COMPOSE,
        'notes.yaml': 'a: 1\n',
        'k8s/ok.yaml':
          'apiVersion: v1\nkind: Service\nmetadata: {name: ok}\nspec:\n  ports: [{port: 443}]\n',
      });
      const home = mkdtempSync(join(tmpdir(), 'port-claims-pre-commit-'));
      scratch.push(home);
      const env = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
      expect(spawnSync('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
      expect(spawnSync('git', ['add', '.'], { cwd: repo }).status).toBe(0);
      const run = spawnSync(
        'pre-commit',
        ['try-repo', ROOT, hook, '--all-files', '--color', 'never'],
        {
          cwd: repo,
          encoding: 'utf8',
          env,
          timeout: 120_000,
        },
      );
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toMatch(new RegExp(`^port-claims.*\\.+Failed$`, 'm'));
      expect(run.stdout).toContain(
        'compose.yaml:3:13 error unassigned-well-known service "web" claims 251/tcp',
      );
      // The hook's environment holds the repository as cloned, and no node_modules.
      const found = spawnSync('find', [home, '-name', 'node_modules'], { encoding: 'utf8' });
      expect(found.stdout).toBe('');
    },
  );
});

describe('the problem matcher', () => {
  interface Pattern {
    regexp: string;
    file: number;
    line: number;
    column: number;
    severity: number;
    code: number;
    message: number;
  }
  const matcher = JSON.parse(
    readFileSync(join(ROOT, '.github/port-claims-matcher.json'), 'utf8'),
  ) as { problemMatcher: { owner: string; pattern: Pattern[] }[] };
  expect(matcher.problemMatcher.map((m) => m.owner)).toEqual(['port-claims']);
  const p = matcher.problemMatcher[0]!.pattern[0]!;
  const regexp = new RegExp(p.regexp);

  const tree = {
    'deploy/compose.yaml': 'services:\n  web:\n    ports: ["251:80", "1028:81"]\n',
    'deploy/broken.yaml': 'apiVersion: v1\nkind: Service\n  bad: [\n',
  };

  function annotations(output: string) {
    return output
      .split('\n')
      .map((line) => regexp.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map(
        (m) =>
          `${m[p.severity]} ${m[p.file]}:${m[p.line]}:${m[p.column]} ${m[p.code]}: ${m[p.message]!.slice(0, 30)}`,
      );
  }

  it.each([
    ['plain', { NO_COLOR: '1' }],
    ['coloured', { FORCE_COLOR: '1', NO_COLOR: '' }],
  ])('annotates errors and warnings of the %s text output, and nothing else', (_name, env) => {
    const root = writeTree(tree);
    const run = spawnSync(process.execPath, [CLI, '.', '--fail-on', 'notice'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(run.status).toBe(1);
    expect(annotations(run.stdout)).toEqual([
      'warning deploy/broken.yaml:2:7 parse-error: deploy/broken.yaml is not vali',
      'error deploy/compose.yaml:3:13 unassigned-well-known: service "web" claims 251/tcp (',
      'error deploy/compose.yaml:3:23 unassigned-well-known: service "web" claims 81/tcp (p',
    ]);
    // The notice (1028/tcp, unassigned-registered) is in the output, but not annotated.
    expect(run.stdout).toMatch(/^\S*deploy\/compose\.yaml:3:23\S* \S*notice/m);
  });
});
