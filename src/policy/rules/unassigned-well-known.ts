import { describeClaimed, describeResource, hitsFromClaims, portsWhere, remedy } from '../group.js';
import type { ClassTest } from '../group.js';
import type { Rule } from '../rule.js';

const unassignedWellKnownPort: ClassTest = (c) =>
  c.range === 'well-known' && c.status === 'unassigned';

export const unassignedWellKnown: Rule = {
  id: 'unassigned-well-known',
  defaultSeverity: 'error',
  summary: 'A well-known port (0-1023) that IANA has not assigned for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims,
      (claim) => portsWhere(claim, unassignedWellKnownPort),
      ({ first, covers }) =>
        `${describeResource(first)} claims ${describeClaimed(first, covers)}, a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: ${remedy(first)}.`,
    ),
};
