import {
  describePorts,
  describeResource,
  hitsFromClaims,
  hostNetworkNote,
  remedy,
} from '../group.js';
import type { Rule } from '../rule.js';

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  summary: 'A well-known port (0-1023) that IANA has not assigned for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims.filter((c) => c.class.range === 'well-known' && c.class.status === 'unassigned'),
      (first, ports) =>
        `${describeResource(first)} claims ${describePorts(ports, first.protocol)} (${first.field})${hostNetworkNote(first)}, a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: ${remedy(first)}.`,
    ),
};
