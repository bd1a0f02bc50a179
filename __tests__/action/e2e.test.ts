// End-to-end: the built dist/index.js, run as the GitHub runner runs it, against a stand-in for
// the REST API on 127.0.0.1 that keeps state between runs and checks every request against
// GitHub's OpenAPI description.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { yaml } from '../helpers/tree.js';
import { FakeGitHub } from './helpers/github-server.js';
import { Origin } from './helpers/repo.js';
import type { StepResult } from './helpers/runner.js';
import { ROOT, runStep } from './helpers/runner.js';

const REPOSITORY = 'acme/shop';

const COMPOSE_BASE = yaml`
  services:
    legacy:
      image: legacy:1.0
      ports:
        - "252:80"
    web:
      image: nginx:1.27
      ports:
        - "8080:80"
`;

/** The pull request adds an admin service on 251, beside the old 252 it does not touch. */
const COMPOSE_PR = yaml`
  services:
    legacy:
      image: legacy:1.0
      ports:
        - "252:80"
    admin:
      image: admin:2.1
      ports:
        - "251:251"
    web:
      image: nginx:1.27
      ports:
        - "8080:80"
`;

const DEPLOYMENT = (port: number): string => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: admin
  spec:
    template:
      spec:
        containers:
          - name: admin
            image: admin:2.1
            ports:
              - containerPort: ${port}
