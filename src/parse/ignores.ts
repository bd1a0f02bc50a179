// Inline suppressions: `# port-claims: ignore RULE[, RULE] -- reason` in a YAML comment (found by
// the lexer, so a `#` inside a string is not one) or on a Dockerfile comment line.
import type { Span } from '../types.js';
import type { IgnoreDirective } from './result.js';
import { yamlComments } from './yaml.js';

/** Files without this text hold no directive and are not read for one. */
const MARKER = 'port-claims';
const DIRECTIVE = /^#\s*port-claims\s*:(.*)$/;
const IGNORE = /^ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)$/i;
export const DIRECTIVE_FORM = '# port-claims: ignore RULE[, RULE] -- reason';

interface Comment {
  offset: number;
  text: string;
}

export function readIgnores(text: string, syntax: 'yaml' | 'dockerfile'): IgnoreDirective[] {
  if (!text.includes(MARKER)) return [];
  const comments = syntax === 'yaml' ? yamlComments(text) : dockerfileComments(text);
  const directives: IgnoreDirective[] = [];
  const position = positions(text);
  for (const comment of comments) {
    const body = DIRECTIVE.exec(comment.text.trimEnd())?.[1];
    if (body === undefined) continue;
    const { line, column } = position(comment.offset);
    const span: Span = {
      line,
      column,
      endLine: line,
      endColumn: column + comment.text.trimEnd().length,
    };
    const before = text.slice(comment.offset - column + 1, comment.offset);
    const covers = before.trim() === '' ? line + 1 : line;
    directives.push({ line: covers, span, ...parseDirective(body) });
  }
  return directives;
}

/** `ignore a, b -- why` into its rules and reason, or what is wrong with it. */
function parseDirective(body: string): Pick<IgnoreDirective, 'rules' | 'reason' | 'error'> {
  const separator = body.indexOf('--');
  const head = (separator < 0 ? body : body.slice(0, separator)).trim();
  const reason = separator < 0 ? '' : body.slice(separator + 2).trim();
  const list = IGNORE.exec(head)?.[1];
  if (list === undefined) {
    return {
      rules: [],
      reason,
      error: `cannot be read as a directive; write "${DIRECTIVE_FORM}"`,
    };
  }
  const rules = [...new Set(list.split(',').map((r) => r.trim()))];
  if (reason === '') {
    return {
      rules,
      reason,
      error: `gives no reason, so it is not applied; write "# port-claims: ignore ${rules.join(', ')} -- <why it is accepted>"`,
    };
  }
  return { rules, reason };
}

/** Comment lines: in a Dockerfile, `#` starts a comment only at the beginning of a line. */
function dockerfileComments(text: string): Comment[] {
  const comments: Comment[] = [];
  for (const m of text.matchAll(/^[ \t]*(#[^\r\n]*)/gm)) {
    comments.push({ offset: (m.index ?? 0) + m[0].length - (m[1] ?? '').length, text: m[1] ?? '' });
  }
  return comments;
}

/** Offset to 1-based line and column, for offsets given in ascending order. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    for (
      let i = text.indexOf('\n', lineStart);
      i >= 0 && i < offset;
      i = text.indexOf('\n', i + 1)
    ) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}
