import type { Claim } from '../types.js';
import type { Hit } from './rule.js';

/**
 * Turns the claims a rule objects to into hits: one per written value, field, protocol and
 * container, so a range such as "250-252:250-252" gives one hit per field listing each offending
 * port once. `message` gets the group's first claim and its ports, deduplicated and ascending.
 */
export function hitsFromClaims(
  claims: readonly Claim[],
  message: (first: Claim, ports: number[], group: Claim[]) => string,
): Hit[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const { file, span, field, protocol, resource, container } = claim;
    const key = `${file}\0${span.line}\0${span.column}\0${field}\0${protocol}\0${resource}\0${container ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as Claim;
    const ports = [...new Set(group.map((c) => c.port))].sort((a, b) => a - b);
    return {
      file: first.file,
      span: first.span,
      message: message(first, ports, group),
      ports,
      protocol: first.protocol,
      resource: first.resource,
      field: first.field,
      claims: group,
    };
  });
}

/** Past this many runs, a port list is cut short: a message must stay readable. */
const MAX_RUNS_SHOWN = 8;

/** "251/tcp", "250-252/tcp", "250, 252/udp": ports as a person reads them. */
export function describePorts(ports: readonly number[], protocol: string): string {
  const sorted = [...new Set(ports)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  if (parts.length > MAX_RUNS_SHOWN) {
    const shown = parts.slice(0, MAX_RUNS_SHOWN).join(', ');
    return `${shown}, ... (${sorted.length} ports in all)/${protocol}`;
  }
  return `${parts.join(', ')}/${protocol}`;
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
  return claim.container !== undefined
    ? `${claim.resource} (container "${claim.container}")`
    : claim.resource;
}

/**
 * On the host network a container's own ports bind on the host; the engine discards the ports a
 * compose service publishes there, so those are only written, not bound.
 */
export function hostNetworkNote(claim: Claim): string {
  if (!claim.hostNetwork) return '';
  return claim.field === 'ports.published'
    ? ' (ignored by the engine on the host network, but written in the file)'
    : ' on the host network';
}
