// The engine the CLI and the action share: discover → parse → resolve → classify.
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Candidate } from './discover/discover.js';
import { discover } from './discover/discover.js';
import type { ReadOutcome } from './discover/read.js';
import { DEFAULT_MAX_FILE_BYTES, readTextSync } from './discover/read.js';
import type { EnvValue, Lookup } from './parse/interpolate.js';
import { parseEnvFile } from './parse/interpolate.js';
import type { ManifestOptions } from './parse/manifest.js';
import { parseManifest } from './parse/manifest.js';
import type { IgnoreDirective, ParsedFile } from './parse/result.js';
import type { ParseOptions } from './parse/yaml.js';
import type {
  ClusterGroup,
  PlannedDeployable,
  PlannedInputs,
  RenderCost,
  Renderer,
  ScannedFile,
  WalkedFile,
} from './resolve/index.js';
import { resolve } from './resolve/index.js';
import type { ChartEntry } from './resolve/helm/index.js';
import { helmRenderer } from './resolve/helm/index.js';
import { kustomizeRenderer } from './resolve/kustomize/index.js';
import type { Renderer as KustomizeTool } from './resolve/kustomize/render.js';
import type { Claim, FileEntry, ManifestKind, Problem } from './types.js';
import { readsLikeKubernetes } from './parse/manifest.js';
import { emptyResult } from './parse/result.js';
import { FILE_START } from './types.js';

export { DEFAULT_MAX_FILE_BYTES };

export interface ScanSettings {
  paths: readonly string[];
  cwd: string;
  /** Report paths relative to this directory rather than to each scanned one. */
  relativeTo?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  /** Absolute paths of env files read for compose interpolation, after each `.env`. */
  envFiles?: readonly string[];
  /**
   * Set when the env files come from the repository (its config file) rather than from the user:
   * they are then read only when they lie inside this directory, links followed.
   */
  envFilesWithin?: string;
  /** Files larger than this are skipped, with the reason in the report. */
  maxFileBytes?: number;
  /**
   * The plain path: every YAML file parsed by `yaml`, without the fast reader. The report is the
   * same; the tests compare both paths.
   */
  plain?: boolean;
  /** `off`: Kustomize builds and Helm charts are scanned as plain files. Default `auto`. */
  render?: 'auto' | 'off';
  /** The kustomize to render with: undefined looks on PATH, null means there is none. */
  kustomizeRenderer?: KustomizeTool | null;
  /** The config's `charts:` entries, their paths absolute. */
  charts?: readonly ChartEntry[];
  /** The renderers of the deployable stage; default: Kustomize and Helm. */
  renderers?: readonly Renderer[];
  /** The config's `clusters:`: deployables whose host and node ports share one cluster. */
  clusters?: readonly ClusterGroup[];
  /** The config's `compose:`: globs of more files to read as compose files. */
  compose?: readonly string[];
  /** The config's `projects:`: compose files run together, absolute, in `-f` order. */
  projects?: readonly (readonly string[])[];
  /** Pull request scope: render only these deployables (see resolve/index.ts). */
  renderOnly?: (deployable: PlannedDeployable) => boolean;
}

export interface ScanResult {
  files: FileEntry[];
  claims: Claim[];
  problems: Problem[];
  /** Inline ignore directives per file, for the policy layer. */
  ignores: Map<string, IgnoreDirective[]>;
  /** What the report says once about the scan itself (rendering skipped, and why). */
  notices: string[];
  /** How long each render took. */
  renders: RenderCost[];
  /** The deployables the renderers found, with the files each reads. */
  planned: PlannedInputs[];
}

const MANIFEST_OF_HINT: Record<Candidate['hint'], ManifestKind> = {
  compose: 'compose',
  dockerfile: 'dockerfile',
  yaml: 'kubernetes',
  'named-yaml': 'kubernetes',
  'compose-name': 'compose',
  any: 'kubernetes',
};

function readEnvFile(
  path: string,
  options: { maxBytes: number; within?: string },
): Map<string, EnvValue> {
  const read = readTextSync(path, options);
  return 'text' in read ? parseEnvFile(read.text) : new Map();
}

/**
 * Loads a file's text, or says why it cannot be scanned. The walk has already kept it inside the
 * directory scanned (it follows no directory link, and checks file links), and a file argument
 * is read wherever it is: the user named it.
 */
function load(candidate: Candidate, maxBytes: number): ReadOutcome {
  if (candidate.skip) return { skip: candidate.skip };
  return readTextSync(candidate.path, { maxBytes });
}

