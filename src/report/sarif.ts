// SARIF 2.1.0, for GitHub code scanning (github/codeql-action/upload-sarif) and other viewers.
import { pathToFileURL } from 'node:url';
import { CLASS_RULES } from '../policy/rule.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../policy/docs.js';
import type { Rule } from '../policy/rule.js';
import { RULES } from '../policy/rules/index.js';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Report, Severity } from '../types.js';
import type { RootedPaths } from './rooted.js';
import { rootedPath } from './rooted.js';
import { messageWithFix } from './words.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The key of `partialFingerprints`; bump the version if the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'portClaims/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** Config `allow` entries accept claims by port; other findings can only be ignored inline. */
function howToAllow(rule: Rule): string {
  const inline = `write \`# port-claims: ignore ${rule.id} -- reason\` on the line of the value or the line above`;
  return CLASS_RULES.has(rule.id)
    ? `To accept a claim on purpose, add it to \`allow\` in \`.github/port-claims.yml\` with a reason, or ${inline}.`
    : `To accept it on purpose, ${inline}.`;
}

function helpText(rule: Rule): { text: string; markdown: string } {
  const fix = rule.suggestsFix
    ? 'Fix: move the service to a port in the dynamic range 49152-65535, which RFC 6335 sets aside for private use; port-claims suggests the lowest one no other claim of the scan uses.'
    : '';
  const parts = [rule.summary, fix, howToAllow(rule)].filter((p) => p !== '');
  const url = ruleDocsUrl(rule.id);
  return {
    text: `${parts.join(' ')} See ${url}`,
    markdown: `${parts.join('\n\n')}\n\n[More about \`${rule.id}\`](${url})`,
  };
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.summary },
    help: helpText(rule),
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: ['ports', 'iana', 'rfc6335'], precision: 'very-high' },
  };
}

function result(finding: Finding, ruleIndex: number, rooted?: RootedPaths): Result {
  const message = messageWithFix(finding);
  return {
    ruleId: finding.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: {
            uri: encodeUri(rootedPath(finding.file, rooted)),
            uriBaseId: '%SRCROOT%',
          },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(finding.new !== undefined ? { baselineState: finding.new ? 'new' : 'unchanged' } : {}),
    ...(finding.suppressed !== undefined
      ? { suppressions: [{ kind: 'inSource', justification: finding.suppressed }] }
      : {}),
  };
}

/** A repo-relative path as a URI reference: each segment percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** The repository root as a `file:` URI of a directory (SARIF wants the trailing slash). */
function directoryUri(path: string): string {
  const href = pathToFileURL(path).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export interface SarifOptions {
  rules?: readonly Rule[];
  /**
   * Where the repository is: result URIs are then relative to its root, which
   * `originalUriBaseIds` names as `%SRCROOT%`. Without it, the report's paths are taken as
   * relative to the root already (the action's are: it names files from the workspace).
   */
  rooted?: RootedPaths;
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const rules = options.rules ?? RULES;
  const index = new Map(rules.map((r, i) => [r.id as string, i]));
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'port-claims',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: rules.map(ruleDescriptor),
          },
        },
        ...(options.rooted
          ? { originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.rooted.root) } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        properties: { registry: report.registry },
        results: report.findings.map((f) => result(f, index.get(f.rule) ?? -1, options.rooted)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
