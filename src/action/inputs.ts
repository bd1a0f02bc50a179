// Reads every input once, validated, into one typed settings object (as actions/checkout does).
import * as core from '@actions/core';
import type { FailOn } from '../policy/evaluate.js';

export type Scope = 'changed' | 'all';
export type PrComment = 'always' | 'on-failure' | 'never';

export interface ActionSettings {
  paths: string[];
  exclude: string[];
  config?: string;
  scope: Scope;
  failOn: FailOn;
  annotations: boolean;
  reviewComments: boolean;
  prComment: PrComment;
  sarifFile?: string;
  envFiles: string[];
  token: string;
  workspace: string;
  eventName: string;
}

export class InputError extends Error {}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

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

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const token = core.getInput('token');
  if (token) core.setSecret(token);
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
    envFiles: list(core.getInput('env-files')),
    token,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    eventName,
  };
  if (settings.paths.length === 0) settings.paths = ['.'];
  const config = core.getInput('config').trim();
  if (config) settings.config = config;
  const sarif = core.getInput('sarif-file').trim();
  if (sarif) settings.sarifFile = sarif;
  return settings;
}
