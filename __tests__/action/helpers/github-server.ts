// A stand-in for the GitHub REST API on 127.0.0.1, for end-to-end runs of dist/index.js. It
// answers the operations the action calls, keeps state between runs, rejects what GitHub rejects
// (a review comment on a line outside the diff sinks the whole review with 422), and checks each
// request against GitHub's own OpenAPI description (the extracted fixture): an unknown operation,
// a bad parameter or a request body the schema refuses is recorded as a violation.
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Record<string, unknown>;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  requestBody?: { required: boolean; schema: Record<string, unknown> };
}

const API = JSON.parse(
  readFileSync(new URL('../../fixtures/github-api/operations.json', import.meta.url), 'utf8'),
) as { operations: Record<string, Operation> };

export interface PullFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface PullState {
  number: number;
  baseSha: string;
  headSha: string;
  files: PullFile[];
}

export interface ReviewCommentState {
  id: number;
  body: string;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  in_reply_to_id?: number;
  user: { login: string; type: string };
}

export interface IssueCommentState {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface Fault {
  /** Operation id, e.g. "pulls/create-review". */
  operation: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests fail; then they succeed. */
  times: number;
}

export interface RequestRecord {
  operation: string | undefined;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  body?: unknown;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
/** GitHub's limit on a comment body, in characters. */
const MAX_BODY = 65536;
/** GitHub lists at most this many files of a pull request. */
const MAX_FILES = 3000;

/** JSON Schema that also refuses properties the schema does not name (stricter than GitHub). */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] =
      key === 'properties'
        ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, closed(v)]))
        : closed(value);
  }
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

