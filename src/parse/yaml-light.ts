// A fast reader for the plain YAML most manifests are written in: block mappings and sequences,
// single-line scalars, anchors, aliases, literal and folded block scalars, one-line flow
// collections of scalars. It builds the same tree `yaml` builds (values, scalar types and
// offsets, anchors), about ten times faster, and gives up on anything else (tabs, carriage
// returns, tags, escapes, multi-line plain or quoted scalars, complex keys, whatever `yaml`
// could report as an error): `yaml` then parses the file as before. yaml.ts decides which
// tree a file gets; __tests__/parse/yaml-light.test.ts compares both on generated and real files.
//
// Where a collection or a block scalar ends depends on how `yaml` assigns trailing comments; this
// reader leaves those ends unknown (-1), and yaml.ts asks `yaml` for them when one is needed.

export type ScalarType =
  'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export class LightScalar {
  anchor: string | undefined = undefined;
  value: unknown;
  constructor(
    value: unknown,
    public type: ScalarType,
    /** Start and end offsets of the value as written; the end is -1 for a block scalar. */
    public range: [number, number],
  ) {
    this.value = typeof value === 'string' ? detached(value) : value;
  }
}

/**
 * The same text, not sharing memory with the file it was read from. V8 makes a slice of 13
 * characters or more a view of the whole string it was cut from: a port's spec or a resource's
 * name kept in the report would keep every file's text alive to the end of the scan.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

export interface LightPair {
  key: LightScalar;
  value: LightNode;
}

export class LightMap {
  anchor: string | undefined = undefined;
  constructor(
    public items: LightPair[],
    /** The end is -1 (unknown) for a block mapping. */
    public range: [number, number],
  ) {}
}

export class LightSeq {
  anchor: string | undefined = undefined;
  constructor(
    public items: LightNode[],
    public range: [number, number],
  ) {}
}

export class LightAlias {
  /** An alias has no anchor (as in `yaml`). */
  readonly anchor: undefined = undefined;
  constructor(
    public source: string,
    public range: [number, number],
  ) {}
}

export type LightNode = LightScalar | LightMap | LightSeq | LightAlias;

/** What `yaml` gives a plain `<<` key when merge keys are on. */
export const MERGE_KEY: unique symbol = Symbol('<<');

/** Thrown inside the reader when the text is not in the subset it reads. */
const UNSUPPORTED = Symbol('unsupported');

const NL = 0x0a;
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const STAR = 0x2a;
const BANG = 0x21;
const PIPE = 0x7c;
const GT = 0x3e;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUESTION = 0x3f;
const PERCENT = 0x25;
const AT = 0x40;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const DOT = 0x2e;

/** Control characters, line and paragraph separators, byte order marks: `yaml`'s business. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL_CHARACTERS = /[\0-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** A plain scalar cannot start with these (flow indicators, reserved and indicator characters). */
function cannotStartPlain(c: number): boolean {
  return (
    c === HASH ||
    c === AMP ||
    c === STAR ||
    c === BANG ||
    c === PIPE ||
    c === GT ||
    c === DQUOTE ||
    c === SQUOTE ||
    c === PERCENT ||
    c === AT ||
    c === BACKTICK ||
    c === COMMA ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE
  );
}

const isFlowIndicator = (c: number): boolean =>
  c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;

/**
 * A plain scalar's value under the YAML 1.2 core schema, as `yaml` resolves it (its tags' tests,
 * in its order), with `<<` as a merge key.
 */
