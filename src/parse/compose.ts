// Compose files: `services.*.ports` (short and long syntax) and `services.*.expose`, read the way
// docker compose v2 reads them (compose-go, go-connections), into a model that merges the way
// compose merges (see compose-model.ts); `extends`, override files and `include` are applied by the
// project pass (resolve/compose-project.ts).
import type { ClaimField, ClaimProtocol, Problem, RawClaim, Span } from '../types.js';
import type {
  ComposeFileModel,
  ComposeLayer,
  IncludeRef,
  ListMerge,
  ServiceModel,
} from './compose-model.js';
import { locateDigits } from './digits.js';
import type { Budget, Interpolated, Lookup, MissingVariable } from './interpolate.js';
import { fileBudget, interpolate } from './interpolate.js';
import type { PortRangeText } from './portspec.js';
import { isIpAddress, parsePortRange, parseProtocol, parseShortPortSpec } from './portspec.js';
import type { ParsedFile } from './result.js';
import { emptyResult } from './result.js';
import type { ParseOptions, YNode, YamlDocument, YamlFile } from './yaml.js';
import {
  entries,
  parseYamlFile,
  get,
  isMapNode,
  isScalarNode,
  isSeqNode,
  items,
  scalarText,
  scalarValue,
} from './yaml.js';

export interface ComposeOptions {
  /** Values for ${VAR} interpolation: the .env beside the file and configured env files. */
  env: Lookup;
  /** How a referenced file's YAML is parsed (readComposeText). */
  yaml?: ParseOptions;
}

/** Keys a long-syntax port may have, besides `x-*` extensions (the Compose schema's list). */
const LONG_SYNTAX_KEYS = new Set([
  'target',
  'published',
  'host_ip',
  'protocol',
  'mode',
  'name',
  'app_protocol',
]);

interface ServiceContext {
  yaml: YamlFile;
  doc: YamlDocument;
  file: string;
  service: string;
  env: Lookup;
  /** What variables may still add to this file's values (shared by all of them). */
  budget: Budget;
  problems: Problem[];
}

/** Reads a compose file into its model, with the problems of its port values. */
export function readCompose(
  file: string,
  yaml: YamlFile,
  options: ComposeOptions,
): { model: ComposeFileModel; problems: Problem[] } {
  const problems: Problem[] = [];
  const model: ComposeFileModel = { file, layers: [] };
  const budget = fileBudget();
  for (const doc of yaml.documents) {
    // What the parser recovered from a broken document is a guess: report the error, claim nothing.
    if (doc.errors.length > 0) continue;
    const layer: ComposeLayer = { services: new Map(), includes: [] };
    for (const { key: name, keyNode, value } of entries(get(doc.root, 'services', doc), doc)) {
      const ctx: ServiceContext = {
        yaml,
        doc,
        file,
        service: name,
        env: options.env,
        budget,
        problems,
      };
      const service = readService(ctx, name, yaml.spanOf(keyNode), value);
      if (service) layer.services.set(name, service);
    }
    layer.includes = readIncludes(yaml, doc, options.env, budget);
    model.layers.push(layer);
  }
  return { model, problems };
}

/** Reads a compose file the scan did not find itself (an `extends` or `include` target). */
export function readComposeText(
  file: string,
  text: string,
  options: ComposeOptions,
): { model: ComposeFileModel; problems: Problem[] } | { error: string } {
  const yaml = parseYamlFile(text, options.yaml);
  const first = yaml.errors[0];
  if (first) {
    return {
      error: first.limit
        ? `${first.message} (line ${first.span.line})`
        : `is not valid YAML (line ${first.span.line}: ${first.message})`,
    };
  }
  return readCompose(file, yaml, options);
}

/**
 * Reads one compose file into its model and the problems of its values. Its claims come from the
 * project pass (scan-compose.ts), which merges it with its override, `extends` and `include`.
 */
export function parseCompose(file: string, yaml: YamlFile, options: ComposeOptions): ParsedFile {
  const out = emptyResult(file, 'compose');
  const { model, problems } = readCompose(file, yaml, options);
  out.problems.push(...problems);
  out.compose = model;
  return out;
}

function tagOf(node: YNode | null): string | undefined {
  return (node as { tag?: string } | null)?.tag;
}

