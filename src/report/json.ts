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

/** About how many values (an item and the items of its lists) one piece holds. */
const WEIGHT_PER_PIECE = 256;

/** How much a list's item holds: itself and the items of its lists. */
function weight(item: unknown): number {
  if (item === null || typeof item !== 'object') return 1;
  let n = 1;
  for (const value of Object.values(item)) if (Array.isArray(value)) n += value.length;
  return n;
}

/**
 * `${JSON.stringify(record, null, 2)}\n` in pieces (each field, and each run of a list's items,
 * on its own): the report of a large tree (tens of MB) is then never one string, nor one buffer
 * on its way to stdout. Each piece is cut from JSON.stringify's own output for a one-field
 * object, so that it is written with the indentation the whole object would have. A shared list
 * (the class runs of a range written many times) is written once and its text reused.
 */
export function* jsonChunks(record: Record<string, unknown>): Generator<string> {
  // The fields JSON.stringify writes.
  const fields = Object.keys(record).filter((key) => {
    const value = record[key];
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
  });
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  const shared = new SharedLists();
  yield '{\n';
  for (const [i, key] of fields.entries()) {
    const value = record[key];
    const separator = i === 0 ? '' : ',\n';
    if (!Array.isArray(value) || value.length === 0) {
      yield separator + field(key, value);
      continue;
    }
    // `  "key": [` + `\n    item,` ... + `\n  ]`: the items' text from a one-field object.
    const opening = `  ${JSON.stringify(key)}: [`;
    yield `${separator}${opening}`;
    for (let start = 0; start < value.length;) {
      let end = start;
      for (let w = 0; end < value.length && w < WEIGHT_PER_PIECE; end++) w += weight(value[end]);
      const text = shared.expand(
        field(
          key,
          value.slice(start, end).map((v) => shared.mark(v)),
        ),
      );
      const items = text.slice(opening.length, text.length - '\n  ]'.length);
      yield start === 0 ? items : `,${items}`;
      start = end;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** Lists at least this long that are frozen (shared) are written once and their text reused. */
const SHARED_LIST_MIN = 16;
/** Characters of list texts kept for reuse. */
const SHARED_TEXT_BUDGET = 8_000_000;

/**
 * Frozen lists inside items are replaced by a marker before JSON.stringify, and the marker by
 * the list's text (at the marker's indentation) after: the text of a list of 2,000 class runs
 * is made once, however many claims hold it. The marker carries a random nonce, so no string
 * from a manifest can be taken for one.
 */
class SharedLists {
  private readonly nonce = `\u0000port-claims-${Math.random().toString(36).slice(2)}-`;
  private readonly lists: unknown[][] = [];
  private readonly index = new Map<unknown[], number>();
  private readonly texts = new Map<string, string>();
  private textBytes = 0;

  /** The item, with its shared lists replaced by markers (a copy, when it has any). */
  mark(item: unknown): unknown {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    let copy: Record<string, unknown> | undefined;
    for (const [key, value] of Object.entries(item)) {
      if (!Array.isArray(value) || value.length < SHARED_LIST_MIN || !Object.isFrozen(value)) {
        continue;
      }
      let n = this.index.get(value);
      if (n === undefined) {
        n = this.lists.length;
        this.lists.push(value);
        this.index.set(value, n);
      }
      copy ??= { ...(item as Record<string, unknown>) };
      copy[key] = `${this.nonce}${n}`;
    }
    return copy ?? item;
  }

  /** The text with every marker replaced by its list, indented where the marker stands. */
  expand(text: string): string {
    if (this.lists.length === 0) return text;
    const marker = JSON.stringify(this.nonce).slice(0, -1);
    if (!text.includes(marker)) return text;
    const pattern = new RegExp(`${escapeRegExp(marker)}(\\d+)"`, 'g');
    return text.replace(pattern, (_match, n: string, offset: number) => {
      const line = text.slice(text.lastIndexOf('\n', offset) + 1, offset);
      const spaces = /^ */.exec(line)?.[0].length ?? 0;
      const key = `${n}/${spaces}`;
      let listText = this.texts.get(key);
      if (listText === undefined) {
        const list = this.lists[Number(n)] as unknown[];
        listText = JSON.stringify(list, null, 2).replace(/\n/g, `\n${' '.repeat(spaces)}`);
        // Kept for the lists written again soon; bounded, so that many distinct lists cannot pile up.
        this.textBytes += listText.length;
        if (this.textBytes > SHARED_TEXT_BUDGET) {
          this.texts.clear();
          this.textBytes = listText.length;
        }
        this.texts.set(key, listText);
      }
      return listText;
    });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `  "key": value` as it stands in JSON.stringify(…, null, 2) of an object holding it. */
function field(key: string, value: unknown): string {
  const text = JSON.stringify({ [key]: value }, null, 2);
  return text.slice(2, text.length - 2);
}
