// One run of the engine: read the config, scan, evaluate the rules, apply suppressions, build the
// report.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LoadedConfig } from './config/load.js';
import { ConfigError } from './config/load.js';
import type { ChartEntry } from './resolve/helm/index.js';
import type { SetPair } from './resolve/helm/trace.js';
import { loadConfig, missingEnvFiles } from './config/load.js';
import type { PolicySettings, SeverityOverride } from './policy/evaluate.js';
import { evaluate } from './policy/evaluate.js';
import type { RuleId } from './policy/rule.js';
import { suppress } from './policy/suppress.js';
import { buildReport } from './report/build.js';
import type { ScanResult, ScanSettings } from './scan.js';
import { scan } from './scan.js';
import type { Finding, Report } from './types.js';

export interface CheckSettings extends ScanSettings {
  /** Overrides the config file's `rules`. */
  policy?: PolicySettings;
  /**
   * The config file given on the command line or to the action, relative to `cwd`. Without it,
   * `.github/port-claims.yml` or `.port-claims.yml` at the root scanned is read, if there is one.
   */
  config?: string;
  /** Where the default config files are looked for, when not where the report's paths start. */
  configRoot?: string;
  /**
   * False where a file the config names may be missing for a reason: a base branch laid out
   * beside the head, which lacks what the pull request adds. Default true.
   */
  envFilesMustExist?: boolean;
}

export interface CheckResult {
  scan: ScanResult;
  findings: Finding[];
  report: Report;
  config: LoadedConfig;
}

/**
 * Where the default config files are looked for: the directory report paths are relative to,
 * so that the config's globs match the paths in the report.
 */
async function configRoot(settings: ScanSettings): Promise<string> {
  if (settings.relativeTo !== undefined) return resolve(settings.cwd, settings.relativeTo);
  if (settings.paths.length <= 1) {
    const only = resolve(settings.cwd, settings.paths[0] ?? '.');
    try {
      if ((await stat(only)).isDirectory()) return only;
    } catch {
      // The scan reports a path it cannot read.
    }
  }
  return settings.cwd;
}

/** A list given on the command line or to the action replaces the config file's. */
const given = (list: readonly string[] | undefined): list is readonly string[] =>
  list !== undefined && list.length > 0;

/** The config's `charts:` entries, their paths absolute; `set` values traced to the config. */
function chartEntries(config: LoadedConfig, root: string, cwd: string): ChartEntry[] {
  const file = config.file === undefined ? root : resolve(cwd, config.file);
  return (config.charts ?? []).map((entry) => ({
    dir: resolve(root, entry.path),
    values: entry.values.map((v) => resolve(root, v)),
    sets: entry.set.map((pair) => {
      const set: SetPair = { key: pair.key, value: pair.value, file };
      if (pair.span) {
        set.span = pair.span;
        set.spec = String(pair.value);
        if (typeof pair.value === 'number') set.digits = { start: 0, end: set.spec.length };
      }
      return set;
    }),
  }));
}

/**
 * The config's `projects:`, their files absolute. A file that does not exist is a config error,
 * as `docker compose -f` refuses it: the project would be checked as something nobody runs.
 */
async function composeProjects(config: LoadedConfig, root: string): Promise<string[][]> {
  const projects: string[][] = [];
  const missing: { line: number; column: number; message: string }[] = [];
  for (const [i, entry] of (config.projects ?? []).entries()) {
    const files = entry.files.map((f) => resolve(root, f));
    for (const [j, path] of files.entries()) {
      const exists = await stat(path).then(
        (s) => s.isFile(),
        () => false,
      );
      if (exists) continue;
      const span = entry.spans?.[j];
      missing.push({
        line: span?.line ?? 1,
        column: span?.column ?? 1,
        message: `projects[${i}].files[${j}]: ${entry.files[j]} is not a file (paths are relative to the root scanned); docker compose -f would refuse it`,
      });
    }
    projects.push(files);
  }
  if (missing.length > 0) {
    throw new ConfigError(missing.map((m) => ({ file: config.file ?? '', ...m })));
  }
  return projects;
}

export async function check(settings: CheckSettings): Promise<CheckResult> {
  const root = settings.configRoot ?? (await configRoot(settings));
  const config = await loadConfig({ root, cwd: settings.cwd, explicit: settings.config });
  if (settings.envFilesMustExist !== false && !given(settings.envFiles)) {
    await missingEnvFiles(config, root);
  }
  // Env files the config file names are repository content: read only inside the root.
  const fromConfig = !given(settings.envFiles) && config.envFiles !== undefined;
  const result = await scan({
    ...settings,
    include: given(settings.include) ? settings.include : config.include,
    exclude: given(settings.exclude) ? settings.exclude : config.exclude,
    envFiles: given(settings.envFiles)
      ? settings.envFiles
      : config.envFiles?.map((f) => resolve(root, f)),
    ...(fromConfig ? { envFilesWithin: await realpath(root).catch(() => root) } : {}),
    maxFileBytes: settings.maxFileBytes ?? config.maxFileSize,
    render: settings.render ?? config.render ?? 'auto',
    ...(config.clusters ? { clusters: config.clusters } : {}),
    ...(config.compose ? { compose: config.compose } : {}),
    ...(config.projects ? { projects: await composeProjects(config, root) } : {}),
    ...(config.charts ? { charts: chartEntries(config, root, settings.cwd) } : {}),
  });
  const severities: Partial<Record<RuleId, SeverityOverride>> = {
    ...config.rules,
    ...settings.policy?.severities,
  };
  const off = new Set(Object.keys(severities).filter((id) => severities[id as RuleId] === 'off'));
  const partial = new Set(result.files.filter((f) => f.status === 'error').map((f) => f.file));
  const findings = suppress(evaluate(result, { ...settings.policy, severities }), {
    allow: config.allow,
    ignores: result.ignores,
    off,
    partial,
  });
  return {
    scan: result,
    findings,
    report: buildReport(result.files, result.claims, findings),
    config,
  };
}
