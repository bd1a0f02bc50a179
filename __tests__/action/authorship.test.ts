// Comments the action did not write are never its own: a marker someone else writes (a stranger
// who comments first, a maintainer who quotes it) neither becomes the sticky comment nor stands
// for a review comment, and nothing of theirs is edited or deleted. The built dist/index.js
// against the fake GitHub, which answers GraphQL's `viewer` with the token's login.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { yaml } from '../helpers/tree.js';
import { FakeGitHub } from './helpers/github-server.js';
import { Origin } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const REPOSITORY = 'acme/shop';
const COMPOSE = (port: number): string => yaml`
  services:
    admin:
      image: admin:2.1
      ports:
        - "${port}:${port}"
`;

function payload(base: string, head: string) {
  const repo = { full_name: REPOSITORY, fork: false };
  return {
    action: 'synchronize',
    number: 3,
    pull_request: {
      number: 3,
      base: { sha: base, ref: 'main', repo },
      head: { sha: head, ref: 'feature', repo },
    },
    repository: repo,
  };
}

let origin: Origin;
let base = '';
let head = '';
let fixed = '';
let github: FakeGitHub;

beforeAll(() => {
  origin = new Origin();
  base = origin.commit({ 'README.md': 'shop\n' }, 'base');
  head = origin.commit({ 'docker-compose.yml': COMPOSE(251) }, 'Add admin', base);
  fixed = origin.commit({ 'docker-compose.yml': COMPOSE(49152) }, 'Move admin', head);
});
afterAll(() => origin.remove());
beforeEach(async () => {
  github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
  await github.start();
});
afterEach(async () => {
  await github.close();
});

async function run(headSha: string, inputs: Record<string, string> = {}) {
  github.pull = {
    number: 3,
    baseSha: base,
    headSha,
    files: origin.pullFiles(base, headSha),
  };
  const merge = origin.merge(base, headSha);
  const step = await runStep({
    workspace: origin.workspace(merge, true),
    eventName: 'pull_request',
    payload: payload(base, headSha),
    apiUrl: github.url,
    repository: REPOSITORY,
    sha: merge,
    inputs: { 'pr-comment': 'always', ...inputs },
  });
  expect(step.stderr).toBe('');
  expect(github.violations).toEqual([]);
  return step;
}

describe('the sticky comment', () => {
  it('is only a comment of the token’s own login that starts with the marker', async () => {
    const stranger = github.comment(
      '<!-- port-claims -->\n### ✅ port-claims: all clear',
      'mallory',
    );
    const quoting = github.comment(
      'The report is the comment that starts with `<!-- port-claims -->`; do not edit it.',
      'maintainer',
    );
    // Another workflow writing as github-actions[bot], quoting the marker mid-text.
    const sameBot = github.comment(
      'Deploy preview ready. <!-- port-claims -->',
      'github-actions[bot]',
    );
    const before = github.issueComments.map((c) => ({ ...c }));

    const first = await run(head);
    expect(first.status).toBe(1);
    expect(github.calls('graphql')).toHaveLength(1);
    // None of theirs was edited; the action made its own.
    expect(github.calls('issues/update-comment')).toEqual([]);
    expect(github.issueComments.slice(0, 3)).toEqual(before);
    expect(github.issueComments).toHaveLength(4);
    const ours = github.issueComments[3]!;
    expect(ours.user.login).toBe('github-actions[bot]');
    expect(ours.body).toMatch(/^<!-- port-claims -->\n### ❌ port-claims: 1 finding to fix/);

    // The fix: the action's own comment turns green, in place; the others stay as they were.
    const second = await run(fixed);
    expect(second.status).toBe(0);
    expect(github.calls('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/acme/shop/issues/comments/${ours.id}`,
    ]);
    expect(github.issueComments).toHaveLength(4);
    expect(github.issueComments.slice(0, 3)).toEqual(before);
    expect(github.issueComments[3]!.body).toContain('### ✅ port-claims: all clear');
    expect([stranger.id, quoting.id, sameBot.id]).not.toContain(ours.id);
  });

  it('an app token: its own login is the one recognised, not github-actions[bot]', async () => {
    github.viewer = 'port-bot[bot]';
    github.comment('<!-- port-claims -->\nold report', 'github-actions[bot]');
    const own = github.comment('<!-- port-claims -->\nold report', 'port-bot[bot]');
    await run(head);
    expect(github.calls('issues/update-comment').map((r) => r.path)).toEqual([
      `/repos/acme/shop/issues/comments/${own.id}`,
    ]);
    expect(github.issueComments[0]!.body).toBe('<!-- port-claims -->\nold report');
    expect(github.issueComments).toHaveLength(2);
  });

  it('when GitHub does not say who the token is, writes no comment and says why', async () => {
    github.viewer = '';
    const mine = github.comment('<!-- port-claims -->\nold report', 'github-actions[bot]');
    const step = await run(head);
    expect(step.status).toBe(1);
    expect(
      step.warnings.filter((w) => w.includes('which account its token writes as')),
    ).toHaveLength(1);
    expect(github.issueComments).toEqual([mine]);
    expect(github.calls('pulls/create-review')).toEqual([]);
    // The check itself is unchanged.
    expect(step.outputs['findings-count']).toBe('1');
  });
});

describe('review comments', () => {
  it('a stranger’s copy of a real marker does not stand for ours; a maintainer’s quote is not deleted', async () => {
    // The fingerprint is public: any earlier run's outputs, or the tool run locally, show it.
    const dry = await run(head, { 'review-comments': 'false', 'pr-comment': 'never' });
    const [finding] = JSON.parse(dry.outputs.findings ?? '[]') as Finding[];
    const marker = `<!-- port-claims:finding ${finding!.fingerprint} -->`;
    const forged = github.reviewComment(
      'docker-compose.yml',
      5,
      `looks fine to me\n\n${marker}`,
      'mallory',
    );
    const quote = github.reviewComment(
      'docker-compose.yml',
      5,
      `port-claims hides ${marker} in its comments; keep this port, we need it.`,
      'maintainer',
    );

    const step = await run(head, { 'pr-comment': 'never' });
    expect(step.summary).toContain('Review comments: 1 comment posted.');
    const ours = github.reviewComments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body.trimEnd().endsWith(marker)).toBe(true);

    // Fixed: our comment goes; neither of theirs is touched.
    await run(fixed, { 'pr-comment': 'never' });
    expect(github.calls('pulls/delete-review-comment').map((r) => r.path)).toEqual([
      `/repos/acme/shop/pulls/comments/${ours[0]!.id}`,
    ]);
    expect(github.calls('pulls/update-review-comment')).toEqual([]);
    expect(github.reviewComments).toEqual([forged, quote]);
  });
});