/** Whether a file's first 64 KiB hold top-level `apiVersion:` and `kind:` lines. */
function headLooksLikeKubernetes(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(64 * 1024);
    const text = head.subarray(0, readSync(fd, head, 0, head.length, 0)).toString('utf8');
    return !text.includes('\0') && readsLikeKubernetes(text);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unreadable(candidate: Candidate, manifest: ManifestKind, reason: string): ParsedFile {
  const result = emptyResult(candidate.file, manifest, 'error', reason);
  result.problems.push({
    code: 'parse-error',
    file: candidate.file,
    span: FILE_START,
    message: `${candidate.file} ${reason}.`,
    manifest,
  });
  return result;
}

/** A directory the walk could not list: a finding, as no file entry can stand for it. */
function unreadableDirectory(candidate: Candidate, reason: string): Problem {
  return {
    code: 'parse-error',
    file: candidate.file,
    span: FILE_START,
    message: `The directory ${candidate.file} ${reason}; the manifests in it, if any, were not scanned.`,
  };
}

/**
 * Parses a file; a fault of port-claims' own on one file becomes a finding on that file, so that
 * the rest of the scan still reports.
 */
function parseSafely(
  candidate: Candidate,
  manifest: ManifestKind,
  text: string,
  options: ManifestOptions,
): ParsedFile | undefined {
  try {
    return parseManifest(candidate.file, text, candidate.hint, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unreadable(
      candidate,
      manifest,
      `could not be read by port-claims (internal error: ${detail.split('\n')[0]}); please report it`,
    );
  }
}

// Synchronous inside (see readTextSync); asynchronous for its callers, which may one day not wait.
export async function scan(settings: ScanSettings): Promise<ScanResult> {
  const maxBytes = settings.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const configured = new Map<string, EnvValue>();
  for (const path of settings.envFiles ?? []) {
    const within = settings.envFilesWithin;
    for (const [k, v] of readEnvFile(path, { maxBytes, ...(within ? { within } : {}) })) {
      configured.set(k, v);
    }
  }
  const dotEnvByDirectory = new Map<string, Map<string, EnvValue>>();
  /** The `.env` beside a compose file: repository content, so read only inside the boundary. */
  const dotEnvOf = (directory: string, within: string): Map<string, EnvValue> => {
    let dotEnv = dotEnvByDirectory.get(directory);
    if (!dotEnv) {
      dotEnv = readEnvFile(join(directory, '.env'), { maxBytes, within });
      dotEnvByDirectory.set(directory, dotEnv);
    }
    return dotEnv;
  };
  /** Compose interpolation: the configured env files win over the `.env` beside the file. */
  const envFor = (directory: string, within: string): Lookup => {
    const dotEnv = dotEnvOf(directory, within);
    return (name) => configured.get(name) ?? dotEnv.get(name);
  };

  const yaml: ParseOptions = settings.plain ? { light: false } : {};
  const files: ScannedFile[] = [];
  const parsed: ParsedFile[] = [];
  const walked: WalkedFile[] = [];
  const problems: Problem[] = [];
  const composeFiles = settings.projects?.flat() ?? [];
  for (const candidate of discover(settings.paths, { ...settings, composeFiles })) {
    if (candidate.unreadable !== undefined) {
      problems.push(unreadableDirectory(candidate, candidate.unreadable));
      continue;
    }
    const { path, file, base, boundary } = candidate;
    const where: WalkedFile = { path, file, base, boundary };
    walked.push(where);
    const loaded = load(candidate, maxBytes);
    const manifest = MANIFEST_OF_HINT[candidate.hint];
    if ('skip' in loaded) {
      // `files` lists manifests: a YAML file is one only by its content, so one that cannot be
      // read (too large, binary) is listed only when its first bytes read like a manifest.
      if (
        candidate.hint === 'yaml' &&
        !candidate.skip &&
        !headLooksLikeKubernetes(candidate.path)
      ) {
        continue;
      }
      parsed.push(emptyResult(candidate.file, manifest, 'skipped', loaded.skip));
      continue;
    }
    if ('error' in loaded) {
      parsed.push(unreadable(candidate, manifest, loaded.error));
      continue;
    }
    // Called only for a compose file, so other files never read a `.env`.
    const composeEnv = (): Lookup => envFor(dirname(candidate.path), candidate.boundary);
    const result = parseSafely(candidate, manifest, loaded.text, { composeEnv, yaml });
    if (result && loaded.invalidUtf8) {
      result.problems.unshift(notUtf8(candidate.file, result.entry.manifest, loaded.invalidUtf8));
    }
    if (result) {
      parsed.push(result);
      files.push({ walked: where, parsed: result });
    }
  }

  const resolved = await resolve({
    files,
    walked,
    envFor: (path, within) => envFor(dirname(path), within),
    maxBytes,
    yaml,
    render: settings.render ?? 'auto',
    renderers: settings.renderers ?? [
      kustomizeRenderer(
        settings.kustomizeRenderer !== undefined ? { tool: settings.kustomizeRenderer } : {},
      ),
      helmRenderer(settings.charts ? { charts: settings.charts } : {}),
    ],
    ...(settings.clusters ? { clusters: settings.clusters } : {}),
    ...(settings.projects ? { projects: settings.projects } : {}),
    ...(settings.renderOnly ? { renderOnly: settings.renderOnly } : {}),
  });
  append(parsed, resolved.extraFiles);
  // Files that could not be read or parsed are not the stage's: their problems are theirs alone.
  const inStage = new Set(files.map((f) => f.parsed));
  const allProblems = [
    ...parsed.filter((p) => !inStage.has(p)).flatMap((p) => p.problems),
    ...resolved.problems,
    ...problems,
  ];
  const ignores = new Map<string, IgnoreDirective[]>();
  for (const p of parsed) if (p.ignores?.length) ignores.set(p.entry.file, p.ignores);
  for (const [file, list] of resolved.ignores) {
    const known = ignores.get(file) ?? [];
    for (const d of list) if (!known.some((k) => k.line === d.line)) known.push(d);
    ignores.set(file, known);
  }
  return {
    files: parsed.map((p) => p.entry),
    claims: resolved.claims,
    problems: allProblems,
    ignores,
    notices: resolved.notices,
    renders: resolved.renders,
    planned: resolved.planned,
  };
}

/** `target.push(...items)` for lists of any length (a spread of 150,000 overflows the stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Bytes that are not UTF-8: read as U+FFFD, so the ports around them are still checked, and
 * reported, as compose and kubectl refuse such a YAML file.
 */
function notUtf8(
  file: string,
  manifest: ManifestKind,
  at: { line: number; column: number },
): Problem {
  return {
    code: 'parse-error',
    file,
    span: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 },
    message: `${file} is not valid UTF-8 at line ${at.line}, column ${at.column}; it was read with a replacement character there${manifest === 'dockerfile' ? '' : ', but docker compose and kubectl refuse such a file'}.`,
    manifest,
  };
}