export function resolvePlain(text: string, atKey: boolean): unknown {
  const c = text.charCodeAt(0);
  // Only text starting with a digit, a sign, a dot or one of "~nNtTfF<" can be other than a string.
  if (atKey && text === '<<') return MERGE_KEY;
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL')
    return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (!((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2b || c === DOT)) return text;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan'
      ? NaN
      : text[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}

/** The documents' roots, or undefined when the text is not in the subset this reader reads. */
export function parseLight(text: string): LightNode[] | undefined {
  if (UNUSUAL_CHARACTERS.test(text)) return undefined;
  try {
    return new Reader(text).documents();
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

function unsupported(): never {
  throw UNSUPPORTED;
}

class Reader {
  private readonly length: number;
  /** Start of the next line with content (or the text's length), after a node is read. */
  private next = 0;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end < 0 ? this.length : end;
  }

  private spaces(at: number): number {
    const { text } = this;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** From a line start, the start of the first line that is neither blank nor a comment. */
  private contentLine(from: number): number {
    const { text } = this;
    let start = from;
    while (start < this.length) {
      const first = this.spaces(start);
      const c = text.charCodeAt(first);
      if (first < this.length && c !== NL && c !== HASH) return start;
      start = this.lineEnd(first) + 1;
    }
    return this.length;
  }

  /** `---` or `...` at a line start, followed by a space, a line end or the end. */
  private marker(start: number, dots: boolean): boolean {
    const { text } = this;
    const c = dots ? DOT : DASH;
    if (
      text.charCodeAt(start) !== c ||
      text.charCodeAt(start + 1) !== c ||
      text.charCodeAt(start + 2) !== c
    )
      return false;
    const after = text.charCodeAt(start + 3);
    return start + 3 >= this.length || after === NL || after === SPACE;
  }

  /** The indentation of a content line; -1 at the end or at a document marker. */
  private indentOf(start: number): number {
    if (start >= this.length || this.marker(start, false)) return -1;
    if (this.marker(start, true)) unsupported();
    return this.spaces(start) - start;
  }

  /** Whether the rest of the line from `at` is blank or a comment after a space. */
  private restIsBlank(at: number): boolean {
    const { text } = this;
    const i = this.spaces(at);
    const c = text.charCodeAt(i);
    return i >= this.length || c === NL || (c === HASH && i > at);
  }

  documents(): LightNode[] {
    const docs: LightNode[] = [];
    let start = this.contentLine(0);
    let first = true;
    while (start < this.length) {
      let empty = -1;
      if (this.marker(start, false)) {
        empty = this.spaces(start + 3);
        if (!this.restIsBlank(start + 3)) unsupported();
        start = this.contentLine(this.lineEnd(start) + 1);
      } else if (!first) {
        unsupported();
      }
      first = false;
      if (start >= this.length || this.marker(start, false)) {
        docs.push(new LightScalar(null, 'PLAIN', [empty, empty]));
        continue;
      }
      const indent = this.indentOf(start);
      docs.push(this.block(start + indent, indent, start));
      start = this.next;
      if (start < this.length && !this.marker(start, false)) unsupported();
    }
    return docs;
  }

  /** A block mapping or sequence whose first line's content starts at `at`, column `indent`. */
  private block(at: number, indent: number, lineStart: number): LightMap | LightSeq {
    if (this.isDash(at)) return this.sequence(at, indent, lineStart);
    return this.mapping(at, indent);
  }

  private isDash(at: number): boolean {
    const { text } = this;
    if (text.charCodeAt(at) !== DASH) return false;
    const after = text.charCodeAt(at + 1);
    return at + 1 >= this.length || after === SPACE || after === NL;
  }

  /**
   * An implicit key at `at` (a plain or quoted scalar followed by `:` and a space or line end),
   * with the offset after its colon; undefined when the line holds no key there.
   */
  private key(at: number): { node: LightScalar; after: number } | undefined {
    const { text } = this;
    const end = this.lineEnd(at);
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const node = this.quoted(at, end);
      const i = this.spaces(node.range[1]);
      if (text.charCodeAt(i) !== COLON) return undefined;
      const after = text.charCodeAt(i + 1);
      if (!(i + 1 >= this.length || after === SPACE || after === NL)) return undefined;
      if (i - at > 1024) unsupported();
      return { node, after: i + 1 };
    }
    if (cannotStartPlain(c)) return undefined;
    if ((c === QUESTION || c === COLON || c === DASH) && this.isIndicator(at + 1)) return undefined;
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
      if (ch === COLON && this.isIndicator(i + 1)) {
        let valueEnd = i;
        while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
        // yaml refuses an implicit key of more than 1,024 characters.
        if (i - at > 1024) unsupported();
        const node = new LightScalar(resolvePlain(text.slice(at, valueEnd), true), 'PLAIN', [
          at,
          valueEnd,
        ]);
        return { node, after: i + 1 };
      }
    }
    return undefined;
  }

  /** A space, a line end or the end at `at`. */
  private isIndicator(at: number): boolean {
    const c = this.text.charCodeAt(at);
    return at >= this.length || c === SPACE || c === NL;
  }

  private mapping(at: number, indent: number): LightMap {
    const items: LightPair[] = [];
    let keyAt = at;
    for (;;) {
      const key = this.key(keyAt);
      if (!key) unsupported();
      items.push({ key: key.node, value: this.value(key.after, indent, true) });
      const next = this.next;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) unsupported();
      keyAt = next + nextIndent;
      if (this.isDash(keyAt)) unsupported();
    }
    return new LightMap(items, [at, -1]);
  }

  private sequence(at: number, indent: number, lineStart: number): LightSeq {
    const { text } = this;
    const items: LightNode[] = [];
    let dash = at;
    let line = lineStart;
    for (;;) {
      const content = this.spaces(dash + 1);
      const c = text.charCodeAt(content);
      if (content < this.length && c !== NL && c !== HASH && this.key(content)) {
        // A mapping in the item, its keys at the column of the first.
        items.push(this.mapping(content, content - line));
      } else {
        if (this.isDash(content)) unsupported();
        items.push(this.value(dash + 1, indent, false));
      }
      const next = this.next;
      const nextIndent = this.indentOf(next);
      if (nextIndent < indent) break;
      if (nextIndent > indent) unsupported();
      if (!this.isDash(next + nextIndent)) break;
      dash = next + nextIndent;
      line = next;
    }
    return new LightSeq(items, [at, -1]);
  }

  /**
   * The value after a key's colon or a sequence's dash (at `from`), in a collection at column
   * `indent`; sets `next` to the line after it.
   */
  private value(from: number, indent: number, inMap: boolean): LightNode {
    const { text } = this;
    let at = this.spaces(from);
    let anchor: string | undefined;
    if (text.charCodeAt(at) === AMP) {
      let i = at + 1;
      while (i < this.length) {
        const c = text.charCodeAt(i);
        if (c === SPACE || c === NL || isFlowIndicator(c)) break;
        i++;
      }
      if (i === at + 1 || !this.isIndicator(i)) unsupported();
      anchor = text.slice(at + 1, i);
      at = this.spaces(i);
    }
    const c = text.charCodeAt(at);
    const end = this.lineEnd(at);
    if (at >= end || c === HASH) {
      // Nothing more on this line: the value is on the next lines, or empty.
      const next = this.contentLine(end + 1);
      const nextIndent = this.indentOf(next);
      let node: LightNode;
      if (nextIndent > indent) {
        node = this.block(next + nextIndent, nextIndent, next);
      } else if (inMap && nextIndent === indent && this.isDash(next + nextIndent)) {
        node = this.sequence(next + nextIndent, nextIndent, next);
      } else {
        node = new LightScalar(null, 'PLAIN', [at, at]);
        this.next = next;
      }
      if (anchor !== undefined) (node as LightScalar).anchor = anchor;
      return node;
    }
    let node: LightNode;
    let after: number;
    if (c === STAR) {
      if (anchor !== undefined) unsupported();
      let i = at + 1;
      while (i < end) {
        const ch = text.charCodeAt(i);
        if (ch === SPACE || isFlowIndicator(ch)) break;
        i++;
      }
      const name = text.slice(at + 1, i);
      if (name === '' || name.endsWith(':')) unsupported();
      node = new LightAlias(name, [at, i]);
      after = i;
    } else if (c === PIPE || c === GT) {
      const scalar = this.blockScalar(at, end, indent);
      scalar.anchor = anchor;
      return scalar;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      node = this.flow(at, end);
      after = node.range[1];
    } else if (c === DQUOTE || c === SQUOTE) {
      node = this.quoted(at, end);
      after = node.range[1];
    } else {
      if (cannotStartPlain(c)) unsupported();
      if ((c === DASH || c === QUESTION || c === COLON) && this.isIndicator(at + 1)) unsupported();
      let valueEnd = end;
      for (let i = at; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) {
          valueEnd = i;
          break;
        }
        // `a: b: c` is a mapping in a compact mapping, which yaml refuses.
        if (ch === COLON && this.isIndicator(i + 1)) unsupported();
      }
      while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
      node = new LightScalar(resolvePlain(text.slice(at, valueEnd), false), 'PLAIN', [
        at,
        valueEnd,
      ]);
      after = valueEnd;
    }
    if (!this.restIsBlank(after)) unsupported();
    if (anchor !== undefined) (node as LightScalar).anchor = anchor;
    this.afterLine(end, indent);
    return node;
  }

  /** Moves to the next content line, which must not be more indented than the collection. */
  private afterLine(end: number, indent: number): void {
    const next = this.contentLine(end + 1);
    // A more indented line continues a multi-line scalar (or is an error): not read here.
    if (this.indentOf(next) > indent) unsupported();
    this.next = next;
  }

  /** A quoted scalar that ends on its line, without escapes. */
  private quoted(at: number, end: number): LightScalar {
    const { text } = this;
    const quote = text.charCodeAt(at);
    let i = at + 1;
    let doubled = false;
    for (;;) {
      if (i >= end) unsupported();
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
          doubled = true;
          i += 2;
          continue;
        }
        break;
      }
      if (c === BACKSLASH && quote === DQUOTE) unsupported();
      i++;
    }
    let value = text.slice(at + 1, i);
    if (doubled) value = value.replace(/''/g, "'");
    return new LightScalar(value, quote === DQUOTE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE', [at, i + 1]);
  }

  /** A flow sequence of scalars, or a flow mapping of scalars, on one line. */
  private flow(at: number, end: number): LightMap | LightSeq {
    const { text } = this;
    const isMap = text.charCodeAt(at) === OPEN_BRACE;
    const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
    const seqItems: LightNode[] = [];
    const pairs: LightPair[] = [];
    let i = this.spaces(at + 1);
    for (;;) {
      if (i >= end) unsupported();
      if (text.charCodeAt(i) === close) break;
      const first = this.flowScalar(i, end, isMap);
      i = this.spaces(first.range[1]);
      if (isMap) {
        if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) unsupported();
        const value = this.flowScalar(this.spaces(i + 1), end, false);
        pairs.push({ key: first, value });
        i = this.spaces(value.range[1]);
      } else {
        seqItems.push(first);
      }
      const c = text.charCodeAt(i);
      if (c === COMMA) i = this.spaces(i + 1);
      else if (c !== close) unsupported();
    }
    const range: [number, number] = [at, i + 1];
    return isMap ? new LightMap(pairs, range) : new LightSeq(seqItems, range);
  }

  private flowScalar(at: number, end: number, atKey: boolean): LightScalar {
    const { text } = this;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(at, end);
    if (at >= end || cannotStartPlain(c)) unsupported();
    if ((c === DASH || c === QUESTION || c === COLON) && this.isIndicator(at + 1)) unsupported();
    let i = at;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (isFlowIndicator(ch)) break;
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) unsupported();
      if (ch === COLON) {
        const after = text.charCodeAt(i + 1);
        if (i + 1 >= end || after === SPACE || isFlowIndicator(after)) break;
      }
    }
    let valueEnd = i;
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    return new LightScalar(resolvePlain(text.slice(at, valueEnd), atKey), 'PLAIN', [at, valueEnd]);
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar, clipped or stripped (`-`), without an
   * indentation indicator, whose lines are all either empty or indented past the collection.
   */
  private blockScalar(at: number, end: number, indent: number): LightScalar {
    const { text } = this;
    const folded = text.charCodeAt(at) === GT;
    let i = at + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    if (!this.restIsBlank(i)) unsupported();
    const lines: [number, string][] = [];
    let trim = -1;
    let start = end + 1;
    while (start < this.length) {
      const lineEnd = this.lineEnd(start);
      if (lineEnd === start) {
        lines.push([0, '']);
        start = lineEnd + 1;
        continue;
      }
      const content = this.spaces(start);
      // A line of spaces only: its place in the value depends on rules not followed here.
      if (content === lineEnd) unsupported();
      const lineIndent = content - start;
      if (trim < 0) {
        if (lineIndent <= indent) unsupported();
        trim = lineIndent;
      } else if (lineIndent < trim) {
        break;
      }
      lines.push([lineIndent, text.slice(content, lineEnd)]);
      start = lineEnd + 1;
    }
    if (trim < 0) unsupported();
    const value = blockValue(lines, trim, folded) + (strip ? '' : '\n');
    const node = new LightScalar(value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL', [at, -1]);
    const next = this.contentLine(start);
    if (this.indentOf(next) > indent) unsupported();
    this.next = next;
    return node;
  }
}

/**
 * A block scalar's lines (indentation, content) joined as `yaml` joins them (its
 * resolveBlockScalar), before chomping; trailing empty lines are dropped.
 */
function blockValue(lines: readonly [number, string][], trim: number, folded: boolean): string {
  let last = lines.length;
  while (last > 0 && (lines[last - 1] as [number, string])[1] === '') last--;
  let first = 0;
  while (first < last && (lines[first] as [number, string])[1] === '') first++;
  let value = '\n'.repeat(first);
  let sep = '';
  let previousMoreIndented = false;
  for (let i = first; i < last; i++) {
    const [lineIndent, content] = lines[i] as [number, string];
    const extra = ' '.repeat(Math.max(0, lineIndent - trim));
    if (!folded) {
      value += sep + extra + content;
      sep = '\n';
    } else if (lineIndent > trim) {
      if (sep === ' ') sep = '\n';
      else if (!previousMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + extra + content;
      sep = '\n';
      previousMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      previousMoreIndented = false;
    }
  }
  return value;
}
