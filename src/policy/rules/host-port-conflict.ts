import { isIPv4, isIPv6 } from 'node:net';
import type { Claim, PortSpan } from '../../types.js';
import { claimSpan, describeResource, describeSpans, hitsFromClaims } from '../group.js';
import { normalise } from '../spans.js';
import type { Rule } from '../rule.js';

/**
 * Whether two bindings can reach one socket. No address binds every address of both families;
 * 0.0.0.0 every IPv4 address; :: every IPv6 address.
 */
export function addressesOverlap(a: string | undefined, b: string | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  if (x === '' || y === '' || x === y) return true;
  const wildcard = (w: string, other: string): boolean =>
    (w === '0.0.0.0' && isIPv4(other)) || (w === '::' && isIPv6(other));
  return wildcard(x, y) || wildcard(y, x);
}

/**
 * What a compose claim holds on the host: published ports; on the host network, the container's
 * own ports (the engine discards published ones there).
 */
function holdsHostPort(claim: Claim): boolean {
  if (claim.manifest !== 'compose') return false;
  if (claim.hostNetwork) return claim.field === 'ports.target' || claim.field === 'expose';
  return claim.field === 'ports.published';
}

function sameLocation(a: Claim, b: Claim): boolean {
  return a.file === b.file && a.span.line === b.span.line && a.span.column === b.span.column;
}

function composeClash(first: Claim, second: Claim): boolean {
  if (!addressesOverlap(first.hostIp, second.hostIp)) return false;
  // A port of the host network is one socket, whichever list of the service names it.
  if (first.hostNetwork && second.hostNetwork && first.resource === second.resource) return false;
  if (first.resource === second.resource && sameLocation(first, second)) return false;
  // The same item repeated in an override file is one binding after compose merges them.
  if (
    first.resource === second.resource &&
    first.spec === second.spec &&
    first.file !== second.file
  )
    return false;
  // The engine takes a free port from a host range: two ranges share out their ports.
  if (first.hostRange && second.hostRange) return false;
  return true;
}

/**
 * Node ports are allocated cluster-wide by number: two Services cannot share one, and one Service
 * cannot list one twice for the same protocol. The same Service written again (a Kustomize
 * overlay, another environment's copy) is not a clash; namespaces tell same-named ones apart.
 */
function nodePortClash(a: Claim, b: Claim): boolean {
  const otherNamespace =
    a.namespace !== undefined && b.namespace !== undefined && a.namespace !== b.namespace;
  if (a.resource !== b.resource || otherNamespace) return true;
  return (
    a.file === b.file &&
    a.protocol === b.protocol &&
    (a.span.line !== b.span.line || a.span.column !== b.span.column)
  );
}

/** How a claim conflicts: on which of its ports, and with which earlier claim. */
interface Conflict {
  spans: PortSpan[];
  /** The earliest claim that clashes on the lowest of those ports. */
  other: Claim;
}

/**
 * What a claim is deployed in, for conflicts: its deployable instances and `clusters:` groups
 * (the resolve stage sets them); without, its own file.
 */
const unitsOf = (claim: Claim): readonly string[] => claim.units ?? [claim.file];

/**
 * Node ports are single ports, allocated cluster-wide: a bucket per unit and port is enough. Two
 * Services clash only when they are deployed together (one deployable, one `clusters:` group):
 * the independent apps of a monorepo never share a cluster unless the config says so.
 */
function nodePortConflicts(claims: readonly Claim[], out: Map<Claim, Conflict>): void {
  const seen = new Map<string, Claim[]>();
  const order = new Map<Claim, number>();
  for (const claim of claims) {
    if (claim.manifest !== 'kubernetes' || claim.field !== 'nodePort') continue;
    order.set(claim, order.size);
    let clash: Claim | undefined;
    for (const unit of unitsOf(claim)) {
      const key = `${unit}\0${claim.port}`;
      const earlier = seen.get(key) ?? [];
      const other = earlier.find((o) => nodePortClash(o, claim));
      if (other && (!clash || (order.get(other) ?? 0) < (order.get(clash) ?? 0))) clash = other;
      earlier.push(claim);
      seen.set(key, earlier);
    }
    if (clash) out.set(claim, { spans: [claimSpan(claim)], other: clash });
  }
}

