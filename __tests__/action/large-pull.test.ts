// A pull request of more files than GitHub lists (3,000): what the list leaves out must not pass
// as unchanged. git gives the whole list (fetching the base into a shallow checkout); when it
// cannot, every finding in a file the list left out counts as new, and a warning says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
import { yaml } from '../helpers/tree.js';
import { FakeGitHub } from './helpers/github-server.js';
import { Origin } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const REPOSITORY = 'acme/shop';

let origin: Origin;
let base = '';
let head = '';
let merge = '';

beforeAll(() => {
  origin = new Origin();
  base = origin.commit(
    {
      // An old finding in a file the pull request does not touch.
      'legacy/compose.yaml': yaml`
        services:
          legacy:
            image: legacy:1
            ports:
              - "252:80"
      `,
    },
    'base',
  );
  // 3,000 filler files sort before the one compose file that claims 251.
  const files: Record<string, string> = {};
  for (let i = 0; i < 3000; i++) files[`docs/${String(i).padStart(4, '0')}.txt`] = `page ${i}\n`;
  files['zz/compose.yaml'] = yaml`
    services:
      admin:
        image: admin:2
        ports:
          - "251:80"
  `;
  head = origin.commit(files, 'Add docs and an admin console', base);
  merge = origin.merge(base, head);
}, 60_000);
afterAll(() => origin.remove());

async function run(history: boolean, remote: boolean) {
  const github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
  await github.start();
  try {
    github.pull = { number: 5, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
    const repo = { full_name: REPOSITORY, fork: false };
    const step = await runStep({
      workspace: origin.workspace(merge, history, remote),
      eventName: 'pull_request',
      payload: {
        number: 5,
        pull_request: {
          number: 5,
          base: { sha: base, ref: 'main', repo },
          head: { sha: head, ref: 'feature', repo },
        },
      },
      apiUrl: github.url,
      repository: REPOSITORY,
      sha: merge,
      inputs: { 'review-comments': 'false', 'pr-comment': 'never' },
    });
    expect(step.stderr).toBe('');
    expect(github.violations).toEqual([]);
    // GitHub listed 3,000 of the 3,001 files, and not the compose file.
    expect(github.pull.files).toHaveLength(3001);
    expect(github.calls('pulls/list-files')).toHaveLength(30);
    const findings = JSON.parse(step.outputs.findings ?? '[]') as Finding[];
    return { step, findings: findings.map((f) => `${f.file}:${f.line} new=${f.new}`) };
  } finally {
    await github.close();
  }
}

describe('a pull request of more than 3,000 files', () => {
  it('with history: git lists every file, and the finding past the 3,000th is new', async () => {
    const { step, findings } = await run(true, false);
    expect(step.status).toBe(1);
    expect(findings).toEqual(['legacy/compose.yaml:5 new=false', 'zz/compose.yaml:5 new=true']);
    expect(step.warnings).toEqual([]);
    expect(step.summary).toContain('3001 changed files listed by git history');
  });

  it('shallow: fetches the base from origin, then diffs as with history', async () => {
    const { step, findings } = await run(false, true);
    expect(step.status).toBe(1);
    expect(findings).toEqual(['legacy/compose.yaml:5 new=false', 'zz/compose.yaml:5 new=true']);
    expect(step.warnings).toEqual([]);
  });

  it('when git cannot tell either: every finding in a file not listed is new, and says why', async () => {
    const { step, findings } = await run(false, false);
    expect(step.status).toBe(1);
    expect(findings).toEqual(['legacy/compose.yaml:5 new=true', 'zz/compose.yaml:5 new=true']);
    expect(step.warnings).toEqual([
      expect.stringMatching(/^port-claims could not fetch the base commit [0-9a-f]{7}: /),
      'GitHub lists at most 3,000 files of a pull request, and this one has more: every finding in a file past those counts as new, since port-claims cannot tell whether the pull request changed it.',
    ]);
  });
});
