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
