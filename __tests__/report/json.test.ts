// The JSON report written in pieces is the JSON report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson, renderJsonChunks } from '../../src/report/json.js';
import type { Report } from '../../src/types.js';

const join = (report: unknown): string => [...renderJsonChunks(report as Report)].join('');

describe('renderJsonChunks', () => {
  it('writes what renderJson writes, for any object', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), {
        maxLength: 600,
      }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), (o) => {
        expect(join(o)).toBe(renderJson(o as unknown as Report));
      }),
    );
  });

  it('writes a long list in pieces', () => {
    const report = { tool: { name: 'x' }, claims: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const chunks = [...renderJsonChunks(report as unknown as Report)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10_000);
    expect(chunks.join('')).toBe(renderJson(report as unknown as Report));
  });
});
