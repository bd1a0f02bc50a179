// Helm charts in a scan, until the deployable stage (../index.ts) schedules every renderer: the
// charts planned, rendered two at a time, each chart's variants folded into one claim per line.
import type { Deployable, Problem, RawClaim, Span } from '../../types.js';
import type { PlannedDeployable, RenderOutcome, WalkedFile } from './stage.js';
import type { ChartEntry } from './index.js';
import { helmRenderer } from './index.js';
import type { HelmTool } from './render.js';

export interface ChartScanSettings {
  walked: readonly WalkedFile[];
  /** Absolute paths of every file the scan parsed. */
  scanned: ReadonlySet<string>;
  maxBytes: number;
  render: 'auto' | 'off';
  /** undefined: helm from PATH; null: there is none. */
  tool?: HelmTool | null;
  charts?: readonly ChartEntry[];
  concurrency?: number;
}

export interface ChartRenderCost {
  chart: string;
  variant?: string;
  ms: number;
  ok: boolean;
}

export interface ChartScanResult {
  claims: RawClaim[];
  problems: Problem[];
  notices: string[];
  /** Absolute paths whose plain claims give way to the renders'. */
  replaced: Set<string>;
  renders: ChartRenderCost[];
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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

const spanKey = (s: Span): string => `${s.line}:${s.column}`;

function lineKey(c: RawClaim): string {
  return [c.file, spanKey(c.span), c.field, c.port, c.protocol, c.resource, c.container ?? ''].join(
    '\0',
  );
}

export async function scanCharts(settings: ChartScanSettings): Promise<ChartScanResult> {
  const result: ChartScanResult = {
    claims: [],
    problems: [],
    notices: [],
    replaced: new Set(),
    renders: [],
  };
  const renderer = helmRenderer({
    ...(settings.tool !== undefined ? { tool: settings.tool } : {}),
    ...(settings.charts ? { charts: settings.charts } : {}),
  });
  const plan = renderer.plan({
    walked: settings.walked,
    scanned: settings.scanned,
    maxBytes: settings.maxBytes,
  });
  result.notices.push(...plan.notices);
  result.problems.push(...plan.problems);
  if (plan.deployables.length === 0) return result;
  const charts = [...new Set(plan.deployables.map((d) => d.path))];
  const what = `${plural(charts.length, 'Helm chart', 'Helm charts')} (${charts.join(', ')})`;
  if (settings.render === 'off') {
    result.notices.push(
      `Rendering is off: ${what} not rendered, so the ports their templates set were not checked; render "auto" (--render auto, the config key or the action input) renders them.`,
    );
    return result;
  }
  if (!renderer.tool()) {
    result.notices.push(renderer.unavailable(what));
    return result;
  }
  let outcomes: RenderOutcome[] = [];
  try {
    outcomes = await inParallel(plan.deployables, settings.concurrency ?? 2, (d) =>
      (d.render as () => Promise<RenderOutcome>)(),
    );
  } finally {
    renderer.dispose?.();
  }
  const folded = new Map<
    string,
    { claim: RawClaim; planned: PlannedDeployable; labels: string[] }
  >();
  const problems = new Map<string, Problem>();
  plan.deployables.forEach((planned, i) => {
    const outcome = outcomes[i];
    if (!outcome) return;
    const cost: ChartRenderCost = { chart: planned.path, ms: outcome.ms, ok: outcome.ok };
    if (planned.variant !== undefined) cost.variant = planned.variant;
    result.renders.push(cost);
    if (!outcome.ok) {
      result.problems.push(outcome.problem);
      return;
    }
    for (const file of planned.consumes) result.replaced.add(file);
    const label = planned.variant ?? planned.path;
    for (const claim of outcome.claims) {
      const key = `${planned.path}\0${lineKey(claim)}`;
      const seen = folded.get(key);
      if (!seen) folded.set(key, { claim, planned, labels: [label] });
      else if (!seen.labels.includes(label)) seen.labels.push(label);
    }
    for (const problem of outcome.problems) {
      const key = [problem.file, spanKey(problem.span), problem.code, problem.message].join('\0');
      if (!problems.has(key)) problems.set(key, problem);
    }
  });
  const shared = new Map<string, Deployable>();
  for (const { claim, planned, labels } of folded.values()) {
    labels.sort();
    const key = `${planned.path}\0${labels.join('\0')}`;
    let deployable = shared.get(key);
    if (!deployable) {
      deployable = { kind: 'helm', path: planned.path };
      if (labels.length > 1) deployable.variants = labels;
      shared.set(key, deployable);
    }
    result.claims.push({ ...claim, deployable });
  }
  result.problems.push(...problems.values());
  return result;
}
