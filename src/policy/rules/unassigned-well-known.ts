import { describePorts, describeResource, hitsFromClaims, hostNetworkNote } from '../group.js';
import type { Rule } from '../rule.js';

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  summary: 'A well-known port (0-1023) that IANA has not assigned for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims.filter((c) => c.class.range === 'well-known' && c.class.status === 'unassigned'),
      (group) => {
        const first = group[0]!;
        const ports = describePorts(
          group.map((c) => c.port),
          first.protocol,
        );
        return `${describeResource(first)} claims ${ports} (${first.field})${hostNetworkNote(first)}, a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: use a port from 49152-65535.`;
      },
    ),
};
