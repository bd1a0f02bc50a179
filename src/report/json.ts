import type { Report } from '../types.js';
import { publicFinding } from './build.js';

/** The report as JSON shows it. */
function publicView(report: Report): Record<string, unknown> {
  return { ...report, findings: report.findings.map(publicFinding) };
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

/** Whether a value holds more than `budget` values (counting stops there). */
function heavier(value: unknown, budget: number): boolean {
  let left = budget;
  const visit = (v: unknown): boolean => {
    if (--left < 0) return true;
    if (v === null || typeof v !== 'object') return false;
    for (const item of Array.isArray(v) ? v : Object.values(v)) if (visit(item)) return true;
    return false;
  };
  return visit(value);
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
    if (Array.isArray(value) && value.length > 0 && heavier(value, WEIGHT_PER_PIECE)) {
      yield* this.list(value, depth);
    } else if (isRecord(value) && heavier(value, WEIGHT_PER_PIECE)) {
      yield* this.record(value, depth);
    } else {
      yield indented(JSON.stringify(value, null, 2) ?? 'null', depth);
    }
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

  private *listPieces(value: unknown[], depth: number): Generator<string> {
    const pad = '  '.repeat(depth + 1);
    yield '[';
    let batch: unknown[] = [];
    let first = true;
    const flush = (): string => {
      // `[\n  a,\n  b\n]` from JSON.stringify, without its brackets, indented here.
      const text = JSON.stringify(batch, null, 2);
      const items = '  '.repeat(depth) + indented(text.slice(2, text.length - 2), depth);
      const piece = `${first ? '' : ','}\n${items}`;
      first = false;
      batch = [];
      return piece;
    };
    let weight = 0;
    for (const item of value) {
      if (heavier(item, WEIGHT_PER_PIECE)) {
        if (batch.length) yield flush();
        yield `${first ? '' : ','}\n${pad}`;
        first = false;
        yield* this.value(item, depth + 1);
        continue;
      }
      batch.push(item);
      weight += heavier(item, 8) ? 8 : 1;
      if (weight >= WEIGHT_PER_PIECE) {
        yield flush();
        weight = 0;
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

/** JSON text written at nesting `depth`: every line after the first indented by it. */
function indented(text: string, depth: number): string {
  return depth === 0 ? text : text.replace(/\n/g, `\n${'  '.repeat(depth)}`);
}
