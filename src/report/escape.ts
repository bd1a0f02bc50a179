// Text from manifests is untrusted: service, container and file names and port specs must never
// become markup, a link, a mention, an issue reference, or break a table or a code span.

/** Markdown line endings become spaces: a table row or a list item is one line. */
const LINE_BREAKS = /\r\n?|\n/g;
/**
 * Bidirectional controls can make text read differently from what it is ("Trojan Source"):
 * they are shown as U+FFFD.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Escapes text for a markdown table cell or paragraph. Characters markdown gives a meaning are
 * written as numeric character references (which GitHub shows as the character); a zero-width
 * space breaks what GitHub links after rendering: `@user` and `@org/team` mentions (which
 * notify), `#123`, `GH-123` and `owner/repo#123` references (which add to that issue's
 * timeline), and `https://` and `www.` autolinks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(BIDI_CONTROLS, '\ufffd')
    .replace(/[@#]/g, (c) => `${c}${ZERO_WIDTH_SPACE}`)
    .replace(/\b(GH-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`)
    .replace(/[\\`*_{}[\]#|<>~&$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A code span that the text cannot close, safe inside a table cell: inside it nothing is markup,
 * a mention or a link. A pipe is escaped as GitHub's tables need, even inside code.
 */
export function inlineCode(text: string): string {
  const flat = text
    .replace(LINE_BREAKS, ' ')
    .replace(BIDI_CONTROLS, '\ufffd')
    // Parsers disagree on whether `\\|` escapes the pipe or the backslash: keep them apart.
    .replace(/\\(?=\|)/g, `\\${ZERO_WIDTH_SPACE}`)
    .replace(/\|/g, '\\|');
  if (flat === '') return '';
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Text for a workflow log (the CLI's output inside a `run:` step or a pre-commit hook in CI): the
 * runner executes a line that starts with `::` (leading blanks aside) and, in the old syntax, any
 * `##[` in a line. A zero-width space, which the runner does not trim, goes before either, so a
 * name from a manifest reads the same and runs nothing.
 */
export function logSafe(text: string): string {
  return text
    .replace(/^([ \t]*)::/gm, `$1${ZERO_WIDTH_SPACE}::`)
    .replace(/##\[/g, `##${ZERO_WIDTH_SPACE}[`);
}

/**
 * JSON for a workflow log, with the same values: `#` is written `\u0023` in `##[` (only a string
 * can hold one), and no line of pretty-printed JSON starts with `::`.
 */
export function jsonLogSafe(text: string): string {
  return text.replace(/##\[/g, '#\\u0023[');
}

/** XML for a workflow log, with the same values: `#` is written `&#35;` in `##[`. */
export function xmlLogSafe(text: string): string {
  return text.replace(/##\[/g, '#&#35;[');
}
