// A renderer's output (kustomize build, helm template): a multi-document stream of objects. Its
// port claims come from the one Kubernetes parser; what rendering adds is where each claim sits
// inside its object (a path of keys and list items named by their identity), so that a tracer
// can look the same port up in a source file, whose object may be a partial one (a patch).
import { locateDigits } from '../../parse/digits.js';
import { isKubernetesObject, parseKubernetes } from '../../parse/kubernetes.js';
import type { ParsedFile } from '../../parse/result.js';
import type { YNode, YamlDocument, YamlFile } from '../../parse/yaml.js';
import {
  entries,
  get,
  isMapNode,
  isScalarNode,
  isSeqNode,
  items,
  parseYamlFile,
  scalarText,
} from '../../parse/yaml.js';
import type { DigitsAt, Span } from '../../types.js';

/** Who an object is: as `kubectl` names it. */
export interface ObjectIdentity {
  apiVersion: string;
  kind: string;
  name: string;
  namespace?: string;
}

export interface RenderedObject {
  identity: ObjectIdentity;
  /** `metadata.annotations` whose values are scalars (a renderer's origin notes among them). */
  annotations: Record<string, string>;
  labels: Record<string, string>;
}

/**
 * One step from an object's root to a value: a mapping key, or a list item with its position and
 * the scalars that name it (`name`, `containerPort`, `port`, `protocol`), which outlive a patch
 * that reorders or extends the list.
 */
export type PathStep = { key: string } | { index: number; ids: Record<string, string> };

export interface PortLocation {
  object: RenderedObject;
  path: PathStep[];
}

export interface RenderedStream {
  /** Every object: those that may claim a port first, in order, then the others. */
  readonly objects: RenderedObject[];
  /**
   * The documents that may claim a port, read as one Kubernetes file named `label`: claims,
   * problems, named ports. Their spans are in that text, for `locate`.
   */
  parsed: ParsedFile;
  /** The object and path of the value at `span` (a claim's or a problem's), when it is in one. */
  locate(span: Span): PortLocation | undefined;
}

/** The item scalars that identify a list item, as strategic merge and people name them. */
const ID_KEYS = ['name', 'containerPort', 'port', 'protocol'];

/**
 * Whether a rendered document may hold a port claim: one with no `ports:` or `listeners:` key
 * cannot, nor can a CustomResourceDefinition (its schema names `ports` without deploying any).
 * Large renders are mostly such documents (CRDs of hundreds of kilobytes): not parsing them for
 * claims is most of the saving.
 */
