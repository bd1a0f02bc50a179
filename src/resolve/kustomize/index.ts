// Kustomize builds in a scan, as a renderer of the deployable stage (../index.ts): each top
// kustomization planned, rendered when it is safe, and its ports traced back to the lines people
// edit. The stage folds a base line that several overlays deploy unchanged into one claim.
import { basename, relative } from 'node:path';
import { toPosix } from '../../discover/discover.js';
import { readTextSync } from '../../discover/read.js';
import { readIgnores } from '../../parse/ignores.js';
import type { IgnoreDirective } from '../../parse/result.js';
import type { Problem, RawClaim } from '../../types.js';
import { FILE_START } from '../../types.js';
import { addIgnores } from '../index.js';
import { resolveNamedTargets } from '../named-targets.js';
import type {
  PlanContext,
  PlannedDeployable,
  RenderOutcome,
  RenderPlan,
  Renderer,
  Slots,
  WalkedFile,
} from '../renderer.js';
import { readRendered } from '../render/rendered.js';
import type { Build, KustomizationCache } from './graph.js';
import { leavesPortsAlone, loadBuild, loadKustomization, topKustomizations } from './graph.js';
import type { Kustomization } from './kustomization.js';
import { isKustomizationName } from './kustomization.js';
import type { Renderer as KustomizeTool } from './render.js';
import { RenderWorkspace, findRenderer, renderKustomizations } from './render.js';
import type { SourceCache, Trace } from './trace.js';
import { Tracer } from './trace.js';
import { spanIn } from './source.js';

/** A kustomization among the walked files, and where the walk found it. */
type KustomizeFile = WalkedFile;

export interface KustomizeOptions {
  /** The kustomize to render with; undefined looks on PATH; null means there is none. */
  tool?: KustomizeTool | null;
}

/** Builds rendered by one kustomize process at most: a batch that fails is rendered one by one. */
const BATCH_LIMIT = 16;

/** A build as the report names it: its kustomization's directory. */
const directoryName = (s: Scoped): string => toPosix(relative(s.origin.base, s.k.dir)) || '.';

interface Scoped {
  k: Kustomization;
  origin: KustomizeFile;
}

interface Planned {
  s: Scoped;
  build: Build;
}

/**
 * The Kustomize renderer of the deployable stage: every top kustomization (one no other scanned
 * kustomization uses) is a build; a build that would run a plugin, inflate a chart, fetch a
 * remote resource or read outside the scan is not planned (a notice says why, and its files are
 * plain manifests); a build that cannot change a port is deployed as written.
 */
