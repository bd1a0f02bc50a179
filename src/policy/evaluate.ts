// Runs every rule, then applies what is not the rules' business: severities from config, the fix
// suggestion, fingerprints, and order. Suppressions and PR scope are applied on the findings.
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../types.js';
import type { Hit, RuleId, RuleInput } from './rule.js';
import { RULES } from './rules/index.js';

export type SeverityOverride = Severity | 'off';

export interface PolicySettings {
  severities?: Partial<Record<RuleId, SeverityOverride>>;
}

const FIRST_DYNAMIC_PORT = 49152;

/**
 * RFC 6335 sends private use to 49152-65535. Offending ports, ascending, each get the lowest
 * dynamic port that no claim of the scan uses and no other offending port was given, so one
 * port gets one suggestion everywhere and two never collide.
 */
export function allocateReplacements(
  offending: Iterable<number>,
  used: Iterable<number>,
): Map<number, number> {
  const taken = new Set(used);
  const result = new Map<number, number>();
  let next = FIRST_DYNAMIC_PORT;
  for (const port of [...new Set(offending)].sort((a, b) => a - b)) {
    while (next <= 65535 && taken.has(next)) next++;
    if (next > 65535) break;
    result.set(port, next);
    taken.add(next);
  }
  return result;
}

export function fingerprintOf(rule: string, hit: Hit): string {
  const parts = [
    rule,
    hit.file,
    hit.resource ?? '',
    hit.field ?? '',
    hit.protocol ?? '',
    (hit.ports ?? []).join(','),
  ];
  // Hits without ports (a parse error) are told apart by their message, which names no line.
  if (!hit.ports?.length) parts.push(hit.message.replace(/\b(line|at) \d+(:\d+)?/g, ''));
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

export function evaluate(input: RuleInput, settings: PolicySettings = {}): Finding[] {
  const results: { rule: RuleId; severity: Severity; suggestsFix: boolean; hit: Hit }[] = [];
  for (const rule of RULES) {
    const severity = settings.severities?.[rule.id] ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    for (const hit of rule.check(input))
      results.push({ rule: rule.id, severity, suggestsFix: rule.suggestsFix, hit });
  }

  const fixable = (r: { suggestsFix: boolean; hit: Hit }): boolean =>
    r.suggestsFix && r.hit.field !== 'nodePort';
  const offending = results.filter(fixable).flatMap((r) => r.hit.ports ?? []);
  const replacements = allocateReplacements(
    offending,
    input.claims.map((c) => c.port),
  );

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
      message: hit.message,
      fingerprint: '',
    };
    if (hit.ports) finding.ports = hit.ports;
    if (hit.protocol) finding.protocol = hit.protocol;
    if (hit.resource !== undefined) finding.resource = hit.resource;
    if (hit.field) finding.field = hit.field;
    const claim = hit.claims?.[0];
    if (fixable(result) && hit.ports?.length === 1 && claim?.digits) {
      const port = replacements.get(hit.ports[0] as number);
      if (port !== undefined) {
        const { spec, digits } = claim;
        finding.suggestion = {
          port,
          replacement: spec.slice(0, digits.start) + port + spec.slice(digits.end),
        };
      }
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
