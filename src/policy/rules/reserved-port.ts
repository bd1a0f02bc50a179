import {
  describePorts,
  describeResource,
  hitsFromClaims,
  hostNetworkNote,
  remedy,
} from '../group.js';
import type { Rule } from '../rule.js';

export const reservedPort: Rule = {
  id: 'reserved-port',
  defaultSeverity: 'error',
  summary: 'A port IANA lists as Reserved for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims.filter((c) => c.class.status === 'reserved'),
      (first, ports) =>
        `${describeResource(first)} claims ${describePorts(ports, first.protocol)} (${first.field})${hostNetworkNote(first)}, which IANA lists as Reserved; ${remedy(first)}.`,
    ),
};
