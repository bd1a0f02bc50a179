// Scope `changed`: which findings a pull request introduces, from a scan of its head and a scan
// of its base laid out the same way.
import type { ClaimField, ClaimProtocol, Finding, PortSpan } from '../types.js';
import { CLASS_RULES } from './rule.js';
import { normalise, spansOf, subtract } from './spans.js';

/** What identifies a claim across versions of a file: not its line, not its spelling. */
export interface ClaimIdentity {
  file: string;
  resource: string;
  field: ClaimField;
  port: number;
  /** For a range: its last port. */
  endPort?: number;
  protocol: ClaimProtocol;
}

export interface ScanSide {
  claims: readonly ClaimIdentity[];
  findings: readonly Finding[];
}

export interface ScopeInput {
  head: ScanSide;
  base: ScanSide;
  /** Head path → base path, for the files the pull request renamed (GitHub's `previous_filename`). */
  renamed?: ReadonlyMap<string, string>;
  /**
   * Head paths the pull request neither changed nor can have changed the claims of: their
   * findings are the base's own, whatever the base scan (which may leave them out) says.
   */
  untouched?: (file: string) => boolean;
  /**
   * Head paths whose base version could not be read. Their findings are judged by the diff
   * instead: new when `onAddedLine` says the finding's line is one the pull request adds.
   */
  baseUnknown?: ReadonlySet<string>;
  onAddedLine?: (finding: Finding) => boolean;
}

function claimKey(file: string, resource: string, field: string, protocol: string): string {
  return JSON.stringify([file, resource, field, protocol]);
}

/** The ports the base claims per file, resource, field and protocol, as spans. */
function basePorts(claims: readonly ClaimIdentity[]): Map<string, PortSpan[]> {
  const lists = new Map<string, PortSpan[]>();
  for (const c of claims) {
    const key = claimKey(c.file, c.resource, c.field, c.protocol);
    const span = { from: c.port, to: c.endPort ?? c.port };
    const list = lists.get(key);
    if (list) list.push(span);
    else lists.set(key, [span]);
  }
  for (const [key, list] of lists) lists.set(key, normalise(list));
  return lists;
}

/**
 * The other findings (conflicts, unresolved or invalid ports, parse errors) may come from
 * another file the pull request changed, so they are new when the base scan has no finding that
 * says the same thing about the same file, wherever its line now is.
 */
function findingKey(f: Finding, file: string): string {
  const message = f.message
    .split(f.file)
    .join('\0')
    .replace(/\b(line|at) \d+(:\d+)?/g, '');
  return JSON.stringify([
    f.rule,
    file,
    f.resource ?? '',
    f.field ?? '',
    f.protocol ?? '',
    f.ports ?? [],
    f.ports?.length ? '' : message,
  ]);
}

/** Returns the head findings, each with `new` set. */
export function markNew(input: ScopeInput): Finding[] {
  const baseOf = (file: string): string => input.renamed?.get(file) ?? file;
  const baseClaims = basePorts(input.base.claims);
  const baseFindings = new Set(input.base.findings.map((f) => findingKey(f, f.file)));

  return input.head.findings.map((finding) => {
    let isNew: boolean;
    if (input.untouched?.(finding.file)) {
      isNew = false;
    } else if (input.baseUnknown?.has(finding.file)) {
      isNew = input.onAddedLine?.(finding) ?? true;
    } else if (
      CLASS_RULES.has(finding.rule) &&
      finding.ports?.length &&
      finding.field !== undefined &&
      finding.resource !== undefined &&
      finding.protocol !== undefined
    ) {
      // A range is new for the ports the base did not claim, field by field.
      const { resource, protocol } = finding;
      const file = baseOf(finding.file);
      const covers = finding.covers ?? [{ field: finding.field, spans: spansOf(finding.ports) }];
      isNew = covers.some(
        ({ field, spans }) =>
          subtract(spans, baseClaims.get(claimKey(file, resource, field, protocol)) ?? []).length >
          0,
      );
    } else {
      isNew = !baseFindings.has(findingKey(finding, baseOf(finding.file)));
    }
    return { ...finding, new: isNew };
  });
}
