// Scope `changed`: what the pull request (or merge group) changed, the base versions of those
// files, a scan of the base laid out on disk, and the head findings marked new or not.
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve } from 'node:path';
import { toPosix } from '../discover/discover.js';
import type { CheckResult } from '../check.js';
import { CONFIG_FILES } from '../config/load.js';
import { markNew } from '../policy/scope.js';
import type { Finding } from '../types.js';
import type { BaseRead, BaseReader, HeadFile } from './base.js';
import { dotEnvBeside, layOutBase } from './base.js';
import { changedFiles, fetchCommit, hasCommit, headCommit, readAtCommit } from './git.js';
import type { ChangedFile, GitHubClient } from './github.js';
import { httpStatus, MAX_PULL_FILES } from './github.js';
import type { ActionSettings } from './inputs.js';
import type { AddedLines } from './patch.js';
import { addedLines } from './patch.js';
import { plural } from '../report/words.js';

/**
 * Runs the engine on a directory laid out like the workspace, paths relative to it; `config`
 * (an absolute path) replaces the config file the settings name.
 */
export type Engine = (
  cwd: string,
  paths: readonly string[],
  config?: string,
) => Promise<CheckResult>;

/** Another scan of the head, judged by another config (the base branch's): see config-from.ts. */
export interface OtherSide {
  result: CheckResult;
  findings: readonly Finding[];
  config: string;
}

export interface Scoped {
  findings: Finding[];
  /** The other side's findings, marked new or not against a base scanned with its config. */
  other?: Finding[];
  /** Head path → lines the pull request adds; only from the API, which gives each file's patch. */
  added: Map<string, AddedLines>;
  notes: string[];
}

const API_READ_CONCURRENCY = 8;
/**
 * A GITHUB_TOKEN may make 1,000 requests an hour per repository: past this many base versions,
 * the rest are judged by the diff instead (a checkout with history reads them all from git).
 */
export const MAX_API_READS = 300;

interface Changes {
  files: ChangedFile[];
  from: 'the API' | 'git history';
  /**
   * False when the list stops short of the pull request (GitHub lists at most 3,000 files of
   * one, 300 of a comparison) and git could not give the rest: a file it leaves out may have
   * changed, so its findings count as new.
   */
  complete: boolean;
  /** Set when the base commit had to be fetched: it is now in the checkout. */
  fetched?: boolean;
}

/** The changes from git history, fetching the base when the checkout lacks it. */
async function gitChanges(
  workspace: string,
  base: string,
  baseLocal: boolean,
  warn: (message: string) => void,
): Promise<{ files: ChangedFile[]; fetched: boolean } | undefined> {
  let fetched = false;
  if (!baseLocal) {
    try {
      await fetchCommit(workspace, base);
      fetched = true;
    } catch (error) {
      warn(
        `port-claims could not fetch the base commit ${short(base)}: ${firstLine(error)}. Check out with \`fetch-depth: 0\` so that it is there.`,
      );
      return undefined;
    }
  }
  try {
    return { files: await changedFiles(workspace, base, 'HEAD'), fetched };
  } catch (error) {
    warn(`port-claims could not diff against the base in git: ${firstLine(error)}`);
    return undefined;
  }
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

/** Git's list of files, with the patches the API gave for those it listed. */
function withPatches(files: ChangedFile[], listed: readonly ChangedFile[]): ChangedFile[] {
  const patches = new Map(listed.map((f) => [f.filename, f.patch]));
  return files.map((f) => {
    const patch = patches.get(f.filename);
    return patch === undefined ? f : { ...f, patch };
  });
}

async function listChanges(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  baseLocal: boolean,
  warn: (message: string) => void,
): Promise<Changes | undefined> {
  const { pull, mergeGroup } = settings;
  const base = pull?.baseSha ?? mergeGroup?.baseSha;
  if (pull && client) {
    try {
      const files = await client.listPullFiles(pull.number);
      if (files.length < MAX_PULL_FILES) return { files, from: 'the API', complete: true };
      // Whatever GitHub leaves out must not pass as unchanged: ask git for the whole list.
      const git = base ? await gitChanges(settings.workspace, base, baseLocal, warn) : undefined;
      if (git) {
        return {
          files: withPatches(git.files, files),
          from: 'git history',
          complete: true,
          fetched: git.fetched,
        };
      }
      warn(
        `GitHub lists at most ${MAX_PULL_FILES.toLocaleString('en-US')} files of a pull request, and this one has more: every finding in a file past those counts as new, since port-claims cannot tell whether the pull request changed it.`,
      );
      return { files, from: 'the API', complete: false };
    } catch (error) {
      const status = httpStatus(error);
      warn(
        `port-claims could not list the pull request's files (${status ? `HTTP ${status}` : (error as Error).message})${status === 403 || status === 404 ? '; the token needs `pull-requests: read`' : ''}.`,
      );
    }
  }
  if (base && baseLocal) {
    try {
      return {
        files: await changedFiles(settings.workspace, base, 'HEAD'),
        from: 'git history',
        complete: true,
      };
    } catch (error) {
      warn(`port-claims could not diff against the base in git: ${(error as Error).message}`);
    }
  }
  // The comparison needs only `contents: read`, but GitHub lists at most 300 of its files.
  const range = pull ?? mergeGroup;
  if (range && client) {
    try {
      const { files, truncated } = await client.compareFiles(range.baseSha, range.headSha);
      if (!truncated) return { files, from: 'the API', complete: true };
      const git = baseLocal
        ? undefined
        : await gitChanges(settings.workspace, range.baseSha, false, warn);
      if (git) {
        return {
          files: withPatches(git.files, files),
          from: 'git history',
          complete: true,
          fetched: git.fetched,
        };
      }
      warn(
        'GitHub lists at most 300 files of a comparison, and this one has more: every finding in a file past those counts as new. Check out with `fetch-depth: 0` so port-claims reads the changes from git.',
      );
      return { files, from: 'the API', complete: false };
    } catch (error) {
      warn(
        `port-claims could not compare ${short(range.headSha)} with its base: ${(error as Error).message}`,
      );
    }
  }
  return undefined;
}

export function apiReader(client: GitHubClient, ref: string): BaseReader {
  return async (paths) => {
    const result = new Map<string, BaseRead>();
    const queue = paths.slice(0, MAX_API_READS);
    for (const path of paths.slice(MAX_API_READS)) {
      result.set(path, {
        error: `not read: over ${MAX_API_READS} base versions to fetch from the API (check out with fetch-depth: 0)`,
      });
    }
    const worker = async (): Promise<void> => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          const text = await client.readFile(path, ref);
          result.set(path, text === undefined ? { missing: true } : { text });
        } catch (error) {
          const status = httpStatus(error);
          result.set(path, { error: status ? `HTTP ${status}` : (error as Error).message });
        }
      }
    };
    await Promise.all(Array.from({ length: API_READ_CONCURRENCY }, worker));
    return result;
  };
}

