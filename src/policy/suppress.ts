// Suppressions, applied after the rules: allow entries from the config and inline ignores. A
// suppressed finding stays in the report with its reason; it never fails the run.
import picomatch from 'picomatch';
import { didYouMean } from '../config/closest.js';
import type { IgnoreDirective } from '../parse/result.js';
import type { ClaimProtocol, Finding, PortSpan } from '../types.js';
import { compareFindings, fingerprintOf } from './evaluate.js';
import { CLASS_RULES, RULE_IDS } from './rule.js';
import { countPorts, findingSpans, normalise, subtract } from './spans.js';

export interface PortInterval {
  start: number;
  end: number;
}

/** A config `allow` entry: claims a team has decided to live with, and why. */
export interface AllowEntry {
  ports: PortInterval[];
  /** Any protocol when absent. */
  protocol?: ClaimProtocol;
  /** Globs on the finding's file; any file when absent. */
  files?: string[];
  reason: string;
}

export interface SuppressInput {
  allow?: readonly AllowEntry[];
  /** Inline directives per file. */
  ignores?: ReadonlyMap<string, readonly IgnoreDirective[]>;
  /** Rules turned off: a directive naming one has nothing to match, and that is not news. */
  off?: ReadonlySet<string>;
  /** Files read only in part (invalid YAML): a directive there may lack its finding for that reason. */
  partial?: ReadonlySet<string>;
}

interface CompiledAllow extends AllowEntry {
  matchesFile: (file: string) => boolean;
  spans: PortSpan[];
}

function compile(entry: AllowEntry): CompiledAllow {
  const matcher = entry.files?.length ? picomatch(entry.files, { dot: true }) : () => true;
  const spans = normalise(entry.ports.map((r) => ({ from: r.start, to: r.end })));
  return { ...entry, matchesFile: matcher, spans };
}

/** The reasons of the entries that together cover every port of the finding, else undefined. */
function allowedBecause(finding: Finding, entries: readonly CompiledAllow[]): string | undefined {
  if (!CLASS_RULES.has(finding.rule)) return undefined;
  let uncovered = findingSpans(finding);
  if (uncovered.length === 0) return undefined;
  const reasons: string[] = [];
  for (const entry of entries) {
    if (entry.protocol !== undefined && entry.protocol !== finding.protocol) continue;
    if (!entry.matchesFile(finding.file)) continue;
    const left = subtract(uncovered, entry.spans);
    if (countPorts(left) === countPorts(uncovered)) continue;
    if (!reasons.includes(entry.reason)) reasons.push(entry.reason);
    uncovered = left;
    if (uncovered.length === 0) return reasons.join('; ');
  }
  return undefined;
}

/**
 * Marks the findings an inline directive or an allow entry covers (a directive wins: it is the
 * more specific), and adds a notice for every directive that is wrong or matches nothing.
 */
export function suppress(findings: readonly Finding[], input: SuppressInput): Finding[] {
  const allow = (input.allow ?? []).map(compile);
  const used = new Set<string>();
  const out = findings.map((finding) => {
    const directives = input.ignores?.get(finding.file) ?? [];
    const index = directives.findIndex(
      (d) => d.error === undefined && d.line === finding.line && d.rules.includes(finding.rule),
    );
    const directive = directives[index];
    if (directive) {
      used.add(`${finding.file}\0${index}\0${finding.rule}`);
      return { ...finding, suppressed: directive.reason };
    }
    const reason = allowedBecause(finding, allow);
    return reason === undefined ? finding : { ...finding, suppressed: reason };
  });

  const notices: Finding[] = [];
  for (const [file, directives] of input.ignores ?? []) {
    directives.forEach((d, index) => {
      for (const problem of directiveProblems(d, (rule) =>
        used.has(`${file}\0${index}\0${rule}`),
      )) {
        if (input.off?.has(problem.rule)) continue;
        if (problem.stale && input.partial?.has(file)) continue;
        notices.push(notice(file, d, problem.rule, problem.message));
      }
    });
  }
  notices.sort(compareFindings);
  const seen = new Map<string, number>();
  for (const n of notices) {
    const count = (seen.get(n.fingerprint) ?? 0) + 1;
    seen.set(n.fingerprint, count);
    if (count > 1) n.fingerprint = `${n.fingerprint}-${count}`;
  }
  return [...out, ...notices].sort(compareFindings);
}

interface DirectiveProblem {
  rule: string;
  message: string;
  stale: boolean;
}

/**
 * What is wrong with a directive. A directive that cannot be read is a `parse-error` (the file
 * holds something port-claims cannot read); one that matches nothing is reported under the rule
 * it names, so it reads as what it is about.
 */
function directiveProblems(
  d: IgnoreDirective,
  isUsed: (rule: string) => boolean,
): DirectiveProblem[] {
  if (d.error !== undefined) {
    return [
      { rule: 'parse-error', message: `This port-claims directive ${d.error}.`, stale: false },
    ];
  }
  const where = d.line === d.span.line ? 'its own line' : 'the next line';
  return d.rules
    .filter((rule) => !isUsed(rule))
    .map((rule) =>
      (RULE_IDS as readonly string[]).includes(rule)
        ? {
            rule,
            message: `This "# port-claims: ignore ${rule}" matches no ${rule} finding on ${where}; remove it, so that it cannot hide a future one.`,
            stale: true,
          }
        : {
            rule: 'parse-error',
            message: `This port-claims directive names "${rule}", which is not a rule${didYouMean(rule, RULE_IDS)}, so it ignores nothing; the rules are ${RULE_IDS.join(', ')}.`,
            stale: false,
          },
    );
}

function notice(file: string, d: IgnoreDirective, rule: string, message: string): Finding {
  return {
    rule,
    severity: 'notice',
    file,
    line: d.span.line,
    column: d.span.column,
    endLine: d.span.endLine,
    endColumn: d.span.endColumn,
    message,
    // The message names no line, so the fingerprint survives the directive moving.
    fingerprint: fingerprintOf(rule, { file, span: d.span, message }),
  };
}
