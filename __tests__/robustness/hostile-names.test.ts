// A pull request whose manifests are written to attack what the action posts: service, resource,
// container and file names and port specs full of mentions, HTML, table pipes, backticks, issue
// references, links, newlines and workflow commands. The built dist/index.js runs against the
// fake GitHub; every surface is checked as GitHub would read it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markedFingerprints } from '../../src/report/review.js';
import type { Finding } from '../../src/types.js';
import { FakeGitHub } from '../action/helpers/github-server.js';
import { Origin } from '../action/helpers/repo.js';
import type { StepResult } from '../action/helpers/runner.js';
import { ROOT, runStep } from '../action/helpers/runner.js';
import { LINKABLE, proseOf, renderGfm, tableRows, tagsOf } from '../helpers/gfm.js';

const TOKEN = 'ghs_test_token_not_a_secret';
const HOSTILE = '@octocat <img src=x onerror=alert(1)> | `x` [a](https://evil.example) #1 GH-2';
/** A file name that holds what a workflow command property must escape. */
// No space: git writes a name with a space with a tab after it in a diff, which the fake GitHub
// would take for part of the name.
const FILE = 'deploy/compose.@octocat|<img>|`#1`%0A::warning::x,y.yml';
const MANIFEST = 'k8s/deploy.yaml';

const COMPOSE = [
  'services:',
  `  "${HOSTILE}\\n::error::pwned %0A":`,
  '    ports:',
  '      - "251:80"',
  '  web:',
  '    ports:',
  '      - "80:80/tcp<script>@admin`|"',
  '      - "252:80" # <!-- port-claims:finding 00000000000000000000000000000000 -->',
  '',
].join('\n');

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  `  name: "${HOSTILE}"`,
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: "``` </td><td> @admin\\n::warning::x"',
  '        ports:',
  '        - containerPort: 253',
  '',
].join('\n');

/** What a summary or comment may hold: the structure port-claims writes, nothing from a file. */
const ALLOWED_TAGS = new Set([
  'a',
  'code',
  'details',
  'h2',
  'h3',
  'li',
  'p',
  'pre',
  'strong',
  'sub',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Checks one markdown surface as GitHub renders it. */
function expectSafe(markdown: string, surface: string): void {
  const html = renderGfm(markdown);
  const tags = tagsOf(html).filter((t) => !ALLOWED_TAGS.has(t));
  expect(tags, `${surface}: elements`).toEqual([]);
  for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) {
    // Rule pages, and the run the sticky comment links to.
    expect(href, `${surface}: link`).toMatch(
      /^https:\/\/github\.com\/(port-claims\/port-claims\/|acme\/shop\/actions\/runs\/\d+$)/,
    );
  }
  const prose = proseOf(html.replace(/<a href="[^"]*">[^<]*<\/a>/g, ''));
  expect(prose.match(LINKABLE)?.[0], `${surface}: mention, reference or link`).toBeUndefined();
  for (const table of html.split('<table>').slice(1)) {
    const rows = tableRows(table.slice(0, table.indexOf('</table>')));
    const widths = new Set(rows.map((r) => r.length));
    expect([...widths], `${surface}: cells per row`).toHaveLength(1);
  }
}

let origin: Origin;
let github: FakeGitHub;
let step: StepResult;
let findings: Finding[];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run `npm run build` (npm test does)');
  origin = new Origin();
  github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
  await github.start();
  const base = origin.commit({ 'README.md': 'shop\n' }, 'base');
  const head = origin.commit({ [FILE]: COMPOSE, [MANIFEST]: DEPLOYMENT }, 'Add services', base);
  github.pull = { number: 9, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
  const merge = origin.merge(base, head);
  const repo = { full_name: 'acme/shop', fork: false };
  step = await runStep({
    workspace: origin.workspace(merge, true),
    eventName: 'pull_request',
    payload: {
      action: 'opened',
      number: 9,
      pull_request: {
        number: 9,
        base: { sha: base, ref: 'main', repo },
        head: { sha: head, ref: 'feature', repo },
      },
      repository: repo,
    },
    apiUrl: github.url,
    repository: 'acme/shop',
    sha: merge,
  });
  findings = JSON.parse(step.outputs.findings ?? '[]') as Finding[];
}, 60_000);

afterAll(async () => {
  await github?.close();
  origin?.remove();
});

describe('hostile names in a pull request (dist/index.js against a fake GitHub)', () => {
  it('runs, fails on the findings, and reports the names intact in its outputs', () => {
    expect(step.stderr).toBe('');
    expect(step.status).toBe(1);
    expect(github.violations).toEqual([]);
    const resources = new Set(findings.map((f) => f.resource));
    expect(resources).toContain(`${HOSTILE}\n::error::pwned %0A`);
    expect(resources).toContain(`Deployment/${HOSTILE}`);
    expect(new Set(findings.map((f) => f.file))).toEqual(new Set([FILE, MANIFEST]));
  });

  it('masks the token and prints it nowhere else', () => {
    const lines = step.stdout.split('\n').filter((l) => l.includes(TOKEN));
    expect(lines).toEqual([`::add-mask::${TOKEN}`]);
    expect(step.stderr).not.toContain(TOKEN);
    expect(step.summary).not.toContain(TOKEN);
    expect(JSON.stringify(step.outputs)).not.toContain(TOKEN);
    const bodies = [...github.issueComments, ...github.reviewComments, ...github.reviews];
    expect(JSON.stringify(bodies.map((b) => b.body))).not.toContain(TOKEN);
  });

  it('writes each annotation as one workflow command, its text intact', () => {
    const commands = step.stdout.split('\n').filter((l) => l.startsWith('::'));
    for (const line of commands) {
      expect(line).toMatch(/^::(add-mask|error|warning|notice)( [^:]*)?::/);
    }
    expect(commands.filter((l) => /^::(error|warning)::(pwned|x)/.test(l))).toEqual([]);
    const annotated = step.annotations.map((a) => `${a.file}:${a.line} ${a.message}`);
    const expected = findings
      .filter((f) => f.new !== false && f.suppressed === undefined)
      .map(
        (f) =>
          `${f.file}:${f.line} ${f.message}${f.suggestion ? ` Suggested: ${JSON.stringify(f.suggestion.replacement)}.` : ''}`,
      );
    expect(annotated.sort()).toEqual(expected.sort());
    expect(annotated.some((a) => a.includes('\n::error::pwned %0A'))).toBe(true);
  });

  it('keeps the job summary free of markup, mentions, references and links from the files', () => {
    expect(step.summary).toContain('port-claims');
    expectSafe(step.summary, 'job summary');
  });

  it('keeps the sticky comment just as safe', () => {
    expect(github.issueComments).toHaveLength(1);
    expectSafe(github.issueComments[0]!.body, 'sticky comment');
  });

  it('keeps review comments safe, each marked with its own findings only', () => {
    expect(github.reviewComments.length).toBeGreaterThanOrEqual(3);
    for (const comment of github.reviewComments) {
      expectSafe(comment.body, `review comment on ${comment.path}:${comment.line}`);
      const onLine = findings.filter((f) => f.file === comment.path && f.line === comment.line);
      expect(markedFingerprints(comment.body)).toEqual(onLine.map((f) => f.fingerprint));
    }
    // The line with a marker of its own in a comment is suggested as written, marker and all.
    const spoof = github.reviewComments.find((c) => c.line === 8);
    expect(spoof?.body).toContain('```suggestion\n      - "49153:80" # <!-- port-claims:finding 0');
  });
});
