// Runs every rule, then applies what is not the rules' business: severities from config, the fix
// suggestion, fingerprints, and order. Suppressions and PR scope are applied on the findings.
import { createHash } from 'node:crypto';
import type { Finding, PortSpan, Severity, Suggestion } from '../types.js';
import { claimSpan, MAX_PORTS_LISTED } from './group.js';
import type { Hit, RuleId, RuleInput } from './rule.js';
import { RULES } from './rules/index.js';
import { countPorts, listPorts, normalise, spansOf } from './spans.js';

export type SeverityOverride = Severity | 'off';

export interface PolicySettings {
  severities?: Partial<Record<RuleId, SeverityOverride>>;
}

const FIRST_DYNAMIC_PORT = 49152;

/**
 * RFC 6335 sends private use to 49152-65535. Offending ports, ascending, each get the lowest
 * dynamic port that no claim of the scan uses and no other offending port was given, so one
 * port gets one suggestion everywhere and two never collide. Ports come as numbers or spans;
 * the work is linear in the spans, not in the ports they hold.
 */
export function allocateReplacements(
  offending: Iterable<number | PortSpan>,
  used: Iterable<number | PortSpan>,
): Map<number, number> {
  const asSpans = (items: Iterable<number | PortSpan>): PortSpan[] =>
    normalise([...items].map((x) => (typeof x === 'number' ? { from: x, to: x } : x)));
  const taken = asSpans(used);
  const result = new Map<number, number>();
  let next = FIRST_DYNAMIC_PORT;
  let t = 0;
  const free = (): boolean => {
    for (;;) {
      while (t < taken.length && (taken[t] as PortSpan).to < next) t++;
      const span = taken[t];
      if (!span || span.from > next) return next <= 65535;
      next = span.to + 1;
    }
  };
  for (const span of asSpans(offending)) {
    for (let port = span.from; port <= span.to; port++) {
      if (!free()) return result;
      result.set(port, next);
      next++;
    }
  }
  return result;
}

/**
 * The ports of a fingerprint: those of the hit's first field (so that merging the fields of an
 * item keeps the fingerprint the first field's finding had), listed as before ranges were
 * claims, and as spans past the list's cap.
 */
function fingerprintPorts(hit: Hit): string {
  const spans = hit.covers?.[0]?.spans ?? hit.spans;
  if (spans && countPorts(spans) > MAX_PORTS_LISTED) {
    return spans.map((s) => `${s.from}-${s.to}`).join(',');
  }
  if (spans) return listPorts(spans).join(',');
  return (hit.ports ?? []).join(',');
}

export function fingerprintOf(rule: string, hit: Hit): string {
  const parts = [
    rule,
    hit.file,
    hit.resource ?? '',
    hit.field ?? '',
    hit.protocol ?? '',
    fingerprintPorts(hit),
  ];
  // Hits without ports (a parse error) are told apart by their message, which names no line.
  if (!hit.ports?.length) parts.push(hit.message.replace(/\b(line|at) \d+(:\d+)?/g, ''));
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

/**
 * The corrected text of a written item: each offending port of each of its claims replaced by
 * its allocation. Undefined unless every offending port is written literally as a single port
 * and has a replacement: a suggestion fixes the whole item or is not made.
 */
function replacementOf(
  hit: Hit,
  replacements: ReadonlyMap<number, number>,
): Suggestion | undefined {
  const claims = hit.claims ?? [];
  const first = claims[0];
  if (!first || !hit.spans?.length) return undefined;
  const edits: { start: number; end: number; port: number }[] = [];
  for (const claim of claims) {
    if (claim.endPort !== undefined || !claim.digits) return undefined;
    const port = replacements.get(claim.port);
    if (port === undefined) return undefined;
    edits.push({ ...claim.digits, port });
  }
  const lowest = (hit.spans[0] as PortSpan).from;
  let text = first.spec;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.port + text.slice(edit.end);
  }
  return { port: replacements.get(lowest) as number, replacement: text };
}

/**
 * The message as one flat string. Built from template literals, it is a tree of pieces (a third
 * larger): a scan of 40,000 manifests keeps 60,000 of them until the report is written.
 */
function flat(text: string): string {
  return text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

export function evaluate(input: RuleInput, settings: PolicySettings = {}): Finding[] {
  const results: { rule: RuleId; severity: Severity; suggestsFix: boolean; hit: Hit }[] = [];
  for (const rule of RULES) {
    const severity = settings.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const hit of rule.check(input)) {
      results.push({
        rule: rule.id,
        severity: lighter(severity, hit.maxSeverity),
        suggestsFix: rule.suggestsFix,
        hit,
      });
    }
  }

  const fixable = (r: { suggestsFix: boolean; hit: Hit }): boolean =>
    r.suggestsFix && r.hit.field !== 'nodePort';
  const offending: PortSpan[] = [];
  // Hits about one range share their lists of spans: each list is counted once.
  const counted = new Set<readonly PortSpan[]>();
  for (const r of results) {
    if (!fixable(r)) continue;
    const spans = r.hit.spans ?? spansOf(r.hit.ports ?? []);
    if (counted.has(spans)) continue;
    counted.add(spans);
    for (const span of spans) offending.push(span);
  }
  const replacements = allocateReplacements(offending, input.claims.map(claimSpan));

  const seenFingerprints = new Map<string, number>();
  const findings = results.map((result) => {
    const { rule, severity, hit } = result;
    const finding: Finding = {
      rule,
      severity,
      file: hit.file,
      line: hit.span.line,
      column: hit.span.column,
      endLine: hit.span.endLine,
      endColumn: hit.span.endColumn,
      message: flat(hit.message),
      fingerprint: '',
    };
    if (hit.ports) finding.ports = hit.ports;
    if (hit.protocol) finding.protocol = hit.protocol;
    if (hit.resource !== undefined) finding.resource = hit.resource;
    if (hit.field) finding.field = hit.field;
    if (hit.fields) finding.fields = hit.fields;
    if (fixable(result)) {
      const suggestion = replacementOf(hit, replacements);
      if (suggestion) finding.suggestion = suggestion;
    }
    // Kept only where `field` and `ports` do not say it all (see findingSpans).
    if (
      hit.covers &&
      (hit.covers.length > 1 || hit.ports?.length !== countPorts(hit.spans ?? []))
    ) {
      finding.covers = hit.covers;
    }
    return { finding, hit };
  });

  findings.sort((a, b) => compareFindings(a.finding, b.finding));
  for (const entry of findings) {
    const base = fingerprintOf(entry.finding.rule, entry.hit);
    const count = (seenFingerprints.get(base) ?? 0) + 1;
    seenFingerprints.set(base, count);
    // The same claim written twice in one file: the second is told apart by its order.
    entry.finding.fingerprint = count === 1 ? base : `${base}-${count}`;
  }
  return findings.map((f) => f.finding);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

export type FailOn = Severity | 'never';
const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** A hit's severity: the rule's, unless the hit caps it lower. */
function lighter(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && RANK[cap] < RANK[severity] ? cap : severity;
}

export function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

/** The findings to show and annotate: not suppressed, and not old in a pull request. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.suppressed === undefined && f.new !== false);
}

/** The findings that fail the run: the active ones severe enough. */
export function failing(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return activeFindings(findings).filter((f) => atOrAbove(f.severity, failOn));
}
