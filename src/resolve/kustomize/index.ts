// Kustomize builds in a scan: each top kustomization rendered (when it is safe and a kustomize is
// at hand), its ports traced back to the lines people edit, and the claims of a base that several
// overlays deploy unchanged merged into one claim that lists them.
import { basename, relative } from 'node:path';
import { toPosix } from '../../discover/discover.js';
import { readTextSync } from '../../discover/read.js';
import { readIgnores } from '../../parse/ignores.js';
import { resolveNamedTargets } from '../../parse/named-targets.js';
import type { IgnoreDirective } from '../../parse/result.js';
import type { Deployable, Problem, RawClaim, Span } from '../../types.js';
import { FILE_START } from '../../types.js';
import { readRendered } from '../render/rendered.js';
import type { Build, KustomizationCache } from './graph.js';
import { leavesPortsAlone, loadBuild, loadKustomization, topKustomizations } from './graph.js';
import type { Kustomization } from './kustomization.js';
import { isKustomizationName } from './kustomization.js';
import type { Renderer } from './render.js';
import { RenderWorkspace, findRenderer, renderKustomizations } from './render.js';
import type { SourceCache, Trace } from './trace.js';
import { Tracer } from './trace.js';
import { spanIn } from './source.js';

export interface KustomizeFile {
  /** Absolute path. */
  path: string;
  /** Report path. */
  file: string;
  /** What `file` is relative to. */
  base: string;
  /** The real directory every file a build reads must lie in. */
  boundary: string;
}

export interface KustomizeSettings {
  /** The kustomization files the scan found. */
  files: readonly KustomizeFile[];
  /** Absolute paths of every file the scan parsed. */
  scanned: ReadonlySet<string>;
  maxBytes: number;
  render: 'auto' | 'off';
  /** The renderer to use; undefined: look on PATH; null: there is none. */
  renderer?: Renderer | null;
  /** Builds rendered at once. */
  concurrency?: number;
}

export interface RenderCost {
  kustomization: string;
  ms: number;
  ok: boolean;
}

export interface KustomizeResult {
  claims: RawClaim[];
  problems: Problem[];
  /** What the report says once: rendering skipped, builds scanned as plain files and why. */
  notices: string[];
  /** Absolute paths whose plain claims and port problems give way to the builds' own. */
  replaced: Set<string>;
  /**
   * Files of builds that cannot change a port (nothing but resources, names and labels): not
   * rendered, their own claims are the builds', deployed by these.
   */
  deployedAsIs: Map<string, Deployable>;
  renders: RenderCost[];
  /** Inline ignores of traced-to files the scan did not parse, by report path. */
  ignores: Map<string, IgnoreDirective[]>;
}

/** Builds rendered by one kustomize process at most: a batch that fails is rendered one by one. */
const BATCH_LIMIT = 16;

/** A build as the report names it: its kustomization's directory. */
const directoryName = (s: Scoped): string => toPosix(relative(s.origin.base, s.k.dir)) || '.';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Scoped {
  k: Kustomization;
  origin: KustomizeFile;
}

