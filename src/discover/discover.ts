// Walks the paths to scan and yields the files that may be manifests. Streams: it never holds
// more than one directory listing per level. Synchronous, as the reads of the files it finds:
// thousands of small asynchronous calls one after the other mostly wait on libuv's thread pool.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeError, isInside } from './read.js';

/**
 * How a file was recognised. A file with a name docker compose looks for, or one the config's
 * `compose:` or `projects:` name, is a compose file (`compose`); one with a name compose users
 * often give theirs (`fleet-compose.yml`, `prod.compose.yaml`) is one when it reads like one, a
 * top-level `services` mapping (`compose-name`). A walked YAML file (`yaml`) becomes a manifest
 * only by its content;
 * a YAML file named on the command line (`named-yaml`) may also be a compose file of any name;
 * a named file of another name (`any`) may be anything, a Dockerfile included.
 */
export type Hint = 'compose' | 'compose-name' | 'dockerfile' | 'yaml' | 'named-yaml' | 'any';

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
  /** Globs of more files to read as compose files (the config's `compose:`). */
  compose?: readonly string[];
  /** Absolute paths of files to read as compose files (those the config's `projects:` name). */
  composeFiles?: readonly string[];
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Names compose users give compose files beyond those docker compose looks for (editors and
 * tools match `*docker-compose*.yml` and `*.compose.yaml` to the compose schema; Elastic's stacks
 * ship `fleet-compose.yml`; `docker stack deploy` takes `docker-stack.yml`): a compose file only
 * when it reads like one.
 */
const COMPOSE_LIKE_NAME = /^(.+[-._]compose|.+docker-compose.*|docker-stack.*)\.ya?ml$/i;

export function hintFor(name: string): Hint | undefined {
  if (/^(docker-)?compose.*\.ya?ml$/i.test(name)) return 'compose';
  if (COMPOSE_LIKE_NAME.test(name)) return 'compose-name';
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
    const claimed = new Set<string>();
    const compose = matcher(options.compose);
    const composeFiles = new Set((options.composeFiles ?? []).map((f) => resolve(f)));
    const w = {
      root,
      realRoot,
      boundary,
      base,
      included,
      excluded,
      claimed,
      compose,
      composeFiles,
    };
    yield* walk(w, root, '');
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
  /** Files (relative to the root) already scanned through a link that named them better. */
  claimed: Set<string>;
  compose: ((p: string) => boolean) | undefined;
  composeFiles: ReadonlySet<string>;
}

/** How the walk recognises a file: by the config's compose globs and projects, else its name. */
function hintOf(w: Walk, rel: string, path: string, name: string): Hint | undefined {
  if (w.compose?.(rel) || w.composeFiles.has(path)) return 'compose';
  return hintFor(name);
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
    const hint = hintOf(w, rel, path, name);
    if (!hint || (w.included && !w.included(rel))) continue;
    if (!isLink && w.claimed.has(rel)) continue;
    const file = reportPath(w, rel, path);
    const candidate: Candidate = { path, file, base: w.base, hint, boundary: w.boundary };
    // A pipe or a device with a manifest's name is never opened.
    if (isSpecial) candidate.skip = 'not a regular file';
    if (isLink) {
      // Directory links are not followed (their targets inside the root are walked anyway, and a
      // loop cannot form); file links are read only when they stay inside the root.
      const target = linkTarget(w.realRoot, path);
      if (target === 'directory') continue;
      if ('skip' in target) candidate.skip = target.skip;
      else {
        const scanned = scannedOnce(w, candidate, relDirectory, target.rel);
        if (scanned) yield scanned;
        continue;
      }
    }
    yield candidate;
  }
}

/** A file's path in the report, from its path relative to the root. */
function reportPath(w: Walk, rel: string, path: string): string {
  return w.base === w.root ? rel : toPosix(relative(w.base, path));
}

/**
 * A file reached through a link is scanned once, under its own path within the root, when the
 * walk reaches it there: the link is then only another name for it (undefined), unless its name
 * says more (`compose.yaml` linking to `stack.yml`), in which case the file is scanned under its
 * path with the link's hint. A compose file linked
 * into another directory is another project, as docker compose runs it from the link's
 * directory (its `.env`, its override files): scanned under the link's path. So is a link whose
 * target the walk does not reach (excluded, under `node_modules`).
 */
function scannedOnce(
  w: Walk,
  link: Candidate,
  relDirectory: string,
  relTarget: string,
): Candidate | undefined {
  const slash = relTarget.lastIndexOf('/');
  const targetDirectory = slash < 0 ? '' : relTarget.slice(0, slash);
  const composeLink = link.hint === 'compose' || link.hint === 'compose-name';
  if (composeLink && targetDirectory !== relDirectory) return link;
  if (!walks(w, relTarget)) return link;
  const targetPath = w.root.endsWith(sep)
    ? w.root + relTarget.split('/').join(sep)
    : w.root + sep + relTarget.split('/').join(sep);
  const targetFile = reportPath(w, relTarget, targetPath);
  const targetHint = hintOf(w, relTarget, targetPath, relTarget.slice(slash + 1));
  if (targetHint && strength(targetHint) >= strength(link.hint)) {
    return undefined;
  }
  w.claimed.add(relTarget);
  return { ...link, path: targetPath, file: targetFile };
}

/** How much a hint says of a file: a link that says more than its target's name is heeded. */
function strength(hint: Hint): number {
  return hint === 'yaml' || hint === 'named-yaml' ? 0 : hint === 'compose-name' ? 1 : 2;
}

/** Whether the walk reaches a file (by its path relative to the root) and may scan it. */
function walks(w: Walk, rel: string): boolean {
  const parts = rel.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (SKIPPED_DIRECTORIES.has(parts[i] as string)) return false;
    if (w.excluded?.(parts.slice(0, i + 1).join('/'))) return false;
  }
  return !w.excluded?.(rel) && (!w.included || w.included(rel));
}

/** Where a file link leads, relative to the root; or why it is not followed. */
function linkTarget(
  realRoot: string,
  path: string,
): { rel: string } | { skip: string } | 'directory' {
  let target: string;
  try {
    target = realpathSync.native(path);
  } catch {
    return { skip: 'symbolic link whose target does not exist (or is a loop): not followed' };
  }
  if (!isInside(realRoot, target))
    return { skip: 'symbolic link to a path outside the scanned directory: not followed' };
  try {
    const info = lstatSync(target);
    if (info.isDirectory()) return 'directory';
  } catch {
    return { skip: 'symbolic link whose target cannot be read: not followed' };
  }
  return { rel: toPosix(relative(realRoot, target)) };
}

export class DiscoverError extends Error {}
