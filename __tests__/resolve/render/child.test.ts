import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { childEnvironment, findExecutable, runChild } from '../../../src/resolve/render/child.js';

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});
function home(): string {
  const dir = mkdtempSync(join(tmpdir(), 'port-claims-child-'));
  homes.push(dir);
  return dir;
}

const sh = findExecutable('sh') as string;
const limits = { timeoutMs: 10_000, maxOutputBytes: 1024 * 1024 };

describe('runChild', () => {
  it('gives the child only the environment it is handed, never the parent’s token', async () => {
    process.env.INPUT_TOKEN = 'ghs_secret_for_this_test';
    try {
      const dir = home();
      const result = await runChild(sh, ['-c', 'env'], {
        cwd: dir,
        env: childEnvironment(dir, { HELM_CACHE_HOME: join(dir, 'cache') }),
        ...limits,
      });
      expect(result.code).toBe(0);
      const names = result.stdout
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => l.slice(0, l.indexOf('=')))
        .filter((n) => n !== 'PWD' && n !== 'SHLVL' && n !== '_');
      expect(names.sort()).toEqual(
        [
          'HELM_CACHE_HOME',
          'HOME',
          'HTTPS_PROXY',
          'HTTP_PROXY',
          'KUBECONFIG',
          'LANG',
          'LC_ALL',
          'NO_PROXY',
          'PATH',
          'http_proxy',
          'https_proxy',
          'no_proxy',
        ].sort(),
      );
      expect(result.stdout).not.toContain('ghs_secret_for_this_test');
      expect(result.stdout).toContain(`HOME=${dir}`);
    } finally {
      delete process.env.INPUT_TOKEN;
    }
  });

  it('kills a child, and what it started, at the time limit', async () => {
    const dir = home();
    const started = Date.now();
    const result = await runChild(sh, ['-c', 'sleep 30 & sleep 30'], {
      cwd: dir,
      env: childEnvironment(dir),
      timeoutMs: 300,
      maxOutputBytes: 1024,
    });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops reading, and kills the child, past the output limit', async () => {
    const dir = home();
    const result = await runChild(sh, ['-c', 'yes port-claims'], {
      cwd: dir,
      env: childEnvironment(dir),
      timeoutMs: 10_000,
      maxOutputBytes: 64 * 1024,
    });
    expect(result.overflowed).toBe(true);
    expect(result.code).toBeNull();
    expect(result.stdout.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('passes standard input and returns the exit code and standard error', async () => {
    const dir = home();
    const result = await runChild(sh, ['-c', 'cat; echo oops >&2; exit 3'], {
      cwd: dir,
      env: childEnvironment(dir),
      ...limits,
      stdin: 'kind: Service\n',
    });
    expect(result).toMatchObject({ code: 3, stdout: 'kind: Service\n', stderr: 'oops\n' });
  });

  it('reports a command that cannot start instead of throwing', async () => {
    const dir = home();
    const result = await runChild(join(dir, 'no-such-binary'), [], {
      cwd: dir,
      env: childEnvironment(dir),
      ...limits,
    });
    expect(result.startError).toBe('ENOENT');
    expect(result.code).toBeNull();
  });
});

describe('findExecutable', () => {
  it('finds a program on the given PATH only, and ignores relative directories', () => {
    expect(findExecutable('sh', '/usr/bin:/bin')).toMatch(/\/sh$/);
    expect(findExecutable('sh', '.:relative')).toBeUndefined();
    expect(findExecutable('no-such-program-here', '/usr/bin:/bin')).toBeUndefined();
  });
});