function listMerge(node: YNode | null): ListMerge {
  const tag = tagOf(node);
  return tag === '!reset' ? 'reset' : tag === '!override' ? 'override' : 'append';
}

function readService(
  ctx: ServiceContext,
  name: string,
  span: Span,
  node: YNode | null,
): ServiceModel | undefined {
  const service: ServiceModel = {
    name,
    span,
    file: ctx.file,
    ports: [],
    portsMerge: 'append',
    expose: [],
    exposeMerge: 'append',
  };
  if (tagOf(node) === '!reset') return { ...service, reset: true };
  if (!isMapNode(node)) return undefined;
  const { doc } = ctx;

  const networkMode = get(node, 'network_mode', doc);
  if (isScalarNode(networkMode) && typeof scalarValue(networkMode) === 'string') {
    const value = interpolate(String(scalarValue(networkMode)), ctx.env, {
      strict: true,
      budget: ctx.budget,
    });
    if (value.error === undefined && value.missing.length === 0) service.networkMode = value.value;
  }
  const extendsNode = get(node, 'extends', doc);
  if (extendsNode) {
    const ref = readExtends(ctx, extendsNode);
    if (ref) service.extends = ref;
  }

  const portsNode = get(node, 'ports', doc);
  notAList(ctx, portsNode, 'ports', 'ports.published');
  service.portsMerge = listMerge(portsNode);
  if (service.portsMerge !== 'reset') {
    for (const item of items(portsNode, doc)) {
      if (isMapNode(item)) longSyntax(ctx, service, item);
      else shortSyntax(ctx, service, item);
    }
  }
  const exposeNode = get(node, 'expose', doc);
  notAList(ctx, exposeNode, 'expose', 'expose');
  service.exposeMerge = listMerge(exposeNode);
  if (service.exposeMerge !== 'reset') {
    for (const item of items(exposeNode, doc)) expose(ctx, service, item);
  }
  return service;
}

/** `ports: "80:80"` (a string, not a list) is refused by docker compose; say so, do not guess. */
function notAList(ctx: ServiceContext, node: YNode | null, key: string, field: ClaimField): void {
  if (!node || isSeqNode(node) || scalarValue(node) === null || tagOf(node) === '!reset') return;
  problem(
    ctx,
    node,
    'invalid-port',
    `service "${ctx.service}": ${key} must be a list (one "- item" per port), which docker compose requires; its ports were not read.`,
    field,
  );
}

function plainString(node: YNode | null, env: Lookup, budget: Budget): string | undefined {
  const value = scalarValue(node);
  if (typeof value !== 'string') return undefined;
  const result = interpolate(value, env, { strict: true, budget });
  return result.error === undefined ? result.value : undefined;
}

function readExtends(ctx: ServiceContext, node: YNode): ServiceModel['extends'] | undefined {
  const span = ctx.yaml.spanOf(node);
  if (isScalarNode(node)) {
    const service = plainString(node, ctx.env, ctx.budget);
    return service ? { service, span } : undefined;
  }
  const service = plainString(get(node, 'service', ctx.doc), ctx.env, ctx.budget);
  if (!service) return undefined;
  const file = plainString(get(node, 'file', ctx.doc), ctx.env, ctx.budget);
  return file !== undefined ? { service, file, span } : { service, span };
}

function readIncludes(
  yaml: YamlFile,
  doc: YamlDocument,
  env: Lookup,
  budget: Budget,
): ComposeLayer['includes'] {
  const out: ComposeLayer['includes'] = [];
  const strings = (node: YNode | null): string[] =>
    (isSeqNode(node) ? items(node, doc) : [node]).flatMap((n) => {
      const text = plainString(n, env, budget);
      return text ? [text] : [];
    });
  for (const item of items(get(doc.root, 'include', doc), doc)) {
    const span = yaml.spanOf(item);
    const paths = strings(isMapNode(item) ? get(item, 'path', doc) : item);
    if (paths.length === 0) continue;
    const include: IncludeRef = { paths, span };
    if (isMapNode(item)) {
      const directory = plainString(get(item, 'project_directory', doc), env, budget);
      if (directory) include.projectDirectory = directory;
      const envFiles = strings(get(item, 'env_file', doc));
      if (envFiles.length > 0) include.envFiles = envFiles;
    }
    out.push(include);
  }
  return out;
}