`;

function pullPayload(number: number, base: string, head: string, fork = false) {
  const repo = { full_name: REPOSITORY, fork: false };
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      base: { sha: base, ref: 'main', repo },
      head: {
        sha: head,
        ref: 'feature',
        repo: fork ? { full_name: 'someone/shop', fork: true } : repo,
      },
    },
    repository: repo,
  };
}

const findingsOf = (step: StepResult): Finding[] =>
  JSON.parse(step.outputs.findings ?? '[]') as Finding[];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run `npm run build` (npm test does)');
});

describe('a pull request, re-run, then fixed (dist/index.js against a fake GitHub)', () => {
  // Made in beforeAll, so that a run filtered to other tests leaves nothing behind.
  let origin: Origin;
  let github: FakeGitHub;
  let base = '';
  let head = '';
  let first: StepResult;

  beforeAll(async () => {
    origin = new Origin();
    github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    base = origin.commit({ 'docker-compose.yml': COMPOSE_BASE }, 'base');
    head = origin.commit(
      { 'docker-compose.yml': COMPOSE_PR, 'k8s/admin.yaml': DEPLOYMENT(251) },
      'Add the admin console',
      base,
    );
    github.pull = { number: 7, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
  });
  afterAll(async () => {
    await github.close();
    origin.remove();
  });

  const run = (headSha: string) => {
    const merge = origin.merge(base, headSha);
    return runStep({
      workspace: origin.workspace(merge, true),
      eventName: 'pull_request',
      payload: pullPayload(7, base, headSha),
      apiUrl: github.url,
      repository: REPOSITORY,
      sha: merge,
    });
  };

  it('annotates, comments and fails on the port it adds, not on the old one', async () => {
    first = await run(head);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(github.violations).toEqual([]);

    // Annotations: the two new items ("251:251" is one), none for the untouched 252.
    expect(first.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
      'error docker-compose.yml:9 port-claims: unassigned-well-known',
      'error k8s/admin.yaml:12 port-claims: unassigned-well-known',
    ]);
    expect(first.annotations[0]!.message).toContain('Suggested: "49152:49152".');

    const findings = findingsOf(first);
    expect(
      findings.map(
        (f) =>
          `${f.file}:${f.line} ${(f.fields ?? [f.field]).join('+')} ${f.ports?.join()} ${f.suggestion?.replacement} new=${f.new}`,
      ),
    ).toEqual([
      'docker-compose.yml:5 ports.published 252 49153:80 new=false',
      'docker-compose.yml:9 ports.published+ports.target 251 49152:49152 new=true',
      'k8s/admin.yaml:12 containerPort 251 49152 new=true',
    ]);
    expect(first.outputs['findings-count']).toBe('2');
    expect(first.outputs.failed).toBe('true');
    expect(first.outputs['sarif-file']).toBe('');
    expect(JSON.parse(first.outputs.claims ?? '[]')).toHaveLength(7);

    // One review, one comment per line; the compose line carries both replacements.
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0]!.commit_id).toBe(head);
    const comments = github.reviewComments.map((c) => `${c.path}:${c.line}`);
    expect(comments).toEqual(['docker-compose.yml:9', 'k8s/admin.yaml:12']);
    const compose = github.reviewComments[0]!.body;
    expect(compose).toContain('```suggestion\n      - "49152:49152"\n```');
    expect(compose).toContain('claims 251/tcp (ports.published and ports.target)');
    expect(compose).toMatch(/<!-- port-claims:finding [0-9a-f]{32} -->/);
    const portLine = DEPLOYMENT(251).split('\n')[11]!;
    expect(portLine).toMatch(/^ +- containerPort: 251$/);
    expect(github.reviewComments[1]!.body).toContain(
      `\`\`\`suggestion\n${portLine.replace('251', '49152')}\n\`\`\``,
    );

    // The sticky comment, created once, red.
    expect(github.issueComments).toHaveLength(1);
    expect(github.issueComments[0]!.body).toMatch(
      /^<!-- port-claims -->\n### ❌ port-claims: 2 findings to fix/,
    );

    // The job summary: counts, the new findings, the old one folded away.
    expect(first.summary).toContain('❌ 2 findings introduced by this pull request in 2 manifests');
    expect(first.summary).toContain('| 251/tcp |');
    expect(first.summary).toContain('1 finding already on the base branch');
    expect(first.summary).toContain('Review comments: 2 comments posted.');
    // The base versions came from the checkout's history, not the contents API.
    expect(github.calls('repos/get-content')).toEqual([]);
    expect(github.calls('pulls/list-files')).toHaveLength(1);
  });

  it('re-run: posts no duplicate and edits the sticky comment in place', async () => {
    const again = await run(head);
    expect(again.status).toBe(1);
    expect(github.violations).toEqual([]);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviewComments).toHaveLength(2);
    expect(github.calls('pulls/create-review')).toHaveLength(1);
    expect(github.issueComments).toHaveLength(1);
    expect(github.calls('issues/update-comment')).toHaveLength(1);
    expect(again.summary).toContain('Review comments: 2 already commented by an earlier run.');
    expect(findingsOf(again).map((f) => f.fingerprint)).toEqual(
      findingsOf(first).map((f) => f.fingerprint),
    );
  });

  it('a follow-up commit fixes it: comments cleaned up, sticky all clear, exit 0', async () => {
    const [composeComment, deploymentComment] = github.reviewComments;
    github.reply(deploymentComment!.id, 'Why not 8251?');
    const fixed = origin.commit(
      {
        'docker-compose.yml': COMPOSE_PR.replace('"251:251"', '"49152:49152"'),
        'k8s/admin.yaml': DEPLOYMENT(49152),
      },
      'Move the admin console to a dynamic port',
      head,
    );
    github.pull = {
      number: 7,
      baseSha: base,
      headSha: fixed,
      files: origin.pullFiles(base, fixed),
    };

    const step = await run(fixed);
    expect(step.stderr).toBe('');
    expect(step.status).toBe(0);
    expect(github.violations).toEqual([]);
    expect(step.annotations).toEqual([]);
    expect(step.outputs['findings-count']).toBe('0');
    expect(step.outputs.failed).toBe('false');

    // The unanswered comment is gone; the answered one stays, marked resolved, without its
    // suggestion; the answer is untouched.
    expect(github.reviewComments.find((c) => c.id === composeComment!.id)).toBeUndefined();
    const kept = github.reviewComments.find((c) => c.id === deploymentComment!.id)!;
    expect(kept.body).toMatch(/^✅ \*\*Resolved\*\*/);
    expect(kept.body).not.toContain('```suggestion');
    expect(github.reviewComments.filter((c) => c.in_reply_to_id === kept.id)).toHaveLength(1);
    expect(github.reviews).toHaveLength(1);

    expect(github.issueComments).toHaveLength(1);
    expect(github.issueComments[0]!.body).toContain('### ✅ port-claims: all clear');
    expect(step.summary).toContain('✅ No findings introduced by this pull request.');
    expect(step.summary).toContain('1 deleted (their findings are gone); 1 marked resolved');
  });
});

