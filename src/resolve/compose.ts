// The compose part of a scan: merges the compose files it found into projects, loading the
// files their `extends` and `include` name that the walk did not find.
import { dirname, relative, sep } from 'node:path';
import { readTextSync } from '../discover/read.js';
import { readComposeText } from '../parse/compose.js';
import type { ComposeSource, IncludeContext } from './compose-project.js';
import { assembleProjects, problemKey, referencedPaths } from './compose-project.js';
import { readIgnores } from '../parse/ignores.js';
import type { EnvValue, Lookup } from '../parse/interpolate.js';
import { parseEnvFile } from '../parse/interpolate.js';
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
  /** A loaded file's problems as read with its own variables: reported when it is read so. */
  const ownProblems = new Map<string, Problem[]>();
  const usedOwn = new Set<string>();
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
        ownProblems.set(path, composed.problems);
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
  const own = (path: string): Loaded => {
    usedOwn.add(path);
    return byPath.get(path) ?? { error: 'was not read (too many referenced files)' };
  };
  const context = includeContext(found, byPath, own, envFor, maxBytes, yaml, extra);
  const assembled = assembleProjects(
    found.map((f) => f.source),
    own,
    projects,
    context,
  );
  for (const path of usedOwn) for (const p of ownProblems.get(path) ?? []) extra.push(p);
  return {
    claims: assembled.claims,
    problems: [
      ...new Map([...extra, ...assembled.problems].map((p) => [problemKey(p), p])).values(),
    ],
    files,
    projectFiles: assembled.projectFiles,
  };
}

type Loaded = ComposeSource | { error: string; notRead?: boolean };

/**
 * Reading in the context of an include (see IncludeContext): a file the scan read with its own
 * environment is that file; with another, it is read again (once per environment).
 */
function includeContext(
  found: readonly ComposeFound[],
  byPath: ReadonlyMap<string, Loaded>,
  own: (path: string) => Loaded,
  envFor: (path: string, within: string) => Lookup,
  maxBytes: number,
  yaml: ParseOptions,
  problems: Problem[],
): IncludeContext {
  const ownKey = (path: string): string => `${dirname(path)}${sep}.env`;
  const lookups = new Map<string, Lookup>();
  const placeOf = new Map(found.map((f) => [f.source.path, { within: f.within, base: f.base }]));
  const reads = new Map<string, Loaded>();
  return {
    envOf(source) {
      const place = placeOf.get(source.path) ?? (found[0] as ComposeFound);
      const key = ownKey(source.path);
      if (!lookups.has(key)) lookups.set(key, envFor(source.path, place.within));
      return { key, within: place.within, base: place.base };
    },
    withEnv(path, env) {
      if (byPath.has(path) && env.key === ownKey(path)) return own(path);
      const cacheKey = `${path}\0${env.key}`;
      const cached = reads.get(cacheKey);
      if (cached) return cached;
      const read = readTextSync(path, { maxBytes, within: env.within });
      let loaded: Loaded;
      if ('text' in read) {
        const file = relative(env.base, path).split(sep).join('/');
        const lookup = lookups.get(env.key) ?? (() => undefined);
        const composed = readComposeText(file, read.text, { env: lookup, yaml });
        if ('error' in composed) loaded = composed;
        else {
          loaded = { path, model: composed.model };
          // A file the scan read itself has reported its own problems: only what the include's
          // variables change is added.
          const walked = placeOf.has(path)
            ? readComposeText(file, read.text, { env: envFor(path, env.within), yaml })
            : { error: '' };
          const known = new Set('error' in walked ? [] : walked.problems.map(problemKey));
          for (const p of composed.problems) if (!known.has(problemKey(p))) problems.push(p);
        }
      } else {
        loaded =
          'skip' in read
            ? { error: `was not read (${read.skip})`, notRead: true }
            : { error: read.error };
      }
      reads.set(cacheKey, loaded);
      return loaded;
    },
    includeEnv(parent, files, explicit) {
      const parentLookup = lookups.get(parent.key) ?? (() => undefined);
      const vars = new Map<string, EnvValue>();
      for (const path of files) {
        const read = readTextSync(path, { maxBytes, within: parent.within });
        if (!('text' in read)) {
          if (!explicit) continue;
          const name = relative(parent.base, path).split(sep).join('/');
          return {
            error: `${name} ${'skip' in read ? `was not read (${read.skip})` : read.error}`,
          };
        }
        for (const [k, v] of parseEnvFile(read.text, parentLookup)) vars.set(k, v);
      }
      const key = `${parent.key}\0${files.join('\0')}`;
      if (!lookups.has(key)) lookups.set(key, (name) => parentLookup(name) ?? vars.get(name));
      return { key, within: parent.within, base: parent.base };
    },
  };
}
