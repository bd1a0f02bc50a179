import { describeClaimed, describeResource, hitsFromClaims, portsWhere, remedy } from '../group.js';
import type { Rule } from '../rule.js';

export const reservedPort: Rule = {
  id: 'reserved-port',
  defaultSeverity: 'error',
  summary: 'A port IANA lists as Reserved for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims,
      (claim) => portsWhere(claim, (c) => c.status === 'reserved'),
      ({ first, covers }) =>
        `${describeResource(first)} claims ${describeClaimed(first, covers)}, which IANA lists as Reserved; ${remedy(first)}.`,
    ),
};
