// Kubernetes manifests: container ports of every pod spec (found by shape, whatever the kind),
// Service ports, and Gateway API listeners.
import type { ClaimField, ClaimProtocol, Problem, RawClaim } from '../types.js';
import { locateDigits } from './digits.js';
import type { NamedContainerPort, ParsedFile } from './result.js';
import { emptyResult } from './result.js';
import type { YNode, YamlDocument, YamlFile } from './yaml.js';
import { entries, get, isMapNode, isSeqNode, items, scalarText, scalarValue } from './yaml.js';

interface ObjectContext {
  yaml: YamlFile;
  doc: YamlDocument;
  file: string;
  resource: string;
  namespace?: string;
  out: ParsedFile;
}

/** True when a YAML document's root is a Kubernetes object (or a List of them). */
export function isKubernetesObject(root: YNode | null, doc: YamlDocument): boolean {
  return (
    typeof scalarValue(get(root, 'apiVersion', doc)) === 'string' &&
    typeof scalarValue(get(root, 'kind', doc)) === 'string'
  );
}

export function parseKubernetes(file: string, yaml: YamlFile): ParsedFile {
  const out = emptyResult(file, 'kubernetes');
  for (const doc of yaml.documents) {
    // What the parser recovered from a broken document is a guess: report the error, claim nothing.
    if (doc.errors.length > 0 || !isKubernetesObject(doc.root, doc)) continue;
    visitObject(doc.root, doc, yaml, file, out, 0);
  }
  return out;
}

function visitObject(
  root: YNode | null,
  doc: YamlDocument,
  yaml: YamlFile,
  file: string,
  out: ParsedFile,
  depth: number,
): void {
  const kind = String(scalarValue(get(root, 'kind', doc)) ?? '');
  const apiVersion = String(scalarValue(get(root, 'apiVersion', doc)) ?? '');
  const itemsNode = get(root, 'items', doc);
  if (/List$/.test(kind) && isSeqNode(itemsNode)) {
    if (depth > 8) return;
    for (const item of items(itemsNode, doc)) {
      if (isKubernetesObject(item, doc)) visitObject(item, doc, yaml, file, out, depth + 1);
    }
    return;
  }
  const metadata = get(root, 'metadata', doc);
  const name =
    scalarValue(get(metadata, 'name', doc)) ?? scalarValue(get(metadata, 'generateName', doc));
  const namespace = scalarValue(get(metadata, 'namespace', doc));
  const ctx: ObjectContext = {
    yaml,
    doc,
    file,
    resource: `${kind}/${name === undefined || name === null ? '' : String(name)}`,
    out,
  };
  if (typeof namespace === 'string') ctx.namespace = namespace;

  if (kind === 'Service' && apiVersion === 'v1') serviceClaims(ctx, get(root, 'spec', doc));
  if (kind === 'Gateway' && apiVersion.startsWith('gateway.networking.k8s.io/')) {
    gatewayClaims(ctx, get(root, 'spec', doc));
  }
  const podLabels = labelsOf(get(metadata, 'labels', doc), doc);
  findPodSpecs(ctx, root, podLabels, new Set());
}

function labelsOf(node: YNode | null, doc: YamlDocument): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const { key, value } of entries(node, doc)) {
    const v = scalarValue(value);
    if (v !== undefined && v !== null) labels[key] = String(v);
  }
  return labels;
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];

/**
 * Walks an object for pod specs: mappings with a `containers` list. A pod template's labels sit
 * beside its spec, under `metadata`; `visited` keeps aliases from making the walk exponential.
 */
function findPodSpecs(
  ctx: ObjectContext,
  node: YNode | null,
  labels: Record<string, string>,
  visited: Set<YNode>,
): void {
  if (!node || visited.has(node)) return;
  visited.add(node);
  const { doc } = ctx;
  if (isSeqNode(node)) {
    for (const item of items(node, doc)) findPodSpecs(ctx, item, labels, visited);
    return;
  }
  if (!isMapNode(node)) return;
  const fields = entries(node, doc);
  if (fields.some((f) => f.key === 'containers' && isSeqNode(f.value))) {
    const hostNetwork = scalarValue(get(node, 'hostNetwork', doc)) === true;
    for (const f of fields) {
      if (!CONTAINER_LISTS.includes(f.key)) continue;
      for (const container of items(f.value, doc))
        containerClaims(ctx, container, labels, hostNetwork);
    }
  }
  const templateLabels =
    get(node, 'metadata', doc) && get(node, 'spec', doc)
      ? labelsOf(get(get(node, 'metadata', doc), 'labels', doc), doc)
      : undefined;
  for (const f of fields) {
    if (CONTAINER_LISTS.includes(f.key) || f.key === 'metadata') continue;
    const childLabels = f.key === 'spec' && templateLabels ? templateLabels : labels;
    findPodSpecs(ctx, f.value, childLabels, visited);
  }
}

function problem(
  ctx: ObjectContext,
  node: YNode,
  code: Problem['code'],
  message: string,
  field: ClaimField,
  spec?: string,
): void {
  const p: Problem = {
    code,
    file: ctx.file,
    span: ctx.yaml.spanOf(node),
    message,
    manifest: 'kubernetes',
    resource: ctx.resource,
    field,
  };
  if (spec !== undefined) p.spec = spec;
  ctx.out.problems.push(p);
}

function protocolOf(
  ctx: ObjectContext,
  node: YNode | null,
  field: ClaimField,
): ClaimProtocol | undefined {
  if (!node) return 'tcp';
  const text = scalarText(node, ctx.yaml) ?? '';
  const protocol = text.toLowerCase();
  if (protocol === 'tcp' || protocol === 'udp' || protocol === 'sctp') return protocol;
  problem(
    ctx,
    node,
    'invalid-port',
    `${ctx.resource}: protocol "${text}" is not TCP, UDP or SCTP`,
    field,
    text,
  );
  return undefined;
}

