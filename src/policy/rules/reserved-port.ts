import { describePorts, describeResource, hitsFromClaims, hostNetworkNote } from '../group.js';
import type { Rule } from '../rule.js';

export const reservedPort: Rule = {
  id: 'reserved-port',
  defaultSeverity: 'error',
  summary: 'A port IANA lists as Reserved for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims.filter((c) => c.class.status === 'reserved'),
      (group) => {
        const first = group[0]!;
        const ports = describePorts(
          group.map((c) => c.port),
          first.protocol,
        );
        return `${describeResource(first)} claims ${ports} (${first.field})${hostNetworkNote(first)}, which IANA lists as Reserved; use a port from 49152-65535.`;
      },
    ),
};
