// The resolve stage: parsed files → deployables → claims, each claim saying what it is deployed
// with. Every question that needs more than one file is answered here, per deployable.
//
// Design note (for whoever adds a renderer; see renderer.ts for the types):
//
// - Deployables. A compose project (a directory's compose file with its override file, and what
//   `include` and `extends` pull in), a set of plain manifests applied together (those of one
//   directory, as `kubectl apply -f DIR` takes them), a Dockerfile, and what the renderers find:
//   a Kustomize build, a Helm chart. Each claim gets `deployable: {kind, path, variants?}` (one
//   shared object per deployable) and the internal `units`: the deployable instances it is part
//   of (a compose project, one overlay's build, one release of a chart per values file, one
//   manifest directory) plus the `clusters:` groups those belong to. Cross-file rules compare
//   claims only when they share a unit (host-port-conflict), or prefer claims that do (named
//   targetPorts: the same file, then the same unit, then the scan).
// - Renderers. `plan()` finds the renderer's deployables among the walked files and says, for
//   each, which files it reads (`inputs`) and which scanned files its claims stand for
//   (`consumes`). It never runs anything, so it also runs with rendering off and on the base
//   side of a pull request. A planned deployable that `renders` is rendered when rendering is
//   on, its tool is on PATH and (in a pull request) the pull request touches one of its inputs.
//   `render()` gets all of a renderer's chosen deployables at once (to batch them as it likes)
//   and runs each child process through `slots`, two at a time across every renderer (the
//   runners have two cores). It returns claims already at the line a person edits, with `via`,
//   named targetPorts resolved within the render, and the inline ignores of traced-to files the
//   scan did not parse. When a render succeeds, the plain claims of the files it consumes are
//   dropped; when it fails (a parse-error in the tool's words) or is not rendered, those files
//   are scanned as plain manifests. A deployable that does not `render` cannot change a port:
//   the plain claims of its files are its claims.
// - Variants. The same line rendered by several deployables of one kind (a base that three
//   overlays deploy unchanged) or by several variants of one (a template under two values files)
//   is one claim: `deployable.path` the first of them, `deployable.variants` all of them. A line
//   an overlay changes is claimed at the overlay's line, in that overlay alone.
// - What the stage says. Rendering off, or a renderer's tool missing, is one notice each per
//   scan, naming the deployables scanned as plain files and how to render them.
import { posix } from 'node:path';
import { matcher } from '../discover/discover.js';
import type { Lookup } from '../parse/interpolate.js';
import type { ParseOptions } from '../parse/yaml.js';
import type { Deployable, DeployableKind, Problem, RawClaim, Span } from '../types.js';
import type { ComposeFound } from './compose.js';
import { composeProjects } from './compose.js';
import { resolveNamedTargets } from './named-targets.js';
import type { IgnoreDirective, ParsedFile } from '../parse/result.js';
import type {
  PlannedDeployable,
  RenderCost,
  RenderOutcome,
  Renderer,
  Slots,
  WalkedFile,
} from './renderer.js';

export type {
  PlannedDeployable,
  RenderCost,
  RenderOutcome,
  Renderer,
  Slots,
  WalkedFile,
} from './renderer.js';

/** Deployables that share one cluster (or host): conflicts are checked across them. */
export interface ClusterGroup {
  name: string;
  /** Globs matched against deployable paths (and their variants), as `include` globs are. */
  paths: readonly string[];
}

/** A parsed file and where the walk found it. */
export interface ScannedFile {
  walked: WalkedFile;
  parsed: ParsedFile;
}

export interface ResolveInput {
  /** Every parsed file, in walk order. */
  files: readonly ScannedFile[];
  /** Every file the walk yielded, parsed or not. */
  walked: readonly WalkedFile[];
  /** Compose interpolation for a compose file at this absolute path. */
  envFor: (path: string, within: string) => Lookup;
  maxBytes: number;
  yaml: ParseOptions;
  render: 'auto' | 'off';
  renderers: readonly Renderer[];
  clusters?: readonly ClusterGroup[];
  /** Compose files run together (the config's `projects:`), absolute, in `-f` order. */
  projects?: readonly (readonly string[])[];
  /**
   * Pull request scope: which planned deployables to render (those whose inputs the pull request
   * touches). The others are scanned as plain files, on both sides alike. Default: all.
   */
  renderOnly?: (deployable: PlannedDeployable) => boolean;
  /** Renders at once (default 2: the runners' two cores). */
  concurrency?: number;
}

/** A deployable a renderer planned, as the action needs it to lay out the base side. */
export interface PlannedInputs {
  kind: Renderer['kind'];
  path: string;
  variant?: string;
  /** Absolute paths. */
  inputs: readonly string[];
  rendered: boolean;
}