describe('faults and permissions', () => {
  let origin: Origin;
  let base = '';
  let head = '';
  let merge = '';

  beforeAll(() => {
    origin = new Origin();
    base = origin.commit({ 'docker-compose.yml': COMPOSE_BASE }, 'base');
    head = origin.commit(
      { 'docker-compose.yml': COMPOSE_PR, 'k8s/admin.yaml': DEPLOYMENT(251) },
      'Add the admin console',
      base,
    );
    merge = origin.merge(base, head);
  });
  afterAll(() => origin.remove());

  async function withGitHub(
    setUp: (github: FakeGitHub) => void,
    check: (github: FakeGitHub, step: StepResult) => void,
    options: {
      history?: boolean;
      fork?: boolean;
      inputs?: Record<string, string>;
      eventName?: string;
      checkout?: string;
    } = {},
  ): Promise<void> {
    const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    try {
      github.pull = {
        number: 9,
        baseSha: base,
        headSha: head,
        files: origin.pullFiles(base, head),
      };
      setUp(github);
      const step = await runStep({
        workspace: origin.workspace(options.checkout ?? merge, options.history ?? true),
        eventName: options.eventName ?? 'pull_request',
        payload: pullPayload(9, base, head, options.fork),
        apiUrl: github.url,
        repository: REPOSITORY,
        sha: merge,
        ...(options.inputs ? { inputs: options.inputs } : {}),
      });
      expect(github.violations).toEqual([]);
      check(github, step);
    } finally {
      await github.close();
    }
  }

  it('a fork: every write is refused; one warning naming the permission, the rest still works', async () => {
    await withGitHub(
      (github) => {
        github.readOnly = true;
      },
      (github, step) => {
        expect(step.stderr).toBe('');
        expect(step.status).toBe(1);
        const denied = step.warnings.filter((w) => w.includes('pull-requests: write'));
        expect(denied).toHaveLength(1);
        expect(denied[0]).toMatch(/^port-claims could not post review comments \(HTTP 403\)/);
        expect(github.calls('pulls/create-review').map((r) => r.status)).toEqual([403]);
        // Once refused, no further write is tried.
        expect(github.calls('issues/create-comment')).toEqual([]);
        expect(github.reviewComments).toEqual([]);
        expect(step.annotations.filter((a) => a.level === 'error')).toHaveLength(2);
        expect(step.outputs['findings-count']).toBe('2');
        expect(step.summary).toContain('pull-requests: write');
        // A shallow checkout: the base version came through the contents API, at the base SHA.
        expect(github.calls('repos/get-content').map((r) => [r.path, r.query.ref])).toEqual([
          ['/repos/acme/shop/contents/docker-compose.yml', base],
        ]);
        expect(findingsOf(step).filter((f) => f.new).length).toBe(2);
      },
      { history: false, fork: true },
    );
  });

  it('without `pull-requests: read`, the changed files come from a comparison instead', async () => {
    await withGitHub(
      (github) => {
        github.faults.push({
          operation: 'pulls/list-files',
          status: 403,
          message: 'Resource not accessible by integration',
          times: 1,
        });
        github.compare = (b, h) => origin.pullFiles(b, h);
      },
      (github, step) => {
        expect(step.stderr).toBe('');
        expect(step.status).toBe(1);
        expect(step.warnings).toEqual([
          "port-claims could not list the pull request's files (HTTP 403); the token needs `pull-requests: read`.",
        ]);
        expect(github.calls('repos/compare-commits-with-basehead').map((r) => r.path)).toEqual([
          `/repos/acme/shop/compare/${base}...${head}`,
        ]);
        expect(findingsOf(step).map((f) => f.new)).toEqual([false, true, true]);
        expect(github.reviewComments).toHaveLength(2);
      },
      { history: false },
    );
  });

  it('pull_request_target with the base checked out: says how to check out the head', async () => {
    await withGitHub(
      () => {},
      (_github, step) => {
        expect(step.status).toBe(0);
        expect(step.warnings).toEqual([
          expect.stringContaining(
            'not the pull request (pull_request_target checks out the base): check out `github.event.pull_request.head.sha`',
          ),
        ]);
      },
      { eventName: 'pull_request_target', checkout: base },
    );
  });

  it('a flaky API: 502s and a rate limit are retried, and the run reports as usual', async () => {
    await withGitHub(
      (github) => {
        github.faults.push(
          { operation: 'pulls/list-files', status: 502, message: 'Bad Gateway', times: 1 },
          { operation: 'pulls/create-review', status: 502, message: 'Bad Gateway', times: 2 },
          {
            operation: 'issues/list-comments',
            status: 403,
            message: 'API rate limit exceeded for installation ID 1.',
            headers: {
              'x-ratelimit-remaining': '0',
              'x-ratelimit-reset': String(Math.floor(Date.now() / 1000)),
            },
            times: 1,
          },
        );
      },
      (github, step) => {
        expect(step.stderr).toBe('');
        expect(step.status).toBe(1);
        expect(step.warnings).toEqual([]);
        expect(github.calls('pulls/list-files').map((r) => r.status)).toEqual([502, 200]);
        expect(github.calls('pulls/create-review').map((r) => r.status)).toEqual([502, 502, 200]);
        expect(github.calls('issues/list-comments').map((r) => r.status)).toEqual([403, 200]);
        expect(github.reviewComments).toHaveLength(2);
        expect(github.issueComments).toHaveLength(1);
      },
    );
  });

  it('a review GitHub refuses (422) falls back to annotations, even with annotations off', async () => {
    await withGitHub(
      (github) => {
        github.faults.push({
          operation: 'pulls/create-review',
          status: 422,
          message: 'Unprocessable Entity',
          times: 1,
        });
      },
      (github, step) => {
        expect(step.status).toBe(1);
        expect(github.reviewComments).toEqual([]);
        expect(step.warnings.some((w) => w.startsWith('GitHub refused the review (HTTP 422'))).toBe(
          true,
        );
        expect(step.annotations.map((a) => `${a.file}:${a.line}`)).toEqual([
          'docker-compose.yml:9',
          'k8s/admin.yaml:12',
        ]);
      },
      { inputs: { annotations: 'false' } },
    );
  });
});

