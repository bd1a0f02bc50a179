// End-to-end: pull requests against rendered deployables, through the built dist/index.js and
// the fake GitHub, with the machine's kubectl rendering both sides. The base side of a build the
// pull request touches renders from every file it reads, even one the head no longer names; a
// build it does not touch is rendered on neither side; moving a build introduces nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { FakeGitHub } from './helpers/github-server.js';
import type { Files } from './helpers/repo.js';
import { Origin } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: example/api:1
          ports:
            - containerPort: 8080
`;

/** An overlay whose inline patch sets port 251 (an old finding), and that names `legacy.yaml`. */
function overlay(dir: string, withLegacy: boolean, label = 'v1'): Files {
  return {
    [`${dir}/base/deployment.yaml`]: DEPLOYMENT,
    [`${dir}/base/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n',
    // A JSON 6902 patch: no manifest of its own, read only by the build that names it.
    [`${dir}/prod/legacy.yaml`]: [
      '- op: add',
      '  path: /metadata/labels',
      '  value: {legacy: "true"}',
      '',
    ].join('\n'),
    [`${dir}/prod/kustomization.yaml`]: [
      'resources:',
      '  - ../base',
      `commonLabels: {release: ${label}}`,
      'patches:',
      ...(withLegacy ? ['  - path: legacy.yaml', '    target: {kind: Deployment, name: api}'] : []),
      '  - target: {kind: Deployment, name: api}',
      '    patch: |-',
      '      - op: add',
      '        path: /spec/template/spec/containers/0/ports/-',
      '        value: {containerPort: 251}',
      '',
    ].join('\n'),
  };
}

describe('pull requests on Kustomize builds (dist/index.js, kubectl)', () => {
  let origin: Origin;
  let github: FakeGitHub;

  // A repository of its own for each pull request.
  beforeEach(async () => {
    origin = new Origin();
    github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
  });
  afterEach(async () => {
    await github.close();
    origin.remove();
  });

  async function pullRequest(base: string, head: string, number: number) {
    github.pull = { number, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
    const merge = origin.merge(base, head);
    const repo = { full_name: 'acme/shop', fork: false };
    const step = await runStep({
      workspace: origin.workspace(merge, true),
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number,
        pull_request: {
          number,
          base: { sha: base, ref: 'main', repo },
          head: { sha: head, ref: 'feature', repo },
        },
        repository: repo,
      },
      apiUrl: github.url,
      repository: 'acme/shop',
      sha: merge,
    });
    expect(github.violations).toEqual([]);
    const findings = JSON.parse(step.outputs.findings ?? '[]') as Finding[];
    return { step, findings };
  }

  it('renders the base with a patch the pull request stops naming: the old 251 stays old', async () => {
    const base = origin.commit(overlay('deploy', true), 'base');
    const head = origin.commit(overlay('deploy', false), 'Drop the legacy patch', base);
    const { step, findings } = await pullRequest(base, head, 21);
    expect(step.status).toBe(0);
    // The inline patch's 251 was there before: the base build, given legacy.yaml, renders it.
    expect(
      findings
        .filter((f) => f.rule === 'unassigned-well-known')
        .map((f) => `${f.file}:${f.line} ${f.ports} new=${f.new}`),
    ).toEqual(['deploy/prod/kustomization.yaml:9 251 new=false']);
    expect(step.annotations).toEqual([]);
    expect(github.reviewComments).toEqual([]);
  });

  it('renders only the builds the pull request touches, and a moved build introduces nothing', async () => {
    const base = origin.commit(
      { ...overlay('apps/a', true), ...overlay('apps/b', true) },
      'two builds',
    );
    // b moves to c (its files renamed, unchanged); a is not touched.
    const moved: Files = {};
    for (const [path, text] of Object.entries(overlay('apps/b', true))) {
      moved[path] = null;
      moved[path.replace('apps/b/', 'apps/c/')] = text;
    }
    const head = origin.commit(moved, 'Move b to c', base);
    const { step, findings } = await pullRequest(base, head, 22);
    expect(step.status).toBe(0);
    expect(findings.filter((f) => f.new)).toEqual([]);
    // The untouched build a is scanned as plain files on both sides, and the log says so.
    expect(step.stdout).toContain(
      '1 Kustomize build (apps/a/prod) that this pull request does not touch was scanned as plain files, on both sides alike.',
    );
    expect(
      findings
        .filter((f) => f.rule === 'unassigned-well-known')
        .map((f) => `${f.file}:${f.line} new=${f.new}`),
    ).toEqual(['apps/c/prod/kustomization.yaml:11 new=false']);
  });
});