function problem(
  ctx: ServiceContext,
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
    manifest: 'compose',
    resource: ctx.service,
    field,
  };
  if (spec !== undefined) p.spec = spec;
  ctx.problems.push(p);
}

interface Resolved {
  /** The value as written (a number's source text). */
  spec: string;
  result: Interpolated;
}

/** Interpolates a scalar; undefined (with a problem) when it cannot even be read as text. */
function resolveScalar(ctx: ServiceContext, node: YNode, field: ClaimField): Resolved | undefined {
  const spec = scalarText(node, ctx.yaml);
  const value = scalarValue(node);
  if (spec === undefined || !isScalarNode(node) || typeof value === 'boolean') {
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": a port must be a number or a string`,
      field,
    );
    return undefined;
  }
  if (typeof value === 'number') {
    // YAML numbers are read as compose-go's YAML library reads them (0x50 is 80); no template.
    if (!Number.isInteger(value) || value < 0) {
      problem(
        ctx,
        node,
        'invalid-port',
        `service "${ctx.service}": ${spec} is not a port number`,
        field,
        spec,
      );
      return undefined;
    }
    const text = String(value);
    const literal = text === spec;
    return {
      spec,
      result: {
        value: text,
        sourceOffsets: [...text].map((_, i) => (literal ? i : -1)),
        missing: [],
      },
    };
  }
  const result = interpolate(spec, ctx.env, { strict: true, budget: ctx.budget });
  if (result.error !== undefined) {
    problem(ctx, node, 'invalid-port', `service "${ctx.service}": ${result.error}`, field, spec);
    return undefined;
  }
  return { spec, result };
}

function describeMissing(missing: readonly MissingVariable[]): string {
  const names = [...new Map(missing.map((m) => [m.name, m])).values()].map((m) =>
    m.message ? `${m.name} (${m.message})` : m.name,
  );
  return names.length === 1 ? `variable ${names[0]}` : `variables ${names.join(', ')}`;
}

function unresolved(
  ctx: ServiceContext,
  node: YNode,
  field: ClaimField,
  spec: string,
  missing: readonly MissingVariable[],
  what = 'port',
): void {
  problem(
    ctx,
    node,
    'unresolved-port',
    `service "${ctx.service}": the ${what} in "${spec}" depends on ${describeMissing(missing)}, which has no value here and no default; set it in the .env beside the compose file (or a configured env file) or give a default.`,
    field,
    spec,
  );
}

/** The missing variables whose (empty) value went into value[offset, offset + length]. */
function feeding(
  result: Interpolated,
  at: { offset: number; length: number } | undefined,
): MissingVariable[] {
  if (!at) return [];
  return result.missing.filter((m) => m.at >= at.offset && m.at <= at.offset + at.length);
}

function bindingKey(
  hostIp: string | undefined,
  published: string,
  target: string,
  protocol: string,
): string {
  return `${hostIp === undefined || hostIp === '' ? '0.0.0.0' : hostIp}|${published}|${target}|${protocol}`;
}

interface ClaimSource {
  node: YNode;
  spec: string;
  result: Interpolated;
}

function claimAt(
  ctx: ServiceContext,
  source: ClaimSource,
  field: ClaimField,
  ports: { start: number; end: number },
  protocol: string,
  hostIp: string | undefined,
): RawClaim {
  const claim: RawClaim = {
    file: ctx.file,
    span: ctx.yaml.spanOf(source.node),
    manifest: 'compose',
    resource: ctx.service,
    field,
    port: ports.start,
    protocol: protocol as ClaimProtocol,
    spec: source.spec,
  };
  if (ports.end > ports.start) claim.endPort = ports.end;
  if (hostIp !== undefined) claim.hostIp = hostIp;
  return claim;
}

/** The digits a fix would rewrite, when a single port is written literally. */
function withDigits(
  ctx: ServiceContext,
  claim: RawClaim,
  source: ClaimSource,
  range: PortRangeText,
): RawClaim {
  if (range.start !== range.end) return claim;
  const digits = locateDigits(
    ctx.yaml,
    source.node,
    source.spec,
    range.offset,
    range.length,
    source.result.sourceOffsets,
  );
  if (digits) claim.digits = digits;
  return claim;
}

/**
 * The binding of one entry: a published claim (a port or a range, none when the engine picks
 * any port) and a target claim, each one claim however many ports it spans. A host range facing
 * one container port is a range the engine picks one port from: every port of it is claimed
 * (any may be bound), marked `hostRange` so that host-port-conflict knows the engine avoids
 * taken ones.
 */
