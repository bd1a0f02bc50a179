// scripts/release.mjs on throwaway git repositories, with a bare repository as the remote.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/tree.js';

const SCRIPT = fileURLToPath(new URL('../../scripts/release.mjs', import.meta.url));

// Isolated from the machine's git config (signing, hooks, default branch).
const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release@example.invalid',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: ENV, encoding: 'utf8' }).trim();
}

function release(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd,
    env: ENV,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A repository at `version` with dist/ and a changelog section, its branch pushed to `origin`. */
function repository(version: string, changelog = `## [${version}] - 2026-11-30\n`) {
  const root = writeTree({
    'work/package.json': JSON.stringify({ version }),
    'work/CHANGELOG.md': `# Changelog\n\n## [Unreleased]\n\n${changelog}`,
    'work/dist/index.js': 'export {};\n',
    'work/dist/cli.js': 'export {};\n',
  });
  const work = join(root, 'work');
  git(root, 'init', '-q', '--bare', 'remote.git');
  git(work, 'init', '-q', '-b', 'main');
  git(work, 'remote', 'add', 'origin', '../remote.git');
  git(work, 'add', '-A');
  git(work, 'commit', '-q', '-m', `v${version}`);
  git(work, 'push', '-q', 'origin', 'main');
  return { work, remote: join(root, 'remote.git') };
}

function bump(work: string, version: string) {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ version }));
  writeFileSync(join(work, 'CHANGELOG.md'), `# Changelog\n\n## [${version}] - 2026-12-01\n`);
  git(work, 'commit', '-q', '-am', `v${version}`);
}

/** The commit each tag of a repository points at. */
function tags(repo: string): Record<string, string> {
  const out = git(repo, 'for-each-ref', '--format=%(refname:short) %(*objectname)', 'refs/tags');
  return Object.fromEntries(out ? out.split('\n').map((line) => line.split(' ')) : []);
}

describe('scripts/release.mjs', () => {
  it('changes nothing by default and says what it would do', () => {
    const { work } = repository('1.2.0');
    const { status, stdout } = release(work);
    expect(status).toBe(0);
    expect(stdout).toContain('git tag -a v1.2.0 -m "Release v1.2.0"');
    expect(stdout).toContain('git tag -f -a v1 -m "v1 is v1.2.0"');
    expect(stdout).toContain('Dry run: nothing changed.');
    expect(tags(work)).toEqual({});
  });

  it('tags vX.Y.Z, moves vX on the next release, and pushes both', () => {
    const { work, remote } = repository('1.2.0');
    const first = git(work, 'rev-parse', 'HEAD');
    expect(release(work, '--push').status).toBe(0);
    expect(tags(remote)).toEqual({ v1: first, 'v1.2.0': first });

    bump(work, '1.3.0');
    git(work, 'push', '-q', 'origin', 'main');
    const second = git(work, 'rev-parse', 'HEAD');
    expect(release(work, '--push').status).toBe(0);
    expect(tags(remote)).toEqual({ v1: second, 'v1.2.0': first, 'v1.3.0': second });
  });

  it('does not move the major tag back for a fix to an older minor', () => {
    const { work } = repository('1.3.0');
    const latest = git(work, 'rev-parse', 'HEAD');
    expect(release(work, '--apply').status).toBe(0);
    git(work, 'checkout', '-q', '-b', 'fix-1.2');
    bump(work, '1.2.1');
    const { status, stdout } = release(work, '--apply');
    expect(status).toBe(0);
    expect(stdout).toContain('v1.3.0 is newer: v1 stays where it is');
    expect(tags(work)).toMatchObject({ v1: latest, 'v1.3.0': latest });
    expect(tags(work)['v1.2.1']).toBe(git(work, 'rev-parse', 'HEAD'));
  });

  it('leaves the major tag alone for a pre-release', () => {
    const { work } = repository('2.0.0-rc.1');
    expect(release(work, '--apply').status).toBe(0);
    expect(Object.keys(tags(work))).toEqual(['v2.0.0-rc.1']);
  });

  it('refuses a dirty tree, a missing changelog section, an unpushed commit or a reused version', () => {
    const { work } = repository('1.0.0', '## [0.9.0]\n');
    writeFileSync(join(work, 'dist/cli.js'), 'changed\n');
    let result = release(work);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the working tree has uncommitted changes');
    expect(result.stderr).toContain('CHANGELOG.md has no "## [1.0.0]" section');

    bump(work, '1.0.0');
    result = release(work, '--push');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('HEAD is on no branch of origin');

    expect(release(work, '--apply').status).toBe(0);
    git(work, 'commit', '-q', '--allow-empty', '-m', 'later');
    result = release(work);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/v1\.0\.0 already exists on [0-9a-f]{12}, not on HEAD/);
  });
});