/** An integer port written in the manifest; reports anything else. `min` is 1 where Kubernetes requires it. */
function portValue(
  ctx: ObjectContext,
  node: YNode,
  field: ClaimField,
  min: number,
): number | undefined {
  const value = scalarValue(node);
  const text = scalarText(node, ctx.yaml) ?? '';
  const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > 65535) {
    problem(
      ctx,
      node,
      'invalid-port',
      `${ctx.resource}: ${field} "${text}" is not a port number (${min}-65535)`,
      field,
      text,
    );
    return undefined;
  }
  return n;
}

function claim(
  ctx: ObjectContext,
  node: YNode,
  field: ClaimField,
  port: number,
  protocol: ClaimProtocol,
  extra: Partial<RawClaim> = {},
): void {
  const spec = scalarText(node, ctx.yaml) ?? String(port);
  const c: RawClaim = {
    file: ctx.file,
    span: ctx.yaml.spanOf(node),
    manifest: 'kubernetes',
    resource: ctx.resource,
    field,
    port,
    protocol,
    spec,
    ...extra,
  };
  const digits = locateDigits(ctx.yaml, node, spec, 0, spec.length);
  if (digits && /^\d+$/.test(spec)) c.digits = digits;
  ctx.out.claims.push(c);
}

function containerClaims(
  ctx: ObjectContext,
  container: YNode,
  labels: Record<string, string>,
  hostNetwork: boolean,
): void {
  const { doc } = ctx;
  const containerName = scalarText(get(container, 'name', doc), ctx.yaml);
  for (const portNode of items(get(container, 'ports', doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, 'protocol', doc), 'containerPort');
    if (!protocol) continue;
    const extra: Partial<RawClaim> = {};
    if (containerName !== undefined) extra.container = containerName;
    if (hostNetwork) extra.hostNetwork = true;
    const containerPortNode = get(portNode, 'containerPort', doc);
    let containerPort: number | undefined;
    if (containerPortNode) {
      containerPort = portValue(ctx, containerPortNode, 'containerPort', 1);
      if (containerPort !== undefined)
        claim(ctx, containerPortNode, 'containerPort', containerPort, protocol, extra);
    }
    const hostPortNode = get(portNode, 'hostPort', doc);
    if (hostPortNode && scalarValue(hostPortNode) !== 0) {
      const hostPort = portValue(ctx, hostPortNode, 'hostPort', 1);
      if (hostPort !== undefined) claim(ctx, hostPortNode, 'hostPort', hostPort, protocol, extra);
    }
    const portName = scalarText(get(portNode, 'name', doc), ctx.yaml);
    if (portName !== undefined && containerPort !== undefined) {
      const named: NamedContainerPort = { name: portName, port: containerPort, protocol, labels };
      if (ctx.namespace !== undefined) named.namespace = ctx.namespace;
      (ctx.out.namedPorts ??= []).push(named);
    }
  }
}

function serviceClaims(ctx: ObjectContext, spec: YNode | null): void {
  const { doc } = ctx;
  if (scalarValue(get(spec, 'type', doc)) === 'ExternalName') return;
  const selectorNode = get(spec, 'selector', doc);
  const selector = selectorNode ? labelsOf(selectorNode, doc) : undefined;
  for (const portNode of items(get(spec, 'ports', doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, 'protocol', doc), 'port');
    if (!protocol) continue;
    const portField = get(portNode, 'port', doc);
    if (portField) {
      const port = portValue(ctx, portField, 'port', 1);
      if (port !== undefined) claim(ctx, portField, 'port', port, protocol);
    }
    const target = get(portNode, 'targetPort', doc);
    if (target) {
      const text = scalarText(target, ctx.yaml) ?? '';
      if (typeof scalarValue(target) === 'number' || /^\d+$/.test(text)) {
        const port = portValue(ctx, target, 'targetPort', 1);
        if (port !== undefined) claim(ctx, target, 'targetPort', port, protocol);
      } else {
        const named = {
          file: ctx.file,
          span: ctx.yaml.spanOf(target),
          resource: ctx.resource,
          name: text,
          protocol,
          spec: text,
        } as const;
        (ctx.out.namedTargets ??= []).push({
          ...named,
          ...(ctx.namespace !== undefined ? { namespace: ctx.namespace } : {}),
          ...(selector ? { selector } : {}),
        });
      }
    }
    const nodePort = get(portNode, 'nodePort', doc);
    // nodePort 0 (or none) lets the cluster pick one: no claim.
    if (nodePort && scalarValue(nodePort) !== 0) {
      const port = portValue(ctx, nodePort, 'nodePort', 1);
      if (port !== undefined) claim(ctx, nodePort, 'nodePort', port, protocol);
    }
  }
}

const LISTENER_PROTOCOLS: Record<string, ClaimProtocol> = {
  HTTP: 'tcp',
  HTTPS: 'tcp',
  TLS: 'tcp',
  TCP: 'tcp',
  UDP: 'udp',
};

function gatewayClaims(ctx: ObjectContext, spec: YNode | null): void {
  const { doc } = ctx;
  for (const listener of items(get(spec, 'listeners', doc), doc)) {
    const portNode = get(listener, 'port', doc);
    if (!portNode) continue;
    const kind = String(scalarValue(get(listener, 'protocol', doc)) ?? '').toUpperCase();
    const protocol = LISTENER_PROTOCOLS[kind] ?? 'tcp';
    const port = portValue(ctx, portNode, 'listener', 1);
    if (port !== undefined) claim(ctx, portNode, 'listener', port, protocol);
  }
}
