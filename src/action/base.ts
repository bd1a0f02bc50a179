// The base of a pull request, laid out on disk so the same engine scans it: every manifest of
// the head that the pull request did not change, plus the base version of each file it did.
// Unchanged neighbours matter: a Service's named targetPort resolves against Deployments in
// other files, and a compose file reads the .env beside it.
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { hintFor } from '../discover/discover.js';
import type { ChangedFile } from './github.js';

/** Reads base versions: text, undefined when the base has no such file; throws when unknown. */
export type BaseReader = (paths: readonly string[]) => Promise<Map<string, BaseRead>>;
export type BaseRead = { text: string } | { missing: true } | { error: string };

export interface BaseTreeInput {
  workspace: string;
  changes: readonly ChangedFile[];
  /** Workspace-relative POSIX paths of the head files a scan reads (manifests, env and config files). */
  headFiles: readonly string[];
  /** Extra names whose base version matters even though no hint marks them (env files, config). */
  alsoRead?: (path: string) => boolean;
  read: BaseReader;
}

export interface BaseTree {
  dir: string;
  /** Head path → base path, for renamed files. */
  renamed: Map<string, string>;
  /** Head paths whose base version could not be read, with why. */
  unknown: Map<string, string>;
  /** How many base versions were read. */
  read: number;
  remove(): Promise<void>;
}

/** Whether a changed file's base version can matter to a scan. */
export function mayMatter(path: string, alsoRead?: (path: string) => boolean): boolean {
  const name = basename(path);
  return hintFor(name) !== undefined || name === '.env' || alsoRead?.(path) === true;
}

function inside(dir: string, path: string): string | undefined {
  if (isAbsolute(path) || path.split('/').includes('..')) return undefined;
  const full = resolve(dir, path);
  const rel = relative(dir, full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? full : undefined;
}

export async function layOutBase(input: BaseTreeInput): Promise<BaseTree> {
  const dir = await mkdtemp(join(tmpdir(), 'port-claims-base-'));
  const renamed = new Map<string, string>();
  const unknown = new Map<string, string>();
  const changedHead = new Set<string>();
  const wanted = new Map<string, string[]>(); // base path → head paths that compare with it

  for (const file of input.changes) {
    changedHead.add(file.filename);
    if (file.status === 'added') continue;
    const basePath =
      (file.status === 'renamed' || file.status === 'copied') && file.previous_filename
        ? file.previous_filename
        : file.filename;
    if (file.status === 'renamed' && file.previous_filename) {
      renamed.set(file.filename, file.previous_filename);
    }
    if (!mayMatter(basePath, input.alsoRead) && !mayMatter(file.filename, input.alsoRead)) continue;
    const heads = wanted.get(basePath) ?? [];
    if (file.status !== 'removed') heads.push(file.filename);
    wanted.set(basePath, heads);
  }

  for (const file of input.headFiles) {
    if (changedHead.has(file)) continue;
    const target = inside(dir, file);
    if (!target) continue;
    await mkdir(dirname(target), { recursive: true });
    try {
      await copyFile(join(input.workspace, ...file.split('/')), target);
    } catch {
      // Listed but gone (or unreadable): the head scan reported it already.
    }
  }

  const results = await input.read([...wanted.keys()]);
  let read = 0;
  for (const [basePath, heads] of wanted) {
    const result = results.get(basePath) ?? { error: 'not read' };
    if ('error' in result) {
      for (const head of heads) unknown.set(head, result.error);
      continue;
    }
    if ('missing' in result) continue;
    const target = inside(dir, basePath);
    if (!target) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, result.text);
    read++;
  }
  return {
    dir,
    renamed,
    unknown,
    read,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The files beside head manifests that a scan also reads: each compose directory's `.env`. */
export function dotEnvBeside(manifests: readonly string[]): string[] {
  const dirs = new Set(manifests.map((m) => posix.dirname(m)));
  return [...dirs].map((d) => (d === '.' ? '.env' : `${d}/.env`));
}
