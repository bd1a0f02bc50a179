import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover, hintFor } from '../../src/discover/discover.js';
import { writeTree } from '../helpers/tree.js';

async function list(
  paths: string[],
  cwd: string,
  more: { include?: string[]; exclude?: string[] } = {},
) {
  const out: string[] = [];
  for await (const c of discover(paths, { cwd, ...more }))
    out.push(`${c.file} ${c.hint}${c.skip ? ' SKIP' : ''}`);
  return out;
}

describe('hintFor', () => {
  it.each([
    ['docker-compose.yml', 'compose'],
    ['docker-compose.override.yaml', 'compose'],
    ['compose.yaml', 'compose'],
    ['compose.prod.yml', 'compose'],
    ['Dockerfile', 'dockerfile'],
    ['Dockerfile.dev', 'dockerfile'],
    ['api.Dockerfile', 'dockerfile'],
    ['deployment.yaml', 'yaml'],
    ['values.yml', 'yaml'],
  ])('%s is %s', (name, hint) => expect(hintFor(name)).toBe(hint));

  it.each(['README.md', 'Dockerfile.dockerignore', 'package.json', 'compose.json'])(
    '%s is not a candidate',
    (name) => expect(hintFor(name)).toBeUndefined(),
  );
});

describe('discover', () => {
  it('walks in sorted order, skipping .git, node_modules and excluded globs', async () => {
    const root = writeTree({
      'b/compose.yaml': 'services: {}',
      'a/k8s.yaml': 'kind: x',
      Dockerfile: 'FROM x',
      '.git/config.yml': 'x: 1',
      'node_modules/p/docker-compose.yml': 'services: {}',
      'test/fixtures/compose.yml': 'services: {}',
      'notes.txt': 'EXPOSE 80',
    });
    expect(await list(['.'], root, { exclude: ['test/fixtures/**'] })).toEqual([
      'Dockerfile dockerfile',
      'a/k8s.yaml yaml',
      'b/compose.yaml compose',
    ]);
    expect(await list(['.'], root, { include: ['b/**'] })).toEqual(['b/compose.yaml compose']);
  });

  it('scans a file argument whatever its name, relative to the working directory', async () => {
    const root = writeTree({ 'sub/ports.txt': 'services: {}' });
    expect(await list(['sub/ports.txt'], root)).toEqual(['sub/ports.txt any']);
  });

  it('does not follow symlinks out of the root, nor directory links', async () => {
    const outside = writeTree({ 'secret.yaml': 'apiVersion: v1\nkind: Pod\n' });
    const root = writeTree({ 'inside.yaml': 'apiVersion: v1\nkind: Pod\n' });
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'leak.yaml'));
    // A link to a file inside the root is another name for it: the file is scanned once.
    symlinkSync(join(root, 'inside.yaml'), join(root, 'alias.yaml'));
    symlinkSync(root, join(root, 'loop'));
    symlinkSync(join(root, 'missing.yaml'), join(root, 'dangling.yaml'));
    expect(await list(['.'], root)).toEqual([
      'dangling.yaml yaml SKIP',
      'inside.yaml yaml',
      'leak.yaml yaml SKIP',
    ]);
  });

  it('scans a file reached through a link once, under its own path in the root', async () => {
    const root = writeTree({
      'base/app.yaml': 'apiVersion: v1\nkind: Pod\n',
      'k8s/app.yaml': { symlink: '../base/app.yaml' },
      // The link names it better: a compose file, read under its own path.
      'stack.yml': 'services: {}\n',
      'compose.yaml': { symlink: 'stack.yml' },
      'docker/prod.docker': 'FROM x\n',
      Dockerfile: { symlink: 'docker/prod.docker' },
      // Another directory, another compose project, as docker compose runs it.
      'linux/docker-compose.yml': { symlink: '../docker/docker-compose.common.yml' },
      'docker/docker-compose.common.yml': 'services: {}\n',
      // A target the walk does not reach is scanned through the link, as before.
      'vendor/svc.yaml': 'apiVersion: v1\nkind: Service\n',
      'deploy/svc.yaml': { symlink: '../vendor/svc.yaml' },
    });
    expect(await list(['.'], root, { exclude: ['vendor/'] })).toEqual([
      'docker/prod.docker dockerfile',
      'base/app.yaml yaml',
      'stack.yml compose',
      'deploy/svc.yaml yaml',
      'docker/docker-compose.common.yml compose',
      'linux/docker-compose.yml compose',
    ]);
  });

  it('never opens a named pipe with a manifest name', async () => {
    const root = writeTree({ Dockerfile: 'FROM x' });
    expect(spawnSync('mkfifo', [join(root, 'compose.yaml')]).status).toBe(0);
    expect(await list(['.'], root)).toEqual(['Dockerfile dockerfile', 'compose.yaml compose SKIP']);
  });

  it('fails clearly on a path that does not exist', async () => {
    const root = writeTree({});
    await expect(list(['nope'], root)).rejects.toThrow(/cannot read nope/);
  });
});

describe('globs', () => {
  it('read as in ignore files: dir/ and a bare dir mean everything under it, *.yaml any depth', async () => {
    const root = writeTree({
      'test/compose.yaml': 'services: {}',
      'deploy/app/k8s.yaml': 'kind: x',
      'deploy/Dockerfile': 'FROM x',
      'compose.yaml': 'services: {}',
    });
    expect(await list(['.'], root, { exclude: ['test/'] })).toEqual([
      'compose.yaml compose',
      'deploy/Dockerfile dockerfile',
      'deploy/app/k8s.yaml yaml',
    ]);
    expect(await list(['.'], root, { exclude: ['*.yaml'] })).toEqual([
      'deploy/Dockerfile dockerfile',
    ]);
    expect(await list(['.'], root, { include: ['deploy'] })).toEqual([
      'deploy/Dockerfile dockerfile',
      'deploy/app/k8s.yaml yaml',
    ]);
  });

  it('keeps an excluded file out even when it is named, as a pre-commit hook names files', async () => {
    const root = writeTree({
      'test/compose.yaml': 'services: {}',
      'app/compose.yaml': 'services: {}',
    });
    expect(
      await list(['test/compose.yaml', 'app/compose.yaml'], root, { exclude: ['test/**'] }),
    ).toEqual(['app/compose.yaml compose']);
  });

  it('lets a named YAML file be read as any kind of manifest (stack.yml may be compose)', async () => {
    const root = writeTree({ 'stack.yml': 'services: {}' });
    expect(await list(['stack.yml'], root)).toEqual(['stack.yml named-yaml']);
  });
});
