// Finds, reads and validates the config file. Every way it can be wrong is a ConfigError that
// names the file, line and column, the key, and what the key must be.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_FILE_BYTES, readText } from '../discover/read.js';
import type { YamlDocument, YamlFile, YNode } from '../parse/yaml.js';
import {
  entries,
  isMapNode,
  isScalarNode,
  isSeqNode,
  items,
  keysThatAreNoName,
  parseYamlFile,
  scalarValue,
} from '../parse/yaml.js';
import { RULE_IDS } from '../policy/rule.js';
import type { Span } from '../types.js';
import { didYouMean } from './closest.js';
import type { Config } from './schema.js';
import {
  ALLOW_KEYS,
  CLUSTER_KEYS,
  CHART_KEYS,
  CONFIG_KEYS,
  PROJECT_KEYS,
  configSchema,
  expectedAt,
  toConfig,
} from './schema.js';
import { toPosix } from '../discover/discover.js';
import { FILE_START } from '../types.js';

/** Looked up at the root scanned, in this order. */
export const CONFIG_FILES = ['.github/port-claims.yml', '.port-claims.yml'] as const;

/** One thing wrong with the config: where (when it is in the file) and what. */
export interface ConfigProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export class ConfigError extends Error {
  /** Structured, for an annotation on the config file's line. */
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }

  /** One line per problem: `file:line:column: what is wrong`. */
  get lines(): string[] {
    return this.problems.map(formatProblem);
  }
}

function formatProblem(p: ConfigProblem): string {
  return p.line === undefined ? p.message : `${p.file}:${p.line}:${p.column ?? 1}: ${p.message}`;
}

export interface LoadedConfig extends Config {
  /** The file read, as the user names it; absent when there is none. */
  file?: string;
  /** Where each `env-files` entry is written, for an error on its line. */
  envFileSpans?: Span[];
}

const emptyConfig = (): Config => ({ rules: {}, allow: [] });

