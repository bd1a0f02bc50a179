// `config-from`: a pull request that changes the config to silence its own finding is judged by
// the base branch's config too (the default, `base`): the finding is reported as silenced, on the
// config line as well, and still fails the check; `head` trusts the change. The built action
// against the fake GitHub.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { yaml } from '../helpers/tree.js';
import { FakeGitHub } from './helpers/github-server.js';
import type { Files } from './helpers/repo.js';
import { Origin } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const REPOSITORY = 'acme/shop';
const COMPOSE = (ports: string[]): string =>
  [
    'services:',
    '  web:',
    '    image: web:1',
    '    ports:',
    ...ports.map((p) => `      - "${p}"`),
    '',
  ].join('\n');
const OLD = 'legacy/compose.yaml';

let origin: Origin;
let base = '';

beforeAll(() => {
  origin = new Origin();
  base = origin.commit(
    {
      'compose.yaml': COMPOSE(['8080:80']),
      // An old finding, in a file no pull request below touches.
      [OLD]: COMPOSE(['252:80']),
      '.port-claims.yml': yaml`
        rules:
          unassigned-registered: notice
      `,
    },
    'base',
  );
});
afterAll(() => origin.remove());

async function pull(files: Files, inputs: Record<string, string> = {}) {
  const head = origin.commit(files, 'change', base);
  const merge = origin.merge(base, head);
  const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
  await github.start();
  try {
    github.pull = { number: 4, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
    const repo = { full_name: REPOSITORY, fork: false };
    const step = await runStep({
      workspace: origin.workspace(merge, true),
      eventName: 'pull_request',
      payload: {
        number: 4,
        pull_request: {
          number: 4,
          base: { sha: base, ref: 'main', repo },
          head: { sha: head, ref: 'feature', repo },
        },
      },
      apiUrl: github.url,
      repository: REPOSITORY,
      sha: merge,
      inputs: { 'pr-comment': 'always', ...inputs },
    });
    expect(step.stderr).toBe('');
    expect(github.violations).toEqual([]);
    const findings = JSON.parse(step.outputs.findings ?? '[]') as Finding[];
    return { step, github, findings };
  } finally {
    await github.close();
  }
}

const rulesOff = (rule: string) => yaml`
  rules:
    unassigned-registered: notice
    ${rule}: off
`;

describe('a pull request that turns a rule off beside the port it adds', () => {
  const files = {
    'compose.yaml': COMPOSE(['8080:80', '251:80']),
    '.port-claims.yml': rulesOff('unassigned-well-known'),
  };

  it('config-from base (the default): reported as silenced, on the config line too, and fails', async () => {
    const { step, github, findings } = await pull(files);
    expect(step.status).toBe(1);
    expect(step.outputs['findings-count']).toBe('1');
    expect(findings.map((f) => `${f.file}:${f.line} ${f.rule} new=${f.new}`)).toEqual([
      'compose.yaml:6 unassigned-well-known new=true',
      `${OLD}:5 unassigned-well-known new=false`,
    ]);
    expect(findings[0]!.message).toMatch(
      /This pull request's change to \.port-claims\.yml \(rules\.unassigned-well-known, line 3\) silences it; the base branch's config reports it, and config-from is "base"\.$/,
    );
    // The finding on its line, and the config line that silences it.
    expect(step.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
      'error compose.yaml:6 port-claims: unassigned-well-known',
      'error .port-claims.yml:3 port-claims: config-from',
    ]);
    const note =
      'This pull request changes the port-claims config in a way that silences 1 finding';
    expect(step.summary).toContain(note);
    expect(step.summary).toContain('silenced by `rules.unassigned-well-known`');
    expect(github.issueComments[0]!.body).toContain(note);
    expect(github.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['compose.yaml:6']);
  });

  it('config-from head: the pull request’s config is trusted', async () => {
    const { step, findings } = await pull(files, { 'config-from': 'head' });
    expect(step.status).toBe(0);
    expect(findings).toEqual([]);
    expect(step.summary).not.toContain('silences');
  });
});

describe('other ways a config change silences a finding', () => {
  it.each([
    ['exclude', 'exclude: ["**"]', 'exclude', 3],
    ['max-file-size', 'max-file-size: 1', 'max-file-size', 3],
    ['an allow entry', 'allow:\n  - ports: [251]\n    reason: "needed, trust me"', 'allow[0]', 4],
  ])('%s', async (_what, extra, key, line) => {
    const { step, findings } = await pull({
      'compose.yaml': COMPOSE(['8080:80', '251:80']),
      '.port-claims.yml': `rules:\n  unassigned-registered: notice\n${extra}\n`,
    });
    expect(step.status).toBe(1);
    const added = findings.filter((f) => f.new);
    expect(added.map((f) => `${f.file}:${f.line} ${f.rule}`)).toEqual([
      'compose.yaml:6 unassigned-well-known',
    ]);
    expect(added[0]!.message).toContain(`(${key}, line ${line}) silences it`);
    expect(step.annotations.map((a) => `${a.file}:${a.line} ${a.title}`)).toContain(
      `.port-claims.yml:${line} port-claims: config-from`,
    );
  });

  it('silencing only what the base branch already had does not fail the check', async () => {
    const { step, findings } = await pull({
      'compose.yaml': COMPOSE(['8081:80']),
      '.port-claims.yml': rulesOff('unassigned-well-known'),
    });
    expect(step.status).toBe(0);
    expect(findings.map((f) => `${f.file} new=${f.new}`)).toEqual([`${OLD} new=false`]);
  });

  it('an inline ignore with a reason stays the way to keep a port', async () => {
    const { step, findings } = await pull({
      'compose.yaml': COMPOSE(['8080:80', '251:80']).replace(
        '"251:80"',
        '"251:80" # port-claims: ignore unassigned-well-known -- vendor appliance, fixed port',
      ),
    });
    expect(step.status).toBe(0);
    expect(findings.find((f) => f.file === 'compose.yaml')?.suppressed).toBe(
      'vendor appliance, fixed port',
    );
  });
});

describe('an env-files input that does not exist', () => {
  it('fails the step, naming it, as a missing --env-file does', async () => {
    const { step } = await pull(
      { 'compose.yaml': COMPOSE(['8081:80']) },
      { 'env-files': '.env.ci' },
    );
    expect(step.status).toBe(1);
    expect(step.errors).toEqual([
      'port-claims: input "env-files" names ".env.ci", which does not exist in the workspace',
    ]);
  });
});
