import { isIPv4, isIPv6 } from 'node:net';
import type { Claim } from '../../types.js';
import { describePorts, describeResource, hitsFromClaims } from '../group.js';
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

function conflicts(claims: readonly Claim[]): Map<Claim, Claim> {
  const firstOf = new Map<Claim, Claim>();
  const seen = new Map<string, Claim[]>();
  for (const claim of claims) {
    let scopes: string[];
    if (holdsHostPort(claim)) {
      // The project pass names every compose claim's projects; a claim without is its file's own.
      scopes = (claim.projects ?? [claim.file]).map(
        (project) => `compose\0${project}\0${claim.protocol}`,
      );
    } else if (claim.manifest === 'kubernetes' && claim.field === 'nodePort') {
      // The cluster allocates node ports by number, whatever the protocol.
      scopes = ['nodePort'];
    } else {
      continue;
    }
    for (const scope of scopes) {
      const key = `${scope}\0${claim.port}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((other) =>
        claim.manifest === 'compose' ? composeClash(other, claim) : nodePortClash(other, claim),
      );
      if (clash && !firstOf.has(claim)) firstOf.set(claim, clash);
      earlier.push(claim);
      seen.set(key, earlier);
    }
  }
  return firstOf;
}

export const hostPortConflict: Rule = {
  id: 'host-port-conflict',
  defaultSeverity: 'error',
  summary:
    'Two claims publish the same host address, port and protocol in one compose project, or two Services claim the same nodePort.',
  suggestsFix: false,
  check: ({ claims }) => {
    const clashes = conflicts(claims);
    return hitsFromClaims([...clashes.keys()], (first, portList) => {
      const other = clashes.get(first)!;
      const ports = describePorts(portList, first.protocol);
      const where =
        other.file === first.file ? `line ${other.span.line}` : `${other.file}:${other.span.line}`;
      const on = first.manifest === 'compose' && first.hostIp ? ` on ${first.hostIp}` : '';
      const range =
        first.hostRange || other.hostRange
          ? ' (the engine takes the lowest free port of a host range, so which one binds depends on start order)'
          : '';
      return `${describeResource(first)} claims host port ${ports}${on} (${first.field}), already claimed by ${describeResource(other)} at ${where}; only one can bind it${range}.`;
    });
  },
};
