import { describeClaimed, describeResource, hitsFromClaims, portsWhere, remedy } from '../group.js';
import type { ClassTest } from '../group.js';
import type { Rule } from '../rule.js';

const reservedPortClass: ClassTest = (c) => c.status === 'reserved';

export const reservedPort: Rule = {
  id: 'reserved-port',
  defaultSeverity: 'error',
  summary: 'A port IANA lists as Reserved for this protocol.',
  suggestsFix: true,
  check: ({ claims }) =>
    hitsFromClaims(
      claims,
      (claim) => portsWhere(claim, reservedPortClass),
      ({ first, covers }) =>
        `${describeResource(first)} claims ${describeClaimed(first, covers)}, which IANA lists as Reserved; ${remedy(first)}.`,
    ),
};