export async function scanKustomizations(settings: KustomizeSettings): Promise<KustomizeResult> {
  const result: KustomizeResult = {
    claims: [],
    problems: [],
    notices: [],
    replaced: new Set(),
    deployedAsIs: new Map(),
    renders: [],
    ignores: new Map(),
  };
  const cache: KustomizationCache = new Map();
  const found: Scoped[] = [];
  for (const f of settings.files) {
    if (!isKustomizationName(basename(f.path))) continue;
    const k = loadKustomization(f.path, cache, { maxBytes: settings.maxBytes, within: f.boundary });
    found.push({ k, origin: f });
  }
  if (found.length === 0) return result;
  const tops = topKustomizations(found.map((s) => s.k));
  if (tops.length === 0) return result;
  const scoped = tops.map((k) => found.find((s) => s.k === k) as Scoped);
  const describe = (origin: KustomizeFile) => (absolute: string) =>
    toPosix(relative(origin.base, absolute)) || '.';
  const directory = directoryName;
  const builds = `${plural(tops.length, 'Kustomize build')} (${scoped.map(directory).join(', ')})`;
  if (settings.render === 'off') {
    result.notices.push(`Rendering is off: ${builds} scanned as plain files.`);
    return result;
  }
  const renderer = settings.renderer === undefined ? findRenderer() : settings.renderer;
  if (!renderer) {
    result.notices.push(
      `Neither kustomize nor kubectl is on PATH: ${builds} scanned as plain files, so ports that overlays patch were not traced.`,
    );
    return result;
  }

  const safe: { s: Scoped; build: Build }[] = [];
  for (const s of scoped) {
    const build = loadBuild(s.k, cache, { maxBytes: settings.maxBytes, within: s.origin.boundary });
    const hazard = build.hazards[0];
    if (hazard) {
      const where = `${describe(s.origin)(hazard.file)}:${hazard.span.line}`;
      result.notices.push(
        `Kustomize build ${directory(s)} was not rendered: ${hazard.reason} (${where}). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.`,
      );
      continue;
    }
    safe.push({ s, build });
  }
  const notRendered = asIs(safe, settings.scanned, result, (s) => directoryName(s));
  const toRender = safe.filter((b) => !notRendered.has(b));
  if (toRender.length === 0) return result;

  const workspace = new RenderWorkspace();
  const sources: SourceCache = new Map();
  const perBuild: {
    s: Scoped;
    build: Build;
    claims: RawClaim[];
    problems: Problem[];
    files: Set<string>;
  }[] = [];
  try {
    // Batches of builds, one kustomize process each, as many at a time as there are cores to use.
    const limit = settings.concurrency ?? 2;
    const size = Math.min(BATCH_LIMIT, Math.max(1, Math.ceil(toRender.length / limit)));
    const batches: (typeof toRender)[] = [];
    for (let i = 0; i < toRender.length; i += size) batches.push(toRender.slice(i, i + size));
    const outcomes = (
      await inParallel(batches, limit, (batch) =>
        renderKustomizations(
          renderer,
          workspace,
          batch.map(({ s }) => s.k.dir),
          // Paths in an error are the report's: every build of a scan is relative to one base.
          describe((batch[0] as (typeof toRender)[number]).s.origin),
        ),
      )
    ).flat();
    toRender.forEach(({ s, build }, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      result.renders.push({ kustomization: directory(s), ms: outcome.ms, ok: outcome.ok });
      if (!outcome.ok) {
        result.problems.push({
          code: 'parse-error',
          file: s.origin.file,
          span: FILE_START,
          message: `${renderer.name} ${directory(s)} failed: ${outcome.message}; its files were scanned as plain manifests.`,
          manifest: 'kubernetes',
        });
        return;
      }
      for (const file of build.files) result.replaced.add(file);
      const traced = traceBuild(
        s,
        build,
        outcome.text,
        outcome.wrapper,
        sources,
        settings.maxBytes,
        describe(s.origin),
      );
      perBuild.push({ s, build, ...traced });
    });
  } finally {
    workspace.dispose();
  }
  mergeVariants(perBuild, result);
  // Inline ignores where claims were traced to and the scan read none: files it does not read
  // as manifests (JSON 6902 patches, kustomizations without apiVersion), and inline patches,
  // whose comments are text of a block scalar to the kustomization around them.
  for (const { s, build, files } of perBuild) {
    const add = (file: string, list: readonly IgnoreDirective[]): void => {
      if (list.length === 0) return;
      const known = result.ignores.get(file) ?? [];
      for (const d of list) {
        if (!known.some((k) => k.span.line === d.span.line && k.span.column === d.span.column))
          known.push(d);
      }
      result.ignores.set(file, known);
    };
    for (const path of files) {
      if (settings.scanned.has(path)) continue;
      const read = readTextSync(path, { maxBytes: settings.maxBytes, within: s.origin.boundary });
      if ('text' in read) add(describe(s.origin)(path), readIgnores(read.text, 'yaml'));
    }
    for (const k of build.kustomizations) {
      for (const { source } of k.patches) {
        if (source.embedded && files.has(source.path)) {
          const shifted = readIgnores(source.yaml.text, 'yaml').map((d) => ({
            ...d,
            line: d.line + source.embedded!.line - 1,
            span: spanIn(source, d.span),
          }));
          add(describe(s.origin)(source.path), shifted);
        }
      }
    }
  }
  return result;
}

/**
 * Builds that cannot change a port are not rendered: their resources' claims, as the plain scan
 * reads them, are theirs. Only when every file they read was scanned, and no build that is
 * rendered reads one of them (its traced claims stand for that file).
 */
function asIs(
  safe: { s: Scoped; build: Build }[],
  scanned: ReadonlySet<string>,
  result: KustomizeResult,
  name: (s: Scoped) => string,
): Set<{ s: Scoped; build: Build }> {
  const notRendered = new Set<{ s: Scoped; build: Build }>();
  const plain = safe.filter(
    ({ build }) =>
      leavesPortsAlone(build) &&
      [...build.files].every((f) => scanned.has(f) || isKustomizationFile(f)),
  );
  const rendered = new Set(
    safe.filter((b) => !plain.includes(b)).flatMap(({ build }) => [...build.files]),
  );
  const builds = new Map<string, string[]>();
  for (const b of plain) {
    const { s, build } = b;
    if ([...build.files].some((f) => rendered.has(f))) continue;
    notRendered.add(b);
    for (const file of build.files) {
      const list = builds.get(file) ?? [];
      list.push(name(s));
      builds.set(file, list);
    }
  }
  for (const [file, list] of builds) {
    list.sort();
    const deployable: Deployable = { kind: 'kustomize', path: list[0] as string };
    if (list.length > 1) deployable.variants = list;
    result.deployedAsIs.set(file, deployable);
  }
  return notRendered;
}

