import type { Claim } from '../types.js';
import type { Hit } from './rule.js';

/**
 * Turns the claims a rule objects to into hits: one per written value, field and protocol, so a
 * range such as "250-252:250-252" gives one hit per field listing each offending port once.
 */
export function hitsFromClaims(
  claims: readonly Claim[],
  message: (claims: Claim[]) => string,
): Hit[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const { file, span, field, protocol, resource } = claim;
    const key = `${file}\0${span.line}\0${span.column}\0${field}\0${protocol}\0${resource}`;
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
      message: message(group),
      ports,
      protocol: first.protocol,
      resource: first.resource,
      field: first.field,
      claims: group,
    };
  });
}

/** "251/tcp", "250-252/tcp", "250, 252/udp": ports as a person reads them. */
export function describePorts(ports: readonly number[], protocol: string): string {
  const sorted = [...ports].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return `${parts.join(', ')}/${protocol}`;
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

export function hostNetworkNote(claim: Claim): string {
  return claim.hostNetwork ? ' on the host network' : '';
}
