// What the action writes on the pull request: one review of inline comments on the lines it
// adds, and one sticky summary comment. Failing to write never changes the run's result.
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readText } from '../discover/read.js';
import type { CommentOptions } from '../report/markdown.js';
import { renderPrComment, STICKY_MARKER } from '../report/markdown.js';
import type { WrittenValue } from '../report/review.js';
import {
  correctedLine,
  isResolved,
  markedFingerprints,
  resolvedCommentBody,
  reviewCommentBody,
} from '../report/review.js';
import type { Finding, Report, Severity } from '../types.js';
import type { GitHubClient, NewReviewComment, ReviewComment } from './github.js';
import { httpStatus, isRateLimit } from './github.js';
import type { AddedLines } from './patch.js';

/** GitHub takes many comments in one review, but a wall of them helps nobody. */
export const MAX_REVIEW_COMMENTS = 30;

/**
 * Runs the writes. A 403 or 404 means the token may not write here (a pull request from a fork
 * gets a read-only token; a workflow may not grant `pull-requests: write`): that is said once,
 * and no further write is tried.
 */
export class Writer {
  private denied = false;

  constructor(
    private readonly warn: (message: string) => void,
    /** Whether the pull request comes from a fork, to say why the token cannot write. */
    private readonly fromFork = false,
  ) {}

  get canWrite(): boolean {
    return !this.denied;
  }

  /** Returns false when the write did not happen; `onError` may claim an error first. */
  async write(
    what: string,
    action: () => Promise<void>,
    onError?: (error: unknown) => boolean,
  ): Promise<boolean> {
    if (this.denied) return false;
    try {
      await action();
      return true;
    } catch (error) {
      if (onError?.(error)) return false;
      const status = httpStatus(error);
      if ((status === 403 || status === 404) && !isRateLimit(error)) {
        this.denied = true;
        this.warn(
          `port-claims could not ${what} (HTTP ${status}): the token needs \`pull-requests: write\`${this.fromFork ? ', which a pull request from a fork does not get' : ' (set it under `permissions:` in the workflow)'}. Annotations, the job summary and outputs are written anyway.`,
        );
        return false;
      }
      this.warn(`port-claims could not ${what}: ${describe(error)}`);
      return false;
    }
  }
}