const isKustomizationFile = (path: string): boolean => isKustomizationName(basename(path));

/** Runs `work` over `list`, `limit` at a time, results in the list's order. */
async function inParallel<T, R>(
  list: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(list.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const i = next++;
      results[i] = await work(list[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker));
  return results;
}

function traceBuild(
  s: Scoped,
  build: Build,
  text: string,
  wrapper: string,
  sources: SourceCache,
  maxBytes: number,
  describe: (absolute: string) => string,
): { claims: RawClaim[]; problems: Problem[]; files: Set<string> } {
  const files = new Set<string>();
  const label = `${describe(s.k.dir)} (rendered)`;
  const stream = readRendered(text, label);
  const tracer = new Tracer({
    build,
    stream,
    wrapper,
    sources,
    read: { maxBytes, within: s.origin.boundary },
  });
  const named = resolveNamedTargets(
    stream.parsed.namedTargets ?? [],
    stream.parsed.namedPorts ?? [],
  );
  const claims: RawClaim[] = [];
  for (const rendered of [...stream.parsed.claims, ...named.claims]) {
    const trace = tracer.trace(rendered.span, rendered.spec, rendered.field);
    files.add(trace.path);
    claims.push(placed(rendered, trace, describe));
  }
  const problems: Problem[] = [];
  for (const problem of [...stream.parsed.problems, ...named.problems]) {
    const trace = tracer.trace(problem.span, problem.spec ?? '', problem.field ?? '');
    files.add(trace.path);
    const moved: Problem = { ...problem, file: describe(trace.path), span: trace.span };
    if (trace.resource && problem.resource) {
      moved.message = moved.message.replace(problem.resource, trace.resource);
      moved.resource = trace.resource;
    }
    problems.push(moved);
  }
  return { claims, problems, files };
}

/** A rendered claim moved to where a person edits it. */
function placed(
  rendered: RawClaim,
  trace: Trace,
  describe: (absolute: string) => string,
): RawClaim {
  const claim: RawClaim = {
    ...rendered,
    file: describe(trace.path),
    span: trace.span,
    resource: trace.resource ?? rendered.resource,
    spec: trace.spec === '' ? rendered.spec : trace.spec,
  };
  delete claim.digits;
  delete claim.namespace;
  if (trace.digits) claim.digits = trace.digits;
  if (trace.namespace !== undefined) claim.namespace = trace.namespace;
  else if (!trace.resource && rendered.namespace !== undefined)
    claim.namespace = rendered.namespace;
  if (trace.via) {
    claim.via = { file: describe(trace.via.path), traced: trace.traced };
    if (trace.via.line !== undefined) claim.via.line = trace.via.line;
  }
  return claim;
}

const spanKey = (s: Span): string => `${s.line}:${s.column}`;

function claimKey(c: RawClaim): string {
  return [
    c.file,
    spanKey(c.span),
    c.field,
    c.port,
    c.endPort ?? '',
    c.protocol,
    c.resource,
    c.container ?? '',
    c.hostIp ?? '',
  ].join('\0');
}

/**
 * One claim per line a person edits: a base line that several overlays deploy unchanged is one
 * claim listing them all (`deployable.variants`); a line only one build deploys names that build.
 */
function mergeVariants(
  perBuild: { s: Scoped; claims: RawClaim[]; problems: Problem[] }[],
  result: KustomizeResult,
): void {
  const claims = new Map<string, { claim: RawClaim; builds: string[] }>();
  const problems = new Map<string, Problem>();
  for (const { s, claims: list, problems: found } of perBuild) {
    const build = toPosix(relative(s.origin.base, s.k.dir)) || '.';
    for (const claim of list) {
      const key = claimKey(claim);
      const seen = claims.get(key);
      if (seen) {
        if (!seen.builds.includes(build)) seen.builds.push(build);
      } else {
        claims.set(key, { claim, builds: [build] });
      }
    }
    for (const problem of found) {
      const key = [problem.file, spanKey(problem.span), problem.code, problem.message].join('\0');
      if (!problems.has(key)) problems.set(key, problem);
    }
  }
  for (const { claim, builds } of claims.values()) {
    builds.sort();
    const deployable: Deployable = { kind: 'kustomize', path: builds[0] as string };
    if (builds.length > 1) deployable.variants = builds;
    result.claims.push({ ...claim, deployable });
  }
  result.problems.push(...problems.values());
}
