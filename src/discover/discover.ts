// Walks the paths to scan and yields the files that may be manifests. Streams: it never holds
// more than one directory listing per level.
import { lstat, opendir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

/** How a file was recognised; a YAML file becomes a manifest only by its content. */
export type Hint = 'compose' | 'dockerfile' | 'yaml' | 'any';

export interface Candidate {
  /** Absolute path to read. */
  path: string;
  /** Path in the report: relative to the scanned directory (or the cwd for a file argument), POSIX. */
  file: string;
  /** The directory the file's path is relative to; config and env files are looked up there. */
  root: string;
  hint: Hint;
  /** Set when the file must not be read; the reason goes into the report. */
  skip?: string;
}

export interface DiscoverOptions {
  cwd: string;
  /** Report paths relative to this directory instead (the action uses the workspace). */
  relativeTo?: string;
  include?: readonly string[];
  exclude?: readonly string[];
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

export function hintFor(name: string): Hint | undefined {
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return 'compose';
  if (/^Dockerfile$|^Dockerfile\.(?!dockerignore$).+|.+\.Dockerfile$/i.test(name))
    return 'dockerfile';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return undefined;
}

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function* discover(
  paths: readonly string[],
  options: DiscoverOptions,
): AsyncGenerator<Candidate> {
  const matchOptions = { dot: true };
  const included = options.include?.length
    ? picomatch([...options.include], matchOptions)
    : undefined;
  const excluded = options.exclude?.length
    ? picomatch([...options.exclude], matchOptions)
    : undefined;

  for (const given of paths.length ? paths : ['.']) {
    const absolute = resolve(options.cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      throw new DiscoverError(
        `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    if (!info.isDirectory()) {
      // A file argument is scanned whatever its name, its path relative to the working directory.
      const base = options.relativeTo ?? options.cwd;
      const file = toPosix(relative(base, absolute)) || basename(absolute);
      yield { path: absolute, file, root: base, hint: hintFor(basename(absolute)) ?? 'any' };
      continue;
    }
    const root = absolute;
    const realRoot = await realpath(root);
    yield* walk({ root, realRoot, base: options.relativeTo ?? root, included, excluded }, root);
  }
}

interface Walk {
  root: string;
  realRoot: string;
  /** What report paths are relative to. */
  base: string;
  included: ((p: string) => boolean) | undefined;
  excluded: ((p: string) => boolean) | undefined;
}

async function* walk(w: Walk, directory: string): AsyncGenerator<Candidate> {
  let dir;
  try {
    dir = await opendir(directory);
  } catch {
    return;
  }
  const names: { name: string; isDir: boolean; isLink: boolean }[] = [];
  for await (const entry of dir) {
    names.push({ name: entry.name, isDir: entry.isDirectory(), isLink: entry.isSymbolicLink() });
  }
  // Sorted, so that reports and suggestions do not depend on the file system's order.
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir, isLink } of names) {
    const path = join(directory, name);
    // Globs match paths relative to the scanned directory, whatever the report is relative to.
    const rel = toPosix(relative(w.root, path));
    if (w.excluded?.(rel)) continue;
    if (isDir) {
      if (SKIPPED_DIRECTORIES.has(name)) continue;
      yield* walk(w, path);
      continue;
    }
    const hint = hintFor(name);
    if (!hint || (w.included && !w.included(rel))) continue;
    const file = w.base === w.root ? rel : toPosix(relative(w.base, path));
    const candidate: Candidate = { path, file, root: w.root, hint };
    if (isLink) {
      // Directory links are not followed (their targets inside the root are walked anyway, and a
      // loop cannot form); file links are read only when they stay inside the root.
      const reason = await linkProblem(w.realRoot, path);
      if (reason === 'directory') continue;
      if (reason) candidate.skip = reason;
    }
    yield candidate;
  }
}

async function linkProblem(
  realRoot: string,
  path: string,
): Promise<string | 'directory' | undefined> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return 'symbolic link whose target does not exist (or is a loop): not followed';
  }
  if (!isInside(realRoot, target))
    return 'symbolic link to a path outside the scanned directory: not followed';
  try {
    const info = await lstat(target);
    if (info.isDirectory()) return 'directory';
  } catch {
    return 'symbolic link whose target cannot be read: not followed';
  }
  return undefined;
}

export class DiscoverError extends Error {}
