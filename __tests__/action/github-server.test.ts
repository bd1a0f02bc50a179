// The stand-in must refuse what GitHub refuses, or the end-to-end tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from './helpers/github-server.js';

let github: FakeGitHub;

beforeEach(async () => {
  github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: '/nonexistent' });
  await github.start();
  github.pull = {
    number: 1,
    baseSha: 'b'.repeat(40),
    headSha: 'h'.repeat(40),
    files: [{ filename: 'compose.yaml', status: 'modified', patch: '@@ -1,2 +1,3 @@\n a\n+b\n c' }],
  };
});
afterEach(() => github.close());

const post = (path: string, body: unknown) =>
  fetch(`${github.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const review = (line: number) => ({
  commit_id: 'h'.repeat(40),
  event: 'COMMENT',
  body: 'review',
  comments: [
    { path: 'compose.yaml', line: 2, side: 'RIGHT', body: 'on the added line' },
    { path: 'compose.yaml', line, side: 'RIGHT', body: 'maybe outside' },
  ],
});

describe('the fake GitHub', () => {
  it('sinks the whole review when one comment is outside the diff', async () => {
    const refused = await post('/repos/acme/shop/pulls/1/reviews', review(9));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ errors: ['Line could not be resolved'] });
    expect(github.reviewComments).toEqual([]);

    const accepted = await post('/repos/acme/shop/pulls/1/reviews', review(3));
    expect(accepted.status).toBe(200);
    expect(github.reviewComments.map((c) => c.line)).toEqual([2, 3]);
    expect(github.violations).toEqual([]);
  });

  it('records a body the OpenAPI schema refuses, and an operation it does not know', async () => {
    const wrongType = await post('/repos/acme/shop/pulls/1/reviews', { event: 'SHOUT' });
    expect(wrongType.status).toBe(422);
    await post('/repos/acme/shop/issues/1/comments', { body: 'x', bodyy: 'typo' });
    await fetch(`${github.url}/repos/acme/shop/pulls/1/merge`, { method: 'PUT' });
    expect(github.violations).toEqual([
      expect.stringMatching(/^pulls\/create-review: body refused by the schema: .*enum/),
      expect.stringMatching(
        /^issues\/create-comment: body refused by the schema: .*additionalProperties/,
      ),
      'PUT /repos/acme/shop/pulls/1/merge: not an operation of the fixture',
    ]);
  });

  it('pages lists with Link headers, as the paginate plugin expects', async () => {
    for (let i = 0; i < 3; i++) await post('/repos/acme/shop/issues/1/comments', { body: `c${i}` });
    const first = await fetch(`${github.url}/repos/acme/shop/issues/1/comments?per_page=2`);
    expect(((await first.json()) as unknown[]).length).toBe(2);
    expect(first.headers.get('link')).toBe(
      `<${github.url}/repos/acme/shop/issues/1/comments?per_page=2&page=2>; rel="next", <${github.url}/repos/acme/shop/issues/1/comments?per_page=2&page=2>; rel="last"`,
    );
    expect(github.violations).toEqual([]);
  });
});
