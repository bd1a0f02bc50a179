import type { Report } from '../types.js';
import { publicFinding } from './build.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify({ ...report, findings: report.findings.map(publicFinding) }, null, 2)}\n`;
}

/**
 * `renderJson(report)` in pieces of about `size` characters, the items of each list serialised
 * one at a time: the report of a large tree (tens of MB) is then never one string, nor one buffer
 * on its way to stdout.
 */
export function* renderJsonChunks(report: Report, size = 64 * 1024): Generator<string> {
  let pending = '';
  const out = function* (text: string): Generator<string> {
    pending += text;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  };
  // The fields JSON.stringify writes.
  const fields = Object.entries(report).filter(
    ([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol',
  );
  if (fields.length === 0) {
    yield '{}\n';
    return;
  }
  yield* out('{');
  for (const [i, [key, value]] of fields.entries()) {
    yield* out(`${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) {
      yield* out(indented(value, '\n  '));
      continue;
    }
    yield* out('[');
    for (const [j, item] of value.entries()) {
      yield* out(`${j === 0 ? '' : ','}\n    ${indented(item, '\n    ')}`);
    }
    yield* out('\n  ]');
  }
  yield* out('\n}\n');
  if (pending) yield pending;
}

/** A value as JSON.stringify(…, null, 2) writes it, its lines after the first indented. */
function indented(value: unknown, newline: string): string {
  const json = JSON.stringify(value, null, 2) as string | undefined;
  // Inside an array, what JSON cannot represent is written null, as JSON.stringify does.
  return json === undefined ? 'null' : json.replace(/\n/g, newline);
}
