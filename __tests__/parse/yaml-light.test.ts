// The fast YAML reader: on every text it reads, the tree it builds is the one `yaml` builds (and
// `yaml` finds no error there); everything else is left to `yaml`.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLight } from '../../src/parse/yaml-light.js';
import { parseYamlFile, scalarText, get, items, entries } from '../../src/parse/yaml.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from '../robustness/fuzz-settings.js';
import { compareWithYaml } from './yaml-light-compare.js';

function expectSame(text: string): boolean {
  const result = compareWithYaml(text);
  if (!result.read) return false;
  expect({ text, differences: result.differences, yamlErrors: result.yamlErrors }).toEqual({
    text,
    differences: [],
    yamlErrors: [],
  });
  return true;
}

describe('the fast YAML reader', () => {
  it.each([
    ['an empty text', ''],
    ['comments only', '# a\n\n  # b\n'],
    ['a marker alone', '---'],
    ['markers and comments', '# c\n--- # d\na: 1\n---\n# e\n---   \n'],
    ['a mapping', "a: 1\nb:   two  \n\"c\" : 'd'\n'e''s': \"f # g\"\n"],
    [
      'nesting and a compact sequence',
      'a:\n  b:\n    - 1\n    -   2\n  c:\n  - x\n  - y: 1\n    z:\n',
    ],
    ['empty values', 'a:\nb:   \nc: # c\nd: &x\ne:\n  - \n  -\n  - # c\n'],
    ['items on their own lines', '-\n  a: 1\n-\n  - 2\n- \n'],
    [
      'comments and blank lines anywhere',
      'a:\n# c\n\n  b: 1 # c\n    # deeper\n  # same\n# less\nc: 2\n',
    ],
    [
      'scalars of every core type',
      'a: [~, null, Null, NULL, true, False, 0o17, 017, -0, +5, 0x1F, 1.5, .5, 1., 1e3, -.inf, .NaN, 1_000, 0b1, x:y, a b]\n',
    ],
    ['merge keys', 'x: &x {a: 1}\ny:\n  <<: *x\n  "<<": 2\n  b: [<<]\n'],
    ['anchors and aliases', 'a: &a\n  b: &b x\n  c: &c [1]\nd: *a\ne:\n  - *b\n  - &s\n    - 1\n'],
    [
      'flow collections',
      'a: []\nb: { }\nc: [a, "b", \'c\', d e, f:g, h#i,]\nd: {a: 1, "b": x, c: \'y\'}\n',
    ],
    ['long keys', `${'k'.repeat(1024)}: 1\n`],
    [
      'block scalars',
      'a: |\n  x\n\n   y\n  z\nb: >-\n  p\n  q\n\n\n  r\n    s\n  t\n\nc: |-\n    # not a comment\n    u\nd: &x >\n  v\n',
    ],
    ['block scalars in sequences', '- |\n  a\n- key: |\n    b\n  other: >-\n     c\n     d\n'],
    ['a document indented as a whole', '  a: 1\n  b:\n   - 2\n'],
    ['unicode', 'ключ: значение\nemoji: "🙂"\n'],
  ])('reads %s as yaml does', (_, text) => {
    expect(expectSame(text)).toBe(true);
  });

  it.each([
    ['a tab', 'a:\t1\n'],
    ['a carriage return', 'a: 1\r\n'],
    ['a tag', 'a: !reset []\n'],
    ['an escape', 'a: "\\n"\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['a nested flow collection', 'a: [[1]]\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a compact nested sequence', '- - a\n'],
    ['a kept block scalar', 'a: |+\n  x\n\n'],
    ['an indentation indicator', 'a: |2\n    x\n'],
    ['a line of spaces in a block scalar', 'a: |\n  x\n   \n  y\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a scalar document', 'just text\n'],
    ['a key too long', `${'k'.repeat(1025)}: 1\n`],
    ['an alias as a key', '*a : 1\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    // Broken YAML is yaml's to report.
    ['a mapping in a compact mapping', 'a: b: c\n'],
    ['a misaligned key', 'a: 1\n b: 2\n'],
    ['a sequence beside a key', 'a: - 1\n'],
    ['an unterminated quote', 'a: "b\n'],
    ['a comment without a space', 'a: "b"#c\n'],
    ['a reserved character', 'a: @b\n'],
    ['a sequence after a mapping', 'a: 1\n- b\n'],
    ['content after the root', '- a\nb: 1\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(parseLight(text)).toBeUndefined();
    expect(compareWithYaml(text).read).toBe(false);
  });

  it('gives the same answers through the helpers, spans of collections included', () => {
    const text = 'a: &a\n  b: 80 # c\n  # trailing\nc:\n  <<: *a\n  d: [1, 2]\ne: |\n  x\n';
    const light = parseYamlFile(text);
    const full = parseYamlFile(text, { light: false });
    const view = (file: typeof light) => {
      const doc = file.documents[0];
      if (!doc) return undefined;
      const c = get(doc.root, 'c', doc);
      return {
        keys: entries(c, doc).map((e) => [e.key, file.spanOf(e.keyNode), file.spanOf(e.value!)]),
        b: scalarText(get(c, 'b', doc), file),
        d: items(get(c, 'd', doc), doc).map((n) => file.sourceOf(n)),
        root: file.spanOf(doc.root!),
        a: file.sourceOf(get(doc.root, 'a', doc)!),
        e: file.spanOf(get(doc.root, 'e', doc)!),
      };
    };
    expect(view(light)).toEqual(view(full));
    expect(view(light)?.a).toBe('b: 80 # c\n');
  });

  it('reads the fixtures, where it reads them, as yaml does', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? walk(join(dir, e.name))
          : /\.ya?ml$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    let read = 0;
    for (const path of walk(root)) if (expectSame(readFileSync(path, 'utf8'))) read++;
    expect(read).toBeGreaterThan(20);
  });

  it(
    'reads generated YAML, and mutations of it, as yaml does whenever it reads it',
    () => {
      let read = 0;
      fc.assert(
        fc.property(
          fc.integer(),
          fc.oneof(
            fc.constant([]),
            fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MUTATIONS)), { maxLength: 2 }),
          ),
          (seed, mutations) => {
            let text = generateYaml(seed);
            for (const [at, mutation] of mutations) {
              const i = at % (text.length + 1);
              text =
                mutation === 'delete'
                  ? text.slice(0, i) + text.slice(i + 1)
                  : text.slice(0, i) + mutation + text.slice(i);
            }
            if (expectSame(text)) read++;
          },
        ),
        { numRuns: FUZZ_RUNS * 10 },
      );
      // Most generated texts are in the reader's subset: the property is not vacuous.
      expect(read).toBeGreaterThan(FUZZ_RUNS);
    },
    FUZZ_TIMEOUT,
  );
});