describe('a pull request of 250 files', () => {
  it('lists every page, comments 30 lines at most, and says what it left out', async () => {
    const origin = new Origin();
    const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    try {
      const base = origin.commit({ 'README.md': 'shop\n' }, 'base');
      const files: Record<string, string> = {};
      for (let i = 0; i < 250; i++) {
        files[`stacks/s${String(i).padStart(3, '0')}/compose.yaml`] = yaml`
          services:
            app:
              image: app:${i}
              ports:
                - "251:251"
        `;
      }
      const head = origin.commit(files, 'Add 250 stacks', base);
      const merge = origin.merge(base, head);
      github.pull = {
        number: 11,
        baseSha: base,
        headSha: head,
        files: origin.pullFiles(base, head),
      };
      expect(github.pull.files).toHaveLength(250);

      const step = await runStep({
        workspace: origin.workspace(merge, false),
        eventName: 'pull_request',
        payload: pullPayload(11, base, head),
        apiUrl: github.url,
        repository: REPOSITORY,
        sha: merge,
      });
      expect(step.stderr).toBe('');
      expect(github.violations).toEqual([]);
      expect(step.status).toBe(1);
      expect(github.calls('pulls/list-files').map((r) => r.query.page ?? '1')).toEqual([
        '1',
        '2',
        '3',
      ]);
      // Every file was added: nothing to read at the base.
      expect(github.calls('repos/get-content')).toEqual([]);
      expect(step.outputs['findings-count']).toBe('250');
      expect(github.reviews).toHaveLength(1);
      expect(github.reviewComments).toHaveLength(30);
      // GitHub shows 10 error annotations per step, and the failure line is one of them.
      expect(step.annotations).toHaveLength(9);
      expect(step.errors).toHaveLength(1);
      expect(step.summary).toContain('241 findings not annotated');
      expect(step.summary).toContain('220 findings not commented: at most 30 comments per review');
      expect(Buffer.byteLength(step.summary)).toBeLessThan(1024 * 1024);
      expect(github.issueComments[0]!.body.length).toBeLessThan(65536);
    } finally {
      await github.close();
      origin.remove();
    }
  });
});

