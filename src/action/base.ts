// The base of a pull request, laid out on disk so the same engine scans it: the base version of
// each file the pull request changed, plus the unchanged head files whose claims a change can
// reach. The rest of the head is left out: its files claim in the base exactly what they claim
// in the head, so their findings are not new and need no second scan (a pull request that only
// touches Dockerfiles rescans nothing else; one that touches compose files, none of the
// Kubernetes manifests).
import { readdirSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, posix, relative, resolve } from 'node:path';
import { hintFor } from '../discover/discover.js';
import { isInside } from '../discover/read.js';
import type { ManifestKind } from '../types.js';
import type { ChangedFile } from './github.js';

/** Reads base versions of files, each as text, missing (the base has no such file), or an error. */
export type BaseReader = (paths: readonly string[]) => Promise<Map<string, BaseRead>>;
export type BaseRead = { text: string } | { missing: true } | { error: string };

/** A file of the head a scan reads: a manifest (with its kind), or an env or config file. */
export interface HeadFile {
  file: string;
  manifest?: ManifestKind;
  /**
   * Laid out as in the head even when the pull request changed it: the config file, so that
   * both sides are judged by the same rules and only the manifests differ.
   */
  asInHead?: boolean;
  /** A file of a rendered deployable's directory: laid out whatever the change reaches. */
  rendered?: boolean;
}

export interface BaseTreeInput {
  workspace: string;
  changes: readonly ChangedFile[];
  /** Workspace-relative POSIX paths. */
  headFiles: readonly HeadFile[];
  /** Env files every compose file reads (input and config `env-files`): a change reaches all. */
  envFiles?: readonly string[];
  /** Names whose base version matters though no manifest hint marks them (env, config files). */
  alsoRead?: (path: string) => boolean;
  /**
   * Directories (workspace-relative, POSIX) of the files a rendered deployable the pull request
   * touches reads (a kustomization's bases and patches, a chart): laid out whole, every file of
   * each (not its subdirectories) whatever its name, so that the base side renders from all of
   * its inputs, including a patch the pull request stops naming. Unchanged files are the head's;
   * changed ones, the base's.
   */
  renderedDirectories?: readonly string[];
  read: BaseReader;
}

export interface BaseTree {
  dir: string;
  /** Head path → base path, for renamed files. */
  renamed: Map<string, string>;
  /** Head paths whose base version could not be read, with why. */
  unknown: Map<string, string>;
  /**
   * Head paths whose findings the base scan can judge: the changed files and their neighbours.
   * The findings of every other file are the base's own.
   */
  compared: Set<string>;
  /** How many base versions were read. */
  read: number;
  remove(): Promise<void>;
}

/** Whether a changed file's base version can matter to a scan. */
export function mayMatter(path: string, alsoRead?: (path: string) => boolean): boolean {
  const name = basename(path);
  return hintFor(name) !== undefined || name === '.env' || alsoRead?.(path) === true;
}

/**
 * Which unchanged head files a change can reach, from how the engine reads across files. Compose
 * files read the `.env` beside them and the env files configured, and pull in any YAML file by
 * `extends` or `include`, so a change to any of those reaches every compose file. A Kubernetes
 * Service's named targetPort resolves against pods in any file, and node ports clash across
 * files, so a change to any YAML reaches every Kubernetes manifest. A Dockerfile reads only
 * itself. Env and config files are always laid out. Keep in step with the engine when it learns
 * to read across files in a new way.
 */
export function neighbours(
  changes: readonly ChangedFile[],
  envFiles: readonly string[] = [],
): (file: HeadFile) => boolean {
  const paths = changes.flatMap((c) => [
    c.filename,
    ...(c.previous_filename ? [c.previous_filename] : []),
  ]);
  let compose = false;
  let kubernetes = false;
  for (const path of paths) {
    const hint = hintFor(basename(path));
    if (hint === 'compose' || hint === 'compose-name' || hint === 'yaml') compose = true;
    if (basename(path) === '.env') compose = true;
    if (hint === 'yaml') kubernetes = true;
    if (envFiles.includes(path)) compose = true;
  }
  return ({ manifest }) => {
    if (manifest === 'compose') return compose;
    if (manifest === 'kubernetes') return kubernetes;
    return manifest === undefined;
  };
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
  const compared = new Set<string>();
  const wanted = new Map<string, string[]>(); // base path → head paths that compare with it

  const asInHead = new Set(input.headFiles.filter((h) => h.asInHead).map((h) => h.file));
  for (const file of input.changes) {
    compared.add(file.filename);
    if (asInHead.has(file.filename)) continue;
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

  // Every file of a rendered deployable's directories: its inputs, whatever their names.
  const rendered = new Set(input.renderedDirectories ?? []);
  const inRendered = (path: string): boolean => rendered.has(posix.dirname(path));
  const headFiles = [...input.headFiles];
  for (const file of input.changes) {
    if (asInHead.has(file.filename) || file.status === 'added') continue;
    const basePath = file.previous_filename ?? file.filename;
    if (!inRendered(basePath) && !inRendered(file.filename)) continue;
    if (mayMatter(basePath, input.alsoRead) || mayMatter(file.filename, input.alsoRead)) continue;
    const heads = wanted.get(basePath) ?? [];
    if (file.status !== 'removed' && !heads.includes(file.filename)) heads.push(file.filename);
    wanted.set(basePath, heads);
  }
  for (const dir of rendered) {
    for (const name of filesIn(join(input.workspace, ...dir.split('/')))) {
      const file = dir === '.' ? name : `${dir}/${name}`;
      if (!headFiles.some((h) => h.file === file)) headFiles.push({ file, rendered: true });
    }
  }

  const reaches = neighbours(input.changes, input.envFiles);
  const workspace = await realpath(input.workspace).catch(() => input.workspace);
  for (const head of headFiles) {
    if (!head.asInHead && (compared.has(head.file) || !(head.rendered || reaches(head)))) continue;
    const target = inside(dir, head.file);
    if (!target) continue;
    compared.add(head.file);
    await mkdir(resolve(target, '..'), { recursive: true });
    try {
      // A link that leaves the workspace (a `.env` to /proc/self/environ) is not copied: the
      // copy would be a plain file, and the base scan would read what the head scan refused.
      const source = await realpath(join(input.workspace, ...head.file.split('/')));
      if (isInside(workspace, source) && (await stat(source)).isFile()) {
        await copyFile(source, target);
      }
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
    await mkdir(resolve(target, '..'), { recursive: true });
    await writeFile(target, result.text);
    read++;
  }
  return {
    dir,
    renamed,
    unknown,
    compared,
    read,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The names of the regular files of a directory (none when it cannot be listed). */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** The files beside head manifests that a scan also reads: each compose directory's `.env`. */
export function dotEnvBeside(manifests: readonly string[]): string[] {
  const dirs = new Set(manifests.map((m) => posix.dirname(m)));
  return [...dirs].map((d) => (d === '.' ? '.env' : `${d}/.env`));
}