/**
 * The compose claims of one project and protocol that bind the same address the same way (one
 * host address, host ranges or fixed ports): between two such claims, only those of one service
 * can be told apart by composeClash, so a port needs only its earliest claim, its earliest claim
 * of another service, and a few more of the earliest one's service.
 */
interface Layer {
  hostIp: string | undefined;
  hostRange: boolean;
  coverage: Coverage;
}

function composeConflicts(claims: readonly Claim[], out: Map<Claim, Conflict>): void {
  const order = new Map<Claim, number>();
  const scopes = new Map<string, Map<string, Layer>>();
  for (const claim of claims) {
    if (!holdsHostPort(claim)) continue;
    order.set(claim, order.size);
    const own = claimSpan(claim);
    const pieces: { scope: number; from: number; to: number; other: Claim }[] = [];
    // A compose claim's units are its projects, and the `clusters:` groups they belong to.
    unitsOf(claim).forEach((project, scope) => {
      const key = `${project}\0${claim.protocol}`;
      let layers = scopes.get(key);
      if (!layers) scopes.set(key, (layers = new Map()));
      for (const layer of layers.values()) {
        if (!addressesOverlap(layer.hostIp, claim.hostIp)) continue;
        if (layer.hostRange && claim.hostRange) continue;
        for (const piece of layer.coverage.clashes(own, claim, order)) {
          pieces.push({ scope, ...piece });
        }
      }
      const layerKey = `${claim.hostIp ?? ''}\0${claim.hostRange ? 1 : 0}`;
      let layer = layers.get(layerKey);
      if (!layer) {
        layer = {
          hostIp: claim.hostIp,
          hostRange: claim.hostRange ?? false,
          coverage: new Coverage(),
        };
        layers.set(layerKey, layer);
      }
      layer.coverage.add(own, claim);
    });
    if (pieces.length === 0) continue;
    const spans = normalise(pieces);
    const lowest = (spans[0] as PortSpan).from;
    let other: Claim | undefined;
    let best = { scope: Infinity, index: Infinity };
    for (const piece of pieces) {
      if (piece.from > lowest || piece.to < lowest) continue;
      const index = order.get(piece.other) ?? Infinity;
      if (piece.scope < best.scope || (piece.scope === best.scope && index < best.index)) {
        best = { scope: piece.scope, index };
        other = piece.other;
      }
    }
    out.set(claim, { spans, other: other as Claim });
  }
}

/** Of the earliest claims of one service, this many are kept per port (see Summary). */
const SAME_SERVICE_KEPT = 8;

/**
 * Who claims a run of ports, as far as a later claim can clash with them: the earliest claim,
 * the earliest of another service, and the first few of the earliest one's service (another
 * claim of one service clashes unless it is the same binding written again). Shared between
 * segments and never changed: an update makes a new one.
 */
interface Summary {
  first: Claim;
  otherService?: Claim;
  sameService: Claim[];
}

interface Segment {
  from: number;
  to: number;
  summary: Summary;
}

/**
 * The ports claimed so far in one layer, as disjoint segments of equal summaries, merged when
 * neighbours agree: a claim's cost is the number of segments it meets, not its number of ports.
 */
class Coverage {
  private segments: Segment[] = [];