describe('a merge group', () => {
  it('compares with the base from git history and writes nothing on GitHub', async () => {
    const origin = new Origin();
    const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    try {
      const base = origin.commit({ 'docker-compose.yml': COMPOSE_BASE }, 'base');
      const head = origin.commit({ 'docker-compose.yml': COMPOSE_PR }, 'queued', base);
      const step = await runStep({
        workspace: origin.workspace(head, true),
        eventName: 'merge_group',
        payload: {
          merge_group: { base_sha: base, head_sha: head, head_ref: 'gh-readonly-queue/main/pr-7' },
        },
        apiUrl: github.url,
        repository: REPOSITORY,
        sha: head,
      });
      expect(step.stderr).toBe('');
      expect(step.status).toBe(1);
      expect(github.requests).toEqual([]);
      expect(findingsOf(step).map((f) => `${f.line} ${f.new}`)).toEqual(['5 false', '9 true']);
      expect(step.outputs['findings-count']).toBe('1');
      expect(step.summary).toContain('1 changed file listed by git history');
    } finally {
      await github.close();
      origin.remove();
    }
  });
});

describe('a misconfigured step', () => {
  it('fails naming the input and the accepted values, and says so in the summary', async () => {
    const origin = new Origin();
    try {
      const sha = origin.commit({ 'docker-compose.yml': COMPOSE_BASE }, 'main');
      const step = await runStep({
        workspace: origin.workspace(sha, false),
        eventName: 'push',
        payload: {},
        apiUrl: 'http://127.0.0.1:9',
        repository: REPOSITORY,
        sha,
        inputs: { 'fail-on': 'warnings' },
      });
      expect(step.status).toBe(1);
      expect(step.errors).toEqual([
        'port-claims: input "fail-on" must be one of error, warning, notice, never (got "warnings")',
      ]);
      expect(step.summary).toContain('❌ Did not run: input "fail-on" must be one of');
    } finally {
      origin.remove();
    }
  });
});

describe('a config file with a mistake', () => {
  it('fails with an annotation on the line of the config file', async () => {
    const origin = new Origin();
    try {
      const sha = origin.commit(
        {
          'docker-compose.yml': COMPOSE_BASE,
          'ci/ports.yml': 'rules:\n  unassigned-well-known: fatal\n',
        },
        'main',
      );
      const step = await runStep({
        workspace: origin.workspace(sha, false),
        eventName: 'push',
        payload: {},
        apiUrl: 'http://127.0.0.1:9',
        repository: REPOSITORY,
        sha,
        inputs: { config: 'ci/ports.yml' },
      });
      expect(step.status).toBe(1);
      expect(step.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
        'error ci/ports.yml:2 port-claims: config',
      ]);
      expect(step.annotations[0]!.message).toContain('fatal');
      expect(step.summary).toContain('❌ Did not run: ci/ports.yml:2:');
    } finally {
      origin.remove();
    }
  });
});