// prettier-ignore
const MUTATIONS = [
  'delete', ' ', '  ', '\n', ':', ': ', '- ', '#', ' #', '"', "'", '|', '>', '&a ', '*a', '[', ']', '{',
  '}', ',', '\t', 'x', '---\n', '<<: ',
];

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// prettier-ignore
const SCALARS = [
  'a', 'b c', 'web', '80', '8080:80', '"8080:80"', "'443'", '-1', '+2', '0x1F', '0o17', '1.5', '1e3',
  '.inf', '.NaN', 'true', 'False', 'null', '~', '<<', 'a#b', 'a # c', 'x:y', '"q # r"', "'it''s'",
  '""', "''", '[a, b]', '[]', '{}', '{a: 1, b: "x"}', '[80, "443", x y,]', '*a', '&a v', '&b',
  '"${PORT:-80}:80"', 'udp', 'é',
];
/** Values the reader leaves to yaml (some of them errors). */
const OTHER_SCALARS = ['{{ .Values.port }}', '@x', '- y', '? z', '!!str 1', '"a\\nb"'];
// prettier-ignore
const KEYS = ['a', 'b', 'ports', 'containerPort', '"quoted key"', "'s'", '<<', '80', 'x y', 'k.io/name', 'true', '~'];

/** YAML in the styles manifests are written in, with comments, blank lines and odd spacing. */
function generateYaml(seed: number): string {
  const r = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const step = 1 + Math.floor(r() * 4);
  const lines: string[] = [];
  const space = () => (r() < 0.02 ? '' : r() < 0.1 ? '   ' : ' ');
  const comment = () => (r() < 0.15 ? `${r() < 0.5 ? ' ' : '  '}# c${r() < 0.3 ? ': x' : ''}` : '');
  const noise = (indent: number) => {
    if (r() < 0.08) lines.push('');
    if (r() < 0.05) lines.push(' '.repeat(Math.floor(r() * 6)));
    if (r() < 0.08)
      lines.push(`${' '.repeat(Math.max(0, indent + Math.floor(r() * 5) - 2))}# note`);
  };
  const blockScalar = (indent: number) => {
    const header = pick(['|', '|-', '>', '>-']);
    const inner = indent + 1 + Math.floor(r() * 3);
    const body: string[] = [];
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      body.push(
        r() < 0.15
          ? ''
          : `${' '.repeat(inner + (r() < 0.2 ? 2 : 0))}${pick(['text', 'more words', '# hash', 'k: v'])}`,
      );
    }
    return { header, body };
  };
  const node = (indent: number, depth: number, prefix: string): void => {
    const kind = depth > 3 ? 0 : r();
    if (kind < 0.45) {
      if (r() < 0.1) {
        const { header, body } = blockScalar(indent);
        lines.push(`${prefix}${space()}${header}${comment()}`);
        lines.push(...body);
      } else {
        lines.push(`${prefix}${space()}${pick(r() < 0.03 ? OTHER_SCALARS : SCALARS)}${comment()}`);
      }
      return;
    }
    const anchor = r() < 0.1 ? ` &${pick(['a', 'b'])}` : '';
    lines.push(`${prefix}${anchor}${comment()}`);
    noise(indent);
    const inner = indent + (r() < 0.15 && prefix.trimEnd().endsWith(':') ? 0 : step);
    const count = 1 + Math.floor(r() * 3);
    const isSeq = kind < 0.7 || inner === indent;
    for (let i = 0; i < count; i++) {
      const pad = ' '.repeat(inner);
      if (isSeq) {
        if (r() < 0.3) {
          // A mapping in the item.
          const key = pick(KEYS);
          node(inner + 2, depth + 1, `${pad}- ${key}:`);
          if (r() < 0.5) node(inner + 2, depth + 1, `${' '.repeat(inner + 2)}${pick(KEYS)}:`);
        } else node(inner, depth + 1, `${pad}-`);
      } else {
        node(inner, depth + 1, `${pad}${pick(KEYS)}${r() < 0.1 ? ' ' : ''}:`);
      }
      noise(inner);
    }
  };
  const documents = 1 + Math.floor(r() * 2);
  for (let d = 0; d < documents; d++) {
    if (d > 0 || r() < 0.2) lines.push(r() < 0.8 ? '---' : '--- # doc');
    const keys = 1 + Math.floor(r() * 3);
    for (let k = 0; k < keys; k++) node(0, 0, `${pick(KEYS)}:`);
  }
  return lines.join('\n') + (r() < 0.8 ? '\n' : '');
}
