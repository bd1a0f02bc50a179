// A kustomization file as the tracer and the safety checks need it: what it builds on
// (resources, components), how it changes what it builds on (patches of every form, replacements,
// name prefixes), and what it would ask kustomize to run or fetch.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readTextSync } from '../../discover/read.js';
import type { YNode, YamlDocument, YamlFile } from '../../parse/yaml.js';
import {
  entries,
  get,
  isMapNode,
  isSeqNode,
  items,
  parseYamlFile,
  scalarText,
} from '../../parse/yaml.js';
import type { Span } from '../../types.js';
import type { YamlSource } from './source.js';

export const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export const isKustomizationName = (name: string): boolean => KUSTOMIZATION_NAMES.includes(name);

/** Which objects a patch or replacement selects (`target:`, `select:`). */
export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  /** A regular expression, anchored, as kustomize reads it. */
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

export interface Patch {
  /** A strategic merge patch (objects to merge) or a JSON 6902 patch (a list of operations). */
  type: 'strategic-merge' | 'json6902';
  source: YamlSource;
  target?: Selector;
}

export interface Replacement {
  source: { kind?: string; name?: string; namespace?: string; fieldPath: string };
  targets: { select: Selector; reject: Selector[]; fieldPaths: string[] }[];
  /** Where the replacement is declared (the kustomization, or the file `path:` names). */
  declaredIn: string;
  line: number;
}

/** A `configMapGenerator` literal (`KEY=value`), which a replacement may take a port from. */
export interface GeneratedLiteral {
  configMap: string;
  key: string;
  /** The literal's scalar in the kustomization. */
  node: YNode;
}

/** An entry of `resources`, `bases` or `components`, resolved against the kustomization. */
export interface Reference {
  entry: string;
  span: Span;
  /** Absolute path, for a local entry. */
  path: string;
  /** A directory holding a kustomization, a file, a remote location, or nothing at all. */
  kind: 'kustomization' | 'file' | 'remote' | 'missing';
}

/** Why kustomize must not build this: it would run a program or fetch from the network. */
export interface Hazard {
  reason: string;
  span: Span;
}

export interface Kustomization {
  /** The directory (absolute) and the file itself. */
  dir: string;
  file: string;
  yaml: YamlFile;
  isComponent: boolean;
  resources: Reference[];
  components: Reference[];
  /** Directories whose output configures generators, transformers or validators. */
  pluginDirectories: Reference[];
  /** In the order kustomize applies them. */
  patches: Patch[];
  replacements: Replacement[];
  literals: GeneratedLiteral[];
  namePrefix?: string;
  nameSuffix?: string;
  hazards: Hazard[];
  /** Set when the file is no kustomization (a Flux `Kustomization` object, broken YAML). */
  notKustomization?: string;
  /**
   * Set when the kustomization only gathers resources and renames or labels them (no patches,
   * replacements, vars, components, plugins or fields this reader does not know): it cannot
   * change a port, so its resources' own claims are its claims.
   */
  leavesPortsAlone?: boolean;
}

/** Fields that cannot change a port, its number or where it is written. */
const PORT_NEUTRAL_FIELDS = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'resources',
  'bases',
  'namespace',
  'namePrefix',
  'nameSuffix',
  'commonLabels',
  'labels',
  'commonAnnotations',
  'images',
  'replicas',
  'configMapGenerator',
  'secretGenerator',
  'generatorOptions',
  'buildMetadata',
  'sortOptions',
]);

export interface ReadContext {
  maxBytes: number;
  /** The real path of the directory every file a build reads must lie in. */
  within: string;
}

