// Compose projects: what `docker compose` in a directory loads. The first of compose.yaml,
// compose.yml, docker-compose.yml, docker-compose.yaml found there is the project file and the
// first override file found is merged onto it (compose-go's DefaultFileNames and
// DefaultOverrideFileNames); every other compose file is a project of its own (it is used with
// `-f`). Each file's `include`s are loaded first, then its services (with `extends` applied) are
// merged on top, as compose-go does. Pure: files outside the scan come through `read`.
import { basename, dirname, resolve } from 'node:path';
import type { Problem, RawClaim, Span } from '../types.js';
import { FILE_START } from '../types.js';
import type { ComposeFileModel, ServiceModel } from '../parse/compose-model.js';
import {
  mergeServices,
  resolveExtends,
  serviceClaims,
  structureProblem,
} from '../parse/compose-model.js';

export const PROJECT_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
];
export const OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

export interface ComposeSource {
  /** Absolute path. */
  path: string;
  model: ComposeFileModel;
}

/**
 * A compose file by absolute path: one the scan read, or one it loaded because it is referenced.
 * `notRead`: port-claims chose not to read it (outside the scanned directory, too large), which
 * docker compose would not refuse.
 */
export type ComposeReader = (path: string) => ComposeSource | { error: string; notRead?: boolean };

/** The absolute paths a file references (`extends.file`, `include`), for preloading. */
export function referencedPaths(source: ComposeSource): string[] {
  const dir = dirname(source.path);
  const out: string[] = [];
  for (const layer of source.model.layers) {
    for (const include of layer.includes) {
      for (const path of include.paths) out.push(resolve(dir, path));
    }
    for (const service of layer.services.values()) {
      if (service.extends?.file !== undefined) out.push(resolve(dir, service.extends.file));
    }
  }
  return out;
}

/**
 * The projects among the files the scan found: [project file, override?] or a file alone. A file
 * that is part of a configured project (`inProjects`) is not a project alone: it is run with the
 * others, unless it is its directory's project file or override.
 */
export function groupProjects(
  sources: readonly ComposeSource[],
  inProjects: ReadonlySet<string> = new Set(),
): ComposeSource[][] {
  const byDirectory = new Map<string, Map<string, ComposeSource>>();
  for (const source of sources) {
    const dir = dirname(source.path);
    let names = byDirectory.get(dir);
    if (!names) byDirectory.set(dir, (names = new Map()));
    names.set(basename(source.path), source);
  }
  const grouped = new Set<ComposeSource>();
  const projects: ComposeSource[][] = [];
  for (const names of byDirectory.values()) {
    const base = PROJECT_FILE_NAMES.map((n) => names.get(n)).find((s) => s !== undefined);
    if (!base) continue;
    const override = OVERRIDE_FILE_NAMES.map((n) => names.get(n)).find((s) => s !== undefined);
    const project = override ? [base, override] : [base];
    for (const s of project) grouped.add(s);
    projects.push(project);
  }
  for (const source of sources) {
    if (!grouped.has(source) && !inProjects.has(source.path)) projects.push([source]);
  }
  return projects;
}

export interface AssembledProjects {
  claims: RawClaim[];
  problems: Problem[];
  /** The report paths of the files of each configured project, by its name. */
  projectFiles: Map<string, string[]>;
}

/** A configured project's name: its files as `-f` takes them, `compose.yaml + compose.prod.yaml`. */
export const projectName = (files: readonly string[]): string => files.join(' + ');

/** What `${VAR}` reads in a file: named, so that a file read twice with one is read once. */
export interface ComposeEnv {
  key: string;
  /** The real directory every file read with this environment must lie in. */
  within: string;
  /** What the report paths of files read with it are relative to. */
  base: string;
}

/**
 * How files are read in the context of an include, as compose-go reads them: each include's
 * files with the including project's variables, then those of its env files (its `env_file`,
 * else the `.env` in its project directory), the including project's winning.
 */