function mayClaim(doc: string): boolean {
  return (
    (doc.includes('ports:') || doc.includes('listeners:')) &&
    !/^kind:[ \t]*["']?CustomResourceDefinition["']?[ \t]*$/m.test(doc)
  );
}

export function readRendered(text: string, label: string): RenderedStream {
  // Documents start at a `---` line (kustomize and helm write nothing else at column 0 there).
  const docs = text.split(/^---(?=[ \t]*(?:#.*)?$)[^\n]*\n?/m);
  const claiming = docs.filter(mayClaim);
  const others = docs.filter((d) => !mayClaim(d) && d.trim() !== '');
  const kept = claiming.join('---\n');
  const yaml = parseYamlFile(kept);
  const parsed = parseKubernetes(label, yaml);
  const roots: { start: number; root: YNode; doc: YamlDocument; object: RenderedObject }[] = [];
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0) continue;
    for (const root of objectRoots(doc.root, doc, 0)) {
      roots.push({ start: startOf(root), root, doc, object: renderedObject(root, doc, yaml) });
    }
  }
  roots.sort((a, b) => a.start - b.start);
  const lineStarts = [0];
  for (let i = kept.indexOf('\n'); i >= 0; i = kept.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let objects: RenderedObject[] | undefined;
  return {
    // The other objects are read only when asked for (a replacement's source, a ConfigMap).
    get objects() {
      objects ??= [
        ...roots.map((r) => r.object),
        ...others.flatMap((d) => {
          const other = parseYamlFile(d);
          return other.documents.flatMap((doc) =>
            doc.errors.length > 0
              ? []
              : objectRoots(doc.root, doc, 0).map((root) => renderedObject(root, doc, other)),
          );
        }),
      ];
      return objects;
    },
    parsed,
    locate(span) {
      const offset = (lineStarts[span.line - 1] ?? Infinity) + span.column - 1;
      // The last object that starts at or before the offset.
      let low = 0;
      let high = roots.length - 1;
      let at: (typeof roots)[number] | undefined;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const r = roots[mid] as (typeof roots)[number];
        if (r.start <= offset) {
          at = r;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (!at) return undefined;
      const path = pathTo(at.root, at.doc, offset);
      return path ? { object: at.object, path } : undefined;
    },
  };
}

/** An object's root, or each item of a `kind: List`. */
function objectRoots(root: YNode | null, doc: YamlDocument, depth: number): YNode[] {
  if (!root || !isKubernetesObject(root, doc)) return [];
  const kind = scalarText(get(root, 'kind', doc), doc.cache.file) ?? '';
  const list = get(root, 'items', doc);
  if (/List$/.test(kind) && isSeqNode(list) && depth < 8) {
    return items(list, doc).flatMap((item) => objectRoots(item, doc, depth + 1));
  }
  return [root];
}

function stringMap(node: YNode | null, doc: YamlDocument): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { key, value } of entries(node, doc)) {
    const text = scalarText(value, doc.cache.file);
    if (text !== undefined) out[key] = text;
  }
  return out;
}

function renderedObject(root: YNode, doc: YamlDocument, yaml: YamlFile): RenderedObject {
  const metadata = get(root, 'metadata', doc);
  const identity: ObjectIdentity = {
    apiVersion: scalarText(get(root, 'apiVersion', doc), yaml) ?? '',
    kind: scalarText(get(root, 'kind', doc), yaml) ?? '',
    name:
      scalarText(get(metadata, 'name', doc), yaml) ??
      scalarText(get(metadata, 'generateName', doc), yaml) ??
      '',
  };
  const namespace = scalarText(get(metadata, 'namespace', doc), yaml);
  if (namespace) identity.namespace = namespace;
  return {
    identity,
    annotations: stringMap(get(metadata, 'annotations', doc), doc),
    labels: stringMap(get(metadata, 'labels', doc), doc),
  };
}

function startOf(node: YNode): number {
  return node.range?.[0] ?? 0;
}

/**
 * The path from `root` to the scalar that starts at `offset`: at each level, the last entry or
 * item that starts at or before it (both are in document order).
 */
function pathTo(root: YNode, doc: YamlDocument, offset: number): PathStep[] | undefined {
  const path: PathStep[] = [];
  let node: YNode | null = root;
  for (let depth = 0; node && depth < 200; depth++) {
    if (startOf(node) === offset && isScalarNode(node)) return path;
    if (isMapNode(node)) {
      let next: { key: string; value: YNode | null } | undefined;
      for (const e of entries(node, doc)) {
        if (startOf(e.keyNode) > offset) break;
        next = e;
      }
      if (!next) return undefined;
      path.push({ key: next.key });
      node = next.value;
    } else if (isSeqNode(node)) {
      const list = items(node, doc);
      let index = -1;
      for (let i = 0; i < list.length && startOf(list[i] as YNode) <= offset; i++) index = i;
      if (index < 0) return undefined;
      const item = list[index] as YNode;
      path.push({ index, ids: itemIds(item, doc) });
      node = item;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function itemIds(item: YNode, doc: YamlDocument): Record<string, string> {
  const ids: Record<string, string> = {};
  if (!isMapNode(item)) return ids;
  for (const key of ID_KEYS) {
    const text = scalarText(get(item, key, doc), doc.cache.file);
    if (text !== undefined) ids[key] = text;
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Looking a rendered port up in a source file.

/** An object as a source file writes it (whole in a base, partial in a patch). */
export interface SourceObject {
  yaml: YamlFile;
  doc: YamlDocument;
  root: YNode;
  identity: ObjectIdentity;
}

/** Every object of a source file, `kind: List` items included. */
export function sourceObjects(yaml: YamlFile): SourceObject[] {
  const out: SourceObject[] = [];
  for (const doc of yaml.documents) {
    if (doc.errors.length > 0) continue;
    for (const root of objectRoots(doc.root, doc, 0)) {
      out.push({ yaml, doc, root, identity: renderedObject(root, doc, yaml).identity });
    }
  }
  return out;
}

/**
 * How list items are told apart, per list key, in order of trust: strategic merge's keys first
 * (a container's name, a port's number and protocol), then a port's name.
 */
const ITEM_KEYS: Record<string, string[][]> = {
  containers: [['name']],
  initContainers: [['name']],
  ephemeralContainers: [['name']],
  ports: [['containerPort', 'protocol'], ['port', 'protocol'], ['name']],
  listeners: [['name'], ['port']],
};
const DEFAULT_ITEM_KEYS = [['name']];

const idValue = (ids: Record<string, string>, key: string): string | undefined =>
  key === 'protocol' ? (ids.protocol ?? 'TCP').toUpperCase() : ids[key];

export interface LookupOptions {
  /**
   * Whether a list item that no identifying scalar matches may be taken at the same position.
   * Only for a caller that checks the value found against the rendered one.
   */
  byIndex?: boolean;
}

/** A scalar found in a source file, with what a claim needs to point at it and fix it. */
export interface SourceScalar {
  node: YNode;
  span: Span;
  /** The scalar's text (the source's, not the rendered stream's). */
  spec: string;
  digits?: DigitsAt;
}

/** The node at `path` inside `from` (an object's root or any node of it). */
export function nodeAtPath(
  from: YNode,
  doc: YamlDocument,
  path: readonly PathStep[],
  options: LookupOptions = {},
): YNode | undefined {
  let node: YNode | null = from;
  let listKey = '';
  for (const step of path) {
    if (!node) return undefined;
    if ('key' in step) {
      if (!isMapNode(node)) return undefined;
      node = get(node, step.key, doc);
      listKey = step.key;
      continue;
    }
    if (!isSeqNode(node)) return undefined;
    node = matchItem(items(node, doc), doc, step, ITEM_KEYS[listKey] ?? DEFAULT_ITEM_KEYS, options);
  }
  return node ?? undefined;
}

function matchItem(
  list: YNode[],
  doc: YamlDocument,
  step: { index: number; ids: Record<string, string> },
  keySets: string[][],
  options: LookupOptions,
): YNode | null {
  for (const keys of keySets) {
    if (!keys.every((k) => k === 'protocol' || step.ids[k] !== undefined)) continue;
    const found = list.find((item) => {
      const ids = itemIds(item, doc);
      return keys.every(
        (k) => idValue(ids, k) !== undefined && idValue(ids, k) === idValue(step.ids, k),
      );
    });
    if (found) return found;
  }
  return options.byIndex ? (list[step.index] ?? null) : null;
}

/** The scalar at `path` in a source object, with its exact span, text and digits. */
export function scalarAtPath(
  object: SourceObject,
  path: readonly PathStep[],
  options: LookupOptions = {},
): SourceScalar | undefined {
  const node = nodeAtPath(object.root, object.doc, path, options);
  return node ? sourceScalar(object.yaml, node) : undefined;
}

/** What a claim needs of a scalar written in a source file. */
export function sourceScalar(yaml: YamlFile, node: YNode): SourceScalar | undefined {
  const spec = scalarText(node, yaml);
  if (spec === undefined || !isScalarNode(node)) return undefined;
  const found: SourceScalar = { node, span: yaml.spanOf(node), spec };
  const digits = /^\d+$/.test(spec) ? locateDigits(yaml, node, spec, 0, spec.length) : undefined;
  if (digits) found.digits = digits;
  return found;
}
