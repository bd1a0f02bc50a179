import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BaseRead } from '../../src/action/base.js';
import { dotEnvBeside, layOutBase } from '../../src/action/base.js';
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
  it('keeps unchanged files, puts back base versions, follows renames, leaves added ones out', async () => {
    const workspace = writeTree({
      'unchanged/compose.yaml': 'head unchanged',
      'unchanged/.env': 'PORT=1',
      'modified/compose.yaml': 'head modified',
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
        'unchanged/compose.yaml',
        'unchanged/.env',
        'modified/compose.yaml',
        'renamed/new.yaml',
        'added/compose.yaml',
      ],
      changes: [
        { filename: 'modified/compose.yaml', status: 'modified' },
        { filename: 'renamed/new.yaml', status: 'renamed', previous_filename: 'renamed/old.yaml' },
        { filename: 'added/compose.yaml', status: 'added' },
        { filename: 'removed/Dockerfile', status: 'removed' },
        { filename: 'broken/compose.yaml', status: 'modified' },
        { filename: 'docs/README.md', status: 'modified' },
      ],
      read,
    });
    try {
      expect(listTree(tree.dir)).toEqual({
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
    } finally {
      await tree.remove();
    }
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
