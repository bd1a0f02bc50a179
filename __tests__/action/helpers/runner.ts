// Runs the built dist/index.js the way the GitHub runner does: GITHUB_* variables, an event
// payload file, INPUT_* variables with action.yml's defaults, and GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files the step appends to.
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ACTION = join(ROOT, 'dist', 'index.js');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  title?: string;
  message: string;
}

export interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** `::warning::` lines without a file: the action's own warnings. */
  warnings: string[];
  /** `::error::` lines without a file: the step's failure message. */
  errors: string[];
}

export interface StepOptions {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  apiUrl: string;
  repository: string;
  sha: string;
  inputs?: Record<string, string>;
  /** The runner's PATH (default: this process's), e.g. with a test helm on it. */
  path?: string;
}

/** action.yml's inputs with their defaults, as the runner passes them. */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      name,
      // The runner evaluates expressions in defaults; the token is the only one.
      String(input.default ?? '').replace('${{ github.token }}', 'ghs_test_token_not_a_secret'),
    ]),
  );
}

/** Workflow command property values are escaped (%25 %0D %0A %3A %2C). */
const unescape = (s: string): string =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

function parseCommands(stdout: string): {
  annotations: Annotation[];
  warnings: string[];
  errors: string[];
} {
  const annotations: Annotation[] = [];
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
    if (!m) continue;
    const level = m[1] as Annotation['level'];
    const message = unescape(m[3] as string);
    const props = Object.fromEntries(
      (m[2] ?? '')
        .trim()
        .split(',')
        .filter((p) => p.includes('='))
        .map((p) => {
          const at = p.indexOf('=');
          return [p.slice(0, at), unescape(p.slice(at + 1))];
        }),
    );
    if (!props.file) {
      // The action's own messages: a warning about the run, or the failure line.
      if (level === 'warning') warnings.push(message);
      if (level === 'error') errors.push(message);
      continue;
    }
    annotations.push({
      level,
      file: props.file,
      line: Number(props.line),
      title: props.title,
      message,
    });
  }
  return { annotations, warnings, errors };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER` heredocs. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
    outputs[m[1] as string] = value.join('\n');
  }
  return outputs;
}

let runNumber = 0;

export async function runStep(options: StepOptions): Promise<StepResult> {
  const temp = mkdtempSync(join(tmpdir(), 'port-claims-runner-'));
  try {
    const eventPath = join(temp, 'event.json');
    const outputPath = join(temp, 'output');
    const summaryPath = join(temp, 'step_summary');
    mkdirSync(join(temp, 'runner-temp'));
    writeFileSync(eventPath, JSON.stringify(options.payload));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const inputs = { ...defaultInputs(), ...options.inputs };
    runNumber++;
    const env: NodeJS.ProcessEnv = {
      PATH: options.path ?? process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0],
      GITHUB_SHA: options.sha,
      GITHUB_REF: 'refs/pull/1/merge',
      GITHUB_RUN_ID: String(4000 + runNumber),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTION: 'port-claims',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      RUNNER_TEMP: join(temp, 'runner-temp'),
      RUNNER_OS: 'Linux',
      // Waits of one millisecond instead of one second: the suite stays fast.
      PORT_CLAIMS_BACKOFF_MS: '1',
    };
    for (const [name, value] of Object.entries(inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const { status, stdout, stderr } = await new Promise<{
      status: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      execFile(
        // GitHub runs the action on Node 24; PORT_CLAIMS_E2E_NODE picks that binary locally.
        process.env.PORT_CLAIMS_E2E_NODE || process.execPath,
        [ACTION],
        { cwd: options.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
        (error, out, err) => {
          const code = error ? ((error as { code?: unknown }).code ?? null) : 0;
          resolve({ status: typeof code === 'number' ? code : null, stdout: out, stderr: err });
        },
      );
    });
    return {
      status,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      ...parseCommands(stdout),
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Runs git quietly with a fixed identity and dates, so commits are reproducible. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}
