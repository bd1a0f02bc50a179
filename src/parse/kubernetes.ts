// Kubernetes manifests: container ports of every pod spec (found by shape, whatever the kind),
// Service ports, and Gateway API listeners.
import type { ClaimField, ClaimProtocol, Problem, RawClaim, Span } from '../types.js';
import { locateDigits } from './digits.js';
import type { ControllerLabel, NamedContainerPort, NamedTargetPort, ParsedFile } from './result.js';
import { emptyResult } from './result.js';
import type { YNode, YamlDocument, YamlFile } from './yaml.js';
import {
  entries,
  get,
  isMapNode,
  isScalarNode,
  isSeqNode,
  items,
  scalarText,
  scalarValue,
} from './yaml.js';

interface ObjectContext {
  yaml: YamlFile;
  doc: YamlDocument;
  file: string;
  resource: string;
  namespace?: string;
  /** The labels the object's controller adds to the pods it makes. */
  controllerLabels?: Record<string, ControllerLabel>;
  out: ParsedFile;
}

/** True when a YAML document's root is a Kubernetes object (or a List of them). */
export function isKubernetesObject(root: YNode | null, doc: YamlDocument): boolean {
  return (
    typeof scalarValue(get(root, 'apiVersion', doc)) === 'string' &&
    typeof scalarValue(get(root, 'kind', doc)) === 'string'
  );
}

/**
 * Where `{{ }}` template syntax turned into YAML structure: an unquoted `{{ .Values.port }}`
 * parses as a flow mapping holding a flow mapping, which no plain manifest means to write.
 */
export function templateStructure(yaml: YamlFile): Span | undefined {
  if (!yaml.text.includes('{{')) return undefined;
  const visited = new Set<YNode>();
  const walk = (node: YNode | null, doc: YamlDocument, depth: number): Span | undefined => {
    if (!node || visited.has(node) || depth > 200) return undefined;
    visited.add(node);
    if (isScalarNode(node)) return undefined;
    if (yaml.sourceOf(node).startsWith('{{')) return yaml.spanOf(node);
    const children = isSeqNode(node) ? items(node, doc) : entries(node, doc).map((e) => e.value);
    for (const child of children) {
      const found = walk(child, doc, depth + 1);
      if (found) return found;
    }
    return undefined;
  };
  for (const doc of yaml.documents) {
    const found = walk(doc.root, doc, 0);
    if (found) return found;
  }
  return undefined;
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
  // `kind: List` (and the typed lists, ServiceList, ...) as `kubectl get -o yaml` writes them.
  if (/List$/.test(kind) && isSeqNode(itemsNode)) {
    if (depth > 8) return;
    for (const item of items(itemsNode, doc)) {
      if (isKubernetesObject(item, doc)) visitObject(item, doc, yaml, file, out, depth + 1);
    }
    return;
  }
  const metadata = get(root, 'metadata', doc);
  const name =
    scalarText(get(metadata, 'name', doc), yaml) ??
    scalarText(get(metadata, 'generateName', doc), yaml) ??
    '';
  const namespace = scalarText(get(metadata, 'namespace', doc), yaml);
  const ctx: ObjectContext = { yaml, doc, file, resource: `${kind}/${name}`, out };
  if (namespace !== undefined && namespace !== '') ctx.namespace = namespace;
  const generated = controllerLabels(kind, apiVersion, root, doc, yaml);
  if (generated) ctx.controllerLabels = generated;

  if (kind === 'Service' && apiVersion === 'v1') serviceClaims(ctx, get(root, 'spec', doc));
  if (LISTENER_KINDS.has(kind) && /^gateway\.networking\.(x-)?k8s\.io\//.test(apiVersion)) {
    gatewayClaims(ctx, get(root, 'spec', doc));
  }
  findPodSpecs(ctx, root, labelsOf(get(metadata, 'labels', doc), doc), new Set(), 0);
}

const ANY: ControllerLabel = { any: true };

