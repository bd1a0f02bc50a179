import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaseRead, HeadFile } from '../../src/action/base.js';
import { dotEnvBeside, layOutBase, neighbours } from '../../src/action/base.js';
import { apiReader, MAX_API_READS } from '../../src/action/changes.js';
import type { ChangedFile, GitHubClient } from '../../src/action/github.js';
import { changedFiles, hasCommit, readAtCommit } from '../../src/action/git.js';
import { writeTree } from '../helpers/tree.js';
import { Origin } from './helpers/repo.js';

function listTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('layOutBase', () => {
  it('puts back base versions beside the unchanged neighbours, follows renames, leaves added files out', async () => {
    const workspace = writeTree({
      'unchanged/compose.yaml': 'head unchanged',
      'unchanged/.env': 'PORT=1',
      'modified/compose.yaml': 'head modified',
      'modified/compose.override.yaml': 'head override',
      'unchanged/Dockerfile': 'EXPOSE 80',
      '.port-claims.yml': 'head config',
      'renamed/new.yaml': 'head renamed',
      'added/compose.yaml': 'head added',
    });
    const asked: string[] = [];
    const read = async (paths: readonly string[]) => {
      asked.push(...paths);
      const base: Record<string, BaseRead> = {
        'modified/compose.yaml': { text: 'base modified' },
        'renamed/old.yaml': { text: 'base renamed' },
        'removed/Dockerfile': { text: 'base removed' },
        'broken/compose.yaml': { error: 'HTTP 502' },
      };
      return new Map<string, BaseRead>(paths.map((p) => [p, base[p] ?? { missing: true }]));
    };
    const tree = await layOutBase({
      workspace,
      headFiles: [
        { file: 'unchanged/compose.yaml', manifest: 'compose' },
        { file: 'unchanged/.env' },
        { file: 'modified/compose.yaml', manifest: 'compose' },
        { file: 'modified/compose.override.yaml', manifest: 'compose' },
        { file: 'unchanged/Dockerfile', manifest: 'dockerfile' },
        { file: '.port-claims.yml', asInHead: true },
        { file: 'renamed/new.yaml', manifest: 'kubernetes' },
        { file: 'added/compose.yaml', manifest: 'compose' },
      ],
      envFiles: ['unchanged/.env'],
      changes: [
        { filename: 'modified/compose.yaml', status: 'modified' },
        { filename: 'renamed/new.yaml', status: 'renamed', previous_filename: 'renamed/old.yaml' },
        { filename: 'added/compose.yaml', status: 'added' },
        { filename: 'removed/Dockerfile', status: 'removed' },
        { filename: 'broken/compose.yaml', status: 'modified' },
        { filename: 'docs/README.md', status: 'modified' },
        { filename: '.port-claims.yml', status: 'modified' },
      ],
      read,
    });
    try {
      // Unchanged compose files may share a project with a changed one; an unchanged Dockerfile
      // reads only itself, so it and its findings are left as they are.
      // Both sides are judged by the head's config, even when the pull request changed it.
      expect(listTree(tree.dir)).toEqual({
        '.port-claims.yml': 'head config',
        'modified/compose.override.yaml': 'head override',
        'unchanged/compose.yaml': 'head unchanged',
        'unchanged/.env': 'PORT=1',
        'modified/compose.yaml': 'base modified',
        'renamed/old.yaml': 'base renamed',
        'removed/Dockerfile': 'base removed',
      });
      // A README cannot claim a port: its base version is not asked for.
      expect(asked.sort()).toEqual([
        'broken/compose.yaml',
        'modified/compose.yaml',
        'removed/Dockerfile',
        'renamed/old.yaml',
      ]);
      expect([...tree.renamed]).toEqual([['renamed/new.yaml', 'renamed/old.yaml']]);
      expect([...tree.unknown]).toEqual([['broken/compose.yaml', 'HTTP 502']]);
      expect(tree.read).toBe(3);
      expect([...tree.compared].sort()).toEqual([
        '.port-claims.yml',
        'added/compose.yaml',
        'broken/compose.yaml',
        'docs/README.md',
        'modified/compose.override.yaml',
        'modified/compose.yaml',
        'removed/Dockerfile',
        'renamed/new.yaml',
        'unchanged/.env',
        'unchanged/compose.yaml',
      ]);
    } finally {
      await tree.remove();
    }
  });

  it('lays out every file of a touched rendered deployable’s directories, whatever its name', async () => {
    const workspace = writeTree({
      'overlay/kustomization.yaml': 'head kustomization',
      'overlay/port.json': 'head json patch',
      // Named by the base's kustomization only: the pull request stops using it.
      'overlay/legacy-patch.yaml': 'unchanged legacy patch',
      'overlay/nested/other.yaml': 'not in a directory of the build',
      'base/web.yaml': 'unchanged base',
      'chart/templates/_helpers.tpl': 'head helpers',
      'elsewhere/app.yaml': 'untouched',
    });
    const read = async (paths: readonly string[]) => {
      const base: Record<string, BaseRead> = {
        'overlay/kustomization.yaml': { text: 'base kustomization' },
        'chart/templates/_helpers.tpl': { text: 'base helpers' },
        'overlay/gone.env': { text: 'PORT=1' },
      };
      return new Map<string, BaseRead>(paths.map((p) => [p, base[p] ?? { missing: true }]));
    };
    const tree = await layOutBase({
      workspace,
      headFiles: [{ file: 'elsewhere/app.yaml', manifest: 'kubernetes' }],
      changes: [
        { filename: 'overlay/kustomization.yaml', status: 'modified' },
        { filename: 'chart/templates/_helpers.tpl', status: 'modified' },
        { filename: 'overlay/gone.env', status: 'removed' },
        { filename: 'docs/README.md', status: 'modified' },
      ],
      renderedDirectories: ['overlay', 'base', 'chart/templates'],
      read,
    });
    try {
      expect(listTree(tree.dir)).toEqual({
        'overlay/kustomization.yaml': 'base kustomization',
        'overlay/port.json': 'head json patch',
        'overlay/legacy-patch.yaml': 'unchanged legacy patch',
        'overlay/gone.env': 'PORT=1',
        'base/web.yaml': 'unchanged base',
        'chart/templates/_helpers.tpl': 'base helpers',
        // A YAML change reaches every Kubernetes manifest (named targetPorts, clusters).
        'elsewhere/app.yaml': 'untouched',
      });
      expect([...tree.compared].sort()).toEqual([
        'base/web.yaml',
        'chart/templates/_helpers.tpl',
        'docs/README.md',
        'elsewhere/app.yaml',
        'overlay/gone.env',
        'overlay/kustomization.yaml',
        'overlay/legacy-patch.yaml',
        'overlay/port.json',
      ]);
    } finally {
      await tree.remove();
    }
  });

  it('copies only the unchanged files a change can reach', () => {
    const head: HeadFile[] = [
      { file: 'a/compose.yaml', manifest: 'compose' },
      { file: 'b/compose.yaml', manifest: 'compose' },
      { file: 'a/Dockerfile', manifest: 'dockerfile' },
      { file: 'k8s/deploy.yaml', manifest: 'kubernetes' },
      { file: '.env' },
    ];
    const reached = (changes: ChangedFile[], envFiles?: string[]) =>
      head.filter(neighbours(changes, envFiles)).map((h) => h.file);
    // A Dockerfile reads only itself: nothing else is scanned again.
    expect(reached([{ filename: 'a/Dockerfile', status: 'modified' }])).toEqual(['.env']);
    // Compose files read .env files and any YAML by extends or include: every compose file,
    // but no Kubernetes manifest, which reads no .env.
    expect(reached([{ filename: 'a/compose.yaml', status: 'modified' }])).toEqual([
      'a/compose.yaml',
      'b/compose.yaml',
      '.env',
    ]);
    expect(reached([{ filename: 'b/.env', status: 'added' }])).toEqual([
      'a/compose.yaml',
      'b/compose.yaml',
      '.env',
    ]);
    expect(reached([{ filename: 'ports.env', status: 'modified' }], ['ports.env'])).toEqual([
      'a/compose.yaml',
      'b/compose.yaml',
      '.env',
    ]);
    // Any YAML may be a Kubernetes manifest (whose Services resolve against pods in other files)
    // or a file a compose file extends.
    expect(reached([{ filename: 'k8s/svc.yaml', status: 'removed' }])).toEqual([
      'a/compose.yaml',
      'b/compose.yaml',
      'k8s/deploy.yaml',
      '.env',
    ]);
  });

  it('finds the .env beside each compose file', () => {
    expect(
      dotEnvBeside(['docker-compose.yml', 'a/compose.yaml', 'a/compose.override.yaml']),
    ).toEqual(['.env', 'a/.env']);
  });
});

