import type { ComposeFileModel } from './compose-model.js';
import type { ClaimProtocol, FileEntry, ManifestKind, Problem, RawClaim, Span } from '../types.js';

/** A container port with a name, which a Service's named `targetPort` may refer to. */
export interface NamedContainerPort {
  name: string;
  port: number;
  protocol: ClaimProtocol;
  namespace?: string;
  labels: Record<string, string>;
  /** The file that declares it: a Service prefers the pods of its own file. */
  file: string;
}

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
  line: number;
  rules: string[];
  reason: string;
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
