// Compose projects: what `docker compose` in a directory loads. The first of compose.yaml,
// compose.yml, docker-compose.yml, docker-compose.yaml found there is the project file and the
// first override file found is merged onto it (compose-go's DefaultFileNames and
// DefaultOverrideFileNames); every other compose file is a project of its own (it is used with
// `-f`). Each file's `include`s are loaded first, then its services (with `extends` applied) are
// merged on top, as compose-go does. Pure: files outside the scan come through `read`.
import { basename, dirname, resolve } from 'node:path';
import type { Problem, RawClaim } from '../types.js';
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
    for (const include of layer.includes) out.push(resolve(dir, include.path));
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

/**
 * Every project's merged services as claims. A claim that several projects share (a file that
 * is a project of its own and included by another) is listed once, with every project named.
 */
export function assembleProjects(
  sources: readonly ComposeSource[],
  read: ComposeReader,
  configured: readonly (readonly string[])[] = [],
): AssembledProjects {
  const problems: Problem[] = [];
  const memo = new Map<string, Map<string, ServiceModel>>();

  const fileServices = (source: ComposeSource, stack: string[]): Map<string, ServiceModel> => {
    const cached = memo.get(source.path);
    if (cached) return cached;
    const dir = dirname(source.path);
    let services = new Map<string, ServiceModel>();
    for (const layer of source.model.layers) {
      for (const include of layer.includes) {
        const path = resolve(dir, include.path);
        if (stack.includes(path)) {
          problems.push(
            structureProblem(
              source.model.file,
              include.span,
              `include of ${include.path} forms a cycle; docker compose refuses it, so it was read once.`,
            ),
          );
          continue;
        }
        const included = read(path);
        if ('error' in included) {
          problems.push(
            structureProblem(
              source.model.file,
              include.span,
              `include of ${include.path}: the file ${included.error}${included.notRead ? '' : '; docker compose refuses this file'}, so the services it would add were not checked.`,
            ),
          );
          continue;
        }
        services = mergeServices(services, fileServices(included, [...stack, path]));
      }
      const other = (
        written: string,
      ):
        | { id: string; services: Map<string, ServiceModel> }
        | { error: string; notRead?: boolean } => {
        const target = read(resolve(dir, written));
        if ('error' in target) return target;
        const all = new Map<string, ServiceModel>();
        for (const l of target.model.layers) for (const [n, s] of l.services) all.set(n, s);
        return { id: target.path, services: all };
      };
      const resolved = resolveExtends(layer, source.path, other);
      problems.push(...resolved.problems);
      services = mergeServices(services, resolved.services);
    }
    memo.set(source.path, services);
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
      services = mergeServices(services, fileServices(source, [source.path]));
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
