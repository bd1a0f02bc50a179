// JUnit XML, the test report most CI systems show (GitLab's test reports, Jenkins, Azure
// Pipelines, CircleCI): one test suite per manifest, one failing test case per finding, so a
// finding reads as a failed check of that file; a file without findings is one passing case.
import type { Finding, Report } from '../types.js';
import type { RootedPaths } from './rooted.js';
import { rootedPath } from './rooted.js';
import { messageWithFix } from './words.js';

/** Text as XML 1.0 allows it: markup escaped, characters it cannot hold at all replaced. */
function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '?')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '?')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function testCase(f: Finding, file: string): string {
  const name = xml(`${f.rule} ${file}:${f.line}:${f.column}`);
  const head = `    <testcase name="${name}" classname="${xml(file)}" file="${xml(file)}" line="${f.line}" time="0">`;
  if (f.suppressed !== undefined) {
    return `${head}\n      <skipped message="${xml(`suppressed: ${f.suppressed}`)}"/>\n    </testcase>`;
  }
  const message = messageWithFix(f);
  return [
    head,
    `      <failure message="${xml(message)}" type="${f.severity}">${xml(`${f.severity} ${f.rule} at ${file}:${f.line}:${f.column}\n${message}`)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

export function renderJunit(report: Report, rooted?: RootedPaths): string {
  const byFile = new Map<string, Finding[]>();
  // Every manifest is a suite, and so is a file that holds a finding without being one.
  for (const entry of report.files) byFile.set(entry.file, []);
  for (const f of report.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [reported, findings] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = rootedPath(reported, rooted);
    const failed = findings.filter((f) => f.suppressed === undefined).length;
    const cases = findings.length
      ? findings.map((f) => testCase(f, file))
      : [
          `    <testcase name="ports of ${xml(file)}" classname="${xml(file)}" file="${xml(file)}" time="0"/>`,
        ];
    tests += cases.length;
    failures += failed;
    skipped += findings.length - failed;
    suites.push(
      `  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${findings.length - failed}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="port-claims" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