export function describe(error: unknown): string {
  const status = httpStatus(error);
  const message = error instanceof Error ? error.message : String(error);
  return status ? `HTTP ${status}: ${message}` : message;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Whether the comment was written by the token's own identity (logins compare without case). */
export function writtenBy(self: string, author: string | undefined): boolean {
  return author !== undefined && author.toLowerCase() === self.toLowerCase();
}

export interface ReviewInput {
  client: GitHubClient;
  writer: Writer;
  /** The login the token acts as: only its comments are ever recognised, edited or deleted. */
  self: string;
  pull: number;
  headSha: string;
  workspace: string;
  /** Findings the review speaks of: active ones (new, unsuppressed). */
  findings: readonly Finding[];
  values: readonly WrittenValue[];
  added: ReadonlyMap<string, AddedLines>;
  warn: (message: string) => void;
}

export interface ReviewOutcome {
  posted: number;
  /** Already commented by an earlier run. */
  alreadyCommented: number;
  /** On a line the pull request does not add: GitHub would refuse a comment there. */
  outsideDiff: Finding[];
  /** Past the per-review limit; a later run posts them. */
  overLimit: Finding[];
  /** In a review GitHub refused (HTTP 422): to be annotated instead. */
  rejected: Finding[];
  deleted: number;
  resolved: number;
}

async function fileLines(workspace: string, file: string): Promise<string[] | undefined> {
  // Read as the scan read it (inside the workspace, bounded, BOM dropped), so that the line a
  // suggestion rewrites is the line the finding's columns count in.
  const within = await realpath(workspace).catch(() => workspace);
  const read = await readText(join(workspace, ...file.split('/')), {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    within,
  });
  return 'text' in read ? read.text.split(/\r?\n/) : undefined;
}

export async function publishReview(input: ReviewInput): Promise<ReviewOutcome> {
  const outcome: ReviewOutcome = {
    posted: 0,
    alreadyCommented: 0,
    outsideDiff: [],
    overLimit: [],
    rejected: [],
    deleted: 0,
    resolved: 0,
  };
  let existing: ReviewComment[];
  try {
    existing = await input.client.listReviewComments(input.pull);
  } catch (error) {
    // Without the earlier comments a re-run would post duplicates: better to post none.
    input.warn(`port-claims could not list the review comments, so posts none: ${describe(error)}`);
    return outcome;
  }
  const ours = existing.flatMap((c) => {
    // Anyone can write the marker: a stranger's copy must not suppress our comment, and a
    // maintainer's comment that quotes one must not be deleted.
    const fingerprints =
      c.in_reply_to_id === undefined && writtenBy(input.self, c.author)
        ? markedFingerprints(c.body)
        : undefined;
    return fingerprints ? [{ comment: c, fingerprints }] : [];
  });
  const covered = new Set(
    ours.filter((o) => !isResolved(o.comment.body)).flatMap((o) => o.fingerprints),
  );

  // One comment per line, naming every finding on it that no earlier comment names.
  const byLine = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (covered.has(f.fingerprint)) {
      outcome.alreadyCommented++;
      continue;
    }
    const key = `${f.file}\0${f.line}`;
    byLine.set(key, [...(byLine.get(key) ?? []), f]);
  }
  const lines = new Map<string, string[] | undefined>();
  const groups: { findings: Finding[]; text: string }[] = [];
  for (const findings of byLine.values()) {
    const { file, line } = findings[0] as Finding;
    if (!lines.has(file)) lines.set(file, await fileLines(input.workspace, file));
    const text = lines.get(file)?.[line - 1];
    // The patch's line must be the line scanned: a checkout of the merge commit can differ
    // from the head when the base changed the same file.
    if (text === undefined || input.added.get(file)?.get(line) !== text) {
      outcome.outsideDiff.push(...findings);
      continue;
    }
    groups.push({ findings, text });
  }
  const rank = (g: { findings: Finding[] }): number =>
    Math.min(...g.findings.map((f) => RANK[f.severity]));
  groups.sort((a, b) => rank(a) - rank(b));
  const posting = groups.slice(0, MAX_REVIEW_COMMENTS);
  for (const g of groups.slice(MAX_REVIEW_COMMENTS)) outcome.overLimit.push(...g.findings);

  if (posting.length) {
    const comments: NewReviewComment[] = posting.map(({ findings, text }) => ({
      path: (findings[0] as Finding).file,
      line: (findings[0] as Finding).line,
      side: 'RIGHT',
      body: reviewCommentBody(findings, correctedLine(text, findings, input.values)),
    }));
    const count = comments.length;
    const ok = await input.writer.write(
      'post review comments',
      () =>
        input.client.createReview(input.pull, {
          commitId: input.headSha,
          body: `port-claims: ${count} comment${count === 1 ? '' : 's'} on ports this pull request claims.`,
          comments,
        }),
      (error) => {
        if (httpStatus(error) !== 422) return false;
        outcome.rejected = posting.flatMap((g) => g.findings);
        input.warn(
          `GitHub refused the review (${describe(error)}); its ${outcome.rejected.length} finding(s) are annotated instead.`,
        );
        return true;
      },
    );
    if (ok) outcome.posted = count;
  }

  // Clean up after findings that are gone: delete the comment, or, where someone answered it,
  // keep the conversation and say it is resolved.
  const current = new Set(input.findings.map((f) => f.fingerprint));
  for (const { comment, fingerprints } of ours) {
    if (isResolved(comment.body) || fingerprints.some((fp) => current.has(fp))) continue;
    if (existing.some((c) => c.in_reply_to_id === comment.id)) {
      const ok = await input.writer.write('mark a review comment resolved', () =>
        input.client.updateReviewComment(comment.id, resolvedCommentBody(comment.body)),
      );
      if (ok) outcome.resolved++;
    } else {
      const ok = await input.writer.write('delete a review comment', () =>
        input.client.deleteReviewComment(comment.id),
      );
      if (ok) outcome.deleted++;
    }
  }
  return outcome;
}

export interface StickyInput {
  client: GitHubClient;
  writer: Writer;
  /** The login the token acts as: only its own comment is the sticky one. */
  self: string;
  pull: number;
  report: Report;
  mode: 'always' | 'on-failure';
  comment: CommentOptions;
  warn: (message: string) => void;
}

/** Our sticky comment starts with the marker on a line of its own, as `renderPrComment` writes it. */
function isSticky(body: string | undefined): boolean {
  return (
    body !== undefined &&
    body.startsWith(STICKY_MARKER) &&
    /^\r?\n/.test(body.slice(STICKY_MARKER.length))
  );
}

/** Creates, edits or leaves the one comment of ours that carries the marker. */
export async function publishSticky(
  input: StickyInput,
): Promise<'created' | 'updated' | 'unchanged' | 'none'> {
  let existing;
  try {
    existing = (await input.client.listIssueComments(input.pull)).find(
      (c) => writtenBy(input.self, c.author) && isSticky(c.body),
    );
  } catch (error) {
    input.warn(`port-claims could not read the pull request's comments: ${describe(error)}`);
    return 'none';
  }
  const body = renderPrComment(input.report, input.comment);
  if (existing) {
    // Even on-failure edits a comment it made: a red comment must not outlive its findings.
    if (existing.body === body) return 'unchanged';
    const ok = await input.writer.write('update the pull request comment', () =>
      input.client.updateIssueComment(existing.id, body),
    );
    return ok ? 'updated' : 'none';
  }
  if (input.mode === 'on-failure' && input.comment.failing === 0) return 'none';
  const ok = await input.writer.write('comment on the pull request', () =>
    input.client.createIssueComment(input.pull, body),
  );
  return ok ? 'created' : 'none';
}