function addBindings(
  ctx: ServiceContext,
  service: ServiceModel,
  spec: {
    hostIp: string | undefined;
    published?: { range: PortRangeText; source: ClaimSource };
    target: { range: PortRangeText; source: ClaimSource };
    protocol: string;
  },
): void {
  const { hostIp, published, target, protocol } = spec;
  const claims: RawClaim[] = [];
  let publishedText = '';
  if (published) {
    const { start, end } = published.range;
    publishedText = start === end ? String(start) : `${start}-${end}`;
    // A published port of 0 asks the engine for any free port: it claims none.
    const from = Math.max(start, 1);
    if (from <= end) {
      const claim = claimAt(
        ctx,
        published.source,
        'ports.published',
        { start: from, end },
        protocol,
        hostIp,
      );
      if (target.range.start === target.range.end && end > start) claim.hostRange = true;
      claims.push(withDigits(ctx, claim, published.source, published.range));
    }
  }
  const claim = claimAt(ctx, target.source, 'ports.target', target.range, protocol, hostIp);
  claims.push(withDigits(ctx, claim, target.source, target.range));
  const targetText =
    target.range.start === target.range.end
      ? String(target.range.start)
      : `${target.range.start}-${target.range.end}`;
  service.ports.push({ key: bindingKey(hostIp, publishedText, targetText, protocol), claims });
}

function shortSyntax(ctx: ServiceContext, service: ServiceModel, node: YNode): void {
  const resolved = resolveScalar(ctx, node, 'ports.target');
  if (!resolved) return;
  const { spec, result } = resolved;
  const parsed = parseShortPortSpec(result.value);
  if (!parsed.ok) {
    // An empty value where a variable has none makes most specs unparsable: say which variable.
    if (result.missing.length > 0) unresolved(ctx, node, 'ports.target', spec, result.missing);
    else
      problem(
        ctx,
        node,
        'invalid-port',
        `service "${ctx.service}": port "${spec}" is invalid: ${parsed.error}`,
        'ports.target',
        spec,
      );
    return;
  }
  const { published, target, protocol } = parsed.value;
  if (feeding(result, parsed.value.protocolAt).length > 0) {
    unresolved(ctx, node, 'ports.target', spec, result.missing, 'protocol');
    return;
  }
  const targetMissing = feeding(result, target);
  if (targetMissing.length > 0) {
    unresolved(ctx, node, 'ports.target', spec, targetMissing, 'container port');
    return;
  }
  // The host part is where the published port goes (written or left empty by a variable).
  const hostAt = published ?? hostPartOf(result.value, parsed.value.hostIp !== undefined);
  const publishedMissing = feeding(result, hostAt);
  if (publishedMissing.length > 0) {
    unresolved(ctx, node, 'ports.published', spec, publishedMissing, 'published port');
  }
  // An address a variable left empty is unknown: claim as if bound to every address.
  const hostIp =
    feeding(result, parsed.value.hostIpAt).length > 0 ? undefined : parsed.value.hostIp;
  const source: ClaimSource = { node, spec, result };
  addBindings(ctx, service, {
    hostIp,
    ...(published && publishedMissing.length === 0
      ? { published: { range: published, source } }
      : {}),
    target: { range: target, source },
    protocol,
  });
}

/** Where the host port part of a short spec is, when it is empty ("127.0.0.1::80", ":80"). */
function hostPartOf(value: string, hasIp: boolean): { offset: number; length: number } | undefined {
  const colons = [...value].flatMap((c, i) => (c === ':' ? [i] : []));
  if (colons.length === 0) return undefined;
  const last = colons[colons.length - 1] as number;
  const before = colons.length >= 2 && hasIp ? (colons[colons.length - 2] as number) + 1 : 0;
  return { offset: before, length: last - before };
}