export function kustomizeRenderer(options: KustomizeOptions = {}): Renderer {
  let tool: KustomizeTool | null | undefined = options.tool;
  let workspace: RenderWorkspace | undefined;
  let maxBytes = 0;
  let scanned: ReadonlySet<string> = new Set();
  const planned = new Map<PlannedDeployable, Planned>();
  const findTool = (): KustomizeTool | undefined => {
    if (tool === undefined) tool = findRenderer() ?? null;
    return tool ?? undefined;
  };
  const describe = (origin: KustomizeFile) => (absolute: string) =>
    toPosix(relative(origin.base, absolute)) || '.';

  const plan = (context: PlanContext): RenderPlan => {
    maxBytes = context.maxBytes;
    scanned = context.scanned;
    const result: RenderPlan = { deployables: [], notices: [], problems: [] };
    const cache: KustomizationCache = new Map();
    const found: Scoped[] = [];
    for (const f of context.walked) {
      if (!isKustomizationName(basename(f.path))) continue;
      const read = { maxBytes: context.maxBytes, within: f.boundary };
      found.push({ k: loadKustomization(f.path, cache, read), origin: f });
    }
    if (found.length === 0) return result;
    const tops = topKustomizations(found.map((s) => s.k));
    const scoped = tops.map((k) => found.find((s) => s.k === k) as Scoped);
    const safe: Planned[] = [];
    for (const s of scoped) {
      const read = { maxBytes: context.maxBytes, within: s.origin.boundary };
      const build = loadBuild(s.k, cache, read);
      const hazard = build.hazards[0];
      if (hazard) {
        const where = `${describe(s.origin)(hazard.file)}:${hazard.span.line}`;
        result.notices.push(
          `Kustomize build ${directoryName(s)} was not rendered: ${hazard.reason} (${where}). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.`,
        );
        continue;
      }
      safe.push({ s, build });
    }
    const notRendered = asIs(safe, context.scanned);
    for (const p of safe) {
      const files = [...p.build.files];
      const deployable: PlannedDeployable = {
        path: directoryName(p.s),
        inputs: files,
        consumes: files.filter((f) => context.scanned.has(f)),
        renders: !notRendered.has(p),
      };
      planned.set(deployable, p);
      result.deployables.push(deployable);
    }
    return result;
  };

  const render = async (
    deployables: readonly PlannedDeployable[],
    slots: Slots,
  ): Promise<RenderOutcome[]> => {
    const renderer = findTool();
    const toRender = deployables.map((d) => planned.get(d) as Planned);
    if (!renderer || toRender.length === 0) return [];
    workspace ??= new RenderWorkspace();
    const scratch = workspace;
    const sources: SourceCache = new Map();
    // Batches of builds, one kustomize process each, as many at a time as there are slots.
    const size = Math.min(BATCH_LIMIT, Math.max(1, Math.ceil(toRender.length / slots.count)));
    const batches: Planned[][] = [];
    for (let i = 0; i < toRender.length; i += size) batches.push(toRender.slice(i, i + size));
    const outcomes = (
      await Promise.all(
        batches.map((batch) =>
          slots.run(() =>
            renderKustomizations(
              renderer,
              scratch,
              batch.map(({ s }) => s.k.dir),
              // Paths in an error are the report's: every build of a scan is relative to one base.
              describe((batch[0] as Planned).s.origin),
            ),
          ),
        ),
      )
    ).flat();
    return toRender.map(({ s, build }, i): RenderOutcome => {
      const outcome = outcomes[i];
      if (!outcome || !outcome.ok) {
        const message = outcome ? outcome.message : 'rendered nothing';
        return {
          ok: false,
          ms: outcome?.ms ?? 0,
          problem: {
            code: 'parse-error',
            file: s.origin.file,
            span: FILE_START,
            message: `${renderer.name} ${directoryName(s)} failed: ${message}; its files were scanned as plain manifests.`,
            manifest: 'kubernetes',
          },
        };
      }
      const traced = traceBuild(
        s,
        build,
        outcome.text,
        outcome.wrapper,
        sources,
        maxBytes,
        describe(s.origin),
      );
      const unscanned = new Set([...traced.files].filter((f) => !scanned.has(f)));
      const ignores = tracedIgnores(
        s,
        build,
        unscanned,
        traced.files,
        maxBytes,
        describe(s.origin),
      );
      return {
        ok: true,
        ms: outcome.ms,
        claims: traced.claims,
        problems: traced.problems,
        ignores,
      };
    });
  };

  return {
    kind: 'kustomize',
    noun: { one: 'Kustomize build', many: 'Kustomize builds' },
    unavailable: (what) =>
      `Neither kustomize nor kubectl is on PATH: ${what} scanned as plain files, so ports that overlays patch were not traced; install kubectl (or kustomize) to render them.`,
    unrendered: 'scanned as plain files',
    tool: findTool,
    plan,
    render,
    dispose: () => {
      workspace?.dispose();
      workspace = undefined;
    },
  };
}

/**
 * Inline ignores where claims were traced to and the scan read none: files it does not read as
 * manifests (JSON 6902 patches, kustomizations without apiVersion), and inline patches, whose
 * comments are text of a block scalar to the kustomization around them. (The scan's own files
 * bring their directives themselves.)
 */
function tracedIgnores(
  s: Scoped,
  build: Build,
  unscanned: ReadonlySet<string>,
  files: ReadonlySet<string>,
  maxBytes: number,
  describe: (absolute: string) => string,
): Map<string, IgnoreDirective[]> {
  const ignores = new Map<string, IgnoreDirective[]>();
  for (const path of unscanned) {
    const read = readTextSync(path, { maxBytes, within: s.origin.boundary });
    if ('text' in read) addIgnores(ignores, describe(path), readIgnores(read.text, 'yaml'));
  }
  for (const k of build.kustomizations) {
    for (const { source } of k.patches) {
      if (source.embedded && files.has(source.path)) {
        const shifted = readIgnores(source.yaml.text, 'yaml').map((d) => ({
          ...d,
          line: d.line + source.embedded!.line - 1,
          span: spanIn(source, d.span),
        }));
        addIgnores(ignores, describe(source.path), shifted);
      }
    }
  }
  return ignores;
}

/**
 * Builds that cannot change a port are not rendered: their resources' claims, as the plain scan
 * reads them, are theirs. Only when every file they read was scanned, and no build that is
 * rendered reads one of them (its traced claims stand for that file).
 */
function asIs(safe: readonly Planned[], scanned: ReadonlySet<string>): Set<Planned> {
  const notRendered = new Set<Planned>();
  const plain = safe.filter(
    ({ build }) =>
      leavesPortsAlone(build) &&
      [...build.files].every((f) => scanned.has(f) || isKustomizationFile(f)),
  );
  const rendered = new Set(
    safe.filter((b) => !plain.includes(b)).flatMap(({ build }) => [...build.files]),
  );
  for (const b of plain) {
    if ([...b.build.files].some((f) => rendered.has(f))) continue;
    notRendered.add(b);
  }
  return notRendered;
}

const isKustomizationFile = (path: string): boolean => isKustomizationName(basename(path));

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
