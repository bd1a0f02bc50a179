// The config file's shape, as the contract gives it, and the words an error uses for each key.
import picomatch from 'picomatch';
import * as z from 'zod';
import type { SeverityOverride } from '../policy/evaluate.js';
import type { RuleId } from '../policy/rule.js';
import { RULE_IDS } from '../policy/rule.js';
import type { AllowEntry, PortInterval } from '../policy/suppress.js';
import type { ClusterGroup } from '../resolve/index.js';
import type { Span } from '../types.js';

export const SEVERITY_SETTINGS = ['error', 'warning', 'notice', 'off'] as const;
export const ALLOW_PROTOCOLS = ['tcp', 'udp', 'sctp'] as const;

const PORT_RANGE = /^(\d+)(?:-(\d+))?$/;

/** `251`, `"251"` or `"8000-8010"` as an interval, or undefined when it is not one. */
export function portInterval(value: number | string): PortInterval | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 0 && value <= 65535
      ? { start: value, end: value }
      : undefined;
  }
  const m = PORT_RANGE.exec(value.trim());
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  return start <= end && end <= 65535 ? { start, end } : undefined;
}

/** Why a value is not a port or range, for the error message. */
function portProblem(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return 'not a whole number';
  const m = PORT_RANGE.exec(String(value).trim());
  if (!m) return 'not a port number or a range';
  if (Number(m[1]) > 65535 || Number(m[2] ?? 0) > 65535) return 'above 65535';
  return 'its start is after its end';
}

const port = z
  .union([z.number(), z.string()])
  .refine((v) => portInterval(v) !== undefined, { error: (issue) => portProblem(issue.input) })
  .transform((v) => portInterval(v) as PortInterval);

const SIZE = /^(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB|GB|GiB)?$/;
const SIZE_UNITS: Record<string, number> = {
  B: 1,
  KB: 1000,
  KiB: 1024,
  MB: 1000 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  GiB: 1024 ** 3,
};

/** `4194304`, `"4MiB"`, `"500 KB"` as a number of bytes, or undefined when it is not a size. */
export function parseSize(value: number | string): number | undefined {
  const m = SIZE.exec(String(value).trim());
  if (!m) return undefined;
  const bytes = Math.floor(Number(m[1]) * (SIZE_UNITS[m[2] ?? 'B'] ?? 1));
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

const size = z
  .union([z.number(), z.string()])
  .refine((v) => parseSize(v) !== undefined)
  .transform((v) => parseSize(v) as number);

/** Why picomatch cannot read a glob (an unclosed `[`, `{` or `(`), or undefined when it can. */
export function globProblem(glob: string): string | undefined {
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/\\\\/g, '\\') : String(error);
  }
}

const glob = z
  .string()
  .trim()
  .min(1)
  .refine((g) => g === '' || globProblem(g) === undefined, {
    error: (issue) => globProblem(String(issue.input)),
  });
const globs = z.array(glob);
/** An optional key may be left empty (`allow:` with every entry commented out). */
const optional = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v) => v ?? undefined);

const allowEntry = z.strictObject({
  ports: z.array(port).min(1),
  // Kubernetes users write TCP; the report and the registry say tcp.
  protocol: optional(
    z
      .string()
      .transform((p) => p.toLowerCase())
      .pipe(z.enum(ALLOW_PROTOCOLS)),
  ),
  files: optional(globs),
  reason: z.string().trim().min(1),
});

const rules = z.partialRecord(z.enum(RULE_IDS), z.enum(SEVERITY_SETTINGS));

export const RENDER_SETTINGS = ['auto', 'off'] as const;
export type RenderSetting = (typeof RENDER_SETTINGS)[number];

const cluster = z.strictObject({
  name: z.string().trim().min(1),
  paths: globs.min(1),
});

/** A `--set` value: a scalar, passed to helm with its YAML type (`--set-json`). */
const setValue = z.union([z.string(), z.number(), z.boolean()]);

const projectEntry = z.strictObject({
  files: z.array(z.string().trim().min(1)).min(1),
});

const chartEntry = z.strictObject({
  path: z.string().trim().min(1),
  values: optional(z.array(z.string().trim().min(1))),
  set: optional(z.record(z.string().trim().min(1), setValue)),
});

export const configSchema = z.strictObject({
  // For editors: the JSON Schema of this file (schema/config.schema.json), which they use to
  // complete and check it. port-claims itself reads nothing from it.
  $schema: optional(z.string()),
  rules: optional(rules),
  allow: optional(z.array(allowEntry)),
  include: optional(globs),
  exclude: optional(globs),
  'env-files': optional(globs),
  'max-file-size': optional(size),
  compose: optional(globs),
  projects: optional(z.array(projectEntry)),
  clusters: optional(z.array(cluster)),
  charts: optional(z.array(chartEntry)),
  render: optional(z.enum(RENDER_SETTINGS)),
});

/** The keys an error lists: `$schema` is for editors, and nobody misspells their way to it. */
export const CONFIG_KEYS = Object.keys(configSchema.shape).filter((key) => key !== '$schema');
export const ALLOW_KEYS = Object.keys(allowEntry.shape);
export const CLUSTER_KEYS = Object.keys(cluster.shape);
export const CHART_KEYS = Object.keys(chartEntry.shape);
export const PROJECT_KEYS = Object.keys(projectEntry.shape);

/** A `projects:` entry: compose files run together, as `docker compose -f a -f b` runs them. */
export interface ProjectConfig {
  /** As written: relative to the root scanned, in the order `-f` takes them. */
  files: string[];
  /** Set by the loader: where each file is written in the config file. */
  spans?: Span[];
}

