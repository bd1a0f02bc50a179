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

export function renderJson(report: Report): string {
  return `${JSON.stringify(publicView(report), null, 2)}\n`;
}

/** `renderJson(report)` in pieces (see `jsonChunks`), as the CLI writes it. */
export function renderJsonChunks(report: Report): Generator<string> {
  return jsonChunks(publicView(report));
}

/** About how many values one piece holds: pieces stay small strings, cheap to collect. */
const WEIGHT_PER_PIECE = 256;

/**
 * About how many values a value holds, looking one level down: a list its items, an object its
 * fields and the items of its lists. It only decides where pieces end, never what they say.
 */
function weight(value: unknown): number {
  if (value === null || typeof value !== 'object') return 1;
  if (value instanceof Mapped) return value.items.length;
  if (Array.isArray(value)) return value.length;
  let n = 0;
  for (const v of Object.values(value)) n += Array.isArray(v) ? v.length + 1 : 1;
  return n;
}

/** A value JSON.stringify writes as an object of its own fields. */
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** Whether JSON.stringify writes a field with this value (it leaves the others out). */
const written = (v: unknown): boolean =>
  v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/**
 * `${JSON.stringify(record, null, 2)}\n` in pieces: the report of a large tree (tens of MB, or
 * a hundred for a few KB of hostile ranges) is never one string, nor one buffer on its way to
 * stdout, and each piece is small enough to die young. A list or object holding more than a
 * piece's worth of values is written part by part (recursively); what is lighter is written by
 * JSON.stringify itself, indented where it stands. A shared list (the class runs of a range
 * written many times) keeps its pieces for the next time it is written.
 */
export function* jsonChunks(record: Record<string, unknown>): Generator<string> {
  yield* new Writer().value(record, 0);
  yield '\n';
}

/** Lists at least this long that are frozen (shared) keep their pieces for reuse. */
const SHARED_LIST_MIN = 16;
/** Characters of pieces kept for reuse. */
const SHARED_TEXT_BUDGET = 8_000_000;

class Writer {
  private readonly kept = new Map<unknown[], { depth: number; pieces: string[] }>();
  private keptChars = 0;

  /** The text of `value` at nesting `depth` (its first line not indented), in pieces. */
  *value(value: unknown, depth: number): Generator<string> {
    const heavy = weight(value) > WEIGHT_PER_PIECE;
    if (value instanceof Mapped) {
      if (value.items.length === 0) yield '[]';
      else yield* this.listPieces(value.items, depth, value.map);
    } else if (heavy && Array.isArray(value)) yield* this.list(value, depth);
    else if (heavy && isRecord(value)) yield* this.record(value, depth);
    else yield atDepth(value, depth);
  }

  private *record(value: Record<string, unknown>, depth: number): Generator<string> {
    const keys = Object.keys(value).filter((k) => written(value[k]));
    if (keys.length === 0) {
      yield '{}';
      return;
    }
    const pad = '  '.repeat(depth + 1);
    yield '{';
    for (const [i, key] of keys.entries()) {
      yield `${i === 0 ? '' : ','}\n${pad}${JSON.stringify(key)}: `;
      yield* this.value(value[key], depth + 1);
    }
    yield `\n${'  '.repeat(depth)}}`;
  }

  private *list(value: unknown[], depth: number): Generator<string> {
    const shared = value.length >= SHARED_LIST_MIN && Object.isFrozen(value);
    const known = shared ? this.kept.get(value) : undefined;
    if (known?.depth === depth) {
      yield* known.pieces;
      return;
    }
    const pieces: string[] = [];
    for (const piece of this.listPieces(value, depth)) {
      if (shared) pieces.push(piece);
      yield piece;
    }
    if (shared) this.keep(value, depth, pieces);
  }

  private *listPieces(
    value: readonly unknown[],
    depth: number,
    map: (item: never) => unknown = (item) => item,
  ): Generator<string> {
    const pad = '  '.repeat(depth + 1);
    yield '[';
    let batch: unknown[] = [];
    let first = true;
    const flush = (): string => {
      const piece = `${first ? '' : ','}\n${itemsAtDepth(batch, depth)}`;
      first = false;
      batch = [];
      return piece;
    };
    let held = 0;
    for (const original of value) {
      const item = map(original as never);
      const w = weight(item);
      if (w > WEIGHT_PER_PIECE) {
        if (batch.length) yield flush();
        yield `${first ? '' : ','}\n${pad}`;
        first = false;
        yield* this.value(item, depth + 1);
        continue;
      }
      batch.push(item);
      held += w;
      if (held >= WEIGHT_PER_PIECE) {
        yield flush();
        held = 0;
      }
    }
    if (batch.length) yield flush();
    yield `\n${'  '.repeat(depth)}]`;
  }

  private keep(list: unknown[], depth: number, pieces: string[]): void {
    const chars = pieces.reduce((n, p) => n + p.length, 0);
    if (chars > SHARED_TEXT_BUDGET) return;
    this.keptChars += chars;
    if (this.keptChars > SHARED_TEXT_BUDGET) {
      this.kept.clear();
      this.keptChars = chars;
    }
    this.kept.set(list, { depth, pieces });
  }
}

/**
 * JSON.stringify's text of `value` as it stands at nesting `depth`: written inside `depth` lists
 * (so that JSON.stringify indents it) and cut out of them, first line unindented.
 */
function atDepth(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2) ?? 'null';
  let wrapped: unknown = [value];
  for (let i = 1; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each list opens with "[\n" and its indentation, and closes with "\n", indentation, "]".
  const around = depth * (depth + 1);
  return text.slice(around + 2 * depth, text.length - around);
}

/** The items of a list at nesting `depth`, each on its line and indented, joined by commas. */
function itemsAtDepth(items: unknown[], depth: number): string {
  let wrapped: unknown = items;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const around = (depth + 1) * (depth + 2);
  return text.slice(around, text.length - around);
}
