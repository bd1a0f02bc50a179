import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  YAML_LIMITS,
  countedNesting,
  entries,
  excessiveNesting,
  get,
  items,
  parseYamlFile,
  scalarValue,
} from '../../src/parse/yaml.js';
import { yaml } from '../helpers/tree.js';

const keysOf = (text: string, path: string[]): string[] => {
  const file = parseYamlFile(text);
  const doc = file.documents[0]!;
  let node = doc.root;
  for (const key of path) node = get(node, key, doc);
  return entries(node, doc).map((e) => `${e.key}=${String(scalarValue(e.value))}`);
};

describe('excessiveNesting', () => {
  const flow = (n: number) => `x: ${'['.repeat(n)}${']'.repeat(n)}`;

  it('lets through nesting up to the limit, and points at the level past it', () => {
    // `x:` is one level (its indicator), each bracket one more.
    expect(excessiveNesting(flow(498), 500)).toBeUndefined();
    expect(excessiveNesting(flow(499), 500)).toBe('x: '.length + 498);
  });

  it('counts block nesting by indentation and indicators', () => {
    expect(excessiveNesting(`${'- '.repeat(499)}x`, 500)).toBeUndefined();
    expect(excessiveNesting(`${'- '.repeat(500)}x`, 500)).toBe(2 * 499);
    // Indentation bounds depth at twice itself: 300 spaces may hold 600 levels, reported at the `:` after `a`.
    expect(excessiveNesting(`${' '.repeat(300)}a: 1`, 500)).toBe(301);
  });

  it('does not count brackets, dashes or indentation inside scalars', () => {
    const quoted = `a: "${'['.repeat(1000)}"\nb: '${'{'.repeat(1000)}'\n`;
    const block = `c: |\n${' '.repeat(400)}[[[[ - - - ]]]]\nd: ${'-'.repeat(1000)}\n`;
    expect(excessiveNesting(quoted + block, 500)).toBeUndefined();
    expect(parseYamlFile(quoted + block).errors).toEqual([]);
  });

  it('gives the answer of the full count whenever its cheap bound lets a text through', () => {
    const text = fc.stringMatching(/^[ \n[{:?a-]{0,120}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (t, limit) => {
        expect(excessiveNesting(t, limit)).toBe(countedNesting(t, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a deep file before parsing it, with the place in the file', () => {
    const file = parseYamlFile(`a: 1\nb: ${'{k: '.repeat(100_000)}${'}'.repeat(100_000)}\n`);
    // `b:` is a level, and so is each `{`, up to the 499th.
    const at = 'b: '.length + 498 * '{k: '.length + 1;
    expect(file.documents).toEqual([]);
    expect(file.errors).toEqual([
      {
        message: `nests more than ${YAML_LIMITS.nesting} levels deep`,
        span: { line: 2, column: at, endLine: 2, endColumn: at + 1 },
        limit: true,
      },
    ]);
  });
});

describe('aliases and merge keys', () => {
  it('follows an alias to the last node anchored before it under that name', () => {
    const text = yaml`
      a: &x 1
      b: *x
      c: &x 2
      d: *x
    `;
    expect(keysOf(text, [])).toEqual(['a=1', 'b=1', 'c=2', 'd=2']);
  });

  it('lets keys written in a mapping win over merged ones, and earlier merges over later', () => {
    const text = yaml`
      base: &base {a: 1, b: 1, c: 1}
      more: &more {b: 2, d: 2}
      svc:
        <<: [*more, *base]
        c: 3
    `;
    expect(keysOf(text, ['svc'])).toEqual(['c=3', 'b=2', 'd=2', 'a=1']);
  });

  it('applies a chain of 5,000 merges without recursing through it', () => {
    const lines = ['m0: &m0 {k: 0}'];
    for (let i = 1; i < 5_000; i++) lines.push(`m${i}: &m${i} {<<: *m${i - 1}}`);
    lines.push('last: {<<: *m4999, own: 1}');
    expect(keysOf(lines.join('\n'), ['last'])).toEqual(['own=1', 'k=0']);
  });

  it('stops merging past a million copied entries, and says where', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `k${i}: ${i}`).join(', ');
    const lines = [`big: &big {${keys}}`];
    for (let i = 0; i < 1001; i++) lines.push(`m${i}: {<<: *big, own: ${i}}`);
    const file = parseYamlFile(lines.join('\n'));
    const doc = file.documents[0]!;
    const sizes = entries(doc.root, doc).map((e) => entries(e.value, doc).length);
    // A thousand merges copy a million entries; the next one goes over.
    expect(sizes).toEqual([1000, ...Array<number>(1000).fill(1001), 1]);
    expect(file.errors).toEqual([
      {
        message: 'expands its merge keys to more than 1,000,000 entries',
        span: { line: 1002, column: 8, endLine: 1002, endColumn: 29 },
        limit: true,
      },
    ]);
  });

  it('takes a merge that leads back to its own mapping for no entries', () => {
    const file = parseYamlFile('a: &a {x: 1, b: {<<: *a, y: 2}}\n');
    const doc = file.documents[0]!;
    const inner = get(get(doc.root, 'a', doc), 'b', doc);
    expect(entries(inner, doc).map((e) => e.key)).toEqual(['y', 'x', 'b']);
  });

  it('resolves 50,000 aliases in one pass over the document, not one pass each', () => {
    const file = parseYamlFile(`a: &a 1\nb: [${Array(50_000).fill('*a').join(', ')}]\n`);
    const doc = file.documents[0]!;
    const values = items(get(doc.root, 'b', doc), doc).map(scalarValue);
    expect(values).toHaveLength(50_000);
    expect(new Set(values)).toEqual(new Set([1]));
  });
});

describe('positions', () => {
  it('count lines after each line feed, whatever carriage returns come before it', () => {
    const file = parseYamlFile('a: 1\r\r\nb: [\r\n  2\rc\n');
    const doc = file.documents[0]!;
    // The flow sequence runs from line 2 to the end of the text, after the last line feed.
    expect(file.spanOf(get(doc.root, 'b', doc)!)).toEqual({
      line: 2,
      column: 4,
      endLine: 4,
      endColumn: 1,
    });
    expect(file.errors.map((e) => e.span)).toEqual([
      { line: 4, column: 1, endLine: 4, endColumn: 1 },
    ]);
  });

  it("do not follow yaml's own line counter, which can skip a line end after a lone CR", () => {
    // Found by the fuzz test: yaml's LineCounter put these errors at line 1, column 31 and 33.
    const file = parseYamlFile('\ufffd    profiles: [debug]\r\r\n  web:\r\r\n    ports:\r\r\n');
    expect(
      file.errors.map(
        (e) => `${e.span.line}:${e.span.column}-${e.span.endLine}:${e.span.endColumn}`,
      ),
    ).toEqual(['1:23-2:6', '2:7-2:8', '2:7-3:10']);
  });

  it('keep a parse error at the end of the text inside the text', () => {
    const file = parseYamlFile('a: [');
    expect(file.errors.map((e) => e.span)).toEqual([
      { line: 1, column: 5, endLine: 1, endColumn: 5 },
    ]);
  });
});
