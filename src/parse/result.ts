import type { ComposeFileModel } from './compose-model.js';
import type { ClaimProtocol, FileEntry, ManifestKind, Problem, RawClaim, Span } from '../types.js';

/** A container port with a name, which a Service's named `targetPort` may refer to. */
export interface NamedContainerPort {
  name: string;
  port: number;
  protocol: ClaimProtocol;
  namespace?: string;
  labels: Record<string, string>;
  /** The labels the pods' controller adds to each pod it makes, beyond the template's. */
  controllerLabels?: Record<string, ControllerLabel>;
  /** The file that declares it: a Service prefers the pods of its own file. */
  file: string;
}

/**
 * The values a label that a controller puts on its pods may take: any (a hash, a uid), the one
 * written (a Job's name), or a prefix and then, when `ordinals` are given, an ordinal from `from`
 * up to but not including `to` (a StatefulSet's pod names `web-0`, `web-1` and their indexes).
 */
export type ControllerLabel =
  { any: true } | { exact: string } | { prefix: string; ordinals?: { from: number; to?: number } };

/** A Service port whose `targetPort` is a name: resolved once every file of the scan is parsed. */
export interface NamedTargetPort {
  file: string;
  span: Span;
  resource: string;
  name: string;
  protocol: ClaimProtocol;
  namespace?: string;
  selector?: Record<string, string>;
  spec: string;
}

/** An inline `# port-claims: ignore RULE[, RULE] -- reason` directive. */
export interface IgnoreDirective {
  /**
   * The line whose findings it covers: its own for a comment after a value, the next one for a
   * comment on a line of its own.
   */
  line: number;
  /** Rule ids as written; the policy layer checks them against the rules. */
  rules: string[];
  reason: string;
  /** Where the comment is written, to report a directive that is wrong or matches nothing. */
  span: Span;
  /** Set when the comment cannot be applied as written: it is reported, never applied. */
  error?: string;
}

export interface ParsedFile {
  entry: FileEntry;
  claims: RawClaim[];
  problems: Problem[];
  namedPorts?: NamedContainerPort[];
  namedTargets?: NamedTargetPort[];
  ignores?: IgnoreDirective[];
  /** A compose file's model, which the project pass merges with its overrides and includes. */
  compose?: ComposeFileModel;
}

export function emptyResult(
  file: string,
  manifest: ManifestKind,
  status: FileEntry['status'] = 'ok',
  reason?: string,
): ParsedFile {
  const entry: FileEntry = { file, manifest, status };
  if (reason !== undefined) entry.reason = reason;
  return { entry, claims: [], problems: [] };
}