export interface Resolved {
  /** Files read only because another one references them (compose `include`, `extends`). */
  extraFiles: ParsedFile[];
  claims: RawClaim[];
  problems: Problem[];
  notices: string[];
  renders: RenderCost[];
  planned: PlannedInputs[];
  /** Inline ignores of files claims were traced to that the scan did not parse, by report path. */
  ignores: Map<string, IgnoreDirective[]>;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The deployable of a plain file nothing else claims: its directory's manifests, or itself. */
function ownDeployable(file: ScannedFile): { kind: DeployableKind; path: string } | undefined {
  const { manifest, file: path } = file.parsed.entry;
  if (manifest === 'dockerfile') return { kind: 'dockerfile', path };
  if (manifest === 'kubernetes') return { kind: 'manifests', path: posix.dirname(path) };
  return undefined;
}

interface Placed {
  deployable: Deployable;
  units: readonly string[];
}

const unitOf = (kind: string, path: string, variant?: string): string =>
  variant === undefined ? `${kind}\0${path}` : `${kind}\0${path}\0${variant}`;

/**
 * One object per deployable and per list of units, shared by every claim that has it: a scan of
 * 40,000 claims holds a few hundred of each.
 */
class Shared {
  private deployables = new Map<string, Deployable>();
  private unitLists = new Map<string, string[]>();
  private clusterOf = new Map<string, string[]>();
  private readonly groups: { name: string; matches: (path: string) => boolean }[];
  private owned = new Map<string, Placed>();

  constructor(clusters: readonly ClusterGroup[]) {
    this.groups = clusters.flatMap(({ name, paths }) => {
      const matches = matcher(paths);
      return matches ? [{ name, matches }] : [];
    });
  }

  /** `variants`: the overlays or values files that deploy one line, listed when several. */
  deployable(kind: DeployableKind, path: string, variants: readonly string[] = []): Deployable {
    const key = `${kind}\0${path}\0${variants.join('\0')}`;
    let d = this.deployables.get(key);
    if (!d) {
      d = { kind, path };
      if (variants.length > 1) d.variants = [...variants];
      this.deployables.set(key, d);
    }
    return d;
  }

  /** A deployable of one instance (a manifest directory, a Dockerfile), with its units. */
  own(kind: DeployableKind, path: string): Placed {
    const key = `${kind}\0${path}`;
    let placed = this.owned.get(key);
    if (!placed) {
      placed = {
        deployable: this.deployable(kind, path),
        units: this.units([unitOf(kind, path)], [path]),
      };
      this.owned.set(key, placed);
    }
    return placed;
  }

  /** The units of a claim: its deployable instances, and the cluster groups they belong to. */
  units(instances: readonly string[], paths: readonly string[]): string[] {
    const key = `${instances.join('\u0001')}\u0002${paths.join('\u0001')}`;
    let list = this.unitLists.get(key);
    if (!list) {
      list = [...instances];
      for (const path of paths) {
        for (const cluster of this.clustersOf(path))
          if (!list.includes(cluster)) list.push(cluster);
      }
      this.unitLists.set(key, list);
    }
    return list;
  }

  private clustersOf(path: string): string[] {
    let list = this.clusterOf.get(path);
    if (!list) {
      list = this.groups.filter((g) => g.matches(path)).map((g) => `cluster\0${g.name}`);
      this.clusterOf.set(path, list);
    }
    return list;
  }
}

/** At most `count` tasks at a time, in the order they ask. */
export function slots(count: number): Slots {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    count,
    run: async <T>(task: () => Promise<T>): Promise<T> => {
      if (running >= count) await new Promise<void>((go) => waiting.push(go));
      running++;
      try {
        return await task();
      } finally {
        running--;
        waiting.shift()?.();
      }
    },
  };
}

interface Job {
  renderer: Renderer;
  planned: PlannedDeployable;
}

function describeDeployables(renderer: Renderer, planned: readonly PlannedDeployable[]): string {
  const paths = [...new Set(planned.map((p) => p.path))];
  return `${plural(paths.length, renderer.noun.one, renderer.noun.many)} (${paths.join(', ')})`;
}

function spanKey(s: Span): string {
  return `${s.line}:${s.column}`;
}

