// Compose files: `services.*.ports` (short and long syntax) and `services.*.expose`.
import type { ClaimField, ClaimProtocol, Problem, RawClaim } from '../types.js';
import { locateDigits } from './digits.js';
import type { Interpolated, Lookup } from './interpolate.js';
import { interpolate } from './interpolate.js';
import type { PortRangeText } from './portspec.js';
import { parsePortRange, parseProtocol, parseShortPortSpec } from './portspec.js';
import type { ParsedFile } from './result.js';
import { emptyResult } from './result.js';
import type { YNode, YamlDocument, YamlFile } from './yaml.js';
import { entries, get, isMapNode, isScalarNode, items, scalarText, scalarValue } from './yaml.js';

export interface ComposeOptions {
  /** Values for ${VAR} interpolation: the .env beside the file and configured env files. */
  env: Lookup;
}

interface ServiceContext {
  yaml: YamlFile;
  doc: YamlDocument;
  file: string;
  service: string;
  hostNetwork: boolean;
  env: Lookup;
  out: ParsedFile;
  seen: Set<string>;
}

export function parseCompose(file: string, yaml: YamlFile, options: ComposeOptions): ParsedFile {
  const out = emptyResult(file, 'compose');
  for (const doc of yaml.documents) {
    // What the parser recovered from a broken document is a guess: report the error, claim nothing.
    if (doc.errors.length > 0) continue;
    const services = get(doc.root, 'services', doc);
    for (const { key: service, value } of entries(services, doc)) {
      if (!isMapNode(value)) continue;
      const networkMode = scalarValue(get(value, 'network_mode', doc));
      const ctx: ServiceContext = {
        yaml,
        doc,
        file,
        service,
        hostNetwork: networkMode === 'host',
        env: options.env,
        out,
        seen: new Set(),
      };
      for (const item of items(get(value, 'ports', doc), doc)) {
        if (isMapNode(item)) longSyntax(ctx, item);
        else shortSyntax(ctx, item);
      }
      for (const item of items(get(value, 'expose', doc), doc)) expose(ctx, item);
    }
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
  ctx.out.problems.push(p);
}

/** Interpolates a scalar; reports what keeps it from being a port. Undefined when it cannot be. */
function resolveScalar(
  ctx: ServiceContext,
  node: YNode,
  field: ClaimField,
): { spec: string; result: Interpolated } | undefined {
  const spec = scalarText(node, ctx.yaml);
  if (spec === undefined || !isScalarNode(node)) {
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": a port must be a number or a string`,
      field,
    );
    return undefined;
  }
  const result = interpolate(spec, ctx.env);
  if (result.error !== undefined) {
    problem(ctx, node, 'invalid-port', `service "${ctx.service}": ${result.error}`, field, spec);
    return undefined;
  }
  if (result.missing.length > 0) {
    const names = result.missing.map((m) => (m.message ? `${m.name} (${m.message})` : m.name));
    problem(
      ctx,
      node,
      'unresolved-port',
      `service "${ctx.service}": port "${spec}" depends on ${names.join(', ')}, which has no value and no default; set it in .env or give a default`,
      field,
      spec,
    );
    return undefined;
  }
  return { spec, result };
}

function addClaims(
  ctx: ServiceContext,
  node: YNode,
  field: ClaimField,
  range: PortRangeText,
  protocol: string,
  spec: string,
  result: Interpolated,
  hostIp: string | undefined,
  skipZero: boolean,
): void {
  const single = range.start === range.end;
  const digits = single
    ? locateDigits(ctx.yaml, node, spec, range.offset, range.length, result.sourceOffsets)
    : undefined;
  for (let port = range.start; port <= range.end; port++) {
    // A published port of 0 asks the engine for any free port: it claims none.
    if (skipZero && port === 0) continue;
    const key = `${field}|${hostIp ?? ''}|${port}|${protocol}`;
    if (ctx.seen.has(key)) continue;
    ctx.seen.add(key);
    const claim: RawClaim = {
      file: ctx.file,
      span: ctx.yaml.spanOf(node),
      manifest: 'compose',
      resource: ctx.service,
      field,
      port,
      protocol: protocol as ClaimProtocol,
      spec,
    };
    if (hostIp !== undefined) claim.hostIp = hostIp;
    if (digits) claim.digits = digits;
    if (ctx.hostNetwork) claim.hostNetwork = true;
    ctx.out.claims.push(claim);
  }
}

function shortSyntax(ctx: ServiceContext, node: YNode): void {
  const resolved = resolveScalar(ctx, node, 'ports.target');
  if (!resolved) return;
  const { spec, result } = resolved;
  const parsed = parseShortPortSpec(result.value);
  if (!parsed.ok) {
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
  const { hostIp, published, target, protocol } = parsed.value;
  if (published) {
    addClaims(ctx, node, 'ports.published', published, protocol, spec, result, hostIp, true);
  }
  addClaims(ctx, node, 'ports.target', target, protocol, spec, result, hostIp, false);
}

function longSyntax(ctx: ServiceContext, node: YNode): void {
  const { doc } = ctx;
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
  if (hostIpNode) hostIp = resolveScalar(ctx, hostIpNode, 'ports.published')?.result.value;

  const target = longPort(ctx, targetNode, 'ports.target', false);
  const publishedNode = get(node, 'published', doc);
  const published = publishedNode
    ? longPort(ctx, publishedNode, 'ports.published', true)
    : undefined;
  if (!target) return;
  if (published && publishedNode) {
    if (published.range.start !== published.range.end && target.range.start !== target.range.end) {
      problem(
        ctx,
        publishedNode,
        'invalid-port',
        `service "${ctx.service}": a published range needs a single target port`,
        'ports.published',
        published.spec,
      );
    } else {
      addClaims(
        ctx,
        publishedNode,
        'ports.published',
        published.range,
        protocol,
        published.spec,
        published.result,
        hostIp,
        true,
      );
    }
  }
  addClaims(
    ctx,
    targetNode,
    'ports.target',
    target.range,
    protocol,
    target.spec,
    target.result,
    hostIp,
    false,
  );
}

function longPort(
  ctx: ServiceContext,
  node: YNode,
  field: ClaimField,
  allowRange: boolean,
): { range: PortRangeText; spec: string; result: Interpolated } | undefined {
  const resolved = resolveScalar(ctx, node, field);
  if (!resolved) return undefined;
  const text = resolved.result.value;
  if (field === 'ports.published' && text === '') return undefined;
  const parsed = parsePortRange(text);
  if (!parsed.ok || (!allowRange && parsed.value.start !== parsed.value.end)) {
    const why = parsed.ok ? 'the target must be a single port' : parsed.error;
    problem(
      ctx,
      node,
      'invalid-port',
      `service "${ctx.service}": ${field} "${resolved.spec}" is invalid: ${why}`,
      field,
      resolved.spec,
    );
    return undefined;
  }
  return { range: parsed.value, spec: resolved.spec, result: resolved.result };
}

function expose(ctx: ServiceContext, node: YNode): void {
  const resolved = resolveScalar(ctx, node, 'expose');
  if (!resolved) return;
  const { spec, result } = resolved;
  const slash = result.value.indexOf('/');
  const portText = slash < 0 ? result.value : result.value.slice(0, slash);
  const protocol = parseProtocol(slash < 0 ? 'tcp' : result.value.slice(slash + 1));
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
  addClaims(ctx, node, 'expose', range.value, protocol.value, spec, result, undefined, false);
}
