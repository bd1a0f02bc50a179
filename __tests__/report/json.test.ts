// The JSON report written in pieces: what JSON.stringify writes, one field and one item a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, Mapped } from '../../src/report/json.js';

const join = (o: Record<string, unknown>): string => [...jsonChunks(o)].join('');
/** What JSON.stringify makes of a value, as a value again. */
const roundTrip = (o: unknown): unknown => JSON.parse(JSON.stringify(o)) as unknown;

describe('jsonChunks', () => {
  it('writes the value JSON.stringify writes, for any object', () => {
    const field = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)), {
        maxLength: 600,
      }),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), field), (o) => {
        expect(JSON.parse(join(o))).toEqual(roundTrip(o));
      }),
    );
  });

  it('puts each field, and each item of a list, on a line of its own', () => {
    const report = {
      tool: { name: 'port-claims', version: '0.2.0' },
      files: [],
      claims: [
        { file: 'compose.yaml', line: 4, spec: 'a\nb', classes: [{ from: 1, to: 2 }] },
        { file: 'compose.yaml', line: 5, gone: undefined },
      ],
      absent: undefined,
    };
    expect(join(report)).toBe(
      [
        '{',
        '  "tool": {"name":"port-claims","version":"0.2.0"},',
        '  "files": [],',
        '  "claims": [',
        '    {"file":"compose.yaml","line":4,"spec":"a\\nb","classes":[{"from":1,"to":2}]},',
        '    {"file":"compose.yaml","line":5}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(join({})).toBe('{}\n');
  });

  it('maps the items of a Mapped list as it writes them', () => {
    const seen: number[] = [];
    const chunks = jsonChunks({
      claims: new Mapped(
        Array.from({ length: 3000 }, (_, i) => i),
        (i) => {
          seen.push(i);
          return { port: i, spec: 'x'.repeat(100) };
        },
      ),
    });
    chunks.next();
    chunks.next();
    // Only the items of the pieces written so far have been mapped.
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(3000);
    const rest = [...chunks].join('');
    expect(rest.endsWith('\n  ]\n}\n')).toBe(true);
    expect(seen).toHaveLength(3000);
  });

  it('writes a long list in pieces of about 64 KB', () => {
    const report = {
      tool: { name: 'x' },
      claims: Array.from({ length: 20_000 }, (_, i) => ({ i, text: 'y'.repeat(20) })),
    };
    const chunks = [...jsonChunks(report)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    expect(JSON.parse(chunks.join(''))).toEqual(report);
  });
});
