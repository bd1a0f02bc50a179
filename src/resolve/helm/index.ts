// Helm charts in a scan, as a renderer of the deployable stage (../index.ts). Each chart found
// (a Chart.yaml that is neither a library nor a subchart of another chart) is rendered with
// `helm template` once per variant: its values.yaml, each ci/*-values.yaml, and each `charts:`
// entry of the config. Every rendered port is traced back to the values line, template line or
// template file a person edits (trace.ts).
import { basename, dirname, join, relative } from 'node:path';
import { toPosix } from '../../discover/discover.js';
import { isInside, readTextSync } from '../../discover/read.js';
import { readIgnores } from '../../parse/ignores.js';
import type { IgnoreDirective } from '../../parse/result.js';
import type { ClaimField, RawClaim } from '../../types.js';
import { FILE_START } from '../../types.js';
import type {
  PlannedDeployable,
  RenderOutcome,
  RenderPlan,
  Renderer,
  WalkedFile,
} from '../renderer.js';
import type { Chart } from './chart.js';
import { ciValuesFiles, filesUnder, isChartFileName, isSubchartFile, loadChart } from './chart.js';
import type { HelmTool } from './render.js';
import { HelmWorkspace, copyChart, copyFileInto, findHelm } from './render.js';
import type { SetPair } from './trace.js';
import { traceVariant } from './trace.js';

/** A `charts:` entry of the config, its paths made absolute. */
export interface ChartEntry {
  /** Absolute chart directory. */
  dir: string;
  /** Absolute values files, in order. */
  values: readonly string[];
  sets: readonly SetPair[];
}

export interface HelmOptions {
  /** The helm to render with; undefined looks on PATH; null means there is none. */
  tool?: HelmTool | null;
  charts?: readonly ChartEntry[];
}

interface Variant {
  /** Report name: the values file (or files and `set` pairs) that make it. */
  label?: string;
  values: string[];
  sets: readonly SetPair[];
}

const RELEASE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The release name: the chart's own, so that rendered names read as the chart's. */
const releaseOf = (chart: Chart): string =>
  RELEASE_NAME.test(chart.meta.name) && chart.meta.name.length <= 53 ? chart.meta.name : 'release';

function describeSets(sets: readonly SetPair[]): string {
  return sets.map((s) => `--set ${s.key}=${JSON.stringify(s.value)}`).join(' ');
}

export function helmRenderer(options: HelmOptions = {}): Renderer {
  let tool: HelmTool | null | undefined = options.tool;
  let workspace: HelmWorkspace | undefined;
  const findTool = (): HelmTool | undefined => {
    if (tool === undefined) tool = findHelm() ?? null;
    return tool ?? undefined;
  };
  /** Each planned variant's render, for `render()` to run. */
  const jobs = new Map<PlannedDeployable, () => Promise<RenderOutcome>>();
  return {
    kind: 'helm',
    noun: { one: 'Helm chart', many: 'Helm charts' },
    unavailable: (what) =>
      `helm is not on PATH: ${what} not rendered, so the ports their templates set were not checked; install helm (3 or 4) to render them.`,
    unrendered: 'not rendered, so the ports their templates set were not checked',
    tool: findTool,
    // One variant per slot: its renders (tracing perturbs and renders again) run one after another.
    render: (deployables, slots) =>
      Promise.all(deployables.map((d) => slots.run(jobs.get(d) as () => Promise<RenderOutcome>))),
    dispose: () => {
      workspace?.dispose();
      workspace = undefined;
    },
    plan: (context) => {
      const plan: RenderPlan = { deployables: [], notices: [], problems: [] };
      const seen = new Set<string>();
      for (const walked of context.walked) {
        if (!isChartFileName(basename(walked.path))) continue;
        const dir = dirname(walked.path);
        if (seen.has(dir) || isSubchartFile(walked.path)) continue;
        seen.add(dir);
        const chart = loadChart(dir, walked.boundary, context.maxBytes);
        if (!chart) continue;
        if (chart.meta.library) continue;
        const describe = (absolute: string): string =>
          toPosix(relative(walked.base, absolute)) || '.';
        const path = describe(dir);
        if (chart.missing.length > 0) {
          plan.notices.push(
            `Helm chart ${path} was not rendered: its ${chart.missing.length === 1 ? 'dependency' : 'dependencies'} ${chart.missing.join(', ')} ${chart.missing.length === 1 ? 'is' : 'are'} not in its charts/ folder, and port-claims never fetches charts; run helm dependency build and commit charts/ to check it.`,
          );
          continue;
        }
        const variants = variantsOf(chart, walked, options.charts ?? [], describe);
        const inputs = inputsOf(chart, walked.boundary);
        const consumes = chart.parts.flatMap((part) =>
          part.dir
            ? [...context.scanned].filter((f) => isInside(join(part.dir as string, 'templates'), f))
            : [],
        );
        for (const variant of variants) {
          const planned: PlannedDeployable = {
            path,
            inputs: [
              ...inputs,
              ...variant.values.filter((f) => !isInside(dir, f)),
              ...variant.sets.map((s) => s.file),
            ],
            consumes,
            renders: true,
          };
          if (variant.label !== undefined) planned.variant = variant.label;
          jobs.set(planned, () =>
            renderVariant(chart, variant, walked, context.maxBytes, describe, path),
          );
          plan.deployables.push(planned);
        }
      }
      return plan;
    },
  };

  async function renderVariant(
    chart: Chart,
    variant: Variant,
    walked: WalkedFile,
    maxBytes: number,
    describe: (absolute: string) => string,
    path: string,
  ): Promise<RenderOutcome> {
    const started = Date.now();
    const helm = findTool() as HelmTool;
    workspace ??= new HelmWorkspace();
    const job = workspace.job();
    const what = variant.label === undefined ? path : `${path} with ${variant.label}`;
    const fail = (message: string): RenderOutcome => ({
      ok: false,
      ms: Date.now() - started,
      problem: {
        code: 'parse-error',
        file: describe(chart.chartFile),
        span: FILE_START,
        message: `helm template ${what} failed: ${message}; its templates were not checked.`,
        manifest: 'kubernetes',
      },
    });
    const copy = copyChart(chart, job, walked.boundary);
    if ('error' in copy) return fail(copy.error);
    // Values files outside the chart are copied beside it, so that the tracer may rewrite them.
    for (const [i, file] of variant.values.entries()) {
      if (copy.copyOf.has(file)) continue;
      const to = join(job, 'values', `${i}-${basename(file)}`);
      const why = copyFileInto(file, to, walked.boundary, maxBytes);
      if (why) return fail(`the values file ${describe(file)} ${why}`);
      copy.copyOf.set(file, to);
    }
    const errorText = errorDescriber(chart, job, copy.copyOf, describe);
    const result = await traceVariant(
      helm,
      workspace,
      {
        chart,
        copy,
        job,
        within: walked.boundary,
        maxBytes,
        release: releaseOf(chart),
        values: variant.values,
        sets: variant.sets,
        describe,
      },
      errorText,
    );
    if (!result.ok) return fail(result.message);
    // Inline ignores where the ports were traced to: values files and templates, which the scan
    // does not read as manifests (or skips for their template syntax).
    const ignores = new Map<string, IgnoreDirective[]>();
    for (const file of result.files) {
      if (file.endsWith('.tgz')) continue;
      const read = readTextSync(file, { maxBytes, within: walked.boundary });
      if (!('text' in read)) continue;
      const found = readIgnores(read.text, 'yaml');
      if (found.length > 0) ignores.set(describe(file), found);
    }
    return {
      ok: true,
      ms: Date.now() - started,
      claims: mergeByLine(result.claims),
      problems: result.problems,
      ignores,
    };
  }
}

