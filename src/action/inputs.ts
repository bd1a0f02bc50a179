// Reads every input and the run's context once, validated, into one typed settings object (as
// actions/checkout does). Nothing else in the action reads the environment.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import type { FailOn } from '../policy/evaluate.js';

export type Scope = 'changed' | 'all';
export type PrComment = 'always' | 'on-failure' | 'never';

export interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  /** Whether the head lives in another repository (then the token usually cannot write). */
  fromFork: boolean;
}

export interface MergeGroup {
  baseSha: string;
  headSha: string;
}

export interface ActionSettings {
  paths: string[];
  exclude: string[];
  config?: string;
  scope: Scope;
  failOn: FailOn;
  annotations: boolean;
  reviewComments: boolean;
  prComment: PrComment;
  /** `base`: a pull request's config change is judged by the base branch's config too. */
  configFrom: 'base' | 'head';
  sarifFile?: string;
  envFiles: string[];
  /** `off`: Kustomize builds and Helm charts are scanned as plain files. */
  render: 'auto' | 'off';
  token: string;
  workspace: string;
  eventName: string;
  /** `owner/name`, from GITHUB_REPOSITORY. */
  owner: string;
  repo: string;
  pull?: PullRequest;
  mergeGroup?: MergeGroup;
  /** The run's page, for links from the pull request comment. */
  runUrl?: string;
  /** The unit of API retry and spacing waits, in ms (PORT_CLAIMS_BACKOFF_MS; tests make it small). */
  backoffMs: number;
}

export class InputError extends Error {}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);
const DEFAULT_BACKOFF_MS = 1000;

export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputError(`input "${name}" must be true or false (got "${value}")`);
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v !== null && typeof v === 'object' ? (v as Json) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function readEvent(path: string | undefined): Json {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, 'utf8'))) ?? {};
  } catch {
    return {};
  }
}

function pullRequestOf(event: Json): PullRequest | undefined {
  const pr = obj(event.pull_request);
  const number = pr?.number;
  const baseSha = str(obj(pr?.base)?.sha);
  const head = obj(pr?.head);
  const headSha = str(head?.sha);
  if (typeof number !== 'number' || !baseSha || !headSha) return undefined;
  const headRepo = str(obj(head?.repo)?.full_name);
  const baseRepo = str(obj(obj(pr?.base)?.repo)?.full_name);
  return {
    number,
    baseSha,
    headSha,
    fromFork: obj(head?.repo)?.fork === true || (!!headRepo && !!baseRepo && headRepo !== baseRepo),
  };
}

function mergeGroupOf(event: Json): MergeGroup | undefined {
  const group = obj(event.merge_group);
  const baseSha = str(group?.base_sha);
  const headSha = str(group?.head_sha);
  return baseSha && headSha ? { baseSha, headSha } : undefined;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const backoff = env.PORT_CLAIMS_BACKOFF_MS;
  const backoffMs = backoff === undefined || backoff === '' ? DEFAULT_BACKOFF_MS : Number(backoff);
  if (!Number.isFinite(backoffMs) || backoffMs < 0) {
    throw new InputError(
      `PORT_CLAIMS_BACKOFF_MS must be a number of milliseconds (got "${backoff}")`,
    );
  }
  const settings: ActionSettings = {
    paths: list(core.getInput('paths')),
    exclude: list(core.getInput('exclude')),
    scope: choice(
      'scope',
      ['changed', 'all'] as const,
      PR_EVENTS.has(eventName) ? 'changed' : 'all',
    ),
    failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    annotations: bool('annotations', true),
    reviewComments: bool('review-comments', true),
    prComment: choice('pr-comment', ['always', 'on-failure', 'never'] as const, 'on-failure'),
    configFrom: choice('config-from', ['base', 'head'] as const, 'base'),
    envFiles: list(core.getInput('env-files')),
    render: choice('render', ['auto', 'off'] as const, 'auto'),
    token,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName,
    owner,
    repo,
    backoffMs,
  };
  if (settings.paths.length === 0) settings.paths = ['.'];
  const config = core.getInput('config').trim();
  if (config) settings.config = config;
  const sarif = core.getInput('sarif-file').trim();
  if (sarif) settings.sarifFile = sarif;

  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pull = PR_EVENTS.has(eventName) ? pullRequestOf(event) : undefined;
  if (pull) settings.pull = pull;
  const group = eventName === 'merge_group' ? mergeGroupOf(event) : undefined;
  if (group) settings.mergeGroup = group;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  if (env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) {
    settings.runUrl = `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return settings;
}
