import type { Problem, RawClaim } from '../types.js';
import type { NamedContainerPort, NamedTargetPort } from './result.js';

function selects(
  selector: Record<string, string> | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/**
 * A Service's named `targetPort` resolves to the container ports of that name in the pods its
 * selector matches, anywhere in the scan (same namespace, or either side without one).
 */
export function resolveNamedTargets(
  targets: readonly NamedTargetPort[],
  ports: readonly NamedContainerPort[],
): { claims: RawClaim[]; problems: Problem[] } {
  const claims: RawClaim[] = [];
  const problems: Problem[] = [];
  for (const target of targets) {
    const matches = ports.filter(
      (p) =>
        p.name === target.name &&
        p.protocol === target.protocol &&
        (p.namespace === undefined ||
          target.namespace === undefined ||
          p.namespace === target.namespace) &&
        selects(target.selector, p.labels),
    );
    const numbers = [...new Set(matches.map((m) => m.port))].sort((a, b) => a - b);
    if (numbers.length === 0) {
      problems.push({
        code: 'unresolved-port',
        file: target.file,
        span: target.span,
        message: `${target.resource}: targetPort "${target.name}" matches no container port named "${target.name}" (${target.protocol}) in the pods its selector picks in this scan.`,
        manifest: 'kubernetes',
        resource: target.resource,
        field: 'targetPort',
        protocol: target.protocol,
        spec: target.spec,
      });
      continue;
    }
    for (const port of numbers) {
      claims.push({
        file: target.file,
        span: target.span,
        manifest: 'kubernetes',
        resource: target.resource,
        field: 'targetPort',
        port,
        protocol: target.protocol,
        spec: target.spec,
      });
    }
  }
  return { claims, problems };
}