/** What makes two rendered claims the same line's claim, whichever deployable rendered it. */
function renderedKey(kind: string, c: RawClaim): string {
  return [
    kind,
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

export async function resolve(input: ResolveInput): Promise<Resolved> {
  const shared = new Shared(input.clusters ?? []);
  const out: Resolved = {
    extraFiles: [],
    claims: [],
    problems: [],
    notices: [],
    renders: [],
    planned: [],
    ignores: new Map(),
  };

  // Compose projects: the files the walk found, and those their include and extends name.
  const composeFound: ComposeFound[] = [];
  for (const { walked, parsed } of input.files) {
    if (!parsed.compose) continue;
    composeFound.push({
      source: { path: walked.path, model: parsed.compose },
      base: walked.base,
      within: walked.boundary,
    });
  }
  const compose =
    composeFound.length > 0
      ? composeProjects(composeFound, input.envFor, input.maxBytes, input.yaml, input.projects)
      : { claims: [], problems: [], files: [], projectFiles: new Map<string, string[]>() };
  out.extraFiles = compose.files;
  for (const claim of compose.claims) {
    const projects = claim.projects ?? [claim.file];
    delete claim.projects;
    claim.deployable = shared.deployable('compose', projects[0] as string, projects);
    claim.units = shared.units(
      projects.map((p) => unitOf('compose', p)),
      projects.flatMap((p) => compose.projectFiles.get(p) ?? [p]),
    );
  }

  // The renderers' deployables, and which of them render.
  const scanned = new Set(input.files.map((f) => f.walked.path));
  const context = { walked: input.walked, scanned, maxBytes: input.maxBytes };
  const jobs: Job[] = [];
  const asIs: Job[] = [];
  const off: string[] = [];
  for (const renderer of input.renderers) {
    const plan = renderer.plan(context);
    out.notices.push(...plan.notices);
    out.problems.push(...plan.problems);
    const wanted: PlannedDeployable[] = [];
    const untouched: PlannedDeployable[] = [];
    for (const planned of plan.deployables) {
      if (!planned.renders) asIs.push({ renderer, planned });
      else if (input.renderOnly && !input.renderOnly(planned)) untouched.push(planned);
      else wanted.push(planned);
    }
    if (untouched.length > 0) {
      out.notices.push(
        `${describeDeployables(renderer, untouched)} that this pull request does not touch ${untouched.length === 1 ? 'was' : 'were'} scanned as plain files, on both sides alike.`,
      );
    }
    let rendered = wanted;
    if (wanted.length > 0 && input.render === 'off') {
      off.push(`${describeDeployables(renderer, wanted)} ${renderer.unrendered}`);
      rendered = [];
    } else if (wanted.length > 0 && !renderer.tool()) {
      out.notices.push(renderer.unavailable(describeDeployables(renderer, wanted)));
      rendered = [];
    }
    for (const planned of rendered) jobs.push({ renderer, planned });
    for (const planned of plan.deployables) {
      const entry: PlannedInputs = {
        kind: renderer.kind,
        path: planned.path,
        inputs: planned.inputs,
        rendered: rendered.includes(planned),
      };
      if (planned.variant !== undefined) entry.variant = planned.variant;
      out.planned.push(entry);
    }
  }
  if (off.length > 0) {
    out.notices.push(
      `Rendering is off: ${off.join(', and ')}; render "auto" (--render auto, the config key or the action input) renders them.`,
    );
  }

  const byRenderer = new Map<Renderer, PlannedDeployable[]>();
  for (const { renderer, planned } of jobs) {
    const list = byRenderer.get(renderer) ?? [];
    list.push(planned);
    byRenderer.set(renderer, list);
  }
  const outcomes = new Map<PlannedDeployable, RenderOutcome>();
  const running = slots(input.concurrency ?? 2);
  try {
    await Promise.all(
      [...byRenderer].map(async ([renderer, list]) => {
        const results = await renderer.render(list, running);
        list.forEach((planned, i) => {
          const outcome = results[i];
          if (outcome) outcomes.set(planned, outcome);
        });
      }),
    );
  } finally {
    for (const renderer of input.renderers) renderer.dispose?.();
  }

  // Rendered claims, folded: one claim per line, listing every deployable that renders it.
  const replaced = new Set<string>();
  const folded = new Map<
    string,
    {
      claim: RawClaim;
      kind: DeployableKind;
      paths: string[];
      labels: string[];
      instances: string[];
    }
  >();
  const renderedProblems = new Map<string, Problem>();
  for (const { renderer, planned } of jobs) {
    const outcome = outcomes.get(planned);
    if (!outcome) continue;
    const cost: RenderCost = {
      kind: renderer.kind,
      path: planned.path,
      ms: outcome.ms,
      ok: outcome.ok,
    };
    if (planned.variant !== undefined) cost.variant = planned.variant;
    out.renders.push(cost);
    if (!outcome.ok) {
      out.problems.push(outcome.problem);
      continue;
    }
    for (const file of planned.consumes) replaced.add(file);
    const label = planned.variant ?? planned.path;
    const instance = unitOf(renderer.kind, planned.path, planned.variant);
    for (const claim of outcome.claims) {
      const key = renderedKey(renderer.kind, claim);
      const seen = folded.get(key);
      if (!seen) {
        folded.set(key, {
          claim,
          kind: renderer.kind,
          paths: [planned.path],
          labels: [label],
          instances: [instance],
        });
        continue;
      }
      if (!seen.paths.includes(planned.path)) seen.paths.push(planned.path);
      if (!seen.labels.includes(label)) seen.labels.push(label);
      if (!seen.instances.includes(instance)) seen.instances.push(instance);
    }
    for (const problem of outcome.problems) {
      const key = [problem.file, spanKey(problem.span), problem.code, problem.message].join('\0');
      if (!renderedProblems.has(key)) renderedProblems.set(key, problem);
    }
    for (const [file, list] of outcome.ignores ?? []) addIgnores(out.ignores, file, list);
  }

  // Deployed as written: each file's claims belong to every such deployable that reads it.
  const asIsOf = new Map<string, { kind: DeployableKind; paths: string[] }>();
  for (const { renderer, planned } of asIs) {
    for (const file of planned.consumes) {
      if (replaced.has(file)) continue;
      const seen = asIsOf.get(file);
      const label = planned.variant ?? planned.path;
      if (!seen) asIsOf.set(file, { kind: renderer.kind, paths: [label] });
      else if (!seen.paths.includes(label)) seen.paths.push(label);
    }
  }

  // Plain claims, each file's in walk order; the compose projects' at the first compose file.
  const plain: ScannedFile[] = [];
  const unitsOfFile = new Map<string, readonly string[]>();
  const deployableOfFile = new Map<string, Deployable>();
  let composePlaced = false;
  for (const scannedFile of input.files) {
    const { walked, parsed } = scannedFile;
    if (parsed.compose && !composePlaced) {
      composePlaced = true;
      append(out.claims, compose.claims);
      append(out.problems, compose.problems);
    }
    if (replaced.has(walked.path)) {
      // A template skipped as a plain file was read through its render.
      if (parsed.entry.status === 'skipped') {
        parsed.entry.status = 'ok';
        delete parsed.entry.reason;
      }
      // The render's claims and port problems stand for this file's own.
      append(
        out.problems,
        parsed.problems.filter((p) => p.code === 'parse-error'),
      );
      continue;
    }
    append(out.problems, parsed.problems);
    plain.push(scannedFile);
    let deployable: Deployable | undefined;
    let units: readonly string[] | undefined;
    const built = asIsOf.get(walked.path);
    if (built) {
      const paths = [...built.paths].sort();
      deployable = shared.deployable(built.kind, paths[0] as string, paths);
      units = shared.units(
        paths.map((p) => unitOf(built.kind, p)),
        paths,
      );
    } else {
      const own = ownDeployable(scannedFile);
      if (own) ({ deployable, units } = shared.own(own.kind, own.path));
    }
    if (units) unitsOfFile.set(parsed.entry.file, units);
    if (deployable) deployableOfFile.set(parsed.entry.file, deployable);
    for (const claim of parsed.claims) {
      if (deployable) claim.deployable = deployable;
      if (units) claim.units = units;
      out.claims.push(claim);
    }
  }

  for (const { claim, kind, paths, labels, instances } of folded.values()) {
    paths.sort();
    labels.sort();
    claim.deployable = shared.deployable(kind, paths[0] as string, labels);
    claim.units = shared.units(instances.sort(), [...paths, ...labels]);
    out.claims.push(claim);
  }
  append(out.problems, [...renderedProblems.values()]);

  // Named targetPorts of plain manifests: the pods of the same file, then of the same
  // deployable, then of the whole scan.
  const named = resolveNamedTargets(
    plain.flatMap((f) => f.parsed.namedTargets ?? []),
    plain.flatMap((f) => f.parsed.namedPorts ?? []),
    (file) => unitsOfFile.get(file) ?? [],
  );
  for (const claim of named.claims) {
    const units = unitsOfFile.get(claim.file);
    const deployable = deployableOfFile.get(claim.file);
    if (deployable) claim.deployable = deployable;
    if (units) claim.units = units;
    out.claims.push(claim);
  }
  append(out.problems, named.problems);
  return out;
}

/** Adds directives to a file's list, each written place once. */
export function addIgnores(
  into: Map<string, IgnoreDirective[]>,
  file: string,
  list: readonly IgnoreDirective[],
): void {
  if (list.length === 0) return;
  const known = into.get(file) ?? [];
  for (const d of list) {
    if (!known.some((k) => k.span.line === d.span.line && k.span.column === d.span.column))
      known.push(d);
  }
  into.set(file, known);
}

/** `target.push(...items)` for lists of any length (a spread of 150,000 overflows the stack). */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
