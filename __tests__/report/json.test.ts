// The JSON report written in pieces is the JSON report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json.js';

const join = (o: Record<string, unknown>): string => [...jsonChunks(o)].join('');
const whole = (o: unknown): string => `${JSON.stringify(o, null, 2)}\n`;

describe('jsonChunks', () => {
  it('writes what JSON.stringify writes, for any object', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), {
        maxLength: 600,
      }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), (o) => {
        expect(join(o)).toBe(whole(o));
      }),
    );
  });

  it('writes heavy values nested in lists and objects part by part, as JSON.stringify would', () => {
    const heavy = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined)), {
      maxLength: 700,
    });
    const item = fc.record({
      list: heavy,
      inner: fc.dictionary(fc.string(), heavy, { maxKeys: 3 }),
      gone: fc.constant(undefined),
      text: fc.string(),
    });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.array(item, { maxLength: 4 }), item)),
        (o) => {
          expect(join(o)).toBe(whole(o));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes a long list in pieces', () => {
    const report = { tool: { name: 'x' }, claims: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const chunks = [...jsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(20);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(10_000);
    expect(chunks.join('')).toBe(whole(report));
  });

  it('writes a shared, frozen list once and reuses its text, at any depth', () => {
    const runs = Object.freeze(
      Array.from({ length: 40 }, (_, i) => Object.freeze({ from: i, to: i, status: 'x' })),
    );
    const claims = Array.from({ length: 700 }, (_, i) => ({
      port: i,
      spec: '"\u0000port-claims-0-0"',
      ...(i % 3 === 0 ? { classes: runs } : { class: { range: 'r' } }),
      nested: { deeper: runs },
    }));
    const report = { tool: { name: 'x' }, claims, findings: [{ ports: runs }] };
    expect(join(report)).toBe(whole(report));
  });
});