/** A non-negative integer as written, else undefined. */
function count(node: YNode | null): number | undefined {
  const value = scalarValue(node);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * The labels a workload's controller puts on every pod it makes, beyond its template's, which a
 * Service may select (a StatefulSet's `statefulset.kubernetes.io/pod-name` to reach one replica).
 * A StatefulSet without `replicas` may have any number of them (an autoscaler sets it).
 */
function controllerLabels(
  kind: string,
  apiVersion: string,
  root: YNode | null,
  doc: YamlDocument,
  yaml: YamlFile,
): Record<string, ControllerLabel> | undefined {
  const metadata = get(root, 'metadata', doc);
  const spec = get(root, 'spec', doc);
  const name = scalarText(get(metadata, 'name', doc), yaml);
  const generateName = scalarText(get(metadata, 'generateName', doc), yaml);
  const jobName: ControllerLabel | undefined =
    name !== undefined && name !== ''
      ? kind === 'CronJob'
        ? { prefix: `${name}-` }
        : { exact: name }
      : generateName !== undefined && generateName !== ''
        ? { prefix: generateName }
        : undefined;
  switch (apiVersion.startsWith('argoproj.io/') ? `argo ${kind}` : kind) {
    case 'Deployment':
      return { 'pod-template-hash': ANY };
    case 'argo Rollout':
      return { 'rollouts-pod-template-hash': ANY };
    case 'DaemonSet':
      return { 'controller-revision-hash': ANY, 'pod-template-generation': ANY };
    case 'StatefulSet': {
      const from = count(get(get(spec, 'ordinals', doc), 'start', doc)) ?? 0;
      const replicas = count(get(spec, 'replicas', doc));
      const ordinals = replicas === undefined ? { from } : { from, to: from + replicas };
      const labels: Record<string, ControllerLabel> = {
        'apps.kubernetes.io/pod-index': { prefix: '', ordinals },
        'controller-revision-hash': ANY,
      };
      if (name) labels['statefulset.kubernetes.io/pod-name'] = { prefix: `${name}-`, ordinals };
      return labels;
    }
    case 'Job':
    case 'CronJob': {
      const labels: Record<string, ControllerLabel> = {
        'controller-uid': ANY,
        'batch.kubernetes.io/controller-uid': ANY,
        'batch.kubernetes.io/job-completion-index': ANY,
      };
      if (jobName) {
        labels['job-name'] = jobName;
        labels['batch.kubernetes.io/job-name'] = jobName;
      }
      return labels;
    }
    default:
      return undefined;
  }
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
 * Walks an object for pod specs: mappings with a `containers` list, wherever they sit
 * (`spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`, `template.spec` of a
 * PodTemplate, or a custom resource's own path). The pods' labels are those of the nearest
 * mapping that holds a `spec` beside its `metadata`; `visited` keeps aliases from making the walk
 * exponential.
 */
function findPodSpecs(
  ctx: ObjectContext,
  node: YNode | null,
  labels: Record<string, string>,
  visited: Set<YNode>,
  depth: number,
): void {
  if (!node || visited.has(node) || depth > 64) return;
  visited.add(node);
  const { doc } = ctx;
  if (isSeqNode(node)) {
    for (const item of items(node, doc)) findPodSpecs(ctx, item, labels, visited, depth + 1);
    return;
  }
  if (!isMapNode(node)) return;
  const fields = entries(node, doc);
  const isPodSpec = fields.some((f) => f.key === 'containers' && isSeqNode(f.value));
  if (isPodSpec) {
    const hostNetwork = scalarValue(get(node, 'hostNetwork', doc)) === true;
    for (const f of fields) {
      if (!CONTAINER_LISTS.includes(f.key)) continue;
      for (const container of items(f.value, doc)) {
        containerClaims(ctx, container, f.key, labels, hostNetwork);
      }
    }
  }
  const spec = get(node, 'spec', doc);
  const specLabels = isMapNode(spec)
    ? labelsOf(get(get(node, 'metadata', doc), 'labels', doc), doc)
    : labels;
  for (const f of fields) {
    if ((isPodSpec && CONTAINER_LISTS.includes(f.key)) || f.key === 'metadata') continue;
    if (f.key === 'status') continue;
    findPodSpecs(ctx, f.value, f.key === 'spec' ? specLabels : labels, visited, depth + 1);
  }
}

function problem(
  ctx: ObjectContext,
  node: YNode,
  code: Problem['code'],
  message: string,
  field: ClaimField,
  extra: Partial<Problem> = {},
): void {
  ctx.out.problems.push({
    code,
    file: ctx.file,
    span: ctx.yaml.spanOf(node),
    message,
    manifest: 'kubernetes',
    resource: ctx.resource,
    field,
    ...extra,
  });
}

/** How a value is written, for messages: a scalar's text, else its source. */
function written(ctx: ObjectContext, node: YNode): string {
  return scalarText(node, ctx.yaml) ?? ctx.yaml.sourceOf(node).replace(/\s+/g, ' ').trim();
}

/** `{{ .Values.port }}`, `${PORT}`, `$(PORT)`: a value some tool fills in before apply. */
const PLACEHOLDER = /\{\{|\$\{|\$\(/;

function protocolOf(
  ctx: ObjectContext,
  node: YNode | null,
  field: ClaimField,
): ClaimProtocol | undefined {
  // The API server defaults an omitted or empty protocol to TCP.
  const value = node ? scalarValue(node) : null;
  if (!node || value === null || value === '') return 'tcp';
  const text = written(ctx, node);
  const protocol = text.toLowerCase();
  if (protocol === 'tcp' || protocol === 'udp' || protocol === 'sctp') {
    if (text !== protocol.toUpperCase()) {
      // The port is meant and other tools take it, so it stays a claim; only its apply fails.
      problem(
        ctx,
        node,
        'invalid-port',
        `${ctx.resource}: protocol "${text}" is refused by the API server, which accepts only "${protocol.toUpperCase()}"; write it in upper case.`,
        field,
        { spec: text, protocol, maxSeverity: 'warning' },
      );
    }
    return protocol;
  }
  if (PLACEHOLDER.test(text)) {
    problem(
      ctx,
      node,
      'unresolved-port',
      `${ctx.resource}: protocol "${text}" is filled in by a template or substitution tool, so the ports beside it cannot be checked here; scan the rendered manifests.`,
      field,
      { spec: text },
    );
    return undefined;
  }
  problem(
    ctx,
    node,
    'invalid-port',
    `${ctx.resource}: protocol "${text}" is not TCP, UDP or SCTP, so the API server rejects this port.`,
    field,
    { spec: text },
  );
  return undefined;
}

/**
 * An integer port written in the manifest (a quoted number is taken for what it says). A
 * placeholder is an `unresolved-port`; anything else outside 1-65535 an `invalid-port`.
 */
function portValue(
  ctx: ObjectContext,
  node: YNode,
  field: ClaimField,
  protocol: ClaimProtocol,
): number | undefined {
  const value = scalarValue(node);
  const text = written(ctx, node);
  const n = typeof value === 'number' ? value : /^\d+$/.test(text) ? Number(text) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 65535) return n;
  if (PLACEHOLDER.test(text)) {
    problem(
      ctx,
      node,
      'unresolved-port',
      `${ctx.resource}: ${field} "${text}" is filled in by a template or substitution tool before apply, so its port is unknown here; scan the rendered manifests to check it.`,
      field,
      { spec: text, protocol },
    );
    return undefined;
  }
  problem(
    ctx,
    node,
    'invalid-port',
    `${ctx.resource}: ${field} "${text}" is not a port number (1-65535), so the API server rejects it.`,
    field,
    { spec: text, protocol },
  );
  return undefined;
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
  if (ctx.namespace !== undefined) c.namespace = ctx.namespace;
  const digits = /^\d+$/.test(spec)
    ? locateDigits(ctx.yaml, node, spec, 0, spec.length)
    : undefined;
  if (digits) c.digits = digits;
  ctx.out.claims.push(c);
}

/** `hostPort: 0` (or none) binds no host port; a Service's `nodePort: 0` lets the cluster pick. */
function isUnset(node: YNode | null): node is null {
  if (!node) return true;
  const value = scalarValue(node);
  return value === 0 || value === null || (typeof value === 'string' && /^0+$/.test(value));
}

function containerClaims(
  ctx: ObjectContext,
  container: YNode,
  list: string,
  labels: Record<string, string>,
  hostNetwork: boolean,
): void {
  const { doc, yaml } = ctx;
  const containerName = scalarText(get(container, 'name', doc), yaml);
  // A Service's named targetPort finds regular containers and sidecars (restartable init
  // containers), as the endpoints controller's FindPort does; not plain init or ephemeral ones.
  const servesTraffic =
    list === 'containers' ||
    (list === 'initContainers' && scalarValue(get(container, 'restartPolicy', doc)) === 'Always');
  for (const portNode of items(get(container, 'ports', doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, 'protocol', doc), 'containerPort');
    if (!protocol) continue;
    const extra: Partial<RawClaim> = {};
    if (containerName !== undefined) extra.container = containerName;
    if (hostNetwork) extra.hostNetwork = true;
    const containerPortNode = get(portNode, 'containerPort', doc);
    let containerPort: number | undefined;
    if (containerPortNode) {
      containerPort = portValue(ctx, containerPortNode, 'containerPort', protocol);
      if (containerPort !== undefined)
        claim(ctx, containerPortNode, 'containerPort', containerPort, protocol, extra);
    }
    const hostPortNode = get(portNode, 'hostPort', doc);
    if (!isUnset(hostPortNode)) {
      const hostPort = portValue(ctx, hostPortNode, 'hostPort', protocol);
      const hostIp = scalarText(get(portNode, 'hostIP', doc), yaml);
      const bound = hostIp !== undefined && hostIp !== '' ? { ...extra, hostIp } : extra;
      if (hostPort !== undefined) claim(ctx, hostPortNode, 'hostPort', hostPort, protocol, bound);
    }
    const portName = scalarText(get(portNode, 'name', doc), yaml);
    if (servesTraffic && portName !== undefined && containerPort !== undefined) {
      const named: NamedContainerPort = {
        name: portName,
        port: containerPort,
        protocol,
        labels,
        file: ctx.file,
      };
      if (ctx.controllerLabels) named.controllerLabels = ctx.controllerLabels;
      if (ctx.namespace !== undefined) named.namespace = ctx.namespace;
      (ctx.out.namedPorts ??= []).push(named);
    }
  }
}

/** IANA_SVC_NAME, as a Service's `targetPort` name must be (Kubernetes validation). */
const PORT_NAME = /^(?=.*[a-z])(?!.*--)[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/;

function serviceClaims(ctx: ObjectContext, spec: YNode | null): void {
  const { doc } = ctx;
  // An ExternalName Service is a DNS alias: its ports open nothing.
  if (scalarValue(get(spec, 'type', doc)) === 'ExternalName') return;
  const selectorNode = get(spec, 'selector', doc);
  const selector = isMapNode(selectorNode) ? labelsOf(selectorNode, doc) : undefined;
  for (const portNode of items(get(spec, 'ports', doc), doc)) {
    const protocol = protocolOf(ctx, get(portNode, 'protocol', doc), 'port');
    if (!protocol) continue;
    const portField = get(portNode, 'port', doc);
    if (portField) {
      const port = portValue(ctx, portField, 'port', protocol);
      if (port !== undefined) claim(ctx, portField, 'port', port, protocol);
    }
    // An omitted targetPort (or 0 or "", which the API server defaults the same way) is `port`:
    // the same number, already claimed there.
    const target = get(portNode, 'targetPort', doc);
    if (!isUnset(target) && scalarValue(target) !== '') {
      targetPortClaim(ctx, target, protocol, selector);
    }
    const nodePort = get(portNode, 'nodePort', doc);
    if (!isUnset(nodePort)) {
      const port = portValue(ctx, nodePort, 'nodePort', protocol);
      if (port !== undefined) claim(ctx, nodePort, 'nodePort', port, protocol);
    }
  }
}

function targetPortClaim(
  ctx: ObjectContext,
  target: YNode,
  protocol: ClaimProtocol,
  selector: Record<string, string> | undefined,
): void {
  const text = written(ctx, target);
  if (typeof scalarValue(target) === 'number' || /^\d+$/.test(text) || PLACEHOLDER.test(text)) {
    const port = portValue(ctx, target, 'targetPort', protocol);
    if (port !== undefined) claim(ctx, target, 'targetPort', port, protocol);
    return;
  }
  if (!PORT_NAME.test(text)) {
    problem(
      ctx,
      target,
      'invalid-port',
      `${ctx.resource}: targetPort "${text}" is neither a port number (1-65535) nor a port name (up to 15 lowercase letters, digits and inner hyphens), so the API server rejects it.`,
      'targetPort',
      { spec: text, protocol },
    );
    return;
  }
  const named: NamedTargetPort = {
    file: ctx.file,
    span: ctx.yaml.spanOf(target),
    resource: ctx.resource,
    name: text,
    protocol,
    spec: text,
  };
  if (ctx.namespace !== undefined) named.namespace = ctx.namespace;
  if (selector) named.selector = selector;
  (ctx.out.namedTargets ??= []).push(named);
}

/** Kinds whose `spec.listeners` open ports: Gateway, and the ListenerSets that extend one. */
const LISTENER_KINDS = new Set(['Gateway', 'ListenerSet', 'XListenerSet']);

/**
 * Gateway API listener protocols and the transport each runs on. Implementation-specific ones
 * (Istio's HBONE, `example.com/proto`) are TCP-based in every implementation we know of.
 */
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
    const port = portValue(ctx, portNode, 'listener', protocol);
    if (port !== undefined) claim(ctx, portNode, 'listener', port, protocol);
  }
}
