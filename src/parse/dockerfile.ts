// Dockerfiles: `EXPOSE` in every stage, with ARG/ENV defaults, line continuations, comments,
// parser directives and heredocs (whose bodies are not instructions).
import type { ClaimProtocol, DigitsAt, Problem, RawClaim, Span } from '../types.js';
import { interpolate } from './interpolate.js';
import { parsePortRange, parseProtocol } from './portspec.js';
import type { ParsedFile } from './result.js';
import { emptyResult } from './result.js';

interface LogicalLine {
  /** The instruction's text, continuations joined, comment lines dropped. */
  text: string;
  /** File offset of each character of `text`. */
  offsets: number[];
}

class Positions {
  private readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }
  span(start: number, end: number): Span {
    const a = this.at(start);
    const b = this.at(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

/** Splits a Dockerfile into logical lines, as BuildKit's parser does. */
export function logicalLines(text: string): LogicalLine[] {
  const physical: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let line = text.slice(start, i);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      physical.push({ text: line, start });
      start = i + 1;
    }
  }
  if (physical[0]) {
    physical[0].text = physical[0].text.replace(/^\uFEFF/, '');
    if (text.startsWith('\uFEFF')) physical[0].start += 1;
  }

  let escape = '\\';
  let index = 0;
  // Parser directives: `# key=value` lines at the very top.
  for (; index < physical.length; index++) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(physical[index]?.text ?? '');
    if (!m) break;
    if (m[1]?.toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
  }

  const lines: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let heredocs: string[] = [];
  for (; index < physical.length; index++) {
    const { text: line, start: lineStart } = physical[index] ?? { text: '', start: 0 };
    if (heredocs.length > 0) {
      const terminator = heredocs[0];
      if (line === terminator || line.replace(/^\t+/, '') === terminator) heredocs.shift();
      continue;
    }
    const trimmed = line.trimStart();
    if (current === undefined && (trimmed === '' || trimmed.startsWith('#'))) continue;
    if (current !== undefined && (trimmed.startsWith('#') || trimmed === '')) continue;
    const body = line.replace(/\s+$/, '');
    const continued = body.endsWith(escape);
    const content = continued ? body.slice(0, -1) : body;
    current ??= { text: '', offsets: [] };
    for (let i = 0; i < content.length; i++) {
      current.text += content[i];
      current.offsets.push(lineStart + i);
    }
    if (!continued) {
      lines.push(current);
      heredocs = heredocNames(current.text);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function heredocNames(instruction: string): string[] {
  const names: string[] = [];
  const re = /<<-?\s*(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g;
  if (!/^\s*(RUN|COPY|ADD)\s/i.test(instruction)) return names;
  for (const m of instruction.matchAll(re)) if (m[2]) names.push(m[2]);
  return names;
}

interface Token {
  text: string;
  /** Index in the logical line. */
  at: number;
}

function tokens(text: string, from: number): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ text: m[0], at: m.index });
  return out;
}

/** `KEY=VALUE ...` pairs (a bare `KEY` has no value); with `legacy`, `KEY VALUE` as ENV allows. */
function assignments(rest: string, legacy: boolean): [string, string | undefined][] {
  const trimmed = rest.trim();
  const firstWord = /^[^\s=]+/.exec(trimmed)?.[0] ?? '';
  if (legacy && trimmed[firstWord.length] !== '=') {
    const m = /^(\S+)\s+(.*)$/.exec(trimmed);
    return m ? [[m[1] ?? '', unquote(m[2] ?? '')]] : [];
  }
  const out: [string, string | undefined][] = [];
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (const m of trimmed.matchAll(re)) {
    out.push([m[1] ?? '', m[2] === undefined ? undefined : unquote(m[2])]);
  }
  return out;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    return value.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  return value;
}

export function parseDockerfile(file: string, text: string): ParsedFile {
  const out = emptyResult(file, 'dockerfile');
  const positions = new Positions(text);
  const globalArgs = new Map<string, string>();
  let stageVars = new Map<string, string>();
  let resource = 'Dockerfile';
  let inStage = false;

  for (const line of logicalLines(text)) {
    const m = /^\s*([A-Za-z]+)(\s+|$)/.exec(line.text);
    if (!m) continue;
    const instruction = (m[1] ?? '').toUpperCase();
    const restAt = m[0].length;
    const rest = line.text.slice(restAt);
    if (instruction === 'FROM') {
      inStage = true;
      stageVars = new Map();
      const as = /\s[Aa][Ss]\s+(\S+)\s*$/.exec(rest);
      resource = as?.[1] ?? 'Dockerfile';
    } else if (instruction === 'ARG') {
      const scope = inStage ? stageVars : globalArgs;
      for (const [key, value] of assignments(rest, false)) {
        // A bare `ARG NAME` in a stage brings in the global ARG's default, if any.
        const inherited = inStage ? globalArgs.get(key) : undefined;
        if (value !== undefined) scope.set(key, interpolate(value, (n) => scope.get(n)).value);
        else if (inherited !== undefined) scope.set(key, inherited);
      }
    } else if (instruction === 'ENV' && inStage) {
      for (const [key, value] of assignments(rest, true)) {
        if (value !== undefined)
          stageVars.set(key, interpolate(value, (n) => stageVars.get(n)).value);
      }
    } else if (instruction === 'EXPOSE') {
      for (const token of tokens(line.text, restAt)) {
        exposeToken(out, file, positions, line, token, resource, stageVars);
      }
    }
  }
  return out;
}

function exposeToken(
  out: ParsedFile,
  file: string,
  positions: Positions,
  line: LogicalLine,
  token: Token,
  resource: string,
  vars: Map<string, string>,
): void {
  const startOffset = line.offsets[token.at] ?? 0;
  const endOffset = (line.offsets[token.at + token.text.length - 1] ?? startOffset) + 1;
  const span = positions.span(startOffset, endOffset);
  const spec = token.text;
  const report = (code: Problem['code'], message: string): void => {
    out.problems.push({
      code,
      file,
      span,
      message,
      manifest: 'dockerfile',
      resource,
      field: 'EXPOSE',
      spec,
    });
  };
  const result = interpolate(spec, (name) => vars.get(name));
  if (result.error !== undefined)
    return report('invalid-port', `${resource}: EXPOSE ${spec}: ${result.error}`);
  if (result.missing.length > 0) {
    const names = result.missing.map((x) => x.name).join(', ');
    return report(
      'unresolved-port',
      `${resource}: EXPOSE ${spec} depends on ${names}, which has no value and no default; give the ARG a default`,
    );
  }
  const slash = result.value.indexOf('/');
  const portText = slash < 0 ? result.value : result.value.slice(0, slash);
  const protocol = parseProtocol(slash < 0 ? 'tcp' : result.value.slice(slash + 1));
  if (!protocol.ok || protocol.value === 'sctp') {
    return report('invalid-port', `${resource}: EXPOSE ${spec}: the protocol must be tcp or udp`);
  }
  const range = parsePortRange(portText);
  if (!range.ok) return report('invalid-port', `${resource}: EXPOSE ${spec}: ${range.error}`);

  let digits: DigitsAt | undefined;
  if (range.value.start === range.value.end) {
    const first = result.sourceOffsets[0] ?? -1;
    const contiguous =
      first >= 0 && result.sourceOffsets.slice(0, portText.length).every((o, i) => o === first + i);
    const fileStart = line.offsets[token.at + first];
    const fileEnd = line.offsets[token.at + first + portText.length - 1];
    if (contiguous && fileStart !== undefined && fileEnd === fileStart + portText.length - 1) {
      const a = positions.at(fileStart);
      digits = {
        start: first,
        end: first + portText.length,
        line: a.line,
        column: a.column,
        endColumn: a.column + portText.length,
      };
    }
  }
  for (let port = range.value.start; port <= range.value.end; port++) {
    const claim: RawClaim = {
      file,
      span,
      manifest: 'dockerfile',
      resource,
      field: 'EXPOSE',
      port,
      protocol: protocol.value as ClaimProtocol,
      spec,
    };
    if (digits) claim.digits = digits;
    out.claims.push(claim);
  }
}