export interface IncludeContext {
  /** The environment a file the scan found is read with (its own `.env`, the configured files). */
  envOf(source: ComposeSource): ComposeEnv;
  /** A compose file read with an environment (the one it was read with when that is its own). */
  withEnv(path: string, env: ComposeEnv): ComposeSource | { error: string; notRead?: boolean };
  /**
   * An include's environment. `explicit`: the files are its `env_file`, which must exist;
   * otherwise the `.env` of its project directory, read when it exists.
   */
  includeEnv(
    parent: ComposeEnv,
    files: readonly string[],
    explicit: boolean,
  ): ComposeEnv | { error: string };
}

/** One service written once, imported twice (a file two includes share): no clash. */
const sameDefinition = (a: ServiceModel, b: ServiceModel): boolean =>
  a.file === b.file && a.span.line === b.span.line && a.span.column === b.span.column;

/** The services an include imports, each keyed by name; clashing ones are kept apart. */
const apart = (service: ServiceModel): string => `${service.name}\0${service.file}`;

/**
 * Every project's merged services as claims. A claim that several projects share (a file that
 * is a project of its own and included by another) is listed once, with every project named.
 * Without `context`, an included file is read as the scan read it.
 */
export function assembleProjects(
  sources: readonly ComposeSource[],
  read: ComposeReader,
  configured: readonly (readonly string[])[] = [],
  context?: IncludeContext,
): AssembledProjects {
  const problems: Problem[] = [];
  const memo = new Map<string, Map<string, ServiceModel>>();

  const fileServices = (
    source: ComposeSource,
    stack: string[],
    env: ComposeEnv | undefined,
    workingDir: string,
  ): Map<string, ServiceModel> => {
    const memoKey = `${source.path}\0${env?.key ?? ''}\0${workingDir}`;
    const cached = memo.get(memoKey);
    if (cached) return cached;
    const dir = workingDir;
    const readAs = (path: string, as: ComposeEnv | undefined) =>
      context && as ? context.withEnv(path, as) : read(path);
    let services = new Map<string, ServiceModel>();
    for (const layer of source.model.layers) {
      /** What this layer's includes imported, by name: compose refuses a name imported twice. */
      const imported = new Map<string, ServiceModel>();
      for (const include of layer.includes) {
        const written = include.paths[0] as string;
        const paths = include.paths.map((p) => resolve(dir, p));
        const main = paths[0] as string;
        if (stack.includes(main)) {
          problems.push(
            structureProblem(
              source.model.file,
              include.span,
              `include of ${written} forms a cycle; docker compose refuses it, so it was read once.`,
            ),
          );
          continue;
        }
        const projectDir =
          include.projectDirectory !== undefined
            ? resolve(dir, include.projectDirectory)
            : dirname(main);
        let includeEnv = env;
        if (context && env) {
          const explicit = include.envFiles !== undefined;
          const files = explicit
            ? (include.envFiles ?? []).map((f) => resolve(dir, f))
            : [resolve(projectDir, '.env')];
          const made = context.includeEnv(env, files, explicit);
          if ('error' in made) {
            problems.push(
              structureProblem(
                source.model.file,
                include.span,
                `include of ${written}: its env_file ${made.error}; docker compose refuses this file, so the services it would add were not checked.`,
              ),
            );
            continue;
          }
          includeEnv = made;
        }
        // The include's own files are one project: the main file, then its overrides.
        let own = new Map<string, ServiceModel>();
        let readable = true;
        include.paths.forEach((p, i) => {
          const included = readAs(paths[i] as string, includeEnv);
          if ('error' in included) {
            readable = false;
            problems.push(
              structureProblem(
                source.model.file,
                include.span,
                `include of ${p}: the file ${included.error}${included.notRead ? '' : '; docker compose refuses this file'}, so the services it would add were not checked.`,
              ),
            );
            return;
          }
          own = mergeServices(
            own,
            fileServices(included, [...stack, paths[i] as string], includeEnv, projectDir),
          );
        });
        if (!readable && own.size === 0) continue;
        for (const service of own.values()) {
          const earlier = imported.get(service.name);
          if (earlier && !sameDefinition(earlier, service)) {
            problems.push(clash(source.model.file, include.span, service, earlier));
            services.set(apart(service), service);
            continue;
          }
          imported.set(service.name, service);
        }
      }
      const other = (
        written: string,
      ):
        | { id: string; services: Map<string, ServiceModel> }
        | { error: string; notRead?: boolean } => {
        const target = readAs(resolve(dir, written), env);
        if ('error' in target) return target;
        const all = new Map<string, ServiceModel>();
        for (const l of target.model.layers) for (const [n, s] of l.services) all.set(n, s);
        return { id: target.path, services: all };
      };
      const resolved = resolveExtends(layer, source.path, other);
      problems.push(...resolved.problems);
      // A service both written here and imported: compose refuses the file. Both are kept
      // apart, so that each keeps its claims at its own line.
      for (const [name, service] of imported) {
        const local = resolved.services.get(name);
        if (local) {
          problems.push(clash(source.model.file, local.span, service, local));
          services.set(apart(service), service);
          imported.delete(name);
        }
      }
      services = mergeServices(mergeServices(services, imported), resolved.services);
    }
    memo.set(memoKey, services);
    return services;
  };

  const projectFiles = new Map<string, string[]>();
  const all: { id: string; project: ComposeSource[] }[] = groupProjects(
    sources,
    new Set(configured.flat()),
  ).map((project) => ({ id: (project[0] as ComposeSource).model.file, project }));
  for (const paths of configured) {
    const project: ComposeSource[] = [];
    for (const path of paths) {
      const source = read(path);
      if ('error' in source) {
        const first = project[0] ?? sources.find((s) => paths.includes(s.path));
        if (first) {
          problems.push(
            structureProblem(
              first.model.file,
              FILE_START,
              `the project of ${paths.length} files that the config names cannot read ${path}: it ${source.error}, so the project was checked without it.`,
            ),
          );
        }
        continue;
      }
      project.push(source);
    }
    if (project.length === 0) continue;
    const names = project.map((s) => s.model.file);
    projectFiles.set(projectName(names), names);
    all.push({ id: projectName(names), project });
  }

  const claims = new Map<string, RawClaim>();
  for (const { id, project } of all) {
    const inProject = [id];
    let services = new Map<string, ServiceModel>();
    for (const source of project) {
      const env = context?.envOf(source);
      services = mergeServices(
        services,
        fileServices(source, [source.path], env, dirname(source.path)),
      );
    }
    for (const service of services.values()) {
      for (const claim of serviceClaims(service, inProject)) {
        const key = [
          claim.file,
          claim.span.line,
          claim.span.column,
          claim.resource,
          claim.field,
          claim.port,
          claim.endPort ?? claim.port,
          claim.protocol,
          claim.hostIp ?? '',
        ].join('\0');
        const earlier = claims.get(key);
        if (!earlier) claims.set(key, claim);
        else if (!earlier.projects?.includes(id))
          earlier.projects = [...(earlier.projects ?? []), id];
      }
    }
  }
  return { claims: [...claims.values()], problems: dedupeProblems(problems), projectFiles };
}

/**
 * A service name both written in a file and imported by its `include`, or imported twice:
 * compose-go refuses the file ("services.NAME conflicts with imported resource").
 */
function clash(file: string, span: Span, imported: ServiceModel, other: ServiceModel): Problem {
  const where =
    other.file === file ? `line ${other.span.line}` : `${other.file}:${other.span.line}`;
  return {
    code: 'invalid-port',
    file,
    span,
    message: `service "${imported.name}" of the included ${imported.file} (line ${imported.span.line}) clashes with service "${other.name}" at ${where}; docker compose refuses this file ("services.${imported.name} conflicts with imported resource"), so neither runs as written.`,
    manifest: 'compose',
    resource: imported.name,
  };
}

export function problemKey(p: Problem): string {
  return [p.code, p.file, p.span.line, p.span.column, p.message].join('\0');
}

function dedupeProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = problemKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
