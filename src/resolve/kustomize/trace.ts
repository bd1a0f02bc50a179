// Tracing: each port of a build's output, back to the line a person edits. kustomize's origin
// note names the file an object comes from; the kustomizations between that file and the top one
// are the layers whose patches and replacements may have changed it, in the order kustomize
// applies them. A layer's value is taken only when it equals the rendered one, so that a patch
// read wrongly can never move a claim to a line that does not hold its number.
import { resolve } from 'node:path';
import type { YNode, YamlDocument } from '../../parse/yaml.js';
import { get, isSeqNode, items, scalarText } from '../../parse/yaml.js';
import type { Span, Traced } from '../../types.js';
import type {
  PathStep,
  RenderedObject,
  RenderedStream,
  SourceObject,
  SourceScalar,
} from '../render/rendered.js';
import { nodeAtPath, sourceObjects } from '../render/rendered.js';
import type { Build } from './graph.js';
import type { Kustomization, Patch, ReadContext, Replacement, Selector } from './kustomization.js';
import { readYaml } from './kustomization.js';
import type { YamlSource } from './source.js';
import { scalarIn, spanIn } from './source.js';

/** Where a rendered value was traced to. */
export interface Trace {
  /** Absolute path of the file a person edits. */
  path: string;
  span: Span;
  spec: string;
  digits?: SourceScalar['digits'];
  /** The value in `spec`, when `spec` holds more than it (a `KEY=value` literal). */
  value?: string;
  traced: Traced;
  /** The object as that file writes it, when the file holds it. */
  resource?: string;
  namespace?: string;
  /** What the value came through, when that is another file or line. */
  via?: { path: string; line?: number };
}

/** Source files read once per scan. */
export type SourceCache = Map<string, YamlSource | undefined>;

export interface TraceContext {
  build: Build;
  stream: RenderedStream;
  /** The wrapper's directory: origin paths are relative to it. */
  wrapper: string;
  sources: SourceCache;
  read: ReadContext;
}

function fileSource(path: string, context: TraceContext): YamlSource | undefined {
  if (context.sources.has(path)) return context.sources.get(path);
  const loaded = readYaml(path, context.read);
  const source = typeof loaded === 'string' ? undefined : { path, yaml: loaded };
  context.sources.set(path, source);
  return source;
}

interface Origin {
  path?: string;
  configuredIn?: string;
  configuredBy?: string;
}

/** kustomize's `config.kubernetes.io/origin` note: `path:`, or `configuredIn:`/`configuredBy:`. */
function originOf(object: RenderedObject, wrapper: string): Origin {
  const note = object.annotations['config.kubernetes.io/origin'];
  if (note === undefined) return {};
  const field = (name: string): string | undefined =>
    new RegExp(`^\\s*${name}:\\s*(.+?)\\s*$`, 'm').exec(note)?.[1];
  const origin: Origin = {};
  const path = field('path');
  if (path !== undefined && field('repo') === undefined) origin.path = resolve(wrapper, path);
  const configuredIn = field('configuredIn');
  if (configuredIn !== undefined) origin.configuredIn = resolve(wrapper, configuredIn);
  const kind = field('kind');
  if (kind !== undefined) origin.configuredBy = kind;
  return origin;
}

/** Numbers compare as numbers (`"08080"` is 8080 to kustomize's YAML, not a new port). */
function sameValue(a: string, b: string): boolean {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) === Number(b);
  return a === b;
}

// ---------------------------------------------------------------------------------------------
// Layers: the kustomizations an object passes through, innermost first.

interface Layer {
  kustomization: Kustomization;
  /** Its components' patches first (kustomize runs components before its own transformers). */
  patches: { patch: Patch; in: Kustomization }[];
  replacements: Replacement[];
}

function componentsOf(k: Kustomization, build: Build, skip: Set<Kustomization>): Kustomization[] {
  const out: Kustomization[] = [];
  for (const c of k.components) {
    const child = build.kustomizations.find((x) => x.dir === c.path);
    if (!child || skip.has(child)) continue;
    out.push(...componentsOf(child, build, skip), child);
  }
  return out;
}