function variantsOf(
  chart: Chart,
  walked: WalkedFile,
  entries: readonly ChartEntry[],
  describe: (absolute: string) => string,
): Variant[] {
  const variants: Variant[] = [{ values: [], sets: [] }];
  for (const file of ciValuesFiles(chart, walked.boundary)) {
    variants.push({ label: describe(file), values: [file], sets: [] });
  }
  for (const entry of entries) {
    if (entry.dir !== chart.dir) continue;
    const words = [...entry.values.map(describe)];
    if (entry.sets.length > 0) words.push(describeSets(entry.sets));
    variants.push({ label: words.join(' + '), values: [...entry.values], sets: entry.sets });
  }
  // One variant needs no name; several are told apart by their values files.
  if (variants.length > 1)
    (variants[0] as Variant).label = describe(join(chart.dir, 'values.yaml'));
  return variants;
}

function inputsOf(chart: Chart, within: string): string[] {
  const files = filesUnder(chart.dir, within);
  for (const link of chart.linked) files.push(...filesUnder(link.dir, within));
  return files;
}

/**
 * Helm's message with the render's scratch paths and its chart names (`web/templates/x.yaml`)
 * written as the report writes paths.
 */
function errorDescriber(
  chart: Chart,
  job: string,
  copyOf: ReadonlyMap<string, string>,
  describe: (absolute: string) => string,
): (message: string) => string {
  const back = new Map<string, string>();
  for (const [original, copy] of copyOf) back.set(copy, original);
  const parts = [...chart.parts].sort((a, b) => b.prefix.length - a.prefix.length);
  return (message) =>
    message
      .replace(/\/[^\s'"`:,()]+/g, (path) => {
        const original = back.get(path);
        if (original) return describe(original);
        if (path.startsWith(`${job}/chart`)) {
          return describe(join(chart.dir, relative(join(job, 'chart'), path)));
        }
        return path.startsWith(job) ? basename(path) : path;
      })
      .replace(/(?<![\w/.-])[\w.-]+\/(?:charts\/[\w.-]+\/)*templates\/[^\s'"`:,()]+/g, (source) => {
        const part = parts.find((p) => source.startsWith(p.prefix));
        if (!part) return source;
        const within = source.slice(part.prefix.length);
        return part.dir ? describe(join(part.dir, within)) : source;
      });
}

/** Fields that rules judge apart: a nodePort or a hostPort is never folded with another field. */
const fieldGroup = (field: ClaimField): string =>
  field === 'nodePort' || field === 'hostPort' ? field : 'port';

/**
 * One claim per line a person edits: a values line that three templates use is one claim that
 * names every resource it reaches, so that it gets one finding and one suggestion.
 */
export function mergeByLine(claims: readonly RawClaim[]): RawClaim[] {
  const groups = new Map<string, RawClaim[]>();
  for (const claim of claims) {
    const key = [
      claim.file,
      claim.span.line,
      claim.span.column,
      claim.protocol,
      claim.port,
      fieldGroup(claim.field),
    ].join('\0');
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  const out: RawClaim[] = [];
  for (const list of groups.values()) {
    const first = list[0] as RawClaim;
    if (list.length === 1) {
      out.push(first);
      continue;
    }
    const resources = [...new Set(list.map((c) => c.resource))];
    const merged: RawClaim = { ...first, resource: resources.join(', ') };
    const containers = new Set(list.map((c) => c.container));
    if (containers.size > 1 || resources.length > 1) delete merged.container;
    out.push(merged);
  }
  return out;
}
