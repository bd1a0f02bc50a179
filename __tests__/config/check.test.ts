import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { writeTree } from '../helpers/tree.js';

const compose = 'services:\n  web:\n    ports: ["251:80"]\n';
const lowered = 'rules:\n  unassigned-well-known: notice\n';
const severities = async (settings: Parameters<typeof check>[0]) =>
  (await check(settings)).findings.map((f) => `${f.file} ${f.severity}`);

describe('check: which config file applies', () => {
  it('the one at the directory report paths are relative to, as the action scans', async () => {
    const workspace = writeTree({
      '.github/port-claims.yml': lowered,
      'deploy/compose.yaml': compose,
    });
    const result = await check({ paths: ['deploy'], cwd: workspace, relativeTo: workspace });
    expect(result.config.file).toBe('.github/port-claims.yml');
    expect(result.findings.map((f) => `${f.file} ${f.severity}`)).toEqual([
      'deploy/compose.yaml notice',
    ]);
  });

  it('the one in the working directory when several paths are scanned', async () => {
    const root = writeTree({
      '.port-claims.yml': lowered,
      'a/compose.yaml': compose,
      'a/.port-claims.yml': 'rules:\n  unassigned-well-known: off\n',
      'b/docker-compose.yml': compose,
    });
    expect(await severities({ paths: ['a', 'b'], cwd: root })).toEqual([
      'compose.yaml notice',
      'docker-compose.yml notice',
    ]);
    expect(await severities({ paths: ['a'], cwd: root })).toEqual([]);
    expect(await severities({ paths: [join(root, 'b', 'docker-compose.yml')], cwd: root })).toEqual(
      ['b/docker-compose.yml notice'],
    );
  });

  it('lets severities given by the caller win over the file', async () => {
    const root = writeTree({ '.port-claims.yml': lowered, 'compose.yaml': compose });
    expect(
      await severities({
        paths: ['.'],
        cwd: root,
        policy: { severities: { 'unassigned-well-known': 'warning' } },
      }),
    ).toEqual(['compose.yaml warning']);
  });
});
