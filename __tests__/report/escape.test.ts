// Untrusted text through escapeMarkdown and inlineCode, rendered as GitHub renders markdown: it
// stays one table cell, shows as written, and becomes no markup, link, mention or reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, inlineCode } from '../../src/report/escape.js';
import { LINKABLE, proseOf, renderGfm, tableRows, tagsOf, textOf } from '../helpers/gfm.js';
import { FUZZ_RUNS } from '../robustness/fuzz-settings.js';

/** Characters that mean something to markdown, HTML, GitHub or a terminal, and some that do not. */
const PIECES = [
  ...'\\`*_{}[]()#+-.!|<>~&$^=:;"\'/@%',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u0000',
  '\u202e',
  '\u2066',
  'é',
  '𝄞',
  '```',
  '<!--',
  '-->',
  '<img src=x onerror=alert(1)>',
  '<script>',
  '</td>',
  '@octocat',
  '@org/team',
  '#1',
  'GH-2',
  'acme/shop#3',
  'https://evil.example/x',
  'www.evil.example',
  'me@evil.example',
  '&amp;',
  '&#124;',
  '[a](javascript:alert(1))',
  '![x](https://evil.example/p.png)',
  '$x^2$',
  '::error::',
  'a',
  '7',
];
const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

const ZWSP = /\u200b/g;
/** What a cell shows for `text`: lines joined, bidi controls and NUL replaced, edges trimmed. */
const shown = (text: string): string =>
  text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\ufffd')
    .replaceAll(String.fromCharCode(0), '\ufffd')
    .replace(ZWSP, '')
    .replace(/^[ \t]+|[ \t]+$/g, '');

function cells(text: string): string[] {
  const html = renderGfm(
    `| prose | code |\n| --- | --- |\n| ${escapeMarkdown(text)} | ${inlineCode(text)} |\n`,
  );
  const rows = tableRows(html);
  expect(rows).toHaveLength(2);
  return rows[1] as string[];
}

describe('escapeMarkdown and inlineCode rendered as GitHub markdown', () => {
  it('keep any text in its own cell, as written, without markup or links', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const [prose, code] = cells(text);
        expect(tagsOf(prose ?? '')).toEqual([]);
        expect(textOf(prose ?? '').replace(ZWSP, '')).toBe(shown(text));
        expect(proseOf(prose ?? '')).not.toMatch(LINKABLE);
        if (shown(text) === '') return;
        expect(tagsOf(code ?? '')).toEqual(['code']);
        const inner = textOf(code ?? '').replace(ZWSP, '');
        // A code span drops one space from each end when both ends have one.
        expect(inner.replace(/^[ \t]+|[ \t]+$/g, '')).toBe(
          shown(text).replace(/^[ \t]+|[ \t]+$/g, ''),
        );
      }),
      { numRuns: FUZZ_RUNS * 5 },
    );
  });

  it('escape what GitHub would turn into a mention, a reference or a link', () => {
    const text =
      'ping @octocat and @org/team about #1, GH-2 and acme/shop#3 at https://evil.example or www.evil.example';
    const [prose] = cells(text);
    expect(tagsOf(prose ?? '')).toEqual([]);
    expect(proseOf(prose ?? '')).not.toMatch(LINKABLE);
    expect(textOf(prose ?? '').replace(ZWSP, '')).toBe(text);
  });

  it('keeps HTML, a closing cell and a comment marker as text', () => {
    const text = '</td><td>x</td><img src=x onerror=alert(1)><!-- port-claims -->';
    const [prose, code] = cells(text);
    expect(tagsOf(prose ?? '')).toEqual([]);
    expect(tagsOf(code ?? '')).toEqual(['code']);
    expect(textOf(code ?? '')).toBe(text);
  });

  it('shows bidirectional controls as replacement characters', () => {
    expect(escapeMarkdown('a\u202eb')).toBe('a\ufffdb');
    expect(inlineCode('a\u2066b')).toBe('`a\ufffdb`');
  });
});
