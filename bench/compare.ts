// Compares two JSON reports of the same tree: an optimisation must leave the files, claims and
// findings exactly as they were. The tool's version is ignored; everything else counts.

/** The parts of a report compared, as plain JSON. */
export interface ReportLike {
  registry?: unknown;
  files?: unknown[];
  claims?: unknown[];
  findings?: unknown[];
}

export const SECTIONS = ['files', 'claims', 'findings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface SectionDiff {
  section: Section;
  left: number;
  right: number;
  /** In the left report, not (or less often) in the right. */
  onlyLeft: unknown[];
  /** In the right report, not (or less often) in the left. */
  onlyRight: unknown[];
  /** Same entries, another order. */
  reordered: boolean;
}

export interface ReportDiff {
  identical: boolean;
  registry: boolean;
  sections: SectionDiff[];
}

/** JSON with object keys sorted, so that key order never makes two values differ. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function counted(values: readonly unknown[]): Map<string, { value: unknown; count: number }> {
  const out = new Map<string, { value: unknown; count: number }>();
  for (const value of values) {
    const key = canonical(value);
    const seen = out.get(key);
    if (seen) seen.count++;
    else out.set(key, { value, count: 1 });
  }
  return out;
}

function minus(
  a: Map<string, { value: unknown; count: number }>,
  b: Map<string, { value: unknown; count: number }>,
): unknown[] {
  const out: unknown[] = [];
  for (const [key, { value, count }] of a) {
    for (let i = b.get(key)?.count ?? 0; i < count; i++) out.push(value);
  }
  return out;
}

export function compareReports(left: ReportLike, right: ReportLike): ReportDiff {
  const sections = SECTIONS.map((section): SectionDiff => {
    const l = left[section] ?? [];
    const r = right[section] ?? [];
    const lc = counted(l);
    const rc = counted(r);
    const onlyLeft = minus(lc, rc);
    const onlyRight = minus(rc, lc);
    const reordered =
      onlyLeft.length === 0 &&
      onlyRight.length === 0 &&
      l.some((value, i) => canonical(value) !== canonical(r[i]));
    return { section, left: l.length, right: r.length, onlyLeft, onlyRight, reordered };
  });
  const registry = canonical(left.registry) === canonical(right.registry);
  const identical =
    registry && sections.every((s) => !s.reordered && !s.onlyLeft.length && !s.onlyRight.length);
  return { identical, registry, sections };
}

/** A short account of the differences, with up to `examples` entries per side. */
export function describeDiff(
  diff: ReportDiff,
  names: { left: string; right: string },
  examples = 5,
): string {
  const lines: string[] = [];
  if (!diff.registry) lines.push('  registry differs');
  for (const s of diff.sections) {
    const status =
      s.onlyLeft.length || s.onlyRight.length
        ? `${s.onlyLeft.length} only in ${names.left}, ${s.onlyRight.length} only in ${names.right}`
        : s.reordered
          ? 'same entries, different order'
          : 'identical';
    lines.push(
      `  ${s.section.padEnd(9)}${String(s.left).padStart(8)} vs ${String(s.right).padEnd(8)} ${status}`,
    );
    for (const [side, values] of [
      [names.left, s.onlyLeft],
      [names.right, s.onlyRight],
    ] as const) {
      for (const value of values.slice(0, examples))
        lines.push(`    only in ${side}: ${canonical(value)}`);
      if (values.length > examples)
        lines.push(`    ... and ${values.length - examples} more only in ${side}`);
    }
  }
  return lines.join('\n');
}

/** The claim fields of version 0.1, the ones a folded comparison keeps. */
const CLAIM_FIELDS_0_1 = [
  'file',
  'line',
  'column',
  'manifest',
  'resource',
  'container',
  'field',
  'port',
  'protocol',
  'hostIp',
  'hostNetwork',
  'spec',
] as const;

interface Run {
  from: number;
  to: number;
  range: string;
  status: string;
}

type Json = Record<string, unknown>;

/**
 * One claim per port, as version 0.1 wrote them: a range claim (`endPort`, `classes`) becomes a
 * claim per port with that port's range and status. IANA's service name and description are left
 * out on both sides (a range does not carry them), and so are fields added since 0.1.
 */
function perPortClaims(claims: readonly unknown[]): Json[] {
  const out: Json[] = [];
  for (const value of claims) {
    const claim = value as Json;
    const kept: Json = {};
    for (const key of CLAIM_FIELDS_0_1) if (claim[key] !== undefined) kept[key] = claim[key];
    const runs = claim.classes as Run[] | undefined;
    if (runs) {
      for (const run of runs) {
        for (let port = run.from; port <= run.to; port++) {
          out.push({ ...kept, port, class: { range: run.range, status: run.status } });
        }
      }
    } else {
      const cls = claim.class as Json | undefined;
      out.push({ ...kept, class: cls ? { range: cls.range, status: cls.status } : cls });
    }
  }
  return out;
}

/**
 * One finding per written item and rule, as version 0.2 writes them: findings of one rule at one
 * item (version 0.1 wrote one per field) are merged into one with every field and port. Messages,
 * suggestions' text and fingerprints are left out: merging changes them on purpose; whether the
 * item has a suggestion at all is kept.
 */
function perItemFindings(findings: readonly unknown[]): Json[] {
  const items = new Map<string, Json>();
  for (const value of findings) {
    const f = value as Json;
    const key = canonical([f.rule, f.file, f.line, f.column, f.resource, f.protocol]);
    const fields = (f.fields as string[] | undefined) ?? (f.field !== undefined ? [f.field] : []);
    const item = items.get(key);
    if (!item) {
      items.set(key, {
        rule: f.rule,
        severity: f.severity,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        resource: f.resource,
        protocol: f.protocol,
        fields: [...fields],
        ports: [...((f.ports as number[] | undefined) ?? [])],
        suggested: f.suggestion !== undefined,
        new: f.new,
        suppressed: f.suppressed,
        // Findings without ports are told apart by what they say.
        ...(f.ports === undefined ? { message: f.message } : {}),
      });
      continue;
    }
    item.fields = [...new Set([...(item.fields as string[]), ...fields])];
    item.ports = [...new Set([...(item.ports as number[]), ...((f.ports as number[]) ?? [])])];
    item.suggested = (item.suggested as boolean) || f.suggestion !== undefined;
  }
  for (const item of items.values()) {
    (item.fields as string[]).sort();
    (item.ports as number[]).sort((a, b) => a - b);
  }
  return [...items.values()];
}

/**
 * A report in the shape two versions share: claims one per port, findings one per item and rule.
 * Comparing folded reports of 0.1 and 0.2 checks that only ranges were folded and per-field
 * findings merged: the same ports, classes and findings.
 */
export function foldReport(report: ReportLike): ReportLike {
  return {
    registry: report.registry,
    files: report.files,
    claims: perPortClaims(report.claims ?? []),
    findings: perItemFindings(report.findings ?? []),
  };
}