describe('a push', () => {
  it('scans everything, asks GitHub nothing, and writes SARIF', async () => {
    const origin = new Origin();
    const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    try {
      const sha = origin.commit(
        { 'docker-compose.yml': COMPOSE_PR, 'k8s/admin.yaml': DEPLOYMENT(251) },
        'main',
      );
      const workspace = origin.workspace(sha, false);
      const step = await runStep({
        workspace,
        eventName: 'push',
        payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: REPOSITORY } },
        apiUrl: github.url,
        repository: REPOSITORY,
        sha,
        inputs: { 'sarif-file': 'results/port-claims.sarif' },
      });
      expect(step.stderr).toBe('');
      expect(step.status).toBe(1);
      expect(github.requests).toEqual([]);
      expect(step.annotations.map((a) => `${a.file}:${a.line}`)).toEqual([
        'docker-compose.yml:5',
        'docker-compose.yml:9',
        'k8s/admin.yaml:12',
      ]);
      expect(findingsOf(step).every((f) => f.new === undefined)).toBe(true);
      expect(step.outputs['findings-count']).toBe('3');
      expect(step.outputs['sarif-file']).toBe('results/port-claims.sarif');
      const sarif = JSON.parse(readFileSync(join(workspace, 'results/port-claims.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs[0].results).toHaveLength(3);
      // Paths from the repository's root, which the workspace is, and the root named.
      expect(sarif.runs[0].originalUriBaseIds).toEqual({
        '%SRCROOT%': { uri: `${pathToFileURL(workspace).href}/` },
      });
      expect(
        sarif.runs[0].results.map(
          (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
            r.locations[0]!.physicalLocation.artifactLocation.uri,
        ),
      ).toEqual(['docker-compose.yml', 'docker-compose.yml', 'k8s/admin.yaml']);
      expect(step.summary).toContain('❌ 3 findings in 2 manifests');
    } finally {
      await github.close();
      origin.remove();
    }
  });
});

describe('port ranges', () => {
  it('are one claim in the outputs, SARIF and summary; a range finding lists its ports', async () => {
    const origin = new Origin();
    try {
      const sha = origin.commit(
        {
          'docker-compose.yml': yaml`
            services:
              mixed:
                image: mixed
                ports:
                  - "1018-1030:1018-1030"
              fixed:
                image: fixed
                ports:
                  - "1025:8080"
          `,
        },
        'main',
      );
      const workspace = origin.workspace(sha, false);
      const step = await runStep({
        workspace,
        eventName: 'push',
        payload: { ref: 'refs/heads/main', after: sha, repository: { full_name: REPOSITORY } },
        apiUrl: 'http://127.0.0.1:9',
        repository: REPOSITORY,
        sha,
        inputs: { 'sarif-file': 'port-claims.sarif' },
      });
      expect(step.stderr).toBe('');
      expect(step.status).toBe(1);
      const claims = JSON.parse(step.outputs.claims ?? '[]') as Record<string, unknown>[];
      expect(claims.map((c) => `${c.field} ${c.port}-${c.endPort ?? ''}`)).toEqual([
        'ports.published 1018-1030',
        'ports.target 1018-1030',
        'ports.published 1025-',
        'ports.target 8080-',
      ]);
      expect(claims[0]).not.toHaveProperty('class');
      expect(claims[0]!.classes).toHaveLength(9);
      expect(claims[0]!.classes).toContainEqual({
        from: 1023,
        to: 1023,
        range: 'well-known',
        status: 'reserved',
      });
      expect(
        findingsOf(step).map(
          (f) => `${f.rule} ${f.line} ${(f.fields ?? [f.field]).join('+')} ${f.ports?.join(',')}`,
        ),
      ).toEqual([
        'reserved-port 5 ports.published+ports.target 1023,1024,1027',
        'unassigned-registered 5 ports.published+ports.target 1028,1030',
        'unassigned-well-known 5 ports.published+ports.target 1018,1019,1020',
        'host-port-conflict 9 ports.published 1025',
      ]);
      expect(step.outputs['findings-count']).toBe('3');
      expect(step.annotations.map((a) => `${a.level} ${a.line} ${a.title}`)).toEqual([
        'error 5 port-claims: reserved-port',
        'error 5 port-claims: unassigned-well-known',
        'error 9 port-claims: host-port-conflict',
        'notice 5 port-claims: unassigned-registered',
      ]);
      const sarif = JSON.parse(readFileSync(join(workspace, 'port-claims.sarif'), 'utf8'));
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
        'reserved-port',
        'unassigned-registered',
        'unassigned-well-known',
        'host-port-conflict',
      ]);
      expect(step.summary).toContain('❌ 4 findings in 1 manifest (28 claimed ports).');
      expect(step.summary).toContain('| 1018-1030/tcp | well-known, registered |');
      expect(step.summary).toContain('| `unassigned-well-known` | 1018-1020/tcp |');
    } finally {
      origin.remove();
    }
  });
});
