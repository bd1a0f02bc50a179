// What one compose file says about ports, in the shape compose merges: services with their
// `ports` entries (one per container port, as compose-go's canonical form expands them) and
// `expose` entries. Merging (override files, `extends`, `include`) and turning a merged service
// into claims are pure functions of these values.
import type { Problem, RawClaim, Span } from '../types.js';

/** One `ports` entry (a port or a range), with the claims it makes. */
export interface PortBinding {
  /**
   * compose-go's unicity key (host_ip, published, target, protocol; host_ip defaults to
   * 0.0.0.0), here for the entry as written: two entries with one key are one binding, the later
   * replacing the earlier. compose-go keys each port of a range; two ranges that overlap without
   * being equal are kept apart here, and host-port-conflict knows a port bound twice the same way.
   */
  key: string;
  /** The published claim (none when the engine picks any port) and the target claim. */
  claims: RawClaim[];
}

/** How a service's list in one file combines with the list it inherits. */
export type ListMerge = 'append' | 'reset' | 'override';

export interface ServiceModel {
  name: string;
  /** Where the service's name is written. */
  span: Span;
  file: string;
  ports: PortBinding[];
  portsMerge: ListMerge;
  expose: RawClaim[];
  exposeMerge: ListMerge;
  /** `network_mode`, interpolated, when the file sets it. */
  networkMode?: string;
  extends?: ExtendsRef;
  /** `services: {name: !reset}` in an override file removes the service. */
  reset?: boolean;
}

export interface ExtendsRef {
  service: string;
  /** As written (relative to the file's directory); absent for the same file. */
  file?: string;
  span: Span;
}

/** One `include` item: a project of its own (its files merged in order), imported here. */
export interface IncludeRef {
  /** As written, relative to the including file's directory: the main file, then overrides. */
  paths: string[];
  /** Where the included files' relative paths and default `.env` are, as written. */
  projectDirectory?: string;
  /** The env files for the included files' `${VAR}`, as written; default the `.env` there. */
  envFiles?: string[];
  span: Span;
}

/** One YAML document of a compose file (compose merges a file's documents in order). */
export interface ComposeLayer {
  services: Map<string, ServiceModel>;
  includes: IncludeRef[];
}

export interface ComposeFileModel {
  file: string;
  layers: ComposeLayer[];
}

/** Merges `over` into `base` as compose merges two files (or a service into the one it extends). */
export function mergeService(base: ServiceModel, over: ServiceModel): ServiceModel {
  const merged: ServiceModel = {
    ...base,
    name: over.name,
    span: over.span,
    file: over.file,
    ports: mergeList(base.ports, over.ports, over.portsMerge),
    expose: mergeList(base.expose, over.expose, over.exposeMerge),
    portsMerge: base.portsMerge,
    exposeMerge: base.exposeMerge,
  };
  if (over.networkMode !== undefined) merged.networkMode = over.networkMode;
  delete merged.extends;
  return merged;
}

function mergeList<T>(base: T[], over: T[], how: ListMerge): T[] {
  if (how === 'reset') return [];
  if (how === 'override') return [...over];
  return [...base, ...over];
}

export function mergeServices(
  base: Map<string, ServiceModel>,
  over: Map<string, ServiceModel>,
): Map<string, ServiceModel> {
  const merged = new Map(base);
  for (const [name, service] of over) {
    if (service.reset) {
      merged.delete(name);
      continue;
    }
    const earlier = merged.get(name);
    merged.set(name, earlier ? mergeService(earlier, service) : service);
  }
  return merged;
}

/**
 * The claims of a merged service: bindings with one key kept once (the first written), expose
 * entries once per port (or range) and protocol, every claim named after the service and marked
 * with the host network when the service uses it.
 */
