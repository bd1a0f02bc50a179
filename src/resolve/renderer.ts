// What a renderer (Kustomize, Helm) gives the deployable stage: see the design note at the top of
// index.ts. A renderer knows its own kind of deployable; the stage knows everything shared
// (scheduling on both cores, rendering off or unavailable, which plain files give way, variants,
// conflict scopes, pull request scope).
import type { IgnoreDirective } from '../parse/result.js';
import type { Problem, RawClaim } from '../types.js';

/** A file the walk found (any name a manifest may have), as the renderers see it. */
export interface WalkedFile {
  /** Absolute path. */
  path: string;
  /** Report path. */
  file: string;
  /** The directory `file` is relative to: report paths of the files it reads come from it too. */
  base: string;
  /** The real directory every file a render reads must lie in. */
  boundary: string;
}

export interface PlanContext {
  /**
   * Every file the walk yielded that may be a manifest, in walk order, read or not: compose
   * files, Dockerfiles, and every YAML file (kustomizations, Chart.yaml, values files included).
   */
  walked: readonly WalkedFile[];
  /** Absolute paths of the files parsed as manifests: those whose plain claims a render replaces. */
  scanned: ReadonlySet<string>;
  maxBytes: number;
}

/** The binary a renderer runs, as the report names it (`kubectl kustomize`, `helm template`). */
export interface RenderTool {
  name: string;
}

export interface Renderer {
  kind: 'kustomize' | 'helm';
  /** What the notices call one deployable and several: `Kustomize build`, `Kustomize builds`. */
  noun: { one: string; many: string };
  /**
   * The notice when the tool is missing, given what was scanned as plain files instead
   * (`3 Kustomize builds (a, b, c)`): what is missing, what that costs, and how to get it.
   */
  unavailable(what: string): string;
  /**
   * What becomes of its deployables when rendering is off, after their names: `scanned as plain
   * files`. The stage says it once, for every renderer.
   */
  unrendered: string;
  /**
   * Finds this renderer's deployables among the scanned files. Reads (kustomizations, charts),
   * never runs anything: it runs with rendering off too, and for the base side of a pull request.
   */
  plan(context: PlanContext): RenderPlan;
  /**
   * The tool on PATH, looked up once, only when a planned deployable is to be rendered; undefined
   * when there is none (the stage then says once that rendering was skipped).
   */
  tool(): RenderTool | undefined;
  /**
   * Renders the planned deployables the stage chose (some of those `plan()` marked `renders`,
   * each once), in whatever batches suit the tool, every child process through `slots.run`.
   * Returns one outcome per deployable, in the order given.
   */
  render(deployables: readonly PlannedDeployable[], slots: Slots): Promise<RenderOutcome[]>;
  /** Frees what the renders left (scratch directories), once every render is done. */
  dispose?(): void;
}

export interface RenderPlan {
  deployables: PlannedDeployable[];
  /**
   * Said once per scan, beside the report: a deployable that is not rendered and why (a plugin,
   * a remote resource). Not for "rendering is off" or "no tool": the stage says those.
   */
  notices: string[];
  problems: Problem[];
}

export interface PlannedDeployable {
  /** Report path of the kustomization directory or chart directory. */
  path: string;
  /**
   * When one deployable is rendered several ways: which one this is (the values file of a Helm
   * release, as a report path). Claims that several variants render on one line fold into one.
   */
  variant?: string;
  /**
   * Every file the render reads (absolute), whether scanned or not: a pull request that touches
   * none of them renders nothing of it, and the base side of one lays all of them out.
   */
  inputs: readonly string[];
  /**
   * The scanned files (absolute) whose own claims this deployable's stand for: when it renders,
   * their plain claims are dropped (a base that is also scanned alone adds no second copy); when
   * it fails or is not rendered, they stay, as plain manifests.
   */
  consumes: readonly string[];
  /**
   * Whether it needs rendering. False when nothing in it can change a port: then the plain
   * claims of `consumes` are its claims, as written, and it is never rendered.
   */
  renders: boolean;
}

/**
 * Where child processes run: `count` at a time across every renderer of the scan (the runners
 * have two cores). A renderer that batches deployables into one process sizes its batches by
 * `count`.
 */
export interface Slots {
  count: number;
  run<T>(task: () => Promise<T>): Promise<T>;
}

export type RenderOutcome =
  | {
      ok: true;
      ms: number;
      /**
       * Claims at the line a person edits, with `via`, named targetPorts resolved within the
       * render; `deployable` is left to the stage.
       */
      claims: RawClaim[];
      problems: Problem[];
      /** Inline ignores of the files claims were traced to that the scan did not parse. */
      ignores?: ReadonlyMap<string, readonly IgnoreDirective[]>;
    }
  /** `problem`: a parse-error at the deployable's own file, in the tool's words. */
  | { ok: false; ms: number; problem: Problem };

/** How long one render took, for `npm run bench` and the `--render` docs. */
export interface RenderCost {
  kind: Renderer['kind'];
  path: string;
  variant?: string;
  ms: number;
  ok: boolean;
}
