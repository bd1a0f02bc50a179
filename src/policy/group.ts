import { classCore, forEachClassRun } from '../classify/classify.js';
import type { Claim, ClaimField, FieldPorts, PortClass, PortSpan } from '../types.js';
import type { Hit } from './rule.js';
import { countPorts, listPorts, normalise, spanText, union } from './spans.js';

/**
 * A finding's `ports` lists at most this many of its offending ports (a range of 65,535 ports
 * would make a finding of 400 KB); its message says how many there are in all, and the report's
 * claims hold every range whole.
 */
export const MAX_PORTS_LISTED = 1000;

/** A test of a port's class, written once per rule (its results are kept per range). */
export type ClassTest = (cls: Pick<PortClass, 'range' | 'status'>) => boolean;

/** Per range and protocol, per test: its ports that pass, as spans (a bounded memo). */
const rangeResults = new Map<string, Map<ClassTest, PortSpan[]>>();
const RANGE_RESULTS_KEPT = 4096;

/**
 * The ports of a claim whose class passes `test`, as normalised spans, without walking the
 * range. For a range the spans are computed once per range, protocol and test, and shared
 * between the claims of that range: do not change them.
 */
export function portsWhere(claim: Claim, test: ClassTest): PortSpan[] {
  const end = claim.endPort ?? claim.port;
  if (end <= claim.port) {
    return test(classCore(claim.port, claim.protocol))
      ? [{ from: claim.port, to: claim.port }]
      : [];
  }
  const key = `${claim.protocol}/${claim.port}-${end}`;
  let results = rangeResults.get(key);
  if (!results) {
    if (rangeResults.size >= RANGE_RESULTS_KEPT) rangeResults.clear();
    rangeResults.set(key, (results = new Map()));
  }
  let spans = results.get(test);
  if (!spans) {
    const found: PortSpan[] = [];
    forEachClassRun(claim.port, end, claim.protocol, (from, to, cls) => {
      if (test(cls)) found.push({ from, to });
    });
    spans = normalise(found);
    results.set(test, spans);
  }
  return spans;
}

/** Every port of a claim, as one span. */
export const claimSpan = (claim: Claim): PortSpan => ({
  from: claim.port,
  to: claim.endPort ?? claim.port,
});

/** What a hit's message is made from: its first claim, and its offending ports per field. */
export interface HitGroup {
  first: Claim;
  covers: FieldPorts[];
  /** The offending ports of every field together. */
  spans: PortSpan[];
  claims: Claim[];
}

/**
 * Turns what a rule objects to into hits: one per written value (an item such as "251:251" is
 * one hit covering both of its fields), listing each offending port once. `offending` gives a
 * claim's offending ports (none: the claim is fine); `message` gets the group's first claim and
 * its offending ports per field.
 */
export function hitsFromClaims(
  claims: readonly Claim[],
  offending: (claim: Claim) => readonly PortSpan[],
  message: (group: HitGroup) => string,
): Hit[] {
  const groups = new Map<string, { claims: Claim[]; spans: (readonly PortSpan[])[] }>();
  for (const claim of claims) {
    const spans = offending(claim);
    if (spans.length === 0) continue;
    const { file, span, protocol, resource, container } = claim;
    const key = `${file}\0${span.line}\0${span.column}\0${protocol}\0${resource}\0${container ?? ''}`;
    const group = groups.get(key);
    if (group) {
      group.claims.push(claim);
      group.spans.push(spans);
    } else groups.set(key, { claims: [claim], spans: [spans] });
  }
  const hits: Hit[] = [];
  for (const { claims: members, spans } of groups.values()) {
    const byField = new Map<ClaimField, (readonly PortSpan[])[]>();
    members.forEach((claim, i) => {
      const list = byField.get(claim.field);
      if (list) list.push(spans[i] as PortSpan[]);
      else byField.set(claim.field, [spans[i] as PortSpan[]]);
    });
    const covers: FieldPorts[] = [...byField].map(([field, lists]) => ({
      field,
      spans: union(lists),
    }));
    const all = union(covers.map((c) => c.spans));
    const first = members[0] as Claim;
    const hit: Hit = {
      file: first.file,
      span: first.span,
      message: message({ first, covers, spans: all, claims: members }),
      ports: listPorts(all, MAX_PORTS_LISTED),
      spans: all,
      protocol: first.protocol,
      resource: first.resource,
      field: first.field,
      covers,
      claims: members,
    };
    if (covers.length > 1) hit.fields = covers.map((c) => c.field);
    hits.push(hit);
  }
  return hits;
}

