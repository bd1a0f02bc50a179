// What the checkout's own git history can tell without the API: whether the base commit is
// there (actions/checkout fetches one commit unless told otherwise), what changed since it, and
// the base version of a file.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangedFile } from './github.js';

const run = promisify(execFile);

export async function hasCommit(cwd: string, sha: string): Promise<boolean> {
  try {
    await run('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches one commit from the checkout's `origin` remote (with the credentials actions/checkout
 * left there, if any), so that a shallow checkout can diff against it and read its files.
 */
export async function fetchCommit(cwd: string, sha: string): Promise<void> {
  await run(
    'git',
    ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha],
    { cwd, timeout: 120_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
  );
}

/** The commit checked out, or undefined when the workspace is not a git checkout. */
export async function headCommit(cwd: string): Promise<string | undefined> {
  try {
    return (await run('git', ['rev-parse', 'HEAD'], { cwd })).stdout.trim();
  } catch {
    return undefined;
  }
}

const STATUS: Record<string, ChangedFile['status']> = {
  A: 'added',
  D: 'removed',
  M: 'modified',
  T: 'changed',
  R: 'renamed',
  C: 'copied',
};

/** The files that differ between two commits, with renames, as the API would list them. */
export async function changedFiles(
  cwd: string,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const { stdout } = await run(
    'git',
    ['diff', '--name-status', '-M', '-z', '--no-color', base, head],
    { cwd, maxBuffer: 64 * 1024 * 1024 },
  );
  const fields = stdout.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const code = (fields[i++] as string).charAt(0);
    const status = STATUS[code] ?? 'modified';
    if (status === 'renamed' || status === 'copied') {
      const previous = fields[i++] as string;
      files.push({ filename: fields[i++] as string, status, previous_filename: previous });
    } else {
      files.push({ filename: fields[i++] as string, status });
    }
  }
  return files;
}

/**
 * The text of each path at `commit`, read in one `git cat-file --batch`; a path the commit does
 * not have maps to undefined.
 */
export function readAtCommit(
  cwd: string,
  commit: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  return new Promise((resolve, reject) => {
    if (paths.length === 0) {
      resolve(new Map());
      return;
    }
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file exited ${code}: ${stderr.trim()}`));
        return;
      }
      const out = Buffer.concat(chunks);
      const result = new Map<string, string | undefined>();
      let at = 0;
      for (const path of paths) {
        const newline = out.indexOf(0x0a, at);
        if (newline < 0) break;
        const header = out.subarray(at, newline).toString('utf8');
        at = newline + 1;
        const blob = /^[0-9a-f]+ blob (\d+)$/.exec(header);
        if (!blob) {
          // "<name> missing", or a tree / submodule where a file was expected.
          const object = /^[0-9a-f]+ \w+ (\d+)$/.exec(header);
          if (object) at += Number(object[1]) + 1;
          result.set(path, undefined);
          continue;
        }
        const size = Number(blob[1]);
        result.set(path, out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      resolve(result);
    });
    // Names with a newline cannot be asked in batch mode; they read as missing.
    for (const path of paths) {
      child.stdin.write(/\n/.test(path) ? `${commit}:\0\n` : `${commit}:${path}\n`);
    }
    child.stdin.end();
  });
}
