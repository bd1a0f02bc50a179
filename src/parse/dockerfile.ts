// Dockerfiles: `EXPOSE` in every stage, read as BuildKit reads it: parser directives, line
// continuations, comments, heredocs (whose bodies are not instructions), and each argument
// processed as a shell word (quotes, escapes, ARG/ENV variables, splitting after substitution).
import { Map as PersistentMap } from 'immutable';
import { isIP } from 'node:net';
import type { ClaimProtocol, DigitsAt, Problem, RawClaim, Span } from '../types.js';
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

/** The parser directives BuildKit knows; the first other line ends the directives. */
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);
const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** Splits a Dockerfile into logical lines, as BuildKit's parser does; also says its escape. */
export function logicalLines(text: string): { lines: LogicalLine[]; escape: string } {
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
  if (physical[0] && text.startsWith('\uFEFF')) {
    physical[0].text = physical[0].text.slice(1);
    physical[0].start += 1;
  }

  let escape = '\\';
  let index = 0;
  for (; index < physical.length; index++) {
    const m = DIRECTIVE.exec(physical[index]?.text ?? '');
    const key = m?.[1]?.toLowerCase();
    if (!m || key === undefined || !DIRECTIVES.has(key)) break;
    if (key === 'escape' && (m[2] === '`' || m[2] === '\\')) escape = m[2];
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
    // Comment lines and empty lines are dropped, inside a continuation too.
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const body = line.replace(/[ \t]+$/, '');
    // An escape at the end continues the line, unless it is itself escaped (BuildKit's regex).
    const continued = body.endsWith(escape) && body.at(-2) !== escape;
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
  return { lines, escape };
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

/** Arguments split on whitespace; with `quotes`, whitespace inside quotes or escaped is kept. */
function tokens(text: string, from: number, escape: string, quotes: boolean): Token[] {
  const out: Token[] = [];
  let start = -1;
  let quote = '';
  for (let i = from; i <= text.length; i++) {
    const ch = text[i];
    const space = ch === undefined || (/\s/.test(ch) && quote === '');
    if (space) {
      if (start >= 0) out.push({ text: text.slice(start, i), at: start });
      start = -1;
      continue;
    }
    if (start < 0) start = i;
    if (!quotes) continue;
    if (ch === escape && quote !== "'") i++;
    else if (quote === '' && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = '';
  }
  return out;
}

/** A character of a processed word: where it was written, or -1 when a variable gave it. */
interface Piece {
  ch: string;
  offset: number;
  /** Whitespace that separates words: a variable's value outside quotes. */
  splits: boolean;
}

interface Word {
  text: string;
  pieces: Piece[];
}

/**
 * An ARG or ENV value: its text, or TOO_LONG when it expanded past MAX_VALUE characters. Values
 * can double with each line (`ARG A2=${A1}${A1}`): past the cap only the mark is kept, so a
 * short file cannot build an exponentially long string.
 */
type Value = string | typeof TOO_LONG;
const TOO_LONG = Symbol('too long');
/** Far longer than any port or list of ports (`[ffff::1]:65535-65535:65535-65535/sctp` is 40). */
export const MAX_VALUE = 1024;
/**
 * What variables may add to the words of one Dockerfile in all: a file that reads a long value
 * many times would otherwise cost its length times the number of reads.
 */
export const MAX_EXPANDED_PER_FILE = 1_000_000;

type Lookup = (name: string) => Value | undefined;
/** ARG and ENV values, shared between a stage and the stages built FROM it without copying. */
type Vars = PersistentMap<string, Value>;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * One argument processed as BuildKit's shell lexer does (ProcessWord/ProcessWords): quotes
 * removed, the escape character honoured, `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`,
 * `${VAR:+word}`, `${VAR+word}`, `${VAR:?word}` and `${VAR?word}` expanded, and (for
 * ProcessWords) the result split on whitespace that came from unquoted variable values.
 */
class ShellWord {
  readonly missing: string[] = [];
  error: string | undefined;
  /** Set with `error` when the word grew past a cap: it cannot be a port. */
  tooLong = false;
  /** Characters variables added to this word. */
  private produced = 0;

  constructor(
    private readonly src: string,
    private readonly offsets: readonly number[],
    private readonly lookup: Lookup,
    private readonly escape: string,
    private readonly budget: { left: number },
  ) {}

  private overflow(message: string): void {
    this.error ??= message;
    this.tooLong = true;
  }

  process(): Piece[] {
    const { pieces, next } = this.run(0, undefined, false);
    if (next < this.src.length && this.error === undefined) this.error = 'unexpected text';
    return pieces;
  }

  private literal(i: number): Piece {
    return { ch: this.src[i] ?? '', offset: this.offsets[i] ?? -1, splits: false };
  }

  /** Reads from `i` to `stop` (or the end); returns the pieces and where it stopped. */
  private run(i: number, stop: string | undefined, quoted: boolean) {
    const pieces: Piece[] = [];
    const src = this.src;
    while (i < src.length && this.error === undefined) {
      const ch = src[i];
      if (ch === stop) return { pieces, next: i };
      if (ch === this.escape) {
        const next = src[i + 1];
        if (next === undefined) break;
        // Inside double quotes the escape only escapes what would otherwise be special.
        if (quoted && next !== '"' && next !== '$' && next !== this.escape) {
          pieces.push(this.literal(i));
          i++;
        } else {
          pieces.push(this.literal(i + 1));
          i += 2;
        }
      } else if (ch === "'" && !quoted) {
        const close = src.indexOf("'", i + 1);
        if (close < 0) this.error = 'a single quote is not closed';
        for (let j = i + 1; j < close; j++) pieces.push(this.literal(j));
        i = close + 1;
      } else if (ch === '"' && !quoted) {
        const inner = this.run(i + 1, '"', true);
        if (src[inner.next] !== '"') this.error ??= 'a double quote is not closed';
        pieces.push(...inner.pieces);
        i = inner.next + 1;
      } else if (ch === '$') {
        i = this.dollar(i, pieces, quoted);
      } else {
        pieces.push(this.literal(i));
        i++;
      }
    }
    return { pieces, next: i };
  }

  private value(name: string, pieces: Piece[], quoted: boolean): void {
    const value = this.lookup(name);
    if (value === undefined) {
      this.missing.push(name);
      return;
    }
    if (value === TOO_LONG) {
      this.overflow(
        `${name} expands to more than ${count(MAX_VALUE)} characters, longer than any port or list of ports`,
      );
      return;
    }
    this.produced += value.length;
    this.budget.left -= value.length;
    if (this.produced > MAX_VALUE) {
      this.overflow(
        `it expands to more than ${count(MAX_VALUE)} characters, longer than any port or list of ports`,
      );
      return;
    }
    if (this.budget.left < 0) {
      this.overflow(
        `variables in this Dockerfile expand to more than ${count(MAX_EXPANDED_PER_FILE)} characters in all, past which port-claims expands none`,
      );
      return;
    }
    for (const ch of value) pieces.push({ ch, offset: -1, splits: !quoted && /\s/.test(ch) });
  }

  private dollar(i: number, pieces: Piece[], quoted: boolean): number {
    const src = this.src;
    if (src[i + 1] !== '{') {
      const name = NAME.exec(src.slice(i + 1))?.[0];
      if (!name) {
        pieces.push(this.literal(i));
        return i + 1;
      }
      this.value(name, pieces, quoted);
      return i + 1 + name.length;
    }
    const name = NAME.exec(src.slice(i + 2))?.[0];
    if (!name) {
      this.error = `bad substitution in "${src}"`;
      return src.length;
    }
    let j = i + 2 + name.length;
    if (src[j] === '}') {
      this.value(name, pieces, quoted);
      return j + 1;
    }
    const colon = src[j] === ':';
    if (colon) j++;
    const op = src[j];
    if (op !== '-' && op !== '+' && op !== '?') {
      this.error = `unsupported substitution in "${src}"`;
      return src.length;
    }
    const missingBefore = this.missing.length;
    const word = this.run(j + 1, '}', quoted);
    if (src[word.next] !== '}') {
      this.error ??= `"\${" is not closed in "${src}"`;
      return src.length;
    }
    const value = this.lookup(name);
    const isSet = colon ? value !== undefined && value !== '' : value !== undefined;
    const useWord = op === '-' ? !isSet : op === '+' ? isSet : false;
    // What a word that is not used would have missed does not count.
    if (!useWord) this.missing.length = missingBefore;
    if (useWord) pieces.push(...word.pieces);
    else if (op === '?' && !isSet) this.missing.push(name);
    else if (op !== '+') this.value(name, pieces, quoted);
    return word.next + 1;
  }
}

function words(pieces: readonly Piece[]): Word[] {
  const out: Word[] = [];
  let current: Piece[] = [];
  const flush = (): void => {
    if (current.length) out.push({ text: current.map((p) => p.ch).join(''), pieces: current });
    current = [];
  };
  for (const piece of pieces) {
    if (piece.splits) flush();
    else current.push(piece);
  }
  flush();
  return out;
}

const count = (n: number): string => n.toLocaleString('en-US');

/** The processed text of a word, as ProcessWord gives it (no splitting), or TOO_LONG. */
function processValue(
  text: string,
  escape: string,
  lookup: Lookup,
  budget: { left: number },
): Value {
  const shell = new ShellWord(text, [], lookup, escape, budget);
  const pieces = shell.process();
  return shell.tooLong ? TOO_LONG : pieces.map((p) => p.ch).join('');
}

/** `KEY=VALUE ...` pairs (a bare `KEY` has no value); with `legacy`, `ENV KEY VALUE` too. */
function assignments(
  rest: string,
  escape: string,
  legacy: boolean,
): [string, string | undefined][] {
  const parts = tokens(rest, 0, escape, true);
  const first = parts[0];
  if (!first) return [];
  if (legacy && !first.text.includes('=')) {
    return [[first.text, rest.slice(first.at + first.text.length).trim()]];
  }
  return parts.map(({ text }) => {
    const eq = text.indexOf('=');
    return eq < 0 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
  });
}

export function parseDockerfile(file: string, text: string): ParsedFile {
  const out = emptyResult(file, 'dockerfile');
  const positions = new Positions(text);
  const { lines, escape } = logicalLines(text);
  const budget = { left: MAX_EXPANDED_PER_FILE };
  let globalArgs: Vars = PersistentMap();
  /** Each named stage's ENV values once it ends, by its name in lower case (the first wins). */
  const stages = new Map<string, Vars>();
  let stage: { name: string | undefined; env: Vars } | undefined;
  // What `$NAME` sees in the current stage: its ENV and ARG values, the later winning.
  let vars: Vars = PersistentMap();
  const valueOf = (text: string, scope: Vars): Value =>
    processValue(text, escape, (n) => scope.get(n), budget);

  for (const line of lines) {
    const m = /^\s*([A-Za-z]+)(\s+|$)/.exec(line.text);
    if (!m) continue;
    const instruction = (m[1] ?? '').toUpperCase();
    const restAt = m[0].length;
    const rest = line.text.slice(restAt);
    if (instruction === 'FROM') {
      // The stage before ends here: a stage built FROM it inherits its ENV as it now is.
      const ended = stage?.name?.toLowerCase();
      if (stage && ended !== undefined && !stages.has(ended)) stages.set(ended, stage.env);
      const args = tokens(rest, 0, escape, false).map((t) => t.text);
      const image = args.find((a) => !a.startsWith('--'));
      const as = args.length >= 2 && args.at(-2)?.toLowerCase() === 'as' ? args.at(-1) : undefined;
      const base = image === undefined ? '' : valueOf(image, globalArgs);
      const parent = typeof base === 'string' ? stages.get(base.toLowerCase()) : undefined;
      stage = { name: as, env: parent ?? PersistentMap() };
      vars = stage.env;
    } else if (instruction === 'ARG') {
      for (const [key, value] of assignments(rest, escape, false)) {
        const scope = stage ? vars : globalArgs;
        // A bare `ARG NAME` in a stage brings in the global ARG's default, if any.
        const inherited = stage ? globalArgs.get(key) : undefined;
        let next = scope;
        if (value !== undefined) next = scope.set(key, valueOf(value, scope));
        else if (inherited !== undefined) next = scope.set(key, inherited);
        if (stage) vars = next;
        else globalArgs = next;
      }
    } else if (instruction === 'ENV' && stage) {
      for (const [key, value] of assignments(rest, escape, true)) {
        if (value === undefined) continue;
        const expanded = valueOf(value, vars);
        vars = vars.set(key, expanded);
        stage.env = stage.env.set(key, expanded);
      }
    } else if (instruction === 'EXPOSE') {
      const resource = stage?.name ?? 'Dockerfile';
      const args = tokens(line.text, restAt, escape, false);
      const expose: Expose = { out, file, positions, line, resource, vars, escape, budget };
      if (args.length === 0) {
        const keyword = m[0].indexOf(m[1] ?? '');
        const from = line.offsets[keyword] ?? 0;
        const span = positions.span(from, (line.offsets[keyword + 5] ?? from) + 1);
        const message = `${whose(resource)}: EXPOSE needs at least one port.`;
        report(expose, span, 'EXPOSE', 'invalid-port', message);
      }
      // `#` starts a comment only at the start of a line: BuildKit reads `EXPOSE 80 # web` as
      // three ports and fails the build.
      const hash = args.findIndex((t) => t.text.startsWith('#'));
      for (const token of hash < 0 ? args : args.slice(0, hash)) exposeToken(expose, token);
      const comment = args[hash];
      if (comment) {
        const from = line.offsets[comment.at] ?? 0;
        const span = positions.span(from, (line.offsets[line.text.length - 1] ?? from) + 1);
        const text = line.text.slice(comment.at);
        const message = `${whose(resource)}: "${text}" is no comment: in a Dockerfile only a line that starts with # is, so BuildKit reads these words as ports and fails; move the comment to its own line.`;
        report(expose, span, text, 'invalid-port', message);
      }
    }
  }
  return out;
}

interface Expose {
  out: ParsedFile;
  file: string;
  positions: Positions;
  line: LogicalLine;
  resource: string;
  vars: Vars;
  escape: string;
  budget: { left: number };
}

const whose = (resource: string): string =>
  resource === 'Dockerfile' ? 'Dockerfile' : `stage "${resource}"`;

function report(
  expose: Expose,
  span: Span,
  spec: string,
  code: Problem['code'],
  message: string,
): void {
  expose.out.problems.push({
    code,
    file: expose.file,
    span,
    message,
    manifest: 'dockerfile',
    resource: expose.resource,
    field: 'EXPOSE',
    spec,
  });
}

/** The container part of `[[ip:]host:]container[/proto]`, as BuildKit's parsePortSpec splits it. */
function splitSpec(text: string): { ip: string; host: string; container: string; at: number } {
  const parts = text.split(':');
  const container = parts.at(-1) ?? '';
  const at = text.length - container.length;
  if (parts.length === 1) return { ip: '', host: '', container, at };
  return { ip: parts.slice(0, -2).join(':'), host: parts.at(-2) ?? '', container, at };
}

function exposeToken(expose: Expose, token: Token): void {
  const { line, positions, resource } = expose;
  const startOffset = line.offsets[token.at] ?? 0;
  const endOffset = (line.offsets[token.at + token.text.length - 1] ?? startOffset) + 1;
  const span = positions.span(startOffset, endOffset);
  const spec = token.text;
  const who = whose(resource);
  const fail = (code: Problem['code'], why: string): void =>
    report(expose, span, spec, code, `${who}: EXPOSE ${spec} ${why}`);

  const offsets = line.offsets.slice(token.at, token.at + spec.length);
  const shell = new ShellWord(
    spec,
    offsets,
    (n) => expose.vars.get(n),
    expose.escape,
    expose.budget,
  );
  const pieces = shell.process();
  if (shell.tooLong) return fail('invalid-port', `is not a port: ${shell.error}.`);
  if (shell.error !== undefined) return fail('invalid-port', `cannot be read: ${shell.error}.`);
  if (shell.missing.length > 0) {
    const names = [...new Set(shell.missing)].join(', ');
    return fail(
      'unresolved-port',
      `depends on ${names}, which has no value and no default here; give the ARG a default (ARG ${shell.missing[0]}=...) or write the port.`,
    );
  }
  const found = words(pieces);
  if (found.length === 0) {
    return fail(
      'unresolved-port',
      `expands to nothing here (an empty ARG or ENV value); give the ARG a default port or write the port.`,
    );
  }
  for (const word of found) {
    const { ip, host, container, at } = splitSpec(word.text);
    const slash = container.indexOf('/');
    const portText = slash < 0 ? container : container.slice(0, slash);
    const protocol = parseProtocol(slash < 0 ? 'tcp' : container.slice(slash + 1));
    if (!protocol.ok) {
      fail('invalid-port', `has an unknown protocol: EXPOSE takes tcp, udp or sctp.`);
      continue;
    }
    if (portText === '') {
      fail('invalid-port', `names no port.`);
      continue;
    }
    const bareIp = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
    const hostRange = host === '' ? undefined : parsePortRange(host);
    if ((ip !== '' && isIP(bareIp) === 0) || (hostRange && !hostRange.ok)) {
      fail('invalid-port', `has an invalid address or host port before the container port.`);
      continue;
    }
    const range = parsePortRange(portText);
    if (!range.ok) {
      fail('invalid-port', `is not a port or a port range (0-65535): ${range.error}.`);
      continue;
    }
    const digits =
      range.value.start === range.value.end
        ? digitsOf(expose, token, word.pieces.slice(at, at + portText.length))
        : undefined;
    const claim: RawClaim = {
      file: expose.file,
      span,
      manifest: 'dockerfile',
      resource,
      field: 'EXPOSE',
      port: range.value.start,
      protocol: protocol.value as ClaimProtocol,
      spec,
    };
    if (range.value.end > range.value.start) claim.endPort = range.value.end;
    if (digits) claim.digits = digits;
    expose.out.claims.push(claim);
  }
}

/** Where the port's digits are written inside the token, when they are, contiguously, on one line. */
function digitsOf(expose: Expose, token: Token, pieces: readonly Piece[]): DigitsAt | undefined {
  const first = pieces[0]?.offset ?? -1;
  if (first < 0 || pieces.some((p, i) => p.offset !== first + i)) return undefined;
  const start = expose.line.offsets.indexOf(first, token.at) - token.at;
  if (
    start < 0 ||
    expose.line.offsets[token.at + start + pieces.length - 1] !== first + pieces.length - 1
  )
    return undefined;
  // Consecutive file offsets cannot straddle a line continuation, so the digits lie on one line.
  return { start, end: start + pieces.length };
}
