import type { Report } from '../types.js';
import { publicClaim, publicFinding } from './build.js';

/**
 * A list written as its items mapped, one at a time as the writer reaches them: the public
 * claims of a large tree never exist all at once. JSON.stringify writes it whole.
 */
export class Mapped<T, U> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => U,
  ) {}

  toJSON(): U[] {
    return this.items.map((item) => this.map(item));
  }
}

/** The report as JSON shows it. */
function publicView(report: Report): Record<string, unknown> {
  return {
    ...report,
    claims: new Mapped(report.claims, publicClaim),
    findings: new Mapped(report.findings, publicFinding),
  };
}

/** The JSON report (see `jsonChunks` for its layout). */
export function renderJson(report: Report): string {
  return [...renderJsonChunks(report)].join('');
}

/** `renderJson(report)` in pieces, as the CLI writes it. */
export function renderJsonChunks(report: Report): Generator<string> {
  return jsonChunks(publicView(report));
}

/** Characters of items gathered into one piece. */
const PIECE_CHARS = 64 * 1024;

/** Whether JSON.stringify writes a field with this value (it leaves the others out). */
const written = (v: unknown): boolean =>
  v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/**
 * `record` as JSON, one field per line and each item of a list on a line of its own, written
 * compactly:
 *
 *     {
 *       "tool": {"name":"port-claims","version":"0.2.0"},
 *       "claims": [
 *         {"file":"compose.yaml","line":4,...},
 *         {"file":"compose.yaml","line":4,...}
 *       ]
 *     }
 *
 * A claim or a finding is a line a person can grep and a diff shows whole, and the report of a
 * large tree is a third smaller than indented JSON. It comes in pieces of about 64 KB: the
 * report of a large tree (tens of MB, or a hundred for a few KB of hostile ranges) is never one
 * string, nor one buffer on its way to stdout, and the public form of each item exists only
 * while it is written.
 */
export function* jsonChunks(record: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(record).filter((key) => written(record[key]));
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [i, key] of keys.entries()) {
    const value = record[key];
    const head = `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    const list = value instanceof Mapped ? value : Array.isArray(value) ? value : undefined;
    if (list === undefined) {
      yield head + (JSON.stringify(value) ?? 'null');
      continue;
    }
    const items: readonly unknown[] = list instanceof Mapped ? list.items : list;
    if (items.length === 0) {
      yield `${head}[]`;
      continue;
    }
    const map = list instanceof Mapped ? (item: unknown) => list.map(item as never) : undefined;
    let piece = `${head}[`;
    for (const [j, item] of items.entries()) {
      // As JSON.stringify writes a list's item: what it cannot write is null.
      const text = JSON.stringify(map ? map(item) : item) ?? 'null';
      piece += `${j === 0 ? '' : ','}\n    ${text}`;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}\n  ]`;
  }
  yield '\n}\n';
}
