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

/** Items of a list serialised together in one piece of `renderJsonChunks`. */
const ITEMS_PER_PIECE = 256;

/**
 * `${JSON.stringify(record, null, 2)}\n` in pieces (each field, and each run of a list's items,
 * on its own): the report of a large tree (tens of MB) is then never one string, nor one buffer
 * on its way to stdout. Each piece is cut from JSON.stringify's own output for a one-field
 * object, so that it is written with the indentation the whole object would have.
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
  yield '{\n';
  for (const [i, key] of fields.entries()) {
    const value = record[key];
    const separator = i === 0 ? '' : ',\n';
    if (!Array.isArray(value) || value.length <= ITEMS_PER_PIECE) {
      yield separator + field(key, value);
      continue;
    }
    // `  "key": [` + `\n    item,` ... + `\n  ]`: the items' text from a one-field object.
    const opening = `  ${JSON.stringify(key)}: [`;
    yield `${separator}${opening}`;
    for (let start = 0; start < value.length; start += ITEMS_PER_PIECE) {
      const text = field(key, value.slice(start, start + ITEMS_PER_PIECE));
      const items = text.slice(opening.length, text.length - '\n  ]'.length);
      yield start === 0 ? items : `,${items}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}

/** `  "key": value` as it stands in JSON.stringify(…, null, 2) of an object holding it. */
function field(key: string, value: unknown): string {
  const text = JSON.stringify({ [key]: value }, null, 2);
  return text.slice(2, text.length - 2);
}
