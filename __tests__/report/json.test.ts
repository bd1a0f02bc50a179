// The JSON report written in pieces is the JSON report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import type { Report } from '../../src/types.js';

const join = (report: unknown, size?: number): string =>
  [...renderJsonChunks(report as Report, size)].join('');

describe('renderJsonChunks', () => {
  it('writes what renderJson writes, for any object and any piece size', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), field),
        fc.integer({ min: 1, max: 200 }),
        (o, size) => {
          expect(join(o, size)).toBe(renderJson(o as unknown as Report));
        },
      ),
    );
  });

  it('writes a report of many items in pieces of about the size asked', () => {
    const report = { tool: { name: 'x' }, claims: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const chunks = [...renderJsonChunks(report as unknown as Report, 1000)];
    expect(chunks.length).toBeGreaterThan(50);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1100);
    expect(chunks.join('')).toBe(renderJson(report as unknown as Report));
  });
});
