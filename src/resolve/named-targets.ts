import type { Problem, RawClaim } from '../types.js';
import type { ControllerLabel, NamedContainerPort, NamedTargetPort } from '../parse/result.js';

/** Whether a value is one a controller gives its pods' label. */
function carries(label: ControllerLabel | undefined, value: string): boolean {
  if (!label) return false;
  if ('any' in label) return true;
  if ('exact' in label) return value === label.exact;
  if (!value.startsWith(label.prefix)) return false;
  if (!label.ordinals) return true;
  const rest = value.slice(label.prefix.length);
  if (!/^(0|[1-9]\d*)$/.test(rest)) return false;
  const n = Number(rest);
  return n >= label.ordinals.from && (label.ordinals.to === undefined || n < label.ordinals.to);
}

/** Whether the pods of a port carry every label of a selector, theirs or their controller's. */
function selects(selector: Record<string, string>, port: NamedContainerPort): boolean {
  return Object.entries(selector).every(
    ([k, v]) => port.labels[k] === v || carries(port.controllerLabels?.[k], v),
  );
}

/** Where the index keeps ports whose label's value their controller picks. */
const PICKED = '\0picked by the controller';

/** The deployable instances a file's manifests are applied with (see resolve/index.ts). */
export type UnitsOf = (file: string) => readonly string[];

/**
 * The closest of the matching ports: those of the Service's own file, else of its deployable
 * (the manifests of its directory, the build that deploys it), else all of them. A repository
 * often holds the same app for several environments, each with its own numbers; the Service
 * deployed with a Deployment is the one that fronts it.
 */
function closest(
  target: NamedTargetPort,
  matches: NamedContainerPort[],
  unitsOf: UnitsOf,
): NamedContainerPort[] {
  const sameFile = matches.filter((m) => m.file === target.file);
  if (sameFile.length > 0) return sameFile;
  const units = unitsOf(target.file);
  const sameUnit = matches.filter((m) => unitsOf(m.file).some((u) => units.includes(u)));
  return sameUnit.length > 0 ? sameUnit : matches;
}

function describeSelector(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** Ports by protocol and name, then by each label of their pods and its value, in scan order. */
function indexPorts(
  ports: readonly NamedContainerPort[],
): Map<string, Map<string, Map<string, NamedContainerPort[]>>> {
  const index = new Map<string, Map<string, Map<string, NamedContainerPort[]>>>();
  for (const port of ports) {
    const key = `${port.protocol}/${port.name}`;
    let byLabel = index.get(key);
    if (!byLabel) index.set(key, (byLabel = new Map()));
    const labels = Object.entries(port.labels);
    for (const label of Object.keys(port.controllerLabels ?? {})) {
      if (!(label in port.labels)) labels.push([label, PICKED]);
    }
    for (const [label, value] of labels) {
      let byValue = byLabel.get(label);
      if (!byValue) byLabel.set(label, (byValue = new Map()));
      const list = byValue.get(value);
      if (list) list.push(port);
      else byValue.set(value, [port]);
    }
  }
  return index;
}

/** Without deployables (a test of this module alone): a file's directory. */
const sameDirectory: UnitsOf = (file) => [file.slice(0, file.lastIndexOf('/') + 1)];

/**
 * A Service's named `targetPort` resolves, as the endpoints controller's FindPort does, to the
 * container port of that name and protocol in the pods its selector matches: anywhere in the
 * scan, in the same namespace (or either side without one, as Kustomize and `kubectl -n` set it),
 * preferring the pods deployed with the Service.
 */
export function resolveNamedTargets(
  targets: readonly NamedTargetPort[],
  ports: readonly NamedContainerPort[],
  unitsOf: UnitsOf = sameDirectory,
): { claims: RawClaim[]; problems: Problem[] } {
  const claims: RawClaim[] = [];
  const problems: Problem[] = [];
  const index = indexPorts(ports);
  for (const target of targets) {
    const selector = target.selector ?? {};
    const first = Object.entries(selector)[0];
    const hasSelector = first !== undefined;
    // Only the ports whose pods carry the selector's first label can match: a large tree has
    // thousands of ports named `http`, and a quadratic search took a tenth of its scan.
    const byValue = first
      ? index.get(`${target.protocol}/${target.name}`)?.get(first[0])
      : undefined;
    const candidates = first
      ? [...(byValue?.get(first[1]) ?? []), ...(byValue?.get(PICKED) ?? [])]
      : [];
    const matches = hasSelector
      ? candidates.filter(
          (p) =>
            (p.namespace === undefined ||
              target.namespace === undefined ||
              p.namespace === target.namespace) &&
            selects(selector, p),
        )
      : [];
    const numbers = [...new Set(closest(target, matches, unitsOf).map((m) => m.port))].sort(
      (a, b) => a - b,
    );
    if (numbers.length === 0) {
      const why = hasSelector
        ? `matches no ${target.protocol} container port named "${target.name}" in the pods its selector (${describeSelector(selector)}) picks in this scan; name that port in the pod template or write the number`
        : `cannot be resolved: the Service has no selector, so no pod's port of that name is known; write the number`;
      problems.push({
        code: 'unresolved-port',
        file: target.file,
        span: target.span,
        message: `${target.resource}: targetPort "${target.name}" ${why}.`,
        manifest: 'kubernetes',
        resource: target.resource,
        field: 'targetPort',
        protocol: target.protocol,
        spec: target.spec,
      });
      continue;
    }
    for (const port of numbers) {
      const claim: RawClaim = {
        file: target.file,
        span: target.span,
        manifest: 'kubernetes',
        resource: target.resource,
        field: 'targetPort',
        port,
        protocol: target.protocol,
        spec: target.spec,
      };
      if (target.namespace !== undefined) claim.namespace = target.namespace;
      claims.push(claim);
    }
  }
  return { claims, problems };
}