function longSyntax(ctx: ServiceContext, service: ServiceModel, node: YNode): void {
  const { doc } = ctx;
  for (const { key, keyNode } of entries(node, doc)) {
    if (LONG_SYNTAX_KEYS.has(key) || key.startsWith('x-')) continue;
    problem(
      ctx,
      keyNode,
      'invalid-port',
      `service "${ctx.service}": "${key}" is not a key of a long-syntax port (target, published, host_ip, protocol, mode, name, app_protocol or x-*); docker compose refuses the file`,
      'ports.target',
    );
  }
  const targetNode = get(node, 'target', doc);
  if (!targetNode) {
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": a long-syntax port needs "target"`,
      'ports.target',
    );
    return;
  }
  let protocol = 'tcp';
  const protocolNode = get(node, 'protocol', doc);
  if (protocolNode) {
    const resolved = resolveScalar(ctx, protocolNode, 'ports.target');
    if (!resolved) return;
    if (resolved.result.missing.length > 0) {
      unresolved(
        ctx,
        protocolNode,
        'ports.target',
        resolved.spec,
        resolved.result.missing,
        'protocol',
      );
      return;
    }
    const parsed = parseProtocol(resolved.result.value);
    if (!parsed.ok) {
      problem(
        ctx,
        protocolNode,
        'invalid-port',
        `service "${ctx.service}": ${parsed.error}`,
        'ports.target',
        resolved.spec,
      );
      return;
    }
    protocol = parsed.value;
  }
  let hostIp: string | undefined;
  const hostIpNode = get(node, 'host_ip', doc);
  if (hostIpNode) {
    const resolved = resolveScalar(ctx, hostIpNode, 'ports.published');
    if (!resolved) return;
    const ip = resolved.result.value.replace(/^\[(.*)\]$/, '$1');
    if (resolved.result.missing.length === 0 && ip !== '') {
      if (!isIpAddress(ip)) {
        problem(
          ctx,
          hostIpNode,
          'invalid-port',
          `service "${ctx.service}": host_ip "${resolved.spec}" is not an IP address (docker binds addresses, not host names)`,
          'ports.published',
          resolved.spec,
        );
        return;
      }
      hostIp = ip;
    }
  }

  const target = longPort(ctx, targetNode, 'ports.target');
  const publishedNode = get(node, 'published', doc);
  const published = publishedNode ? longPort(ctx, publishedNode, 'ports.published') : undefined;
  if (!target) return;
  if (target.range.start !== target.range.end) {
    problem(
      ctx,
      targetNode,
      'invalid-port',
      `service "${ctx.service}": target "${target.source.spec}" must be a single port in long syntax`,
      'ports.target',
      target.source.spec,
    );
    return;
  }
  addBindings(ctx, service, {
    hostIp,
    ...(published ? { published } : {}),
    target,
    protocol,
  });
}

function longPort(
  ctx: ServiceContext,
  node: YNode,
  field: ClaimField,
): { range: PortRangeText; source: ClaimSource } | undefined {
  const resolved = resolveScalar(ctx, node, field);
  if (!resolved) return undefined;
  const { spec, result } = resolved;
  if (result.missing.length > 0) {
    unresolved(ctx, node, field, spec, result.missing);
    return undefined;
  }
  if (field === 'ports.published' && result.value === '') return undefined;
  const parsed = parsePortRange(result.value);
  if (!parsed.ok) {
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": ${field === 'ports.target' ? 'target' : 'published'} "${spec}" is invalid: ${parsed.error}`,
      field,
      spec,
    );
    return undefined;
  }
  return { range: parsed.value, source: { node, spec, result } };
}

function expose(ctx: ServiceContext, service: ServiceModel, node: YNode): void {
  const resolved = resolveScalar(ctx, node, 'expose');
  if (!resolved) return;
  const { spec, result } = resolved;
  if (result.missing.length > 0) {
    unresolved(ctx, node, 'expose', spec, result.missing);
    return;
  }
  const slash = result.value.indexOf('/');
  const portText = slash < 0 ? result.value : result.value.slice(0, slash);
  const protocolText = slash < 0 ? '' : result.value.slice(slash + 1);
  const protocol = parseProtocol(protocolText === '' ? 'tcp' : protocolText);
  const range = parsePortRange(portText);
  if (!protocol.ok || !range.ok) {
    const why = !protocol.ok ? protocol.error : range.ok ? '' : range.error;
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": expose "${spec}" is invalid: ${why}`,
      'expose',
      spec,
    );
    return;
  }
  const source: ClaimSource = { node, spec, result };
  const claim = claimAt(ctx, source, 'expose', range.value, protocol.value, undefined);
  service.expose.push(withDigits(ctx, claim, source, range.value));
}