function layersFor(owner: Kustomization | undefined, build: Build): Layer[] {
  const chain: Kustomization[] = [];
  for (let k = owner; k && chain.length < 64; k = build.includedBy.get(k)?.parent) chain.push(k);
  const inChain = new Set(chain);
  return chain.map((k) => {
    const parts = [...componentsOf(k, build, inChain), k];
    return {
      kustomization: k,
      patches: parts.flatMap((part) => part.patches.map((patch) => ({ patch, in: part }))),
      replacements: parts.flatMap((part) => part.replacements),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Selecting objects.

interface ObjectView {
  kind: string;
  apiVersion: string;
  /** Every name the object had on its way: as written, at each layer, rendered. */
  names: Set<string>;
  namespace?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

function nameMatches(pattern: string, names: Set<string>): boolean {
  if (names.has(pattern)) return true;
  try {
    const re = new RegExp(`^(?:${pattern})$`);
    return [...names].some((n) => re.test(n));
  } catch {
    return false;
  }
}

/** `a=b,c!=d,e` (equality-based selectors; set-based ones are taken as matching). */
function labelsMatch(selector: string, labels: Record<string, string>): boolean {
  return selector.split(',').every((term) => {
    const t = term.trim();
    const ne = /^([^!=\s]+)\s*!=\s*(.*)$/.exec(t);
    if (ne) return labels[ne[1] as string] !== ne[2];
    const eq = /^([^!=\s]+)\s*==?\s*(.*)$/.exec(t);
    if (eq) return labels[eq[1] as string] === eq[2];
    if (/^!/.test(t)) return !(t.slice(1) in labels);
    if (/^[\w./-]+$/.test(t)) return t in labels;
    return true;
  });
}

function selects(selector: Selector, view: ObjectView): boolean {
  const [group, version] = view.apiVersion.includes('/')
    ? view.apiVersion.split('/')
    : ['', view.apiVersion];
  if (selector.kind !== undefined && selector.kind !== view.kind) return false;
  if (selector.group !== undefined && selector.group !== group) return false;
  if (selector.version !== undefined && selector.version !== version) return false;
  if (selector.name !== undefined && !nameMatches(selector.name, view.names)) return false;
  if (
    selector.namespace !== undefined &&
    view.namespace !== undefined &&
    !nameMatches(selector.namespace, new Set([view.namespace]))
  )
    return false;
  if (selector.labelSelector !== undefined && !labelsMatch(selector.labelSelector, view.labels))
    return false;
  if (
    selector.annotationSelector !== undefined &&
    !labelsMatch(selector.annotationSelector, view.annotations)
  )
    return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Finding a path's value in a patch.

function scalarOf(source: YamlSource, node: YNode | undefined | null): SourceScalar | undefined {
  return node ? scalarIn(source, node) : undefined;
}

function strategicMergeValue(
  patch: Patch,
  view: ObjectView,
  path: readonly PathStep[],
): { scalar: SourceScalar; object: SourceObject } | undefined {
  for (const object of sourceObjects(patch.source.yaml)) {
    const own = object.identity;
    const applies = patch.target
      ? selects(patch.target, view)
      : own.kind === view.kind && view.names.has(own.name);
    if (!applies) continue;
    const scalar = scalarOf(patch.source, nodeAtPath(object.root, object.doc, path));
    if (scalar) return { scalar, object };
  }
  return undefined;
}

const unescapePointer = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The value a JSON 6902 patch writes at `path`: an operation whose path is the value's, or one of
 * its ancestors' (adding a whole port or container). A list index in the operation's path is the
 * item's position when the patch ran: its rendered position, or its position in the base.
 */
function json6902Value(
  patch: Patch,
  view: ObjectView,
  path: readonly PathStep[],
  basePositions: (depth: number) => number | undefined,
): SourceScalar | undefined {
  if (!patch.target || !selects(patch.target, view)) return undefined;
  const doc = patch.source.yaml.documents[0];
  if (!doc) return undefined;
  let found: SourceScalar | undefined;
  for (const op of items(doc.root, doc)) {
    const kind = scalarText(get(op, 'op', doc), patch.source.yaml);
    if (kind !== 'add' && kind !== 'replace') continue;
    const pointer = scalarText(get(op, 'path', doc), patch.source.yaml);
    const value = get(op, 'value', doc);
    if (pointer === undefined || !value) continue;
    const tokens = pointer.split('/').slice(1).map(unescapePointer);
    if (tokens.length > path.length) continue;
    let matches = true;
    for (let i = 0; i < tokens.length && matches; i++) {
      const token = tokens[i] as string;
      const step = path[i] as PathStep;
      if ('key' in step) matches = step.key === token;
      else if (token === '-' && i === tokens.length - 1) matches = true;
      else
        matches =
          /^\d+$/.test(token) &&
          (Number(token) === step.index || Number(token) === basePositions(i));
    }
    if (!matches) continue;
    // An appended item is the value itself: the rest of the path starts inside it.
    const rest = path.slice(tokens.length);
    const node = rest.length === 0 ? value : nodeAtPath(value, doc, rest, { byIndex: true });
    // Later operations win over earlier ones.
    found = scalarOf(patch.source, node) ?? found;
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Replacements.

type FieldStep = { key: string } | { index: number } | { match: [string, string] } | { any: true };

/** `spec.template.spec.containers.[name=web].ports.0.containerPort`. */
function fieldPathSteps(fieldPath: string): FieldStep[] {
  const steps: FieldStep[] = [];
  for (const part of fieldPath.match(/\[[^\]]*\]|[^.[\]]+/g) ?? []) {
    const selector = /^\[([^=]+)=(.*)\]$/.exec(part);
    if (selector) steps.push({ match: [selector[1] as string, selector[2] as string] });
    else if (part === '*' || part === '[*]' || part === '[]') steps.push({ any: true });
    else if (/^\d+$/.test(part)) steps.push({ index: Number(part) });
    else steps.push({ key: part.replace(/^\[|\]$/g, '') });
  }
  return steps;
}

/** Whether a replacement's target field path designates the rendered value's path. */
function fieldPathDesignates(fieldPath: string, path: readonly PathStep[]): boolean {
  const steps = fieldPathSteps(fieldPath);
  let i = 0;
  for (const step of steps) {
    const at = path[i];
    if (!at) return false;
    if ('any' in step) {
      i++;
      continue;
    }
    if ('key' in step) {
      if (!('key' in at) || at.key !== step.key) {
        // `containers.web` is not a thing, but a key step may address a list item by position.
        return false;
      }
    } else if ('index' in step) {
      if ('key' in at || at.index !== step.index) return false;
    } else if ('key' in at || at.ids[step.match[0]] !== step.match[1]) {
      return false;
    }
    i++;
  }
  return i === path.length;
}

/** The node a field path designates in a source object. */
function nodeAtFieldPath(root: YNode, doc: YamlDocument, fieldPath: string): YNode | undefined {
  let node: YNode | null = root;
  for (const step of fieldPathSteps(fieldPath)) {
    if (!node) return undefined;
    if ('key' in step) node = get(node, step.key, doc);
    else if ('index' in step) node = items(node, doc)[step.index] ?? null;
    else if ('match' in step) {
      const [k, v] = step.match;
      node =
        items(node, doc).find((item) => scalarText(get(item, k, doc), doc.cache.file) === v) ??
        null;
    } else return undefined;
  }
  return node ?? undefined;
}

// ---------------------------------------------------------------------------------------------

interface Located {
  object: RenderedObject;
  path: PathStep[];
}

export class Tracer {
  private readonly byObject = new Map<
    RenderedObject,
    { origin: Origin; source?: SourceObject; sourceFile?: YamlSource }
  >();

  constructor(private readonly context: TraceContext) {}

  private originInfo(object: RenderedObject): {
    origin: Origin;
    source?: SourceObject;
    sourceFile?: YamlSource;
  } {
    let info = this.byObject.get(object);
    if (info) return info;
    const origin = originOf(object, this.context.wrapper);
    info = { origin };
    if (origin.path) {
      const file = fileSource(origin.path, this.context);
      if (file) {
        info.sourceFile = file;
        const source = this.sourceObjectFor(object, file, origin.path);
        if (source) info.source = source;
      }
    }
    this.byObject.set(object, info);
    return info;
  }

  /** The object as its origin file writes it: same kind, the name the rendered one grew from. */
  private sourceObjectFor(
    object: RenderedObject,
    file: YamlSource,
    path: string,
  ): SourceObject | undefined {
    const { identity } = object;
    const candidates = sourceObjects(file.yaml).filter((o) => o.identity.kind === identity.kind);
    if (candidates.length <= 1) return candidates[0];
    const layers = layersFor(this.context.build.resourceOwner.get(path), this.context.build);
    let prefix = '';
    let suffix = '';
    for (const layer of layers) {
      prefix = (layer.kustomization.namePrefix ?? '') + prefix;
      suffix += layer.kustomization.nameSuffix ?? '';
    }
    return (
      candidates.find((o) => o.identity.name === identity.name) ??
      candidates.find((o) => prefix + o.identity.name + suffix === identity.name) ??
      candidates
        .filter((o) => identity.name.includes(o.identity.name))
        .sort((a, b) => b.identity.name.length - a.identity.name.length)[0]
    );
  }

  /** Traces the value written at `span` of the rendered stream (`value` as rendered). */
  trace(span: Span, value: string, field: string): Trace {
    const located = this.context.stream.locate(span);
    if (!located) return this.unknown();
    const info = this.originInfo(located.object);
    const { source, sourceFile, origin } = info;
    const owner = origin.path ? this.context.build.resourceOwner.get(origin.path) : undefined;
    const layers = layersFor(owner, this.context.build);
    const identityField = field === 'containerPort' || field === 'port';
    const view = this.viewOf(located.object, source, layers);

    let best: Trace | undefined;
    const asWritten = (o: SourceObject | undefined): string | undefined =>
      o ? `${o.identity.kind}/${o.identity.name}` : undefined;
    const consider = (candidate: Trace): void => {
      if (!sameValue(candidate.value ?? candidate.spec, value)) return;
      // A strategic merge patch that names a port by its number only finds it: the number stays
      // where it was first written.
      if (best && identityField && candidate.traced === 'patch' && best.traced !== 'file-only')
        return;
      best = candidate;
    };

    if (source && sourceFile) {
      const scalar = scalarOf(
        sourceFile,
        nodeAtPath(source.root, source.doc, located.path, { byIndex: true }),
      );
      if (scalar) consider(this.fromScalar(sourceFile.path, scalar, 'base', source));
    }
    const basePositions = (depth: number): number | undefined => {
      if (!source) return undefined;
      const list = nodeAtPath(source.root, source.doc, located.path.slice(0, depth));
      const item = nodeAtPath(source.root, source.doc, located.path.slice(0, depth + 1));
      if (!list || !item || !isSeqNode(list)) return undefined;
      const index = items(list, source.doc).indexOf(item);
      return index < 0 ? undefined : index;
    };
    for (const layer of layers) {
      for (const { patch } of layer.patches) {
        if (patch.type === 'strategic-merge') {
          const hit = strategicMergeValue(patch, view, located.path);
          if (hit) {
            const trace = this.fromScalar(patch.source.path, hit.scalar, 'patch', hit.object);
            this.viaBase(trace, sourceFile, source, located);
            consider(trace);
          }
        } else {
          const scalar = json6902Value(patch, view, located.path, basePositions);
          if (scalar) {
            const trace = this.fromScalar(patch.source.path, scalar, 'patch', undefined);
            this.viaBase(trace, sourceFile, source, located);
            consider(trace);
          }
        }
      }
      for (const replacement of layer.replacements) {
        const hit = this.replacementValue(replacement, view, located.path);
        if (hit) consider(hit);
      }
    }
    if (best) {
      if (!best.resource) {
        const written = asWritten(source);
        if (written && best.path === sourceFile?.path) best.resource = written;
      }
      return best;
    }
    return this.fileOnly(info);
  }

  private viewOf(
    object: RenderedObject,
    source: SourceObject | undefined,
    layers: Layer[],
  ): ObjectView {
    const names = new Set([object.identity.name]);
    if (source) {
      let name = source.identity.name;
      names.add(name);
      for (const layer of layers) {
        name =
          (layer.kustomization.namePrefix ?? '') + name + (layer.kustomization.nameSuffix ?? '');
        names.add(name);
      }
    }
    const view: ObjectView = {
      kind: object.identity.kind,
      apiVersion: object.identity.apiVersion,
      names,
      labels: object.labels,
      annotations: object.annotations,
    };
    if (object.identity.namespace !== undefined) view.namespace = object.identity.namespace;
    return view;
  }

  private fromScalar(
    path: string,
    scalar: SourceScalar,
    traced: Traced,
    object: SourceObject | undefined,
  ): Trace {
    const trace: Trace = { path, span: scalar.span, spec: scalar.spec, traced };
    if (scalar.digits) trace.digits = scalar.digits;
    if (object) {
      trace.resource = `${object.identity.kind}/${object.identity.name}`;
      if (object.identity.namespace !== undefined) trace.namespace = object.identity.namespace;
    }
    return trace;
  }

  /** A patched value came through the base object it patches: the base's line for it. */
  private viaBase(
    trace: Trace,
    file: YamlSource | undefined,
    source: SourceObject | undefined,
    located: Located,
  ): void {
    if (!file || !source) return;
    const item = nodeAtPath(source.root, source.doc, located.path.slice(0, -1));
    const node =
      item ?? get(get(source.root, 'metadata', source.doc), 'name', source.doc) ?? source.root;
    trace.via = { path: file.path, line: spanIn(file, file.yaml.spanOf(node)).line };
  }

  private replacementValue(
    replacement: Replacement,
    view: ObjectView,
    path: readonly PathStep[],
  ): Trace | undefined {
    const designated = replacement.targets.some(
      (t) =>
        selects(t.select, view) &&
        !t.reject.some((r) => Object.keys(r).length > 0 && selects(r, view)) &&
        t.fieldPaths.some((p) => fieldPathDesignates(p, path)),
    );
    if (!designated) return undefined;
    const via = { path: replacement.declaredIn, line: replacement.line };
    const wanted = replacement.source;
    for (const object of this.context.stream.objects) {
      if (wanted.kind !== undefined && object.identity.kind !== wanted.kind) continue;
      const info = this.originInfo(object);
      // A generated ConfigMap: the port is a literal of its generator.
      if (info.origin.configuredBy === 'ConfigMapGenerator' && info.origin.configuredIn) {
        const trace = this.literalValue(info.origin.configuredIn, wanted);
        if (trace) return { ...trace, via };
        continue;
      }
      const source = info.source;
      const file = info.sourceFile;
      if (!source || !file) continue;
      if (
        wanted.name !== undefined &&
        source.identity.name !== wanted.name &&
        object.identity.name !== wanted.name
      )
        continue;
      const scalar = scalarOf(file, nodeAtFieldPath(source.root, source.doc, wanted.fieldPath));
      if (scalar) return { ...this.fromScalar(file.path, scalar, 'base', undefined), via };
    }
    return undefined;
  }

  private literalValue(
    kustomizationFile: string,
    wanted: Replacement['source'],
  ): Trace | undefined {
    const k = this.context.build.kustomizations.find((x) => x.file === kustomizationFile);
    const key = /^data\.(.+)$/.exec(wanted.fieldPath)?.[1];
    if (!k || key === undefined) return undefined;
    const literal = k.literals.find(
      (l) => l.key === key && (wanted.name === undefined || l.configMap === wanted.name),
    );
    if (!literal) return undefined;
    const text = scalarText(literal.node, k.yaml) ?? '';
    const value = text.slice(text.indexOf('=') + 1);
    // The claim's text is the whole literal; its digits are the value after `KEY=`.
    const trace: Trace = {
      path: k.file,
      span: k.yaml.spanOf(literal.node),
      spec: text,
      value,
      traced: 'base',
    };
    if (k.yaml.literalValueOffset(literal.node) !== undefined && /^\d+$/.test(value)) {
      trace.digits = { start: text.indexOf('=') + 1, end: text.length };
    }
    return trace;
  }

  /** The origin file is known, the line is not: the object's name in it, or its first line. */
  private fileOnly(info: {
    origin: Origin;
    source?: SourceObject;
    sourceFile?: YamlSource;
  }): Trace {
    const path = info.origin.path ?? info.origin.configuredIn;
    if (!path) return this.unknown();
    let span: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (info.source && info.sourceFile) {
      const name = get(get(info.source.root, 'metadata', info.source.doc), 'name', info.source.doc);
      span = spanIn(info.sourceFile, info.sourceFile.yaml.spanOf(name ?? info.source.root));
    }
    const trace: Trace = { path, span, spec: '', traced: 'file-only', via: { path } };
    if (info.source) trace.resource = `${info.source.identity.kind}/${info.source.identity.name}`;
    return trace;
  }

  private unknown(): Trace {
    const top = this.context.build.top;
    return {
      path: top.file,
      span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      spec: '',
      traced: 'file-only',
      via: { path: top.file },
    };
  }
}