  /** The index of the first segment that ends at or after `port`. */
  private firstEndingFrom(port: number): number {
    let low = 0;
    let high = this.segments.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.segments[mid] as Segment).to < port) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The runs of `span` where an earlier claim clashes with `claim`, and the earliest such claim. */
  clashes(
    span: PortSpan,
    claim: Claim,
    order: ReadonlyMap<Claim, number>,
  ): { from: number; to: number; other: Claim }[] {
    const out: { from: number; to: number; other: Claim }[] = [];
    for (let i = this.firstEndingFrom(span.from); i < this.segments.length; i++) {
      const segment = this.segments[i] as Segment;
      if (segment.from > span.to) break;
      const other = earliestClash(segment.summary, claim, order);
      if (!other) continue;
      out.push({
        from: Math.max(span.from, segment.from),
        to: Math.min(span.to, segment.to),
        other,
      });
    }
    return out;
  }

  add(span: PortSpan, claim: Claim): void {
    const updated: Segment[] = [];
    let i = this.firstEndingFrom(span.from);
    const start = i;
    let at = span.from;
    while (at <= span.to) {
      const segment = this.segments[i];
      if (!segment || segment.from > span.to) {
        updated.push({ from: at, to: span.to, summary: { first: claim, sameService: [claim] } });
        break;
      }
      if (segment.from > at) {
        updated.push({
          from: at,
          to: segment.from - 1,
          summary: { first: claim, sameService: [claim] },
        });
        at = segment.from;
      }
      if (segment.from < at) updated.push({ ...segment, to: at - 1 });
      const to = Math.min(segment.to, span.to);
      updated.push({ from: at, to, summary: withClaim(segment.summary, claim) });
      if (segment.to > to) updated.push({ ...segment, from: to + 1 });
      at = to + 1;
      i++;
    }
    // Join the neighbours on either side too, so that the segments stay as few as the summaries.
    const before = start > 0 ? [this.segments[start - 1] as Segment] : [];
    const after = i < this.segments.length ? [this.segments[i] as Segment] : [];
    const merged: Segment[] = [];
    for (const segment of [...before, ...updated, ...after]) {
      const last = merged.at(-1);
      if (last && last.to + 1 === segment.from && sameSummary(last.summary, segment.summary)) {
        merged[merged.length - 1] = { ...last, to: segment.to };
      } else merged.push(segment);
    }
    this.segments.splice(
      start - before.length,
      i - start + before.length + after.length,
      ...merged,
    );
  }
}

function withClaim(summary: Summary, claim: Claim): Summary {
  if (claim.resource !== summary.first.resource) {
    return summary.otherService ? summary : { ...summary, otherService: claim };
  }
  if (summary.sameService.length >= SAME_SERVICE_KEPT) return summary;
  return { ...summary, sameService: [...summary.sameService, claim] };
}

function sameSummary(a: Summary, b: Summary): boolean {
  return (
    a === b ||
    (a.first === b.first &&
      a.otherService === b.otherService &&
      a.sameService.length === b.sameService.length &&
      a.sameService.every((c, i) => c === b.sameService[i]))
  );
}

function earliestClash(
  summary: Summary,
  claim: Claim,
  order: ReadonlyMap<Claim, number>,
): Claim | undefined {
  let best: Claim | undefined;
  let bestIndex = Infinity;
  const candidates = summary.otherService
    ? [...summary.sameService, summary.otherService]
    : summary.sameService;
  for (const other of candidates) {
    const index = order.get(other) ?? Infinity;
    if (index < bestIndex && composeClash(other, claim)) {
      best = other;
      bestIndex = index;
    }
  }
  return best;
}

function conflicts(claims: readonly Claim[]): Map<Claim, Conflict> {
  const out = new Map<Claim, Conflict>();
  composeConflicts(claims, out);
  nodePortConflicts(claims, out);
  return out;
}

export const hostPortConflict: Rule = {
  id: 'host-port-conflict',
  defaultSeverity: 'error',
  summary:
    'Two claims publish the same host address, port and protocol in one compose project, or two Services claim the same nodePort in one deployable or clusters: group.',
  suggestsFix: false,
  check: ({ claims }) => {
    const clashes = conflicts(claims);
    return hitsFromClaims(
      [...clashes.keys()],
      (claim) => clashes.get(claim)?.spans ?? [],
      ({ first, covers, spans }) => {
        const other = clashes.get(first)!.other;
        const ports = describeSpans(spans, first.protocol);
        const where =
          other.file === first.file
            ? `line ${other.span.line}`
            : `${other.file}:${other.span.line}`;
        const on = first.manifest === 'compose' && first.hostIp ? ` on ${first.hostIp}` : '';
        const range =
          first.hostRange || other.hostRange
            ? ' (the engine takes the lowest free port of a host range, so which one binds depends on start order)'
            : '';
        const fields = covers.map((c) => c.field).join(' and ');
        return `${describeResource(first)} claims host port ${ports}${on} (${fields}), already claimed by ${describeResource(other)} at ${where}; only one can bind it${range}.`;
      },
    );
  },
};
