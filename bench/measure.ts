// Runs one process and measures it from the outside: wall time (from spawn to exit), CPU time
// and peak RSS (through GNU time, when the machine has it).
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const canMeasureMemory = existsSync(GNU_TIME);

export interface Measured {
  wallMs: number;
  /** User plus system CPU time, when GNU time is available. */
  cpuMs?: number;
  /** Peak resident set size in bytes, when GNU time is available. */
  peakRssBytes?: number;
  status: number | null;
  /** Set when the process was killed for running past `timeoutMs`. */
  timedOut?: boolean;
  /** Bytes written to stdout (when it went to a file). */
  stdoutBytes?: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Where stdout goes: dropped (default), kept in `stdout`, or written to a file. */
  stdout?: 'ignore' | 'capture' | { file: string };
  /** Killed (SIGKILL) past this many milliseconds. */
  timeoutMs?: number;
  /** The child's environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
}

const scratch = mkdtempSync(join(tmpdir(), 'port-claims-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let runs = 0;

export async function measure(
  command: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Measured> {
  const timeFile = join(scratch, `time-${runs++}`);
  const [file, argv] = canMeasureMemory
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const out = options.stdout ?? 'ignore';
  const fd = typeof out === 'object' ? openSync(out.file, 'w') : undefined;
  const stdout = fd ?? (out === 'capture' ? 'pipe' : 'ignore');
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  const started = process.hrtime.bigint();
  let timedOut = false;
  const status = await new Promise<number | null>((resolve, reject) => {
    // Its own process group, so that a timeout ends GNU time and the command it runs together.
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', stdout, 'pipe'],
      detached: options.timeoutMs !== undefined,
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          }, options.timeoutMs);
    child.stdout?.on('data', (c: Buffer) => chunks.push(c));
    child.stderr?.on('data', (c: Buffer) => errors.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve(code);
    });
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let stdoutBytes: number | undefined;
  if (fd !== undefined) {
    stdoutBytes = fstatSync(fd).size;
    closeSync(fd);
  }
  const result: Measured = {
    wallMs,
    status,
    ...(timedOut ? { timedOut } : {}),
    ...(stdoutBytes !== undefined ? { stdoutBytes } : {}),
    stdout: Buffer.concat(chunks).toString('utf8'),
    stderr: Buffer.concat(errors).toString('utf8'),
  };
  if (canMeasureMemory && existsSync(timeFile)) {
    // GNU time prints "Command exited with non-zero status N" first when the command fails.
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
    const [user, system, rssKb] = last.split(' ').map(Number);
    if (user !== undefined && system !== undefined) result.cpuMs = (user + system) * 1000;
    if (rssKb !== undefined && Number.isFinite(rssKb)) result.peakRssBytes = rssKb * 1024;
    rmSync(timeFile, { force: true });
  }
  return result;
}