/** The kustomization file of a directory, when it has one. */
export function kustomizationIn(dir: string): string | undefined {
  for (const name of KUSTOMIZATION_NAMES) {
    const path = join(dir, name);
    if (isFile(path)) return path;
  }
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What kustomize would fetch rather than read: a URL (`https://`, `ssh://`, `oci://`, ...), a
 * go-getter or scp-like git address, or a host-first path (`github.com/org/repo//dir?ref=v1`).
 */
export function isRemote(entry: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ||
    /^git::/i.test(entry) ||
    /^[\w.-]+@[\w.-]+:/.test(entry) ||
    /^(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?\//i.test(entry)
  );
}

export function readYaml(path: string, context: ReadContext): YamlFile | string {
  const read = readTextSync(path, { maxBytes: context.maxBytes, within: context.within });
  if ('text' in read) return parseYamlFile(read.text);
  return 'skip' in read ? read.skip : read.error;
}

const text = (node: YNode | null, yaml: YamlFile): string | undefined => scalarText(node, yaml);

function stringItems(node: YNode | null, doc: YamlDocument, yaml: YamlFile): [string, YNode][] {
  const out: [string, YNode][] = [];
  for (const item of items(node, doc)) {
    const value = text(item, yaml);
    if (value !== undefined) out.push([value, item]);
  }
  return out;
}

function selector(node: YNode | null, doc: YamlDocument, yaml: YamlFile): Selector {
  const out: Selector = {};
  for (const key of [
    'group',
    'version',
    'kind',
    'name',
    'namespace',
    'labelSelector',
    'annotationSelector',
  ] as const) {
    const value = text(get(node, key, doc), yaml);
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

/**
 * Text embedded in a literal block scalar (`patch: |-`), parsed on its own, with the line and
 * indentation that map its positions back to the kustomization; without them when the scalar is
 * written in another style (its positions then cannot be mapped, only its file is known).
 */
export function embeddedSource(path: string, yaml: YamlFile, node: YNode): YamlSource | undefined {
  const value = scalarText(node, yaml);
  if (value === undefined) return undefined;
  const source: YamlSource = { path, yaml: parseYamlFile(value) };
  if ((node as { type?: string }).type !== 'BLOCK_LITERAL') return source;
  const written = yaml.sourceOf(node);
  const lines = written.split('\n').slice(1);
  const first = lines.find((l) => l.trim() !== '');
  if (first === undefined) return source;
  const indent = /^ */.exec(first)?.[0].length ?? 0;
  const dedented = lines.map((l) => l.slice(indent)).join('\n');
  // Only when the value is the block's lines with their indentation removed do positions map.
  if (!dedented.startsWith(value.replace(/\n+$/, ''))) return source;
  source.embedded = { line: yaml.spanOf(node).line + 1, indent };
  return source;
}

/** Reads and models the kustomization file at `file`; its YAML errors leave it unmodelled. */
export function readKustomization(file: string, context: ReadContext): Kustomization {
  const dir = dirname(file);
  const empty: Kustomization = {
    dir,
    file,
    yaml: parseYamlFile(''),
    isComponent: false,
    resources: [],
    components: [],
    pluginDirectories: [],
    patches: [],
    replacements: [],
    literals: [],
    hazards: [],
  };
  const loaded = readYaml(file, context);
  if (typeof loaded === 'string') return { ...empty, notKustomization: loaded };
  const yaml = loaded;
  const k: Kustomization = { ...empty, yaml };
  const doc = yaml.documents[0];
  if (!doc || yaml.errors.length > 0 || !isMapNode(doc.root)) {
    k.notKustomization = yaml.errors[0]?.message ?? 'not a mapping';
    return k;
  }
  const root = doc.root;
  const apiVersion = text(get(root, 'apiVersion', doc), yaml);
  const kind = text(get(root, 'kind', doc), yaml);
  if (apiVersion !== undefined && !apiVersion.startsWith('kustomize.config.k8s.io/')) {
    k.notKustomization = `apiVersion ${apiVersion} is not kustomize's`;
    return k;
  }
  k.isComponent = kind === 'Component';
  k.leavesPortsAlone =
    !k.isComponent && entries(root, doc).every((e) => PORT_NEUTRAL_FIELDS.has(e.key));
  const reference = (entry: string, node: YNode): Reference => {
    const span = yaml.spanOf(node);
    const path = resolve(dir, entry);
    if (isDirectory(path)) {
      return { entry, span, path, kind: kustomizationIn(path) ? 'kustomization' : 'missing' };
    }
    if (isFile(path)) return { entry, span, path, kind: 'file' };
    return { entry, span, path, kind: isRemote(entry) ? 'remote' : 'missing' };
  };
  for (const key of ['resources', 'bases']) {
    for (const [entry, node] of stringItems(get(root, key, doc), doc, yaml)) {
      k.resources.push(reference(entry, node));
    }
  }
  for (const [entry, node] of stringItems(get(root, 'components', doc), doc, yaml)) {
    k.components.push(reference(entry, node));
  }
  for (const r of [...k.resources, ...k.components]) {
    if (r.kind === 'remote') {
      k.hazards.push({ reason: `it fetches the remote resource ${r.entry}`, span: r.span });
    }
  }
  for (const key of ['helmCharts', 'helmGlobals', 'helmChartInflationGenerator']) {
    const node = get(root, key, doc);
    if (node) {
      k.hazards.push({ reason: `it inflates Helm charts (${key})`, span: yaml.spanOf(node) });
    }
  }
  for (const key of ['generators', 'transformers', 'validators']) {
    for (const item of items(get(root, key, doc), doc)) pluginEntry(k, key, item, context);
  }
  for (const { field, node } of fileEntries(root, doc)) {
    const entry = scalarText(node, yaml);
    if (entry !== undefined && isRemoteFile(entry)) {
      k.hazards.push({ reason: `it fetches ${entry} (${field})`, span: yaml.spanOf(node) });
    }
  }
  const prefix = text(get(root, 'namePrefix', doc), yaml);
  if (prefix) k.namePrefix = prefix;
  const suffix = text(get(root, 'nameSuffix', doc), yaml);
  if (suffix) k.nameSuffix = suffix;
  readPatches(k, doc, context);
  readReplacements(k, doc, context);
  readLiterals(k, doc);
  return k;
}

/** A URL kustomize's loader fetches where a kustomization names a file (a patch, an env file). */
const isRemoteFile = (entry: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(entry);

/** The entries of a kustomization that name files to load, beyond resources and components. */
function fileEntries(root: YNode | null, doc: YamlDocument): { field: string; node: YNode }[] {
  const out: { field: string; node: YNode }[] = [];
  const each = (field: string, list: YNode | null): void => {
    for (const node of items(list, doc)) out.push({ field, node });
  };
  for (const item of items(get(root, 'patches', doc), doc)) {
    const path = get(item, 'path', doc);
    if (path) out.push({ field: 'patches', node: path });
  }
  for (const item of items(get(root, 'patchesJson6902', doc), doc)) {
    const path = get(item, 'path', doc);
    if (path) out.push({ field: 'patchesJson6902', node: path });
  }
  for (const item of items(get(root, 'replacements', doc), doc)) {
    const path = get(item, 'path', doc);
    if (path) out.push({ field: 'replacements', node: path });
  }
  each('patchesStrategicMerge', get(root, 'patchesStrategicMerge', doc));
  each('crds', get(root, 'crds', doc));
  each('configurations', get(root, 'configurations', doc));
  const openapi = get(get(root, 'openapi', doc), 'path', doc);
  if (openapi) out.push({ field: 'openapi', node: openapi });
  for (const key of ['configMapGenerator', 'secretGenerator']) {
    for (const generator of items(get(root, key, doc), doc)) {
      each(key, get(generator, 'files', doc));
      each(key, get(generator, 'envs', doc));
      const env = get(generator, 'env', doc);
      if (env) out.push({ field: key, node: env });
    }
  }
  return out;
}

/** Generators and transformers may run programs: only kustomize's builtin ones are let through. */
function pluginEntry(k: Kustomization, key: string, item: YNode, context: ReadContext): void {
  const { yaml } = k;
  const span = yaml.spanOf(item);
  const value = scalarText(item, yaml);
  let configs: YamlFile;
  if (value === undefined) return;
  if (value.includes('\n') || /^\s*apiVersion\s*:/.test(value)) {
    configs = parseYamlFile(value);
  } else {
    const path = resolve(k.dir, value);
    if (isRemote(value) && !isFile(path) && !isDirectory(path)) {
      k.hazards.push({ reason: `it fetches the remote ${key} entry ${value}`, span });
      return;
    }
    if (isDirectory(path)) {
      k.pluginDirectories.push({ entry: value, span, path, kind: 'kustomization' });
      return;
    }
    const loaded = readYaml(path, context);
    if (typeof loaded === 'string') return;
    configs = loaded;
  }
  for (const d of configs.documents) {
    const apiVersion = text(get(d.root, 'apiVersion', d), configs);
    const kind = text(get(d.root, 'kind', d), configs) ?? '?';
    if (apiVersion !== 'builtin') {
      k.hazards.push({
        reason: `its ${key} entry runs the plugin ${kind} (${apiVersion ?? 'no apiVersion'}), an exec, container or legacy plugin`,
        span,
      });
    }
  }
}

/** The patch text of an entry: a file (`path:` or a list item) or inline text. */
function patchSource(
  k: Kustomization,
  value: YNode | null,
  isPath: boolean,
  context: ReadContext,
): YamlSource | undefined {
  const entry = scalarText(value, k.yaml);
  if (entry === undefined || !value) return undefined;
  if (isPath) {
    const path = resolve(k.dir, entry);
    const loaded = readYaml(path, context);
    return typeof loaded === 'string' ? undefined : { path, yaml: loaded };
  }
  return embeddedSource(k.file, k.yaml, value);
}

const isOperationList = (source: YamlSource): boolean => {
  const root = source.yaml.documents[0]?.root ?? null;
  return isSeqNode(root);
};

/**
 * Patches in the order kustomize 5 applies a kustomization's transformers: strategic merge
 * patches (`patchesStrategicMerge`), then `patches`, then `patchesJson6902`.
 */
function readPatches(k: Kustomization, doc: YamlDocument, context: ReadContext): void {
  const root = doc.root;
  const { yaml } = k;
  for (const item of items(get(root, 'patchesStrategicMerge', doc), doc)) {
    const value = scalarText(item, yaml);
    if (value === undefined) continue;
    // An item is a file name, or (since kustomize 3) the patch itself.
    const inline = value.includes('\n') || /^\s*(apiVersion|kind)\s*:/.test(value);
    const source = patchSource(k, item, !inline, context);
    if (source) k.patches.push({ type: 'strategic-merge', source });
  }
  for (const item of items(get(root, 'patches', doc), doc)) {
    const path = get(item, 'path', doc);
    const source = path
      ? patchSource(k, path, true, context)
      : patchSource(k, get(item, 'patch', doc), false, context);
    if (!source) continue;
    const target = get(item, 'target', doc);
    const patch: Patch = {
      type: isOperationList(source) ? 'json6902' : 'strategic-merge',
      source,
    };
    if (isMapNode(target)) patch.target = selector(target, doc, yaml);
    k.patches.push(patch);
  }
  for (const item of items(get(root, 'patchesJson6902', doc), doc)) {
    const path = get(item, 'path', doc);
    const source = path
      ? patchSource(k, path, true, context)
      : patchSource(k, get(item, 'patch', doc), false, context);
    if (!source) continue;
    k.patches.push({
      type: 'json6902',
      source,
      target: selector(get(item, 'target', doc), doc, yaml),
    });
  }
}

function readReplacement(
  node: YNode,
  doc: YamlDocument,
  yaml: YamlFile,
  declaredIn: string,
): Replacement | undefined {
  const source = get(node, 'source', doc);
  if (!isMapNode(source)) return undefined;
  const replacement: Replacement = {
    source: { fieldPath: text(get(source, 'fieldPath', doc), yaml) ?? 'metadata.name' },
    targets: [],
    declaredIn,
    line: yaml.spanOf(node).line,
  };
  for (const key of ['kind', 'name', 'namespace'] as const) {
    const value = text(get(source, key, doc), yaml);
    if (value !== undefined) replacement.source[key] = value;
  }
  for (const t of items(get(node, 'targets', doc), doc)) {
    replacement.targets.push({
      select: selector(get(t, 'select', doc), doc, yaml),
      reject: items(get(t, 'reject', doc), doc).map((r) => selector(r, doc, yaml)),
      fieldPaths: stringItems(get(t, 'fieldPaths', doc), doc, yaml).map(([p]) => p),
    });
  }
  return replacement;
}

function readReplacements(k: Kustomization, doc: YamlDocument, context: ReadContext): void {
  for (const item of items(get(doc.root, 'replacements', doc), doc)) {
    const path = text(get(item, 'path', doc), k.yaml);
    if (path === undefined) {
      const r = readReplacement(item, doc, k.yaml, k.file);
      if (r) k.replacements.push(r);
      continue;
    }
    const file = resolve(k.dir, path);
    const loaded = readYaml(file, context);
    if (typeof loaded === 'string') continue;
    for (const d of loaded.documents) {
      const nodes = isSeqNode(d.root) ? items(d.root, d) : [d.root];
      for (const n of nodes) {
        const r = n ? readReplacement(n, d, loaded, file) : undefined;
        if (r) k.replacements.push(r);
      }
    }
  }
}

function readLiterals(k: Kustomization, doc: YamlDocument): void {
  for (const generator of items(get(doc.root, 'configMapGenerator', doc), doc)) {
    const name = text(get(generator, 'name', doc), k.yaml);
    if (name === undefined) continue;
    for (const [literal, node] of stringItems(get(generator, 'literals', doc), doc, k.yaml)) {
      const equals = literal.indexOf('=');
      if (equals > 0) k.literals.push({ configMap: name, key: literal.slice(0, equals), node });
    }
  }
}