function gitReader(workspace: string, commit: string): BaseReader {
  return async (paths) => {
    const texts = await readAtCommit(workspace, commit, paths);
    const result = new Map<string, BaseRead>();
    for (const path of paths) {
      const text = texts.get(path);
      result.set(path, text === undefined ? { missing: true } : { text });
    }
    return result;
  };
}

function unreadable(why: string): BaseReader {
  return async (paths) => new Map(paths.map((path) => [path, { error: why }]));
}

const short = (sha: string): string => sha.slice(0, 7);

/** What a pull request (or merge group) changed, listed before the head is scanned. */
export interface PullChanges {
  baseSha: string;
  baseLocal: boolean;
  changes: Changes;
}

/**
 * Lists what the pull request changed. Undefined when there is nothing to compare with (not a
 * pull request or merge group, or its changes cannot be listed), with a warning saying so.
 */
export async function listPullChanges(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  warn: (message: string) => void,
): Promise<PullChanges | undefined> {
  const baseSha = settings.pull?.baseSha ?? settings.mergeGroup?.baseSha;
  if (!baseSha) {
    warn(
      `scope "changed" needs a pull_request, pull_request_target or merge_group event (this is "${settings.eventName}"): every claim is reported.`,
    );
    return undefined;
  }
  let baseLocal = await hasCommit(settings.workspace, baseSha);
  if (settings.pull && (await headCommit(settings.workspace)) === baseSha) {
    warn(
      `the workspace holds the base commit ${short(baseSha)}, not the pull request (pull_request_target checks out the base): check out \`github.event.pull_request.head.sha\` before port-claims, or nothing can look new.`,
    );
  }
  const changes = await listChanges(settings, client, baseLocal, warn);
  if (!changes) {
    warn('port-claims cannot tell what this pull request changed: every claim is reported.');
    return undefined;
  }
  if (changes.fetched) baseLocal = true;
  return { baseSha, baseLocal, changes };
}

/**
 * Which deployables (Helm charts, Kustomize builds) the pull request touches: those that read a
 * changed file. The others are rendered on neither side.
 */
export function touchedBy(
  pull: PullChanges,
  workspace: string,
): (deployable: { inputs: readonly string[] }) => boolean {
  const changed = new Set(
    pull.changes.files.flatMap((f) => [
      resolve(workspace, f.filename),
      ...(f.previous_filename ? [resolve(workspace, f.previous_filename)] : []),
    ]),
  );
  return (deployable) => deployable.inputs.some((input) => changed.has(input));
}

/**
 * Marks each head finding new or not. Undefined when there is nothing to compare with (not a
 * pull request or merge group, or its changes cannot be listed): the caller then reports all.
 * `pull` is what `listPullChanges` gave, when the caller listed the changes first (null: it
 * tried, and could not).
 */
