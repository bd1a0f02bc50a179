// End-to-end: a pull request that changes an overlay's patch, through the built dist/index.js
// against the fake GitHub, with the machine's kubectl rendering both sides.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { FakeGitHub } from './helpers/github-server.js';
import { Origin } from './helpers/repo.js';
import type { Files } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const SHOP = fileURLToPath(new URL('../fixtures/kustomize/shop', import.meta.url));

function filesOf(dir: string, root = dir): Files {
  const files: Files = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, filesOf(path, root));
    else files[`deploy/${relative(root, path)}`] = readFileSync(path, 'utf8');
  }
  return files;
}

const PATCH = 'deploy/overlays/prod/api-admin-port.yaml';

describe('a pull request that changes an overlay’s patch to port 251', () => {
  let origin: Origin;
  let github: FakeGitHub;
  let base = '';
  let head = '';

  beforeAll(async () => {
    origin = new Origin();
    github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    const files = filesOf(SHOP);
    base = origin.commit(files, 'base');
    const patch = files[PATCH] as string;
    expect(patch).toContain('containerPort: 9901');
    head = origin.commit(
      { [PATCH]: patch.replace('containerPort: 9901', 'containerPort: 251') },
      'Move the admin port',
      base,
    );
    github.pull = { number: 12, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
  });
  afterAll(async () => {
    await github.close();
    origin.remove();
  });

  it('annotates and comments on the patch line only, never on the base it patches', async () => {
    const merge = origin.merge(base, head);
    const repo = { full_name: 'acme/shop', fork: false };
    const step = await runStep({
      workspace: origin.workspace(merge, true),
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 12,
        pull_request: {
          number: 12,
          base: { sha: base, ref: 'main', repo },
          head: { sha: head, ref: 'feature', repo },
        },
        repository: repo,
      },
      apiUrl: github.url,
      repository: 'acme/shop',
      sha: merge,
    });
    expect(step.status).toBe(1);
    expect(github.violations).toEqual([]);
    expect(step.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
      `error ${PATCH}:5 port-claims: unassigned-well-known`,
    ]);
    const findings = (JSON.parse(step.outputs.findings ?? '[]') as Finding[]).filter((f) => f.new);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.resource} ${f.ports}`)).toEqual(
      [`${PATCH}:5:20 Deployment/prod-api 251`],
    );
    expect(github.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual([`${PATCH}:5`]);
    expect(github.reviewComments[0]!.body).toContain(
      '```suggestion\n    containerPort: 49152\n```',
    );
  });
});