/** A `set` pair of a `charts:` entry, with where its value is written (for tracing to it). */
export interface ChartSet {
  key: string;
  value: string | number | boolean;
  /** Set by the loader: the value's place in the config file. */
  span?: Span;
}

/** A `charts:` entry: a Helm chart's values beyond values.yaml and ci/*-values.yaml. */
export interface ChartConfig {
  /** As written: relative to the root scanned. */
  path: string;
  values: string[];
  set: ChartSet[];
}

/** The config as the engine uses it. */
export interface Config {
  rules: Partial<Record<RuleId, SeverityOverride>>;
  allow: AllowEntry[];
  include?: string[];
  exclude?: string[];
  /** As written: relative to the root scanned. */
  envFiles?: string[];
  /** Bytes; larger files are skipped with the reason in the report. */
  maxFileSize?: number;
  /** Globs of more files to read as compose files, beyond the usual names. */
  compose?: string[];
  projects?: ProjectConfig[];
  /** Deployables that share one cluster: host and node port conflicts are checked across them. */
  clusters?: ClusterGroup[];
  render?: RenderSetting;
  charts?: ChartConfig[];
}

export function toConfig(parsed: z.output<typeof configSchema>): Config {
  const config: Config = { rules: {}, allow: [] };
  if (parsed.rules) config.rules = parsed.rules;
  for (const entry of parsed.allow ?? []) {
    const allow: AllowEntry = { ports: entry.ports, reason: entry.reason };
    if (entry.protocol !== undefined) allow.protocol = entry.protocol;
    if (entry.files !== undefined) allow.files = entry.files;
    config.allow.push(allow);
  }
  if (parsed.include !== undefined) config.include = parsed.include;
  if (parsed.exclude !== undefined) config.exclude = parsed.exclude;
  if (parsed['env-files'] !== undefined) config.envFiles = parsed['env-files'];
  if (parsed['max-file-size'] !== undefined) config.maxFileSize = parsed['max-file-size'];
  if (parsed.compose !== undefined) config.compose = parsed.compose;
  if (parsed.projects !== undefined) {
    config.projects = parsed.projects.map((entry) => ({ files: entry.files }));
  }
  if (parsed.clusters !== undefined) config.clusters = parsed.clusters;
  if (parsed.render !== undefined) config.render = parsed.render;
  if (parsed.charts !== undefined) {
    config.charts = parsed.charts.map((entry) => ({
      path: entry.path,
      values: entry.values ?? [],
      set: Object.entries(entry.set ?? {}).map(([key, value]) => ({ key, value })),
    }));
  }
  return config;
}

const list = (words: readonly string[]): string => words.join(', ');

/** What a value at this path must be, in the words of an error message. */
export function expectedAt(path: readonly PropertyKey[]): string {
  const [key, index, field, item] = path;
  switch (key) {
    case undefined:
      return `a mapping with the keys ${list(CONFIG_KEYS)}`;
    case 'rules':
      return index === undefined
        ? 'a mapping from rule id to severity'
        : `one of ${list(SEVERITY_SETTINGS)}`;
    case 'allow':
      if (index === undefined) return 'a list of entries, each with ports and a reason';
      if (field === undefined) return `a mapping with the keys ${list(ALLOW_KEYS)}`;
      if (field === 'ports') {
        return item === undefined
          ? 'a non-empty list of ports and "start-end" ranges'
          : 'a port 0-65535 or a "start-end" range such as "8000-8010"';
      }
      if (field === 'protocol') return `one of ${list(ALLOW_PROTOCOLS)}`;
      if (field === 'files') return item === undefined ? 'a list of globs' : 'a non-empty glob';
      return 'a non-empty text saying why these claims are accepted (the summary shows it)';
    case 'charts':
      if (index === undefined) return 'a list of charts, each with a path';
      if (field === undefined) return `a mapping with the keys ${list(CHART_KEYS)}`;
      if (field === 'path') return 'the chart directory, relative to the root scanned';
      if (field === 'values') {
        return item === undefined
          ? 'a list of values files, relative to the root scanned'
          : 'a non-empty path relative to the root scanned';
      }
      return item === undefined
        ? "a mapping from a value's key (service.port) to a string, number or true/false"
        : 'a string, a number or true/false';
    case 'max-file-size':
      return 'a size in bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB ("8MiB")';
    case 'clusters':
      if (index === undefined) return 'a list of groups, each with a name and paths';
      if (field === undefined) return `a mapping with the keys ${list(CLUSTER_KEYS)}`;
      if (field === 'name') return 'a non-empty name for the group';
      return item === undefined
        ? 'a non-empty list of globs of deployable paths (directories, compose files, charts)'
        : 'a non-empty glob';
    case 'render':
      return `one of ${list(RENDER_SETTINGS)}`;
    case 'projects':
      if (index === undefined) return 'a list of projects, each with the files `-f` takes';
      if (field === undefined) return `a mapping with the keys ${list(PROJECT_KEYS)}`;
      return item === undefined
        ? 'a non-empty list of compose files, relative to the root scanned, in the order `docker compose -f` takes them'
        : 'a non-empty path relative to the root scanned';
    case 'env-files':
      return index === undefined
        ? 'a list of paths relative to the root scanned'
        : 'a non-empty path relative to the root scanned';
    default:
      return index === undefined ? 'a list of globs' : 'a non-empty glob';
  }
}
