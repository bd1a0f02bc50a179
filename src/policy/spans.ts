// Sets of ports as sorted, disjoint spans: how a range claim's offending ports are held, so that
// no rule, suppression or comparison walks a range port by port.
import type { Finding, PortSpan } from '../types.js';

/** Whether spans are sorted, apart and not adjacent: what `normalise` returns. */
function isNormal(spans: readonly PortSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i] as PortSpan).from <= (spans[i - 1] as PortSpan).to + 1) return false;
  }
  return true;
}

/**
 * Sorted, with overlapping and adjacent spans joined. Spans that already are come back as they
 * are (the same array, not a copy): lists of one range are shared, and must not be changed.
 */
export function normalise(spans: readonly PortSpan[]): PortSpan[] {
  if (isNormal(spans)) return spans as PortSpan[];
  const sorted = [...spans].sort((a, b) => a.from - b.from || a.to - b.to);
  const out: PortSpan[] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span.from <= last.to + 1) {
      if (span.to > last.to) out[out.length - 1] = { from: last.from, to: span.to };
    } else {
      out.push({ from: span.from, to: span.to });
    }
  }
  return out;
}

/** Spans of a list of ports. */
export function spansOf(ports: readonly number[]): PortSpan[] {
  return normalise(ports.map((p) => ({ from: p, to: p })));
}

export function countPorts(spans: readonly PortSpan[]): number {
  let n = 0;
  for (const s of spans) n += s.to - s.from + 1;
  return n;
}

const listed = new WeakMap<readonly PortSpan[], { limit: number; ports: number[] }>();

/**
 * The ports of `spans` in ascending order, at most `limit` of them. The list is shared by every
 * caller with the same spans (a range written many times): do not change it.
 */
export function listPorts(spans: readonly PortSpan[], limit = Infinity): number[] {
  const known = listed.get(spans);
  if (known?.limit === limit) return known.ports;
  const ports = portsUpTo(spans, limit);
  listed.set(spans, { limit, ports });
  return ports;
}

function portsUpTo(spans: readonly PortSpan[], limit: number): number[] {
  // Sized up front: a list grown by push keeps room for more (a one-port list would take 17
  // slots), and tens of thousands of findings each keep one.
  const out = new Array<number>(Math.min(limit, countPorts(spans)));
  let n = 0;
  for (const s of spans) {
    for (let p = s.from; p <= s.to && n < out.length; p++) out[n++] = p;
  }
  return out;
}

/** Whether every port of `inner` is in `outer` (both normalised). */
export function covered(inner: readonly PortSpan[], outer: readonly PortSpan[]): boolean {
  return subtract(inner, outer).length === 0;
}

/** The ports of `a` that are not in `b` (both normalised). Linear in the number of spans. */
export function subtract(a: readonly PortSpan[], b: readonly PortSpan[]): PortSpan[] {
  const out: PortSpan[] = [];
  let j = 0;
  for (const span of a) {
    let from = span.from;
    while (j < b.length && (b[j] as PortSpan).to < from) j++;
    let k = j;
    while (from <= span.to) {
      const cut = b[k];
      if (!cut || cut.from > span.to) {
        out.push({ from, to: span.to });
        break;
      }
      if (cut.from > from) out.push({ from, to: cut.from - 1 });
      from = Math.max(from, cut.to + 1);
      k++;
    }
  }
  return out;
}

/** The ports in both `a` and `b` (both normalised). */
export function intersect(a: readonly PortSpan[], b: readonly PortSpan[]): PortSpan[] {
  const out: PortSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as PortSpan;
    const y = b[j] as PortSpan;
    const from = Math.max(x.from, y.from);
    const to = Math.min(x.to, y.to);
    if (from <= to) out.push({ from, to });
    if (x.to < y.to) i++;
    else j++;
  }
  return out;
}

/** "251", "250-252, 260": spans as a person reads them. */
export function spanText(span: PortSpan): string {
  return span.from === span.to ? `${span.from}` : `${span.from}-${span.to}`;
}

/** The union of lists of spans; one list (or the same list several times) is returned as is. */
export function union(lists: readonly (readonly PortSpan[])[]): PortSpan[] {
  const first = lists[0];
  if (!first) return [];
  if (lists.every((l) => l === first)) return normalise(first);
  return normalise(lists.flat());
}

/** Every offending port of a finding, exactly (its `ports` may be cut short). */
export function findingSpans(finding: Pick<Finding, 'covers' | 'ports'>): PortSpan[] {
  if (finding.covers) return union(finding.covers.map((c) => c.spans));
  return spansOf(finding.ports ?? []);
}
