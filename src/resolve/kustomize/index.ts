// Kustomize builds in a scan, as a renderer of the deployable stage (../index.ts): each top
// kustomization planned, rendered when it is safe, and its ports traced back to the lines people
// edit. The stage folds a base line that several overlays deploy unchanged into one claim.
import { basename, relative } from 'node:path';
import { toPosix } from '../../discover/discover.js';
import { resolveNamedTargets } from '../named-targets.js';
import type {
  PlannedDeployable,
  RenderOutcome,
  RenderPlan,
  Renderer,
  WalkedFile,
} from '../renderer.js';
import type { Problem, RawClaim } from '../../types.js';
import { FILE_START } from '../../types.js';
import { readRendered } from '../render/rendered.js';
import type { Build, KustomizationCache } from './graph.js';
import { leavesPortsAlone, loadBuild, loadKustomization, topKustomizations } from './graph.js';
import type { Kustomization } from './kustomization.js';
import { isKustomizationName } from './kustomization.js';
import type { Renderer as KustomizeTool } from './render.js';
import { RenderWorkspace, findRenderer, renderKustomization } from './render.js';
import type { SourceCache, Trace } from './trace.js';
import { Tracer } from './trace.js';

/** A kustomization among the walked files, and where the walk found it. */
type KustomizeFile = WalkedFile;

export interface KustomizeOptions {
  /** The kustomize to render with; undefined looks on PATH; null means there is none. */
  tool?: KustomizeTool | null;
}

/** A build as the report names it: its kustomization's directory. */
const directoryName = (s: Scoped): string => toPosix(relative(s.origin.base, s.k.dir)) || '.';

interface Scoped {
  k: Kustomization;
  origin: KustomizeFile;
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
  const sources: SourceCache = new Map();
  const findTool = (): KustomizeTool | undefined => {
    if (tool === undefined) tool = findRenderer() ?? null;
    return tool ?? undefined;
  };
  return {
    kind: 'kustomize',
    noun: { one: 'Kustomize build', many: 'Kustomize builds' },
    unavailable: (what) =>
      `Neither kustomize nor kubectl is on PATH: ${what} scanned as plain files, so ports that overlays patch were not traced; install kubectl (or kustomize) to render them.`,
    tool: findTool,
    dispose: () => {
      workspace?.dispose();
      workspace = undefined;
    },
    plan: (context) => {
      const plan: RenderPlan = { deployables: [], notices: [], problems: [] };
      const cache: KustomizationCache = new Map();
      const found: Scoped[] = [];
      for (const f of context.walked) {
        if (!isKustomizationName(basename(f.path))) continue;
        const read = { maxBytes: context.maxBytes, within: f.boundary };
        found.push({ k: loadKustomization(f.path, cache, read), origin: f });
      }
      if (found.length === 0) return plan;
      const tops = topKustomizations(found.map((s) => s.k));
      const scoped = tops.map((k) => found.find((s) => s.k === k) as Scoped);
      const describe = (origin: KustomizeFile) => (absolute: string) =>
        toPosix(relative(origin.base, absolute)) || '.';

      const safe: { s: Scoped; build: Build }[] = [];
      for (const s of scoped) {
        const read = { maxBytes: context.maxBytes, within: s.origin.boundary };
        const build = loadBuild(s.k, cache, read);
        const hazard = build.hazards[0];
        if (hazard) {
          const where = `${describe(s.origin)(hazard.file)}:${hazard.span.line}`;
          plan.notices.push(
            `Kustomize build ${directoryName(s)} was not rendered: ${hazard.reason} (${where}). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.`,
          );
          continue;
        }
        safe.push({ s, build });
      }
      const notRendered = asIs(safe, context.scanned);
      for (const { s, build } of safe) {
        const files = [...build.files];
        const planned: PlannedDeployable = {
          path: directoryName(s),
          inputs: files,
          consumes: files.filter((f) => context.scanned.has(f)),
        };
        if (!notRendered.has(build)) {
          planned.render = async (): Promise<RenderOutcome> => {
            const renderer = findTool() as KustomizeTool;
            workspace ??= new RenderWorkspace();
            const outcome = await renderKustomization(
              renderer,
              workspace,
              s.k.dir,
              describe(s.origin),
            );
            if (!outcome.ok) {
              return {
                ok: false,
                ms: outcome.ms,
                problem: {
                  code: 'parse-error',
                  file: s.origin.file,
                  span: FILE_START,
                  message: `${renderer.name} ${directoryName(s)} failed: ${outcome.message}; its files were scanned as plain manifests.`,
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
              context.maxBytes,
              describe(s.origin),
            );
            return { ok: true, ms: outcome.ms, ...traced };
          };
        }
        plan.deployables.push(planned);
      }
      return plan;
    },
  };
}

/**
 * Builds that cannot change a port are not rendered: their resources' claims, as the plain scan
 * reads them, are theirs. Only when every file they read was scanned, and no build that is
 * rendered reads one of them (its traced claims stand for that file).
 */
function asIs(safe: { s: Scoped; build: Build }[], scanned: ReadonlySet<string>): Set<Build> {
  const notRendered = new Set<Build>();
  const plain = safe.filter(
    ({ build }) =>
      leavesPortsAlone(build) &&
      [...build.files].every((f) => scanned.has(f) || isKustomizationFile(f)),
  );
  const rendered = new Set(
    safe.filter((b) => !plain.includes(b)).flatMap(({ build }) => [...build.files]),
  );
  for (const { build } of plain) {
    if ([...build.files].some((f) => rendered.has(f))) continue;
    notRendered.add(build);
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
): { claims: RawClaim[]; problems: Problem[] } {
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
    claims.push(placed(rendered, trace, describe));
  }
  const problems: Problem[] = [];
  for (const problem of [...stream.parsed.problems, ...named.problems]) {
    const trace = tracer.trace(problem.span, problem.spec ?? '', problem.field ?? '');
    const moved: Problem = { ...problem, file: describe(trace.path), span: trace.span };
    if (trace.resource && problem.resource) {
      moved.message = moved.message.replace(problem.resource, trace.resource);
      moved.resource = trace.resource;
    }
    problems.push(moved);
  }
  return { claims, problems };
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
