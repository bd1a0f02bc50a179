import type {
  Claim,
  ClaimField,
  ClaimProtocol,
  FieldPorts,
  PortSpan,
  Problem,
  Severity,
  Span,
} from '../types.js';

export const RULE_IDS = [
  'unassigned-well-known',
  'reserved-port',
  'invalid-port',
  'host-port-conflict',
  'unresolved-port',
  'parse-error',
  'unassigned-registered',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/**
 * The rules that judge one claim by its IANA class. An allow entry accepts their findings, and in
 * a pull request they are new when the base has no claim with the same resource, field, port and
 * protocol. A conflict, an invalid or unresolved port and a broken file are bugs whatever the port.
 */
export const CLASS_RULES: ReadonlySet<string> = new Set<RuleId>([
  'unassigned-well-known',
  'reserved-port',
  'unassigned-registered',
]);

export interface RuleInput {
  claims: readonly Claim[];
  problems: readonly Problem[];
}

/** What a rule found, before severities, suppressions, scope and suggestions are applied. */
export interface Hit {
  file: string;
  span: Span;
  message: string;
  /** The offending ports, at most MAX_PORTS_LISTED of them. */
  ports?: number[];
  /** Every offending port, when the hit is about claims. */
  spans?: PortSpan[];
  protocol?: ClaimProtocol;
  resource?: string;
  /** The first field the hit covers. */
  field?: ClaimField;
  /** Every field, when the written item holds offending ports in several. */
  fields?: ClaimField[];
  /** The offending ports of each field. */
  covers?: FieldPorts[];
  /** The claims behind the hit: what a fix rewrites and what scope `changed` compares. */
  claims?: Claim[];
  /** The most the finding may weigh, whatever the rule's severity (see `Problem.maxSeverity`). */
  maxSeverity?: Severity;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line, for SARIF and the docs. */
  summary: string;
  /** Whether the rule's findings get a fix suggestion (a port in 49152-65535). */
  suggestsFix: boolean;
  check(input: RuleInput): Hit[];
}