/** Line numbers on the new side of a patch that a review comment may target (added or context). */
export function diffLines(patch: string | undefined): Set<number> {
  const lines = new Set<number>();
  if (!patch) return lines;
  let line = 0;
  for (const row of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (row.startsWith('+') || row.startsWith(' ')) lines.add(line++);
  }
  return lines;
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  /** A git repository the contents API reads from. */
  readonly origin: string;
  url = '';
  pull: PullState | undefined;
  reviews: { id: number; body: string; commit_id: string; comments: number[] }[] = [];
  reviewComments: ReviewCommentState[] = [];
  issueComments: IssueCommentState[] = [];
  requests: RequestRecord[] = [];
  violations: string[] = [];
  faults: Fault[] = [];
  /** Every write answers 403, as for a pull request from a fork. */
  readOnly = false;
  /**
   * The login GraphQL's `viewer` names: who the token writes as. Comments the action writes
   * carry it as their author.
   */
  viewer = BOT.login;
  /** The files between two commits, for the compare endpoint. */
  compare: ((base: string, head: string) => PullFile[]) | undefined;
  private nextId = 1000;
  private server: Server | undefined;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { id: string; op: Operation; pattern: RegExp; names: string[] }[] = [];

  constructor(options: { owner: string; repo: string; origin: string }) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.origin = options.origin;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    for (const [id, op] of Object.entries(API.operations)) {
      const names: string[] = [];
      const source = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        const multi = op.parameters.some((p) => p.name === name && name === 'path');
        return multi ? '(.+)' : '([^/]+)';
      });
      this.routes.push({ id, op, pattern: new RegExp(`^${source}$`), names });
      if (op.requestBody)
        this.validators.set(id, ajv.compile(closed(op.requestBody.schema) as object));
      for (const p of op.parameters) {
        this.validators.set(`${id}#${p.name}`, ajv.compile(p.schema));
      }
    }
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`server error: ${String(error)}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Requests of one operation (after retries: every attempt is listed). */
  calls(operation: string): RequestRecord[] {
    return this.requests.filter((r) => r.operation === operation);
  }

  private author(): { login: string; type: string } {
    return { login: this.viewer, type: this.viewer.endsWith('[bot]') ? 'Bot' : 'User' };
  }

  /** A comment someone else writes on the pull request. */
  comment(body: string, login = 'octocat'): IssueCommentState {
    const comment = { id: this.nextId++, body, user: { login, type: 'User' } };
    this.issueComments.push(comment);
    return comment;
  }

  /** A review comment someone else writes on a line of the pull request. */
  reviewComment(path: string, line: number, body: string, login = 'octocat'): ReviewCommentState {
    const comment: ReviewCommentState = {
      id: this.nextId++,
      body,
      path,
      line,
      side: 'RIGHT',
      commit_id: this.pull?.headSha ?? '',
      user: { login, type: 'User' },
    };
    this.reviewComments.push(comment);
    return comment;
  }

  /** A comment someone else writes in answer to one of the review comments. */
  reply(to: number, body: string): void {
    const parent = this.reviewComments.find((c) => c.id === to);
    if (!parent) throw new Error(`no review comment ${to}`);
    this.reviewComments.push({
      ...parent,
      id: this.nextId++,
      body,
      in_reply_to_id: to,
      user: { login: 'octocat', type: 'User' },
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const query = Object.fromEntries(url.searchParams);
    const record: RequestRecord = {
      operation: undefined,
      method,
      path: url.pathname,
      query,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        // GitHub serves the raw media type as text/plain.
        'content-type':
          typeof body === 'string'
            ? 'text/plain; charset=utf-8'
            : 'application/json; charset=utf-8',
        ...headers,
      });
      res.end(text);
    };

    if (method === 'POST' && url.pathname === '/graphql') {
      record.operation = 'graphql';
      this.graphql(raw, send);
      return;
    }
    const route = this.routes.find((r) => r.op.method === method && r.pattern.test(url.pathname));
    if (!route) {
      this.violations.push(`${method} ${url.pathname}: not an operation of the fixture`);
      send(404, { message: 'Not Found' });
      return;
    }
    record.operation = route.id;
    const match = route.pattern.exec(url.pathname)!;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] as string)));

    // Parameters and body against the OpenAPI description.
    for (const p of route.op.parameters) {
      const value = p.in === 'path' ? params[p.name] : p.in === 'query' ? query[p.name] : undefined;
      if (value === undefined) {
        if (p.required && p.in !== 'header') this.violations.push(`${route.id}: missing ${p.name}`);
        continue;
      }
      const type = (p.schema as { type?: string }).type;
      const typed = type === 'integer' || type === 'number' ? Number(value) : value;
      const validate = this.validators.get(`${route.id}#${p.name}`)!;
      if (!validate(typed)) {
        this.violations.push(
          `${route.id}: parameter ${p.name}=${value}: ${JSON.stringify(validate.errors)}`,
        );
      }
    }
    let body: Record<string, unknown> | undefined;
    if (route.op.requestBody) {
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      } catch {
        this.violations.push(`${route.id}: body is not JSON`);
      }
      record.body = body;
      if (body === undefined && route.op.requestBody.required) {
        this.violations.push(`${route.id}: missing body`);
      } else if (body !== undefined) {
        const validate = this.validators.get(route.id)!;
        if (!validate(body)) {
          this.violations.push(
            `${route.id}: body refused by the schema: ${JSON.stringify(validate.errors)}`,
          );
          send(422, { message: 'Invalid request.', errors: validate.errors });
          return;
        }
      }
    } else if (raw) {
      this.violations.push(`${route.id}: takes no body, got ${raw.slice(0, 80)}`);
    }
    if (params.owner !== this.owner || params.repo !== this.repo) {
      send(404, { message: 'Not Found' });
      return;
    }

    const fault = this.faults.find((f) => f.operation === route.id && f.times > 0);
    if (fault) {
      fault.times--;
      send(fault.status, { message: fault.message ?? 'Server Error' }, fault.headers);
      return;
    }
    if (this.readOnly && method !== 'GET') {
      send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403',
      });
      return;
    }
    this.answer(route.id, params, query, body, req, send);
  }

  /**
   * GraphQL answers only what the action asks: `viewer { login }`, which every kind of token may
   * read (installation tokens cannot call GET /user). Anything else is a violation.
   */
  private graphql(raw: string, send: (status: number, body?: unknown) => void): void {
    let query: unknown;
    try {
      query = (JSON.parse(raw) as { query?: unknown }).query;
    } catch {
      this.violations.push('graphql: body is not JSON');
      return send(400, { message: 'Problems parsing JSON' });
    }
    const compact = typeof query === 'string' ? query.replace(/\s+/g, ' ').trim() : '';
    if (!/^(query( \w+)? )?\{ ?viewer ?\{ ?login ?\} ?\}$/.test(compact)) {
      this.violations.push(`graphql: the fake answers only { viewer { login } }, got ${compact}`);
      return send(200, { errors: [{ message: 'not supported by the fake' }] });
    }
    return send(200, { data: { viewer: { login: this.viewer } } });
  }

  private page<T>(
    items: readonly T[],
    query: Record<string, string>,
    path: string,
  ): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const link = (n: number, rel: string) =>
      `<${this.url}${path}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      items: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private answer(
    operation: string,
    params: Record<string, string>,
    query: Record<string, string>,
    body: Record<string, unknown> | undefined,
    req: IncomingMessage,
    send: (status: number, body?: unknown, headers?: Record<string, string>) => void,
  ): void {
    const path = new URL(req.url ?? '/', this.url).pathname;
    const pull = this.pull;
    const pullNumber = Number(params.pull_number ?? params.issue_number);
    const isThePull = pull !== undefined && pullNumber === pull.number;
    switch (operation) {
      case 'pulls/list-files': {
        if (!isThePull) return send(404, { message: 'Not Found' });
        const { items, headers } = this.page(pull.files.slice(0, MAX_FILES), query, path);
        return send(
          200,
          items.map((f) => ({ sha: '0'.repeat(40), additions: 0, deletions: 0, changes: 0, ...f })),
          headers,
        );
      }
      case 'repos/get-content': {
        let text: string;
        try {
          text = execFileSync('git', ['show', `${query.ref ?? 'HEAD'}:${params.path}`], {
            cwd: this.origin,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
          });
        } catch {
          return send(404, { message: 'Not Found' });
        }
        if ((req.headers.accept ?? '').includes('raw')) return send(200, text);
        return send(200, {
          type: 'file',
          encoding: 'base64',
          path: params.path,
          content: Buffer.from(text).toString('base64'),
        });
      }
      case 'repos/compare-commits-with-basehead': {
        const [base, head] = (params.basehead ?? '').split('...');
        if (!this.compare || !base || !head) return send(404, { message: 'Not Found' });
        const files = this.compare(base, head).slice(0, 300);
        return send(200, {
          status: 'ahead',
          ahead_by: 1,
          behind_by: 0,
          total_commits: 1,
          commits: [],
          files: files.map((f) => ({
            sha: '0'.repeat(40),
            additions: 0,
            deletions: 0,
            changes: 0,
            ...f,
          })),
        });
      }
      case 'pulls/list-review-comments': {
        if (!isThePull) return send(404, { message: 'Not Found' });
        const { items, headers } = this.page(this.reviewComments, query, path);
        return send(200, items, headers);
      }
      case 'pulls/create-review': {
        if (!isThePull) return send(404, { message: 'Not Found' });
        if (body?.commit_id !== undefined && body.commit_id !== pull.headSha) {
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['commit_id is not part of the pull request'],
          });
        }
        const comments = (body?.comments ?? []) as {
          path: string;
          line?: number;
          side?: string;
          body: string;
        }[];
        for (const c of comments) {
          const file = pull.files.find((f) => f.filename === c.path);
          if (
            !file ||
            c.line === undefined ||
            !diffLines(file.patch).has(c.line) ||
            (c.side ?? 'RIGHT') !== 'RIGHT'
          ) {
            // GitHub refuses the whole review, not just the comment.
            return send(422, {
              message: 'Unprocessable Entity',
              errors: ['Line could not be resolved'],
              documentation_url:
                'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
              status: '422',
            });
          }
          if (c.body.length > MAX_BODY) return send(422, { message: 'Body is too long' });
        }
        const review = {
          id: this.nextId++,
          body: String(body?.body ?? ''),
          commit_id: pull.headSha,
          comments: [] as number[],
        };
        for (const c of comments) {
          const id = this.nextId++;
          review.comments.push(id);
          this.reviewComments.push({
            id,
            body: c.body,
            path: c.path,
            line: c.line!,
            side: 'RIGHT',
            commit_id: pull.headSha,
            user: this.author(),
          });
        }
        this.reviews.push(review);
        return send(200, {
          id: review.id,
          body: review.body,
          state: 'COMMENTED',
          commit_id: review.commit_id,
          user: this.author(),
        });
      }
      case 'pulls/update-review-comment': {
        const comment = this.reviewComments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return send(404, { message: 'Not Found' });
        comment.body = String(body?.body);
        return send(200, comment);
      }
      case 'pulls/delete-review-comment': {
        const at = this.reviewComments.findIndex((c) => c.id === Number(params.comment_id));
        if (at < 0) return send(404, { message: 'Not Found' });
        this.reviewComments.splice(at, 1);
        return send(204);
      }
      case 'issues/list-comments': {
        if (!isThePull) return send(404, { message: 'Not Found' });
        const { items, headers } = this.page(this.issueComments, query, path);
        return send(200, items, headers);
      }
      case 'issues/create-comment': {
        if (!isThePull) return send(404, { message: 'Not Found' });
        const text = String(body?.body);
        if (text.length > MAX_BODY)
          return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
        const comment = { id: this.nextId++, body: text, user: this.author() };
        this.issueComments.push(comment);
        return send(201, comment);
      }
      case 'issues/update-comment': {
        const comment = this.issueComments.find((c) => c.id === Number(params.comment_id));
        if (!comment) return send(404, { message: 'Not Found' });
        const text = String(body?.body);
        if (text.length > MAX_BODY)
          return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
        comment.body = text;
        return send(200, comment);
      }
      default:
        this.violations.push(`${operation}: the fake does not answer it`);
        return send(501, { message: 'Not implemented by the fake' });
    }
  }
}