export async function scopeToChanges(
  settings: ActionSettings,
  client: GitHubClient | undefined,
  head: CheckResult,
  engine: Engine,
  warn: (message: string) => void,
  pull?: PullChanges | null,
  other?: OtherSide,
): Promise<Scoped | undefined> {
  const listedFirst = pull === undefined ? await listPullChanges(settings, client, warn) : pull;
  if (!listedFirst) return undefined;
  const { baseSha, baseLocal, changes } = listedFirst;
  const listed = new Set(changes.files.map((f) => f.filename));
  const read = baseLocal
    ? gitReader(settings.workspace, baseSha)
    : client
      ? apiReader(client, baseSha)
      : unreadable('the base commit is not in the checkout and there is no token');
  const added = new Map<string, AddedLines>();
  for (const file of changes.files) {
    if (file.patch !== undefined) added.set(file.filename, addedLines(file.patch));
  }
  let baseVersions = 0;
  let comparedFiles = 0;
  const unknown = new Map<string, string>();

  /** Lays out the base for one scan of the head, scans it with the same config, marks new. */
  const judge = async (
    side: CheckResult,
    findings: readonly Finding[],
    config?: string,
  ): Promise<Finding[]> => {
    const manifests = side.report.files.map((f) => f.file);
    const envFiles = [...settings.envFiles, ...(side.config.envFiles ?? [])];
    const configFiles = [...(settings.config ? [settings.config] : []), ...CONFIG_FILES];
    const exists = (f: string): boolean =>
      !f.startsWith('../') && !isAbsolute(f) && existsSync(join(settings.workspace, f));
    const headFiles: HeadFile[] = [
      ...side.report.files.map((f) => ({ file: f.file, manifest: f.manifest })),
      ...[...dotEnvBeside(manifests), ...envFiles].filter(exists).map((file) => ({ file })),
      ...configFiles.filter(exists).map((file) => ({ file, asInHead: true })),
    ];
    // Every file a rendered chart or build reads is laid out, so that the base renders it too:
    // its base version when the pull request changed it (a template, a values file), else as is.
    // And the rest of their directories, whatever the names: the base may read a file the head
    // no longer names (a patch the pull request drops from a kustomization).
    const rendered = new Set<string>();
    const renderedDirectories = new Set<string>();
    for (const planned of side.scan.planned) {
      if (!planned.rendered) continue;
      for (const input of planned.inputs) {
        const file = toPosix(relative(settings.workspace, input));
        if (!file || file.startsWith('../') || isAbsolute(file)) continue;
        rendered.add(file);
        renderedDirectories.add(posix.dirname(file));
      }
    }
    const laidOut = new Set(headFiles.map((h) => h.file));
    for (const file of rendered) if (!laidOut.has(file)) headFiles.push({ file });
    const tree = await layOutBase({
      workspace: settings.workspace,
      changes: changes.files,
      headFiles,
      envFiles,
      alsoRead: (path) => envFiles.includes(path) || rendered.has(path),
      renderedDirectories: [...renderedDirectories],
      read,
    });
    try {
      const paths = settings.paths.filter((p) => existsSync(join(tree.dir, p)));
      const base = paths.length
        ? await engine(tree.dir, paths, config)
        : { report: { claims: [], findings: [] } };
      baseVersions = Math.max(baseVersions, tree.read);
      comparedFiles = Math.max(comparedFiles, tree.compared.size);
      for (const [file, why] of tree.unknown) unknown.set(file, why);
      const marked = markNew({
        head: { claims: side.report.claims, findings },
        base: { claims: base.report.claims, findings: base.report.findings },
        renamed: tree.renamed,
        untouched: (file) => !tree.compared.has(file),
        baseUnknown: new Set(tree.unknown.keys()),
        onAddedLine: (f) => added.get(f.file)?.has(f.line) ?? true,
      });
      // Fail closed: a file the list left out may be one the pull request changed.
      return changes.complete
        ? marked
        : marked.map((f) => (listed.has(f.file) || f.new ? f : { ...f, new: true }));
    } finally {
      await tree.remove();
    }
  };

  const findings = await judge(head, head.report.findings);
  const otherFindings = other ? await judge(other.result, other.findings, other.config) : undefined;
  const notes = [
    `Scope \`changed\`: compared with the base ${short(baseSha)}; ${plural(changes.files.length, 'changed file')} listed by ${changes.from}, ${plural(baseVersions, 'base version')} read from ${baseLocal ? 'git history' : 'the API'}, ${plural(comparedFiles, 'file')} compared.`,
  ];
  if (unknown.size) {
    warn(
      `port-claims could not read the base version of ${unknown.size} file(s) (${[...unknown].map(([f, why]) => `${f}: ${why}`).join(', ')}): their findings count as new when their line is one the pull request adds.`,
    );
  }
  return { findings, added, notes, ...(otherFindings ? { other: otherFindings } : {}) };
}
