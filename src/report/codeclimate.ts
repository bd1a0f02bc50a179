// GitLab Code Quality (a subset of the Code Climate issue format): a JSON array of issues that
// GitLab shows in the merge request widget and the diff. Paths must be relative to the
// repository's root. Suppressed findings are left out: the format has no way to say "accepted".
import type { Finding, Report, Severity } from '../types.js';
import type { RootedPaths } from './rooted.js';
import { rootedPath } from './rooted.js';
import { messageWithFix } from './words.js';

/** GitLab's severities are info, minor, major, critical and blocker. */
const SEVERITY: Record<Severity, 'info' | 'minor' | 'major'> = {
  error: 'major',
  warning: 'minor',
  notice: 'info',
};

function issue(f: Finding, rooted: RootedPaths | undefined): Record<string, unknown> {
  return {
    type: 'issue',
    check_name: f.rule,
    description: messageWithFix(f),
    categories: [f.rule === 'parse-error' ? 'Bug Risk' : 'Compatibility'],
    severity: SEVERITY[f.severity],
    fingerprint: f.fingerprint,
    location: {
      path: rootedPath(f.file, rooted),
      lines: { begin: f.line, end: f.endLine },
    },
  };
}

export function renderCodeClimate(report: Report, rooted?: RootedPaths): string {
  const issues = report.findings
    .filter((f) => f.suppressed === undefined)
    .map((f) => issue(f, rooted));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
