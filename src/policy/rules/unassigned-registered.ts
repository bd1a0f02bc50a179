import { describeClaimed, describeResource, hitsFromClaims, portsWhere } from '../group.js';
import type { ClassTest } from '../group.js';
import type { Rule } from '../rule.js';

const unassignedRegisteredPort: ClassTest = (c) =>
  c.range === 'registered' && c.status === 'unassigned';

export const unassignedRegistered: Rule = {
  id: 'unassigned-registered',
  defaultSeverity: 'notice',
  summary: 'A registered port (1024-49151) that IANA has not assigned for this protocol.',
  suggestsFix: false,
  check: ({ claims }) =>
    hitsFromClaims(
      claims,
      // A nodePort must come from the cluster's node-port range (30000-32767 by default, all of it
      // registered), so a notice on it could not be acted on.
      (claim) => (claim.field === 'nodePort' ? [] : portsWhere(claim, unassignedRegisteredPort)),
      ({ first, covers }) =>
        `${describeResource(first)} claims ${describeClaimed(first, covers)}, a registered port IANA has not assigned; it may be assigned to another service later, so prefer 49152-65535 for private use.`,
    ),
};
