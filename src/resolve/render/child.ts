// Renderers (kubectl kustomize, helm template) run as child processes of their own. A child gets
// nothing the scan does not choose to give it: a minimal environment (never the token, never the
// runner's variables), an empty home, proxies that lead nowhere, a time limit and an output limit.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

export interface ChildOptions {
  cwd: string;
  /** The child's whole environment: build it with `childEnvironment`. */
  env: Record<string, string>;
  timeoutMs: number;
  /** stdout and stderr together; past it the child is killed and `overflowed` is set. */
  maxOutputBytes: number;
  stdin?: string;
}

export interface ChildResult {
  /** Exit code, or null when the child was killed or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  overflowed: boolean;
  /** Set when the child could not be started at all (ENOENT, EACCES). */
  startError?: string;
}

/** An address nothing listens on: a child that tries the network fails at once, not after DNS. */
const NOWHERE = 'http://127.0.0.1:9';

/**
 * The environment a renderer gets: PATH of system directories only, a home of its own, the C
 * locale and proxies that lead nowhere; plus what the caller adds (the renderer's own config
 * directories). Nothing is copied from `process.env`.
 */
export function childEnvironment(
  home: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    PATH: '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C',
    LC_ALL: 'C',
    HTTP_PROXY: NOWHERE,
    HTTPS_PROXY: NOWHERE,
    http_proxy: NOWHERE,
    https_proxy: NOWHERE,
    NO_PROXY: '',
    no_proxy: '',
    KUBECONFIG: '/dev/null',
    ...extra,
  };
}

/**
 * The absolute path of an executable named `name` on `searchPath` (the parent's PATH), or
 * undefined. Looked up by the parent so that the child's PATH can stay minimal.
 */
export function findExecutable(
  name: string,
  searchPath: string | undefined = process.env.PATH,
): string | undefined {
  if (isAbsolute(name)) return isExecutable(name) ? name : undefined;
  for (const dir of (searchPath ?? '').split(delimiter)) {
    if (dir === '' || !isAbsolute(dir)) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Runs `command` (an absolute path) with `args`, never through a shell. The child leads its own
 * process group, so a time limit or an overflow kills whatever it started too.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: ChildOptions,
): Promise<ChildResult> {
  return new Promise((resolvePromise) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let overflowed = false;
    let settled = false;
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      shell: false,
      windowsHide: true,
    });
    const kill = (): void => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    const collect =
      (into: Buffer[]) =>
      (chunk: Buffer): void => {
        if (overflowed) return;
        size += chunk.length;
        if (size > options.maxOutputBytes) {
          overflowed = true;
          kill();
          return;
        }
        into.push(chunk);
      };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    const finish = (code: number | null, startError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const result: ChildResult = {
        code: timedOut || overflowed ? null : code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
        overflowed,
      };
      if (startError !== undefined) result.startError = startError;
      resolvePromise(result);
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code ?? error.message));
    child.on('close', (code) => finish(code));
    // A child that does not read its input must not fail the write.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}