/** Past this many runs, a port list is cut short: a message must stay readable. */
const MAX_RUNS_SHOWN = 8;

/** "251/tcp", "250-252/tcp", "250, 252/udp": ports as a person reads them. */
export function describePorts(ports: readonly number[], protocol: string): string {
  return describeSpans(normalise(ports.map((p) => ({ from: p, to: p }))), protocol);
}

/** `describePorts` for ports held as normalised spans. */
export function describeSpans(spans: readonly PortSpan[], protocol: string): string {
  if (spans.length > MAX_RUNS_SHOWN) {
    const shown = spans.slice(0, MAX_RUNS_SHOWN).map(spanText).join(', ');
    return `${shown}, ... (${countPorts(spans)} ports in all)/${protocol}`;
  }
  return `${spans.map(spanText).join(', ')}/${protocol}`;
}

/**
 * "251/tcp (ports.published)", "251/tcp (ports.published and ports.target)", "250/tcp
 * (ports.published) and 251/tcp (ports.target)": what one written item claims that a rule
 * objects to, field by field, with the host-network note of each.
 */
export function describeClaimed(first: Claim, covers: readonly FieldPorts[]): string {
  const parts = covers.map((c) => ({
    ports: describeSpans(c.spans, first.protocol),
    field: c.field,
    note: hostNetworkNote(first, c.field),
  }));
  const head = parts[0];
  if (head && parts.every((p) => p.ports === head.ports && p.note === head.note)) {
    return `${head.ports} (${parts.map((p) => p.field).join(' and ')})${head.note}`;
  }
  return parts.map((p) => `${p.ports} (${p.field})${p.note}`).join(' and ');
}

/**
 * What to do instead. A nodePort must lie in the cluster's node-port range (30000-32767 by
 * default), so the dynamic range RFC 6335 offers for private use is no fix there.
 */
export function remedy(claim: Claim): string {
  return claim.field === 'nodePort'
    ? "pick another nodePort from the cluster's node-port range, or leave it out and let the cluster pick one"
    : 'use a port from 49152-65535';
}

/** `service "web"`, `Deployment/api (container "app")`, `stage "build"`: who claims the port. */
export function describeResource(claim: Claim): string {
  if (claim.manifest === 'compose') return `service "${claim.resource}"`;
  if (claim.manifest === 'dockerfile') {
    return claim.resource === 'Dockerfile' ? 'the Dockerfile' : `stage "${claim.resource}"`;
  }
  const named =
    claim.container !== undefined
      ? `${claim.resource} (container "${claim.container}")`
      : claim.resource;
  // A rendered port that no written number was seen to set: the file is sure, the line is not.
  return claim.via?.traced === 'file-only'
    ? `${named}, rendered from ${claim.via.file} (the exact line that sets this port could not be traced),`
    : named;
}

/**
 * On the host network a container's own ports bind on the host; the engine discards the ports a
 * compose service publishes there, so those are only written, not bound.
 */
export function hostNetworkNote(claim: Claim, field: ClaimField = claim.field): string {
  if (!claim.hostNetwork) return '';
  return field === 'ports.published'
    ? ' (ignored by the engine on the host network, but written in the file)'
    : ' on the host network';
}
