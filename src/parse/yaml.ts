// The only module that imports `yaml`. Everything else sees YAML through these helpers, so the
// parser (and how it is tuned for speed) can change in one place.
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { Lexer, LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Span } from '../types.js';

export type YNode = YamlNode;

export interface YamlError {
  message: string;
  span: Span;
}

export interface YamlDocument {
  /** The document's root node, or null for an empty document. */
  root: YNode | null;
  errors: YamlError[];
  /** Internal handle, needed to resolve aliases. */
  doc: Document.Parsed;
}

/** A parsed YAML file: its documents, and the means to turn node offsets into lines and columns. */
export class YamlFile {
  readonly documents: YamlDocument[];
  private readonly lineCounter = new LineCounter();

  constructor(readonly text: string) {
    const docs = parseAllDocuments(text, {
      lineCounter: this.lineCounter,
      // Compose files rely on `<<: *base`; yaml v2 applies merge keys only when asked.
      merge: true,
      prettyErrors: false,
      uniqueKeys: false,
    });
    const list = Array.isArray(docs) ? docs : [];
    this.documents = list.map((doc) => ({
      root: (doc.contents as YNode | null) ?? null,
      doc,
      errors: doc.errors.map((e) => ({
        message: e.message.split('\n')[0] ?? e.message,
        span: this.spanOfOffsets(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
      })),
    }));
  }

  get errors(): YamlError[] {
    return this.documents.flatMap((d) => d.errors);
  }

  position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }

  spanOfOffsets(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The span of a node's value (not its trailing comment or whitespace). */
  spanOf(node: YNode): Span {
    const range = node.range;
    if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return this.spanOfOffsets(range[0], range[1]);
  }

  /** The node's text in the file, quotes included. */
  sourceOf(node: YNode): string {
    const range = node.range;
    return range ? this.text.slice(range[0], range[1]) : '';
  }

  /**
   * The file offset at which a scalar's value is written character for character, when it is:
   * a plain scalar, or a quoted one without escapes on a single line. Else undefined.
   */
  literalValueOffset(node: YNode): number | undefined {
    if (!isScalar(node) || !node.range) return undefined;
    const source = this.sourceOf(node);
    if (source.includes('\n')) return undefined;
    if (node.type === 'PLAIN') return node.range[0];
    if (node.type === 'QUOTE_DOUBLE' && !source.includes('\\')) return node.range[0] + 1;
    if (node.type === 'QUOTE_SINGLE' && !source.slice(1, -1).includes("'"))
      return node.range[0] + 1;
    return undefined;
  }
}

export function parseYamlFile(text: string): YamlFile {
  return new YamlFile(text);
}

export const isYamlMap = isMap;
export const isYamlSeq = isSeq;
export const isYamlScalar = isScalar;
export const isYamlAlias = isAlias;

/** Follows an alias to its anchored node; other nodes are returned as they are. */
export function deref(node: unknown, doc: YamlDocument): YNode | null {
  let current: unknown = node;
  // An alias may point at another alias only through a chain in the source, bounded by its length.
  for (let hops = 0; hops < 64 && isAlias(current); hops++) {
    current = current.resolve(doc.doc) ?? null;
  }
  return current && !isAlias(current) ? (current as YNode) : null;
}

export function scalarValue(node: YNode | null): unknown {
  return node && isScalar(node) ? node.value : undefined;
}

function isMergeKey(key: unknown): boolean {
  // With `merge: true`, yaml gives a plain `<<` key a symbol value.
  return (
    isScalar(key) && key.type === 'PLAIN' && (key.value === '<<' || typeof key.value === 'symbol')
  );
}

export interface MapEntry {
  key: string;
  keyNode: YNode;
  value: YNode | null;
}

/**
 * The entries of a mapping as a consumer of the YAML sees them: aliases followed, and `<<` merge
 * keys applied (keys written in the mapping win over merged ones, earlier merges over later).
 */
export function entries(node: YNode | null, doc: YamlDocument, depth = 0): MapEntry[] {
  const map = deref(node, doc);
  if (!map || !isMap(map)) return [];
  const own: MapEntry[] = [];
  const merged: MapEntry[] = [];
  for (const pair of map.items as Pair<unknown, unknown>[]) {
    if (isMergeKey(pair.key)) {
      if (depth > 32) continue;
      const source = deref(pair.value, doc);
      const sources = source && isSeq(source) ? (source.items as YNode[]) : [source];
      for (const s of sources) merged.push(...entries(s, doc, depth + 1));
      continue;
    }
    const keyNode = pair.key as YNode;
    const keyValue = isScalar(keyNode) ? keyNode.value : undefined;
    if (keyValue === undefined || keyValue === null || typeof keyValue === 'object') continue;
    own.push({ key: String(keyValue), keyNode, value: deref(pair.value, doc) });
  }
  if (merged.length === 0) return own;
  const seen = new Set(own.map((e) => e.key));
  for (const e of merged) {
    if (!seen.has(e.key)) {
      seen.add(e.key);
      own.push(e);
    }
  }
  return own;
}

export function get(node: YNode | null, key: string, doc: YamlDocument): YNode | null {
  for (const e of entries(node, doc)) if (e.key === key) return e.value;
  return null;
}

/** The items of a sequence, aliases followed. */
export function items(node: YNode | null, doc: YamlDocument): YNode[] {
  const seq = deref(node, doc);
  if (!seq || !isSeq(seq)) return [];
  const out: YNode[] = [];
  for (const item of seq.items) {
    const resolved = deref(item, doc);
    if (resolved) out.push(resolved);
  }
  return out;
}

export function isMapNode(node: YNode | null): boolean {
  return !!node && isMap(node);
}

export function isSeqNode(node: YNode | null): boolean {
  return !!node && isSeq(node);
}

export function isScalarNode(node: YNode | null): boolean {
  return !!node && isScalar(node);
}

/** A scalar's value as text, as written for strings and as its source for numbers. */
export function scalarText(node: YNode | null, file: YamlFile): string | undefined {
  if (!node || !isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'bigint') {
    return node.type === 'PLAIN' ? file.sourceOf(node) : String(node.value);
  }
  if (node.value === null) return undefined;
  return String(node.value);
}

export interface YamlComment {
  /** Offset of the `#` in the text. */
  offset: number;
  /** The comment, `#` included, to the end of its line. */
  text: string;
}

/**
 * Every comment of a YAML text, found by the lexer, so that a `#` inside a quoted or block scalar
 * is not taken for one.
 */
export function yamlComments(text: string): YamlComment[] {
  const comments: YamlComment[] = [];
  let offset = 0;
  let atScalar = false;
  // Offsets are counted as yaml's own parser counts them: the document, flow-error and scalar
  // markers the lexer emits are not source text; the token after a scalar marker is the scalar.
  for (const token of new Lexer().lex(text)) {
    if (atScalar) {
      atScalar = false;
    } else if (token === '\x1f') {
      atScalar = true;
      continue;
    } else if (token === '\x02' || token === '\x18') {
      continue;
    } else if (token.startsWith('#')) {
      comments.push({ offset, text: token });
    }
    offset += token.length;
  }
  return comments;
}
