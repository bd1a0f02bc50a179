// Walks the paths to scan and yields the files that may be manifests. Streams: it never holds
// more than one directory listing per level. Synchronous, as the reads of the files it finds:
// thousands of small asynchronous calls one after the other mostly wait on libuv's thread pool.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeError, isInside } from './read.js';

/** How a file was recognised; a YAML file becomes a manifest only by its content. */
/**
 * How a file was recognised. A walked YAML file (`yaml`) becomes a manifest only by its content;
 * a YAML file named on the command line (`named-yaml`) may also be a compose file of any name;
 * a named file of another name (`any`) may be anything, a Dockerfile included.
 */
export type Hint = 'compose' | 'dockerfile' | 'yaml' | 'named-yaml' | 'any';

export interface Candidate {
  /** Absolute path to read. */
  path: string;
  /** Path in the report, POSIX: relative to `base`. */
  file: string;
  /**
   * The directory `file` is relative to: the scanned directory, the working directory for a file
   * argument, or `relativeTo` when given. Files this one names get report paths from it too.
   */
  base: string;
  hint: Hint;
  /**
   * The real path of the directory that files this one names (`.env`, `include`, `extends`) must
   * lie in: the directory report paths are relative to when it holds the scanned one (the
   * action's workspace), else the scanned directory; for a file argument, the working directory
   * when it holds the file, else the file's own directory.
   */
  boundary: string;
  /** Set when the file must not be read; the reason goes into the report. */
  skip?: string;
  /**
   * Set for a directory the walk could not list (its path then ends in `/`): whatever manifests
   * it holds were not scanned, which the report must say.
   */
  unreadable?: string;
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
  // Kustomize also reads a kustomization from a file named `Kustomization`.
  if (/\.ya?ml$/i.test(name) || name === 'Kustomization') return 'yaml';
  return undefined;
}

export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));

/** The real path of a directory, or the path as it is when it cannot be resolved. */
function real(path: string): string {
  try {
    // realpathSync.native is realpath(3), as fs/promises' realpath.
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Globs as people write them in ignore files: `dir/` and a bare `dir` also mean everything under
 * it, and a pattern without a slash (`*.yaml`) matches a name at any depth.
 */
export function matcher(
  globs: readonly string[] | undefined,
): ((path: string) => boolean) | undefined {
  if (!globs?.length) return undefined;
  const patterns = globs.flatMap((glob) => {
    const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const here = clean.endsWith('**') ? [clean] : [clean, `${clean}/**`];
    // (picomatch's own `basename` option stops patterns with a slash from matching at all.)
    return clean.includes('/') ? here : [...here, ...here.map((p) => `**/${p}`)];
  });
  return picomatch(patterns, { dot: true });
}

export function* discover(
  paths: readonly string[],
  options: DiscoverOptions,
): Generator<Candidate> {
  const included = matcher(options.include);
  const excluded = matcher(options.exclude);

  for (const given of paths.length ? paths : ['.']) {
    const absolute = resolve(options.cwd, given);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      throw new DiscoverError(
        `cannot read ${given}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    if (!info.isDirectory()) {
      // A file argument is scanned whatever its name, its path relative to the working directory.
      const base = options.relativeTo ?? options.cwd;
      const file = toPosix(relative(base, absolute)) || basename(absolute);
      const [realBase, realFile] = [real(base), real(absolute)];
      const boundary = isInside(realBase, realFile) ? realBase : dirname(realFile);
      // Excluded files stay out even when named, so a pre-commit hook that passes every staged
      // file agrees with the directory scan CI runs.
      if (excluded?.(file)) continue;
      // A YAML file named on the command line may be a compose file of any name (stack.yml).
      const byName = hintFor(basename(absolute));
      const hint = byName === 'yaml' ? 'named-yaml' : (byName ?? 'any');
      yield { path: absolute, file, base, hint, boundary };
      continue;
    }
    const root = absolute;
    const realRoot = realpathSync.native(root);
    const realBase = options.relativeTo ? real(options.relativeTo) : realRoot;
    const boundary = isInside(realBase, realRoot) ? realBase : realRoot;
    const base = options.relativeTo ?? root;
    yield* walk({ root, realRoot, boundary, base, included, excluded }, root, '');
  }
}

interface Walk {
  root: string;
  realRoot: string;
  boundary: string;
  /** What report paths are relative to. */
  base: string;
  included: ((p: string) => boolean) | undefined;
  excluded: ((p: string) => boolean) | undefined;
}

/** `relDirectory`: the directory's path relative to the root, POSIX (`''` for the root). */
function* walk(w: Walk, directory: string, relDirectory: string): Generator<Candidate> {
  const names: { name: string; isDir: boolean; isLink: boolean; isSpecial: boolean }[] = [];
  try {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      names.push({
        name: entry.name,
        isDir: entry.isDirectory(),
        isLink: entry.isSymbolicLink(),
        isSpecial:
          entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice(),
      });
    }
  } catch (error) {
    const rel = relative(w.base, directory);
    yield {
      path: directory,
      file: `${toPosix(rel) || '.'}/`,
      base: w.base,
      hint: 'any',
      boundary: w.boundary,
      unreadable: describeError(error),
    };
    return;
  }
  // Sorted, so that reports and suggestions do not depend on the file system's order.
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, isDir, isLink, isSpecial } of names) {
    // What join() and relative() would give, without their normalising: `name` is one segment.
    const path = directory.endsWith(sep) ? directory + name : directory + sep + name;
    // Globs match paths relative to the scanned directory, whatever the report is relative to.
    const rel = relDirectory === '' ? name : `${relDirectory}/${name}`;
    if (w.excluded?.(rel)) continue;
    if (isDir) {
      if (SKIPPED_DIRECTORIES.has(name)) continue;
      yield* walk(w, path, rel);
      continue;
    }
    const hint = hintFor(name);
    if (!hint || (w.included && !w.included(rel))) continue;
    const file = w.base === w.root ? rel : toPosix(relative(w.base, path));
    const candidate: Candidate = { path, file, base: w.base, hint, boundary: w.boundary };
    // A pipe or a device with a manifest's name is never opened.
    if (isSpecial) candidate.skip = 'not a regular file';
    if (isLink) {
      // Directory links are not followed (their targets inside the root are walked anyway, and a
      // loop cannot form); file links are read only when they stay inside the root.
      const reason = linkProblem(w.realRoot, path);
      if (reason === 'directory') continue;
      if (reason) candidate.skip = reason;
    }
    yield candidate;
  }
}

function linkProblem(realRoot: string, path: string): string | 'directory' | undefined {
  let target: string;
  try {
    target = realpathSync.native(path);
  } catch {
    return 'symbolic link whose target does not exist (or is a loop): not followed';
  }
  if (!isInside(realRoot, target))
    return 'symbolic link to a path outside the scanned directory: not followed';
  try {
    const info = lstatSync(target);
    if (info.isDirectory()) return 'directory';
  } catch {
    return 'symbolic link whose target cannot be read: not followed';
  }
  return undefined;
}

export class DiscoverError extends Error {}
