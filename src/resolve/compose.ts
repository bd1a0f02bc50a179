// The compose part of a scan: merges the compose files it found into projects, loading the
// files their `extends` and `include` name that the walk did not find.
import { relative, sep } from 'node:path';
import { readTextSync } from '../discover/read.js';
import { readComposeText } from '../parse/compose.js';
import type { ComposeSource } from './compose-project.js';
import { assembleProjects, referencedPaths } from './compose-project.js';
import { readIgnores } from '../parse/ignores.js';
import type { Lookup } from '../parse/interpolate.js';
import type { ParsedFile } from '../parse/result.js';
import type { ParseOptions } from '../parse/yaml.js';
import type { Problem, RawClaim } from '../types.js';
import { emptyResult } from '../parse/result.js';

/** At most this many referenced files are loaded, whatever a tree of includes asks for. */
const MAX_REFERENCED_FILES = 1000;

export interface ComposeFound {
  source: ComposeSource;
  /** What report paths are relative to. */
  base: string;
  /** The real path of the directory the files it references must lie in. */
  within: string;
}

/**
 * Compose projects across files: loads the files that `extends` and `include` name but the
 * scan did not find (bounded in number and size, and only inside the boundary: a manifest must
 * not make the scan read `/proc/self/environ`), then merges every project.
 */
export function composeProjects(
  found: readonly ComposeFound[],
  envFor: (path: string, within: string) => Lookup,
  maxBytes: number,
  yaml: ParseOptions = {},
  configured: readonly (readonly string[])[] = [],
): {
  claims: RawClaim[];
  problems: Problem[];
  files: ParsedFile[];
  /** The files of each project that is not one file's (configured ones), by project. */
  projectFiles: Map<string, string[]>;
} {
  const byPath = new Map<string, ComposeSource | { error: string; notRead?: boolean }>();
  for (const { source } of found) byPath.set(source.path, source);
  const files: ParsedFile[] = [];
  const extra: Problem[] = [];
  const queue = found.flatMap(({ source, base, within }) =>
    referencedPaths(source).map((path) => ({ path, base, within })),
  );
  // A configured project's files the walk did not read (excluded) are read as its others are.
  const projects: (readonly string[])[] = [];
  for (const files of configured) {
    const walked = found.find((f) => files.includes(f.source.path));
    if (!walked) continue;
    projects.push(files);
    for (const path of files) queue.push({ path, base: walked.base, within: walked.within });
  }
  for (let loads = 0; queue.length > 0 && loads < MAX_REFERENCED_FILES;) {
    const { path, base, within } = queue.shift() as (typeof queue)[number];
    if (byPath.has(path)) continue;
    loads++;
    const file = relative(base, path).split(sep).join('/');
    let loaded: ComposeSource | { error: string; notRead?: boolean };
    const read = readTextSync(path, { maxBytes, within });
    if ('text' in read) {
      const composed = readComposeText(file, read.text, { env: envFor(path, within), yaml });
      if ('error' in composed) {
        loaded = composed;
      } else {
        loaded = { path, model: composed.model };
        for (const p of composed.problems) extra.push(p);
        const ignores = readIgnores(read.text, 'yaml');
        files.push({ ...emptyResult(file, 'compose'), ...(ignores.length ? { ignores } : {}) });
        for (const next of referencedPaths(loaded)) queue.push({ path: next, base, within });
      }
    } else {
      loaded =
        'skip' in read
          ? { error: `was not read (${read.skip})`, notRead: true }
          : { error: read.error };
    }
    byPath.set(path, loaded);
  }
  const assembled = assembleProjects(
    found.map((f) => f.source),
    (path) => byPath.get(path) ?? { error: 'was not read (too many referenced files)' },
    projects,
  );
  return {
    claims: assembled.claims,
    problems: [...extra, ...assembled.problems],
    files,
    projectFiles: assembled.projectFiles,
  };
}