export function serviceClaims(service: ServiceModel, projects?: string[]): RawClaim[] {
  const hostNetwork = service.networkMode === 'host';
  const out: RawClaim[] = [];
  const keys = new Set<string>();
  const finish = (claim: RawClaim): RawClaim => {
    const copy: RawClaim = { ...claim, resource: service.name };
    if (hostNetwork) copy.hostNetwork = true;
    else delete copy.hostNetwork;
    // One list per project, shared by its claims (never changed: a claim of two gets a new one).
    if (projects !== undefined) copy.projects = projects;
    return copy;
  };
  for (const binding of service.ports) {
    if (keys.has(binding.key)) continue;
    keys.add(binding.key);
    for (const claim of binding.claims) out.push(finish(claim));
  }
  const exposed = new Set<string>();
  for (const claim of service.expose) {
    const key = `${claim.port}-${claim.endPort ?? claim.port}/${claim.protocol}`;
    if (exposed.has(key)) continue;
    exposed.add(key);
    out.push(finish(claim));
  }
  return out;
}

/** A problem about how files fit together (extends, include), not about one port. */
export function structureProblem(file: string, span: Span, message: string): Problem {
  return { code: 'parse-error', file, span, message, manifest: 'compose' };
}

/**
 * Resolves `extends` inside one layer. `other` finds the services of another file (by the path
 * written in `extends.file`), or says why it cannot; without it, other-file extends are left as
 * they are (a single file parsed alone cannot read its neighbours).
 */
export function resolveExtends(
  layer: ComposeLayer,
  fileId: string,
  other: (
    path: string,
  ) => { id: string; services: Map<string, ServiceModel> } | { error: string; notRead?: boolean },
): { services: Map<string, ServiceModel>; problems: Problem[] } {
  const problems: Problem[] = [];
  const done = new Map<string, ServiceModel>();

  const resolve = (
    services: Map<string, ServiceModel>,
    id: string,
    name: string,
    stack: string[],
    memo: Map<string, ServiceModel> | undefined,
  ): ServiceModel | undefined => {
    const service = services.get(name);
    if (!service) return undefined;
    const cached = memo?.get(name);
    if (cached) return cached;
    const resolved = resolveOne(services, id, name, service, stack, memo);
    memo?.set(name, resolved);
    return resolved;
  };

  const resolveOne = (
    services: Map<string, ServiceModel>,
    id: string,
    name: string,
    service: ServiceModel,
    stack: string[],
    memo: Map<string, ServiceModel> | undefined,
  ): ServiceModel => {
    const ref = service.extends;
    if (!ref) return service;
    const here = `${id}\0${name}`;
    const chain = [...stack, here];
    let baseServices = services;
    let baseId = id;
    let baseMemo = memo;
    if (ref.file !== undefined) {
      const found = other(ref.file);
      if ('error' in found) {
        problems.push(
          structureProblem(
            service.file,
            ref.span,
            `service "${name}" extends "${ref.service}" in ${ref.file}, which ${found.error}${found.notRead ? '' : '; docker compose refuses this file'}, so its inherited ports were not checked.`,
          ),
        );
        return withoutExtends(service);
      }
      baseServices = found.services;
      baseId = found.id;
      baseMemo = undefined;
    }
    const target = `${baseId}\0${ref.service}`;
    if (chain.includes(target)) {
      const cycle = [...chain.slice(chain.indexOf(target)), target]
        .map((s) => s.split('\0')[1])
        .join(' → ');
      problems.push(
        structureProblem(
          service.file,
          ref.span,
          `service "${name}" extends itself (${cycle}); docker compose refuses circular extends, so its inherited ports were not checked.`,
        ),
      );
      return withoutExtends(service);
    }
    const base = resolve(baseServices, baseId, ref.service, chain, baseMemo);
    if (!base) {
      const where = ref.file !== undefined ? ` in ${ref.file}` : '';
      problems.push(
        structureProblem(
          service.file,
          ref.span,
          `service "${name}" extends "${ref.service}"${where}, which defines no such service; docker compose refuses this file.`,
        ),
      );
      return withoutExtends(service);
    }
    return mergeService(base, service);
  };

  for (const name of layer.services.keys()) {
    const resolved = resolve(layer.services, fileId, name, [], done);
    if (resolved) done.set(name, resolved);
  }
  return { services: done, problems };
}

function withoutExtends(service: ServiceModel): ServiceModel {
  const copy = { ...service };
  delete copy.extends;
  return copy;
}