describe('git history', () => {
  it('lists changes with renames and reads files at a commit', async () => {
    const origin = new Origin();
    try {
      const base = origin.commit(
        { 'a.yaml': 'kind: A\n'.repeat(20), 'gone.yaml': 'x: 1\n', 'keep.yaml': 'k: 1\n' },
        'base',
      );
      const head = origin.commit(
        {
          'a.yaml': null,
          'b.yaml': `${'kind: A\n'.repeat(20)}extra: 1\n`,
          'gone.yaml': null,
          'new.yaml': 'n: 1\n',
        },
        'head',
        base,
      );
      expect(await hasCommit(origin.dir, base)).toBe(true);
      expect(await hasCommit(origin.dir, 'f'.repeat(40))).toBe(false);
      expect(await changedFiles(origin.dir, base, head)).toEqual([
        { filename: 'b.yaml', status: 'renamed', previous_filename: 'a.yaml' },
        { filename: 'gone.yaml', status: 'removed' },
        { filename: 'new.yaml', status: 'added' },
      ]);
      const texts = await readAtCommit(origin.dir, base, ['a.yaml', 'missing.yaml', 'keep.yaml']);
      expect([...texts]).toEqual([
        ['a.yaml', 'kind: A\n'.repeat(20)],
        ['missing.yaml', undefined],
        ['keep.yaml', 'k: 1\n'],
      ]);
    } finally {
      origin.remove();
    }
  });
});

describe('apiReader', () => {
  it('reads at most MAX_API_READS base versions through the API, and says why not the rest', async () => {
    const asked: string[] = [];
    const client = {
      readFile: async (path: string, ref: string) => {
        asked.push(`${path}@${ref}`);
        return path === 'gone.yaml' ? undefined : `text of ${path}`;
      },
    } as unknown as GitHubClient;
    const paths = ['gone.yaml', ...Array.from({ length: MAX_API_READS }, (_, i) => `f${i}.yaml`)];
    const result = await apiReader(client, 'abc')(paths);
    expect(asked).toHaveLength(MAX_API_READS);
    expect(asked[0]).toBe('gone.yaml@abc');
    expect(result.get('gone.yaml')).toEqual({ missing: true });
    expect(result.get('f0.yaml')).toEqual({ text: 'text of f0.yaml' });
    expect(result.get(`f${MAX_API_READS - 1}.yaml`)).toEqual({
      error: expect.stringContaining('over 300 base versions'),
    });
  });
});
