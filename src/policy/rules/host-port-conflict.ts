import type { Claim } from '../../types.js';
import { describePorts, describeResource, hitsFromClaims } from '../group.js';
import type { Rule } from '../rule.js';

/** A compose project: a directory's compose file plus its override files. */
export function composeProject(file: string): string {
  const slash = file.lastIndexOf('/');
  const dir = file.slice(0, slash + 1);
  const name = file
    .slice(slash + 1)
    .toLowerCase()
    .replace(/\.override(?=\.ya?ml$)/, '')
    .replace(/\.ya?ml$/, '');
  return dir + name;
}

const ANY_ADDRESS = new Set(['', '0.0.0.0', '::', '[::]']);

function addressesOverlap(a: string | undefined, b: string | undefined): boolean {
  const x = a ?? '';
  const y = b ?? '';
  return x === y || ANY_ADDRESS.has(x) || ANY_ADDRESS.has(y);
}

/** The same item merged from a compose file and its override is one claim, not a conflict. */
function sameItem(a: Claim, b: Claim): boolean {
  return a.resource === b.resource && a.spec === b.spec && a.file !== b.file;
}

function conflicts(claims: readonly Claim[]): Map<Claim, Claim> {
  const firstOf = new Map<Claim, Claim>();
  const seen = new Map<string, Claim[]>();
  for (const claim of claims) {
    let scope: string;
    if (claim.manifest === 'compose' && claim.field === 'ports.published') {
      scope = `compose\0${composeProject(claim.file)}\0${claim.protocol}`;
    } else if (claim.manifest === 'kubernetes' && claim.field === 'nodePort') {
      // The cluster allocates node ports by number, whatever the protocol.
      scope = 'nodePort';
    } else {
      continue;
    }
    const key = `${scope}\0${claim.port}`;
    const earlier = seen.get(key) ?? [];
    const clash = earlier.find((other) =>
      claim.manifest === 'compose'
        ? addressesOverlap(other.hostIp, claim.hostIp) &&
          !sameItem(other, claim) &&
          !(
            other.file === claim.file &&
            other.span.line === claim.span.line &&
            other.span.column === claim.span.column
          )
        : other.resource !== claim.resource,
    );
    if (clash) firstOf.set(claim, clash);
    earlier.push(claim);
    seen.set(key, earlier);
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
    return hitsFromClaims([...clashes.keys()], (group) => {
      const first = group[0]!;
      const other = clashes.get(first)!;
      const ports = describePorts(
        group.map((c) => c.port),
        first.protocol,
      );
      const where =
        other.file === first.file ? `line ${other.span.line}` : `${other.file}:${other.span.line}`;
      return `${describeResource(first)} claims host port ${ports} (${first.field}), already claimed by ${describeResource(other)} at ${where}; only one can bind it.`;
    });
  },
};
