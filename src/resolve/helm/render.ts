// Runs `helm template` on a copy of a chart, in the sandbox of child.ts. The copy holds only the
// chart's own files (links followed only inside the scanned directory) and its local file://
// dependencies, so helm reads nothing else; the tracer rewrites the copy's values and templates
// to see which rendered ports follow which written numbers. Helm gets empty plugin, repository
// and registry configuration, a fixed Kubernetes version, no cluster and no network.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { readTextSync } from '../../discover/read.js';
import { childEnvironment, findExecutable, runChild } from '../render/child.js';
import type { Chart } from './chart.js';
import { filesUnder } from './chart.js';

export interface HelmTool {
  /** What the report calls it. */
  name: string;
  /** Absolute path of the helm binary. */
  command: string;
}

export const HELM_LIMITS = {
  timeoutMs: 60_000,
  maxOutputBytes: 32 * 1024 * 1024,
  /** A chart with more than this in files is not copied (nor rendered). */
  maxChartBytes: 64 * 1024 * 1024,
};

/**
 * The Kubernetes version every render assumes (`.Capabilities.KubeVersion`): fixed, so that a
 * report does not depend on the helm release's default.
 */
export const KUBE_VERSION = '1.33.0';

export function findHelm(searchPath: string | undefined = process.env.PATH): HelmTool | undefined {
  const command = findExecutable('helm', searchPath);
  return command ? { name: 'helm template', command } : undefined;
}

/** A scratch directory for one scan's renders: helm's home, its empty config, the copies. */
export class HelmWorkspace {
  readonly root = mkdtempSync(join(tmpdir(), 'port-claims-helm-'));
  readonly env: Record<string, string>;
  private count = 0;

  constructor() {
    const home = join(this.root, 'home');
    const config = join(home, 'config');
    const plugins = join(home, 'plugins');
    for (const dir of [home, config, plugins]) mkdirSync(dir, { recursive: true });
    this.env = childEnvironment(home, {
      XDG_CONFIG_HOME: config,
      XDG_CACHE_HOME: join(home, 'cache'),
      XDG_DATA_HOME: join(home, 'data'),
      HELM_CONFIG_HOME: config,
      HELM_CACHE_HOME: join(home, 'cache'),
      HELM_DATA_HOME: join(home, 'data'),
      HELM_PLUGINS: plugins,
      HELM_NO_PLUGINS: '1',
      HELM_REPOSITORY_CONFIG: join(config, 'repositories.yaml'),
      HELM_REPOSITORY_CACHE: join(home, 'cache', 'repository'),
      HELM_REGISTRY_CONFIG: join(config, 'registry', 'config.json'),
      HELM_KUBECONTEXT: '',
      HELM_NAMESPACE: 'default',
    });
  }

  /** A fresh directory for one render job. */
  job(): string {
    const dir = join(this.root, `job-${++this.count}`);
    mkdirSync(dir);
    return dir;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A chart copied for rendering, and where each original file lies in the copy. */
export interface ChartCopy {
  /** The copy's chart directory. */
  dir: string;
  /** Original absolute path → its copy. */
  copyOf: Map<string, string>;
}

/** Copies the chart's files and its local dependencies, or says why it cannot. */
export function copyChart(
  chart: Chart,
  job: string,
  within: string,
): ChartCopy | { error: string } {
  const dir = join(job, 'chart');
  const copyOf = new Map<string, string>();
  const plan: [string, string][] = filesUnder(chart.dir, within).map((f) => [
    f,
    join(dir, relative(chart.dir, f)),
  ]);
  for (const link of chart.linked) {
    const into = join(dir, 'charts', link.name);
    for (const f of filesUnder(link.dir, within)) plan.push([f, join(into, relative(link.dir, f))]);
  }
  let bytes = 0;
  for (const [from, to] of plan) {
    try {
      bytes += statSync(from).size;
      if (bytes > HELM_LIMITS.maxChartBytes) {
        return {
          error: `its files hold more than ${HELM_LIMITS.maxChartBytes / 1024 / 1024} MiB`,
        };
      }
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(from, to);
      copyOf.set(from, to);
    } catch {
      // A file that cannot be read is left out, as helm would fail on it anyway.
    }
  }
  return { dir, copyOf };
}

export interface TemplateRequest {
  chartDir: string;
  release: string;
  /** Values files in order (absolute paths in the job). */
  values: readonly string[];
  /** `--set-json` pairs: key and the value as JSON. */
  sets: readonly (readonly [string, string])[];
}

export type TemplateResult = { ok: true; text: string } | { ok: false; message: string };

export async function helmTemplate(
  tool: HelmTool,
  workspace: HelmWorkspace,
  request: TemplateRequest,
  describe: (message: string) => string,
): Promise<TemplateResult> {
  const args = [
    'template',
    request.release,
    request.chartDir,
    '--kube-version',
    KUBE_VERSION,
    '--namespace',
    'default',
    '--skip-tests',
  ];
  for (const file of request.values) args.push('--values', file);
  for (const [key, json] of request.sets) args.push('--set-json', `${key}=${json}`);
  const result = await runChild(tool.command, args, {
    cwd: dirname(request.chartDir),
    env: workspace.env,
    ...HELM_LIMITS,
  });
  if (result.code === 0) return { ok: true, text: result.stdout };
  if (result.timedOut) {
    return { ok: false, message: `helm template ran past ${HELM_LIMITS.timeoutMs / 1000} s` };
  }
  if (result.overflowed) {
    return {
      ok: false,
      message: `helm template wrote more than ${HELM_LIMITS.maxOutputBytes / 1024 / 1024} MiB`,
    };
  }
  if (result.startError) {
    return { ok: false, message: `helm could not start (${result.startError})` };
  }
  return { ok: false, message: describe(cleanHelmError(result.stderr)) };
}

/** Helm's own message, without its `Error:` prefix and its advice to rerun with --debug. */
export function cleanHelmError(stderr: string): string {
  const lines = stderr
    .split('\n')
    .filter((line) => !/^Use --debug flag/.test(line) && !/^(WARNING|walk\.go):/.test(line));
  let text = lines.join('\n').trim();
  text = text.replace(/^Error:\s*/i, '');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 1000 ? `${text.slice(0, 1000)}…` : text;
}

/** Copies one file the scan may read (a values file outside the chart); else says why not. */
export function copyFileInto(
  from: string,
  to: string,
  within: string,
  maxBytes: number,
): string | undefined {
  const read = readTextSync(from, { maxBytes, within });
  if ('skip' in read) return `is ${read.skip}`;
  if ('error' in read) return read.error;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, read.text);
  return undefined;
}

/** Writes `text` over a file of the copy (a perturbed values file or template). */
export function writeCopy(path: string, text: string): void {
  writeFileSync(path, text);
}