export interface ConfigLocation {
  /** The root scanned: where the default names are looked for. */
  root: string;
  cwd: string;
  /** The file given on the command line or to the action, relative to `cwd`. */
  explicit?: string;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function loadConfig(location: ConfigLocation): Promise<LoadedConfig> {
  let path: string;
  let name: string;
  if (location.explicit !== undefined) {
    path = resolve(location.cwd, location.explicit);
    name = location.explicit;
  } else {
    const found = [];
    for (const candidate of CONFIG_FILES) {
      const full = join(location.root, candidate);
      if (await isFile(full)) found.push(full);
    }
    const named = found.map((f) => {
      const rel = relative(location.cwd, f);
      return toPosix(rel === '' || isAbsolute(rel) ? f : rel);
    });
    if (named.length > 1) {
      throw new ConfigError([
        {
          file: named[0] ?? '',
          message: `both ${named.join(' and ')} exist; keep one of them, or name one with --config (the action's config input)`,
        },
      ]);
    }
    if (!found[0] || !named[0]) return emptyConfig();
    path = found[0];
    name = named[0];
  }
  // A config file found in the repository is its content: it must not lead the scan outside.
  const within =
    location.explicit === undefined
      ? await realpath(location.root).catch(() => undefined)
      : undefined;
  const read = await readText(path, {
    maxBytes: DEFAULT_MAX_FILE_BYTES,
    ...(within !== undefined ? { within } : {}),
  });
  if (!('text' in read)) {
    const why = 'skip' in read ? `it is ${read.skip}` : `it ${read.error}`;
    throw new ConfigError([{ file: name, message: `cannot read the config file ${name}: ${why}` }]);
  }
  const config: LoadedConfig = { ...parseConfig(read.text, name), file: name };
  if (config.envFiles?.length) {
    config.envFileSpans = config.envFiles.map(
      (_, i) => configKeySpan(read.text, ['env-files', i]) ?? FILE_START,
    );
  }
  return config;
}

/**
 * The config's `env-files` that do not exist under `root`, as errors on their lines: a missing
 * one would otherwise leave every `${VAR}` it was meant to fill silently unresolved.
 */
export async function missingEnvFiles(config: LoadedConfig, root: string): Promise<void> {
  const problems: ConfigProblem[] = [];
  for (const [i, path] of (config.envFiles ?? []).entries()) {
    if (await isFile(resolve(root, path))) continue;
    const span = config.envFileSpans?.[i];
    problems.push({
      file: config.file ?? '',
      ...(span ? { line: span.line, column: span.column } : {}),
      message: `env-files[${i}]: "${path}" does not exist (paths are relative to the root scanned); create it before port-claims runs, or remove the entry`,
    });
  }
  if (problems.length) throw new ConfigError(problems);
}

interface Located {
  /** Span of the value at each path (JSON of the path). */
  values: Map<string, Span>;
  /** Span of the key that holds each path. */
  keys: Map<string, Span>;
  problems: Problem[];
  /** Values read so far: aliases can make a short file expand without end ("billion laughs"). */
  count: number;
}

/** Far more values than a config file holds, and few enough to read in an instant. */
const MAX_CONFIG_VALUES = 10_000;

interface Problem {
  span: Span;
  message: string;
}

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

/** `allow[0].ports[1]`, `rules.reserved-port`: a path as a person writes it. */
function describePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** The YAML as plain values, remembering where each one is written. */
function plain(
  node: YNode | null,
  doc: YamlDocument,
  yaml: YamlFile,
  path: PropertyKey[],
  at: Located,
): unknown {
  if (node) at.values.set(pathKey(path), yaml.spanOf(node));
  if (path.length > 32) return null;
  if (++at.count > MAX_CONFIG_VALUES) {
    if (at.count === MAX_CONFIG_VALUES + 1 && node) {
      at.problems.push({
        span: yaml.spanOf(node),
        message: `expands to more than ${MAX_CONFIG_VALUES.toLocaleString('en-US')} values through its aliases; write the lists out`,
      });
    }
    return null;
  }
  if (isMapNode(node)) {
    const out: Record<string, unknown> = {};
    const firstLine = new Map<string, number>();
    // A key that is no name would be dropped without a word: `null: off`, `? [rules]`, `{{ x }}`.
    for (const key of keysThatAreNoName(node, doc)) {
      const where = path.length ? `${describePath(path)}: ` : '';
      const what = isMapNode(key)
        ? 'a mapping'
        : isSeqNode(key)
          ? 'a list'
          : isScalarNode(key)
            ? 'empty (null)'
            : 'empty';
      at.problems.push({
        span: yaml.spanOf(key),
        message: `${where}a key must be a name, and this one is ${what}${isMapNode(key) ? ' (a template such as {{ x }} is no config)' : ''}`,
      });
    }
    for (const entry of entries(node, doc)) {
      const keySpan = yaml.spanOf(entry.keyNode);
      const seen = firstLine.get(entry.key);
      if (seen !== undefined) {
        const where = path.length ? `${describePath(path)}: ` : '';
        at.problems.push({
          span: keySpan,
          message: `${where}duplicate key "${entry.key}" (first at line ${seen}); keep one`,
        });
        continue;
      }
      firstLine.set(entry.key, keySpan.line);
      const childPath = [...path, entry.key];
      at.keys.set(pathKey(childPath), keySpan);
      if (!entry.value) at.values.set(pathKey(childPath), keySpan);
      // defineProperty, so that a key named __proto__ stays a key.
      Object.defineProperty(out, entry.key, {
        value: plain(entry.value, doc, yaml, childPath, at),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (isSeqNode(node)) {
    return items(node, doc).map((item, i) => plain(item, doc, yaml, [...path, i], at));
  }
  const value = scalarValue(node);
  return value === undefined ? null : value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, part)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function spanAt(at: Located, path: readonly PropertyKey[]): Span {
  for (let n = path.length; n >= 0; n--) {
    const span = at.values.get(pathKey(path.slice(0, n)));
    if (span) return span;
  }
  return FILE_START;
}

function keysExpectedAt(path: readonly PropertyKey[]): { noun: string; keys: readonly string[] } {
  if (path[0] === 'rules') return { noun: 'rule', keys: RULE_IDS };
  if (path[0] === 'allow') return { noun: 'key', keys: ALLOW_KEYS };
  if (path[0] === 'clusters') return { noun: 'key', keys: CLUSTER_KEYS };
  if (path[0] === 'charts' && path.length === 2) return { noun: 'key', keys: CHART_KEYS };
  if (path[0] === 'projects' && path.length === 2) return { noun: 'key', keys: PROJECT_KEYS };
  return { noun: 'key', keys: CONFIG_KEYS };
}

/**
 * Where a key is written in a config file's text (`['rules', 'reserved-port']`, `['allow', 0]`,
 * `['exclude']`), or undefined when it is not (or the text is not a valid config).
 */
export function configKeySpan(text: string, path: readonly (string | number)[]): Span | undefined {
  const yaml = parseYamlFile(text);
  const document = yaml.documents.find((d) => d.root !== null);
  if (yaml.errors.length || !document) return undefined;
  const at: Located = { values: new Map(), keys: new Map(), problems: [], count: 0 };
  plain(document.root, document, yaml, [], at);
  return at.keys.get(pathKey(path)) ?? at.values.get(pathKey(path));
}

/** Parses and validates a config file's text; `name` is how errors name the file. */
export function parseConfig(text: string, name: string): Config {
  const yaml = parseYamlFile(text);
  const fail = (problems: Problem[]): ConfigError => {
    const sorted = [...problems].sort(
      (a, b) => a.span.line - b.span.line || a.span.column - b.span.column,
    );
    return new ConfigError(
      sorted.map((p) => ({
        file: name,
        line: p.span.line,
        column: p.span.column,
        message: p.message,
      })),
    );
  };
  if (yaml.errors.length) {
    throw fail(yaml.errors.map((e) => ({ span: e.span, message: `not valid YAML: ${e.message}` })));
  }
  const documents = yaml.documents.filter((d) => d.root !== null);
  if (documents.length > 1) {
    const second = documents[1]?.root ?? null;
    throw fail([
      {
        span: second ? yaml.spanOf(second) : FILE_START,
        message: `holds ${documents.length} YAML documents; the config is one mapping`,
      },
    ]);
  }
  const document = documents[0];
  if (!document) return emptyConfig();

  const at: Located = { values: new Map(), keys: new Map(), problems: [], count: 0 };
  const value = plain(document.root, document, yaml, [], at);
  const result = configSchema.safeParse(value);
  const problems = [...at.problems];
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') {
      const { noun, keys } = keysExpectedAt(issue.path);
      const where = issue.path.length ? `${describePath(issue.path)}: ` : '';
      for (const key of issue.keys) {
        problems.push({
          span: at.keys.get(pathKey([...issue.path, key])) ?? spanAt(at, issue.path),
          message: `${where}unknown ${noun} "${key}"${didYouMean(key, keys)}; expected one of ${keys.join(', ')}`,
        });
      }
      continue;
    }
    const found = valueAt(value, issue.path);
    const parent = issue.path.slice(0, -1);
    const last = issue.path[issue.path.length - 1];
    if (found === undefined && last !== undefined) {
      problems.push({
        span: spanAt(at, parent),
        message: `${describePath(parent)} needs "${String(last)}": ${expectedAt(issue.path)}`,
      });
      continue;
    }
    const where = issue.path.length ? describePath(issue.path) : 'the config';
    problems.push({
      span: spanAt(at, issue.path),
      message: `${where} must be ${expectedAt(issue.path)} (got ${describeValue(found)}${issue.code === 'custom' ? `: ${issue.message}` : ''})`,
    });
  }
  if (!result.success || problems.length) throw fail(problems);
  const config = toConfig(result.data);
  // A chart's `set` values are traced to where they are written, as values files are.
  config.charts?.forEach((entry, i) => {
    for (const pair of entry.set) {
      const span = at.values.get(pathKey(['charts', i, 'set', pair.key]));
      if (span) pair.span = span;
    }
  });
  // A project's files are checked for existence by the scan, which names where each is written.
  config.projects?.forEach((entry, i) => {
    entry.spans = entry.files.map(
      (_, j) => at.values.get(pathKey(['projects', i, 'files', j])) ?? FILE_START,
    );
  });
  return config;
}
