// The few GitHub REST calls the action makes, behind a narrow interface. Server errors are
// retried with backoff (@octokit/plugin-retry), rate limits waited out (@octokit/plugin-throttling)
// when the wait is short; what still fails reaches the caller as a RequestError.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

/** A file of a pull request (or of a comparison), as GitHub lists it. */
export interface ChangedFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** The unified diff; GitHub leaves it out for binary and very large diffs. */
  patch?: string;
}

export interface ReviewComment {
  id: number;
  body: string;
  path: string;
  in_reply_to_id?: number;
  /** The login of who wrote it (`github-actions[bot]`, `my-app[bot]`, a user). */
  author?: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  author?: string;
}

export interface NewReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface GitHubClient {
  /**
   * The login the token acts as: `github-actions[bot]` for a GITHUB_TOKEN, `<slug>[bot]` for
   * another app's installation token, the user's for a personal token. Installation tokens
   * cannot call `GET /user`; GraphQL's `viewer` answers for every kind of token.
   */
  viewerLogin(): Promise<string>;
  listPullFiles(pull: number): Promise<ChangedFile[]>;
  /** GitHub lists at most 300 files of a comparison; `truncated` says when there were more. */
  compareFiles(base: string, head: string): Promise<{ files: ChangedFile[]; truncated: boolean }>;
  /** The file's text at `ref`, or undefined when it does not exist there. */
  readFile(path: string, ref: string): Promise<string | undefined>;
  listReviewComments(pull: number): Promise<ReviewComment[]>;
  createReview(
    pull: number,
    review: { commitId: string; body: string; comments: NewReviewComment[] },
  ): Promise<void>;
  updateReviewComment(id: number, body: string): Promise<void>;
  deleteReviewComment(id: number): Promise<void>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<void>;
  updateIssueComment(id: number, body: string): Promise<void>;
}

export interface ClientSettings {
  token: string;
  owner: string;
  repo: string;
  /**
   * The unit of every wait, in milliseconds: retries wait 1, 4, 9 units, writes are spaced one
   * unit apart (three for writes that notify), as GitHub asks of integrations. 1000 in real
   * runs; the tests make it small.
   */
  backoffMs: number;
  log: (message: string) => void;
}

/** GitHub lists at most 3,000 files of a pull request. */
export const MAX_PULL_FILES = 3000;

/** Whether the error is an HTTP status from the API (RequestError), and which. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A 403 that says the rate limit ran out, as opposed to a missing permission. */
export function isRateLimit(error: unknown): boolean {
  const e = error as { message?: string; response?: { headers?: Record<string, string> } };
  return (
    e?.response?.headers?.['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e?.message ?? '')
  );
}

export function createClient(settings: ClientSettings): GitHubClient {
  const { owner, repo } = settings;
  // Rate-limit waits longer than this are not waited out: the run reports what it has instead.
  const maxWait = 60;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _o: unknown,
      count: number,
    ) => {
      const again = count < 3 && retryAfter <= maxWait;
      settings.log(
        `GitHub ${kind} on ${options.method ?? ''} ${options.url ?? ''}: ${again ? `retrying in ${retryAfter} s` : 'giving up'}`,
      );
      return again;
    };
  const octokit = getOctokit(
    settings.token,
    {
      retry: { retryAfterBaseValue: settings.backoffMs },
      throttle: {
        retryAfterBaseValue: settings.backoffMs,
        fallbackSecondaryRateRetryAfter: 60,
        write: new Bottleneck.Group({ maxConcurrent: 1, minTime: settings.backoffMs }),
        notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 3 * settings.backoffMs }),
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );

  const asChanged = (f: {
    filename: string;
    status: ChangedFile['status'];
    previous_filename?: string;
    patch?: string;
  }): ChangedFile => ({
    filename: f.filename,
    status: f.status,
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
  });

  return {
    async viewerLogin() {
      const data = await octokit.graphql<{ viewer?: { login?: unknown } }>(
        'query { viewer { login } }',
      );
      const login = data.viewer?.login;
      if (typeof login !== 'string' || login === '') throw new Error('GitHub named no login');
      return login;
    },
    async listPullFiles(pull) {
      const files: ChangedFile[] = [];
      for await (const page of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pull,
        per_page: 100,
      })) {
        files.push(...page.data.map(asChanged));
        if (files.length >= MAX_PULL_FILES) break;
      }
      return files;
    },
    async compareFiles(base, head) {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
        owner,
        repo,
        basehead: `${base}...${head}`,
      });
      const files = (data.files ?? []).map(asChanged);
      return { files, truncated: files.length >= 300 };
    },
    async readFile(path, ref) {
      try {
        const { data }: { data: unknown } = await octokit.rest.repos.getContent({
          owner,
          repo,
          path,
          ref,
          mediaType: { format: 'raw' },
        });
        // GitHub answers text/plain; octokit gives a string, or bytes for other content types.
        if (typeof data === 'string') return data;
        if (data instanceof ArrayBuffer || data instanceof Uint8Array) {
          return new TextDecoder().decode(data);
        }
        throw new Error(`unexpected contents of ${path} at ${ref}`);
      } catch (error) {
        if (httpStatus(error) === 404) return undefined;
        throw error;
      }
    },
    async listReviewComments(pull) {
      const comments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
        owner,
        repo,
        pull_number: pull,
        per_page: 100,
      });
      return comments.map((c) => ({
        id: c.id,
        body: c.body,
        path: c.path,
        ...(c.in_reply_to_id !== undefined ? { in_reply_to_id: c.in_reply_to_id } : {}),
        ...(c.user?.login ? { author: c.user.login } : {}),
      }));
    },
    async createReview(pull, review) {
      await octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pull,
        commit_id: review.commitId,
        body: review.body,
        event: 'COMMENT',
        comments: review.comments,
      });
    },
    async updateReviewComment(id, body) {
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: id, body });
    },
    async deleteReviewComment(id) {
      await octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: id });
    },
    async listIssueComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issue,
        per_page: 100,
      });
      return comments.map((c) => ({
        id: c.id,
        ...(c.body !== undefined ? { body: c.body } : {}),
        ...(c.user?.login ? { author: c.user.login } : {}),
      }));
    },
    async createIssueComment(issue, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body });
    },
    async updateIssueComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
  };
}
