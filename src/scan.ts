// The engine the CLI and the action share: discover → parse → resolve → classify.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { classify } from './classify/classify.js';
import type { Candidate } from './discover/discover.js';
import { discover } from './discover/discover.js';
import type { ComposeSource } from './parse/compose-project.js';
import { problemKey } from './parse/compose-project.js';
import type { Lookup } from './parse/interpolate.js';
import { parseEnvFile } from './parse/interpolate.js';
import { parseManifest } from './parse/manifest.js';
import { resolveNamedTargets } from './parse/named-targets.js';
import type { IgnoreDirective, ParsedFile } from './parse/result.js';
import { composeProjects } from './scan-compose.js';
import type { Claim, FileEntry, ManifestKind, Problem, RawClaim } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface ScanSettings {
  paths: readonly string[];
  cwd: string;
  /** Report paths relative to this directory rather than to each scanned one. */
  relativeTo?: string;
  include?: readonly string[];
  exclude?: readonly string[];
  /** Absolute paths of env files read for compose interpolation, after each `.env`. */
  envFiles?: readonly string[];
  maxFileBytes?: number;
}

export interface ScanResult {
  files: FileEntry[];
  claims: Claim[];
  problems: Problem[];
  /** Inline ignore directives per file, for the policy layer. */
  ignores: Map<string, IgnoreDirective[]>;
}

const MANIFEST_OF_HINT: Record<Candidate['hint'], ManifestKind> = {
  compose: 'compose',
  dockerfile: 'dockerfile',
  yaml: 'kubernetes',
  any: 'kubernetes',
};

async function readEnvFile(path: string): Promise<Map<string, string>> {
  try {
    return parseEnvFile(await readFile(path, 'utf8'));
  } catch {
    return new Map();
  }
}

/** Loads a file's text, or says why it cannot be scanned. */
async function load(
  candidate: Candidate,
  maxBytes: number,
): Promise<{ text: string } | { skip: string } | { error: string }> {
  if (candidate.skip) return { skip: candidate.skip };
  try {
    const info = await stat(candidate.path);
    if (!info.isFile()) return { skip: 'not a regular file' };
    if (info.size > maxBytes) {
      return { skip: `${info.size} bytes, over the ${maxBytes}-byte limit for one file` };
    }
    const bytes = await readFile(candidate.path);
    if (bytes.subarray(0, 8000).includes(0)) return { skip: 'binary file (holds NUL bytes)' };
    return { text: bytes.toString('utf8') };
  } catch (error) {
    return { error: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

export async function scan(settings: ScanSettings): Promise<ScanResult> {
  const maxBytes = settings.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const configured = new Map<string, string>();
  for (const path of settings.envFiles ?? []) {
    for (const [k, v] of await readEnvFile(path)) configured.set(k, v);
  }
  const dotEnvByDirectory = new Map<string, Map<string, string>>();

  const parsed: ParsedFile[] = [];
  const composeFiles: { source: ComposeSource; base: string }[] = [];
  for await (const candidate of discover(settings.paths, settings)) {
    const loaded = await load(candidate, maxBytes);
    const manifest = MANIFEST_OF_HINT[candidate.hint];
    if ('skip' in loaded) {
      parsed.push({
        entry: { file: candidate.file, manifest, status: 'skipped', reason: loaded.skip },
        claims: [],
        problems: [],
      });
      continue;
    }
    if ('error' in loaded) {
      parsed.push({
        entry: { file: candidate.file, manifest, status: 'error', reason: loaded.error },
        claims: [],
        problems: [
          {
            code: 'parse-error',
            file: candidate.file,
            span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
            message: `${candidate.file} ${loaded.error}.`,
            manifest,
          },
        ],
      });
      continue;
    }
    const directory = dirname(candidate.path);
    let dotEnv = dotEnvByDirectory.get(directory);
    const composeEnv = (): Lookup => (name) => configured.get(name) ?? dotEnv?.get(name);
    if (candidate.hint === 'compose' || candidate.hint === 'any') {
      dotEnv ??= await readEnvFile(join(directory, '.env'));
      dotEnvByDirectory.set(directory, dotEnv);
    }
    const result = parseManifest(candidate.file, loaded.text, candidate.hint, { composeEnv });
    if (result) parsed.push(result);
    if (result?.compose) {
      // Report paths of files it references are relative to what this file's path is relative to.
      const suffix = candidate.file.split('/').join(sep);
      const base = candidate.path.endsWith(suffix)
        ? candidate.path.slice(0, candidate.path.length - suffix.length)
        : dirname(candidate.path);
      composeFiles.push({ source: { path: candidate.path, model: result.compose }, base });
    }
  }
  if (composeFiles.length > 0) {
    const projects = await composeProjects(
      composeFiles,
      async (path) => {
        const dir = dirname(path);
        let dotEnv = dotEnvByDirectory.get(dir);
        if (!dotEnv) dotEnvByDirectory.set(dir, (dotEnv = await readEnvFile(join(dir, '.env'))));
        const env = dotEnv;
        return (name: string) => configured.get(name) ?? env.get(name);
      },
      maxBytes,
    );
    // The project pass sees every compose claim in its project: it replaces the per-file ones.
    for (const p of parsed) if (p.compose) p.claims = [];
    const known = new Set(parsed.flatMap((p) => p.problems.map(problemKey)));
    parsed.push(...projects.files);
    const first = parsed.find((p) => p.compose);
    first?.claims.push(...projects.claims);
    first?.problems.push(...projects.problems.filter((p) => !known.has(problemKey(p))));
  }

  const files = parsed.map((p) => p.entry);
  const raw = parsed.flatMap((p) => p.claims);
  const problems = parsed.flatMap((p) => p.problems);
  const named = resolveNamedTargets(
    parsed.flatMap((p) => p.namedTargets ?? []),
    parsed.flatMap((p) => p.namedPorts ?? []),
  );
  raw.push(...named.claims);
  problems.push(...named.problems);
  const ignores = new Map<string, IgnoreDirective[]>();
  for (const p of parsed) if (p.ignores?.length) ignores.set(p.entry.file, p.ignores);
  return { files, claims: raw.map(withClass), problems, ignores };
}

export function withClass(claim: RawClaim): Claim {
  return { ...claim, class: classify(claim.port, claim.protocol) };
}
