// The only module that imports `yaml`. Everything else sees YAML through these helpers, so the
// parser (and how it is tuned for speed) can change in one place.
import type { Alias, Document, Node as YamlNode, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import {
  Composer,
  Lexer,
  Parser,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseAllDocuments,
} from 'yaml';
import type { Span } from '../types.js';
import type { LightNode } from './yaml-light.js';
import { LightAlias, LightMap, LightScalar, LightSeq, detached, parseLight } from './yaml-light.js';
import { FILE_START } from '../types.js';

/** A node of `yaml`'s tree, or of the fast reader's, which has the same shape (yaml-light.ts). */
export type YNode = YamlNode | LightNode;

const isMapNodeOf = (node: unknown): node is YAMLMap | LightMap =>
  node instanceof LightMap || isMap(node);
const isSeqNodeOf = (node: unknown): node is YAMLSeq | LightSeq =>
  node instanceof LightSeq || isSeq(node);
const isScalarNodeOf = (node: unknown): node is Scalar | LightScalar =>
  node instanceof LightScalar || isScalar(node);
const isAliasNodeOf = (node: unknown): node is Alias | LightAlias =>
  node instanceof LightAlias || isAlias(node);
const isNodeOf = (node: unknown): node is YNode =>
  node instanceof LightScalar ||
  node instanceof LightMap ||
  node instanceof LightSeq ||
  node instanceof LightAlias ||
  isNode(node);

const PARSE_OPTIONS = {
  // Compose files rely on `<<: *base`; yaml v2 applies merge keys only when asked.
  merge: true,
  prettyErrors: false,
  uniqueKeys: false,
} as const;

export interface ParseOptions {
  /**
   * Whether the fast reader may read the file (yaml-light.ts); off, `yaml` parses every file, as
   * the tests that compare both paths ask.
   */
  light?: boolean;
}

/**
 * Limits that keep hostile YAML from costing more than its size. No manifest comes near them:
 * real ones nest a few dozen levels and merge a few anchors.
 */
export const YAML_LIMITS = {
  /** Deeper YAML is refused unparsed: yaml's composer recurses once per level (and overflows
   * the stack at about 800), and its parser slows down on deep input. */
  nesting: 500,
  /** Entries that merge keys (`<<: *base`) may copy in one file: a "billion laughs" of merges. */
  mergedEntries: 1_000_000,
};

export interface YamlError {
  message: string;
  span: Span;
  /**
   * Set when the text may be valid YAML but goes beyond a limit above: the message is then a
   * clause ("nests more than 500 levels deep"), not a parser's complaint.
   */
  limit?: boolean;
}

export interface YamlDocument {
  /** The document's root node, or null for an empty document. */
  root: YNode | null;
  errors: YamlError[];
  /** What walking the document has worked out once, shared by every walker. */
  cache: DocumentCache;
}

interface DocumentCache {
  file: YamlFile;
  /** Each alias's anchored node; built on the first alias or merge key met. */
  aliases?: Map<Alias | LightAlias, YNode | null>;
  entries: Map<YNode, readonly MapEntry[]>;
  /** Maps whose entries are being worked out: a merge that leads back to one is a cycle. */
  inProgress: Set<YNode>;
}

/** A parsed YAML file: its documents, and the means to turn node offsets into lines and columns. */
export class YamlFile {
  readonly documents: YamlDocument[];
  /** Errors about the file as a whole (too deep to parse); its documents are then empty. */
  private readonly fileErrors: YamlError[] = [];
  /** Entries merge keys have copied so far, against `YAML_LIMITS.mergedEntries`. */
  mergedEntries = 0;
  /**
   * Where each line starts: after each `\n`, as git, GitHub and the files' own lines count them.
   * yaml's LineCounter follows its lexer, which can disagree on odd line ends (a lone `\r`).
   */
  private lineStarts: number[] | undefined;
  /** Set when the fast reader built the tree: some of its ends are then found on demand. */
  private light = false;

  constructor(
    readonly text: string,
    options: ParseOptions = {},
  ) {
    const tooDeep = excessiveNesting(text, YAML_LIMITS.nesting);
    if (tooDeep !== undefined) {
      this.fileErrors.push({
        message: `nests more than ${YAML_LIMITS.nesting} levels deep`,
        span: this.spanOfOffsets(tooDeep, tooDeep + 1),
        limit: true,
      });
      this.documents = [];
      return;
    }
    const roots = options.light === false ? undefined : parseLight(text);
    if (roots) {
      this.light = true;
      this.documents = roots.map((root) => ({
        root,
        errors: [],
        cache: { file: this, entries: new Map(), inProgress: new Set() },
      }));
      return;
    }
    const list = parseAsKubectlDoes(text);
    for (const doc of list) detachValues(doc.contents);
    this.documents = list.map((doc) => ({
      root: (doc.contents as YNode | null) ?? null,
      errors: doc.errors.map((e) => ({
        message: e.message.split('\n')[0] ?? e.message,
        span: this.spanOfOffsets(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)),
      })),
      cache: { file: this, entries: new Map(), inProgress: new Set() },
    }));
  }

  get errors(): YamlError[] {
    return [...this.fileErrors, ...this.documents.flatMap((d) => d.errors)];
  }

  position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      const { text } = this;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        this.lineStarts.push(i + 1);
      }
    }
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }

  spanOfOffsets(start: number, end: number): Span {
    // yaml may place an error one past the end of the text; a span stays inside the file.
    const a = this.position(Math.min(start, this.text.length));
    const b = this.position(Math.min(end, this.text.length));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Where a node's value starts and ends in the text. */
  private rangeOf(node: YNode): readonly number[] | undefined {
    const range = node.range;
    if (range && range[1] === -1) this.exactRanges();
    return node.range ?? undefined;
  }

  /**
   * Where the fast reader's collections and block scalars end, as `yaml` says (it depends on
   * how trailing comments are assigned): the file is parsed again, once, when one is needed.
   */
  private exactRanges(): void {
    if (!this.light) return;
    this.light = false;
    const docs = parseAllDocuments(this.text, PARSE_OPTIONS);
    const list = Array.isArray(docs) ? docs : [];
    if (list.length !== this.documents.length) throw disagreement();
    this.documents.forEach((d, i) => copyRanges(d.root, list[i]?.contents));
  }

  /** The span of a node's value (not its trailing comment or whitespace). */
  spanOf(node: YNode): Span {
    const range = this.rangeOf(node);
    if (!range) return FILE_START;
    return this.spanOfOffsets(range[0] as number, range[1] as number);
  }

  /** The node's text in the file, quotes included. */
  sourceOf(node: YNode): string {
    const range = this.rangeOf(node);
    return range ? detached(this.text.slice(range[0], range[1])) : '';
  }

  /**
   * The file offset at which a scalar's value is written character for character, when it is:
   * a plain scalar, or a quoted one without escapes on a single line. Else undefined.
   */
  literalValueOffset(node: YNode): number | undefined {
    if (!isScalarNodeOf(node) || !node.range) return undefined;
    const type = node.type;
    if (type !== 'PLAIN' && type !== 'QUOTE_DOUBLE' && type !== 'QUOTE_SINGLE') return undefined;
    const source = this.sourceOf(node);
    if (source.includes('\n')) return undefined;
    if (node.type === 'PLAIN') return node.range[0];
    if (node.type === 'QUOTE_DOUBLE' && !source.includes('\\')) return node.range[0] + 1;
    if (node.type === 'QUOTE_SINGLE' && !source.slice(1, -1).includes("'"))
      return node.range[0] + 1;
    return undefined;
  }
}

/**
 * `yaml`'s documents, or, where it only objects to a quoted scalar's continuation lines that
 * go-yaml takes (see `goYamlTokens`), the documents go-yaml reads: kubectl, kustomize and Helm
 * apply such files. Anything else `yaml` objects to is kept as its error.
 */
function parseAsKubectlDoes(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  const list: Document.Parsed[] = Array.isArray(docs) ? docs : [];
  const unclosed = list.some((d) =>
    d.errors.some((e) => e.code === 'MISSING_CHAR' && e.message.includes('quote')),
  );
  if (!unclosed) return list;
  const tokens = goYamlTokens(text);
  if (!tokens) return list;
  const parser = new Parser();
  const cst = function* () {
    for (const token of tokens) yield* parser.next(token);
    yield* parser.end();
  };
  const lenient = Array.from(new Composer(PARSE_OPTIONS).compose(cst()));
  return lenient.every((d) => d.errors.length === 0) ? lenient : list;
}

const SCALAR_MARK = '\x1f';
/** What yaml's lexer emits that stands for no text: document, flow-error and scalar marks. */
const isMark = (token: string): boolean =>
  token === '\x02' || token === '\x18' || token === SCALAR_MARK;

/**
 * The lexical tokens of a text as go-yaml reads its quoted scalars, or undefined when no
 * continuation line of one is indented less than its opening quote. go-yaml (kubectl, kustomize, Helm) ends a quoted scalar at its
 * closing quote however its continuation lines are indented, and its own emitter writes them
 * indented less than the key (Gateway API CRDs); YAML 1.2 and `yaml` want them indented past
 * the parent node. So the lexer is fed line by line, and a line that continues a quoted scalar
 * is indented as far as the scalar's opening quote before it is fed; the spaces are taken out
 * of the scalar's token again, so every token is the text as written and every offset exact.
 * A line that starts with a document marker (`---`, `...`) is left alone: go-yaml refuses it.
 */
export function goYamlTokens(text: string): string[] | undefined {
  const lexer = new Lexer();
  const tokens: string[] = [];
  /** Where spaces were added, in the text as fed: the offset of the line, and how many. */
  const added: { at: number; count: number }[] = [];
  /** The lines fed so far, as fed. */
  const lines: { start: number; text: string }[] = [];
  let fed = 0;
  let emitted = 0;
  let atScalar = false;
  /** The quoted scalar the lexer is reading: where it opens, and what of it was searched. */
  let open: { at: number; quote: string; column: number; searched: number } | undefined;

  const feed = (chunk: string, incomplete: boolean): void => {
    lines.push({ start: fed, text: chunk });
    fed += chunk.length;
    for (const token of lexer.lex(chunk, incomplete)) {
      tokens.push(token);
      if (atScalar || !isMark(token)) emitted += token.length;
      atScalar = !atScalar && token === SCALAR_MARK;
    }
    if (emitted >= fed) open = undefined;
    else if (open?.at !== emitted) open = opening(lines, emitted);
    // Searched line by line, so that a long scalar is not searched again for each line.
    while (open && open.searched < fed) {
      const last = lines[lines.length - 1] as { start: number; text: string };
      const from = Math.max(open.searched, last.start);
      let i = lines.length - 1;
      while (i > 0 && (lines[i] as { start: number }).start > from) i--;
      const at = lines[i] as { start: number; text: string };
      const closes = closingQuote(at.text, from - at.start, open.quote);
      if (closes) open = undefined;
      else open.searched = at.start + at.text.length;
    }
  };

  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline + 1;
    let chunk = text.slice(start, end);
    const indent = /^[ ]*/.exec(chunk)?.[0].length ?? 0;
    if (open && indent < open.column && chunk.trim() !== '' && !/^(---|\.\.\.)(\s|$)/.test(chunk)) {
      added.push({ at: fed, count: open.column - indent });
      chunk = ' '.repeat(open.column - indent) + chunk;
    }
    feed(chunk, true);
    start = end;
  }
  feed('', false);
  return added.length === 0 ? undefined : withoutAdded(tokens, added);
}

/** The quoted scalar that opens where the lexer stopped, if that is a quote. */
function opening(
  lines: readonly { start: number; text: string }[],
  offset: number,
): { at: number; quote: string; column: number; searched: number } | undefined {
  let i = lines.length - 1;
  while (i > 0 && (lines[i] as { start: number }).start > offset) i--;
  const line = lines[i] as { start: number; text: string };
  const quote = line.text[offset - line.start];
  if (quote !== '"' && quote !== "'") return undefined;
  return { at: offset, quote, column: offset - line.start, searched: offset + 1 };
}

/**
 * Whether a quoted scalar's closing quote is in `line` from `from` on, as yaml and go-yaml find
 * it (`''` is a quote inside single quotes, `\"` inside double quotes). A line ends with its
 * line break, so no escape runs into the next line.
 */
function closingQuote(line: string, from: number, quote: string): boolean {
  for (let i = from; i < line.length; i++) {
    const ch = line[i];
    if (quote === '"' && ch === '\\') i++;
    else if (ch === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/** The tokens with the spaces `goYamlTokens` added taken out again (each run is in one token). */
function withoutAdded(
  tokens: readonly string[],
  added: readonly { at: number; count: number }[],
): string[] {
  let offset = 0;
  let next = 0;
  let atScalar = false;
  return tokens.map((token) => {
    if (!atScalar && isMark(token)) {
      atScalar = token === SCALAR_MARK;
      return token;
    }
    atScalar = false;
    const from = offset;
    offset += token.length;
    let out = token;
    const inside: { at: number; count: number }[] = [];
    for (; next < added.length && (added[next] as { at: number }).at < offset; next++) {
      inside.push(added[next] as { at: number; count: number });
    }
    for (const run of inside.reverse()) {
      out = out.slice(0, run.at - from) + out.slice(run.at - from + run.count);
    }
    return out;
  });
}

export function parseYamlFile(text: string, options: ParseOptions = {}): YamlFile {
  return new YamlFile(text, options);
}

/** Scalar values that do not keep the file's text alive (see `detached`). */
function detachValues(root: unknown): void {
  const stack: unknown[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isScalar(node)) {
      if (typeof node.value === 'string') node.value = detached(node.value);
    } else if (isMap(node)) {
      for (const pair of node.items as Pair<unknown, unknown>[]) stack.push(pair.key, pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
}

function disagreement(): Error {
  return new Error('the fast YAML reader and yaml read this file differently');
}

/** Copies `yaml`'s ranges onto the fast reader's tree of the same text. */
function copyRanges(light: YNode | null, full: unknown): void {
  const stack: [YNode | null, unknown][] = [[light, full]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [l, f] = next;
    if (l === null && (f === null || f === undefined)) continue;
    if (!l || !isNodeOf(f) || l.range?.[0] !== f.range?.[0]) throw disagreement();
    if (l instanceof LightMap) {
      if (!isMap(f) || f.items.length !== l.items.length) throw disagreement();
      l.items.forEach((pair, i) => {
        const other = f.items[i] as Pair<unknown, unknown>;
        stack.push([pair.key, other.key], [pair.value, other.value]);
      });
    } else if (l instanceof LightSeq) {
      if (!isSeq(f) || f.items.length !== l.items.length) throw disagreement();
      l.items.forEach((item, i) => stack.push([item, f.items[i]]));
    } else if (l instanceof LightScalar ? !isScalar(f) : !isAlias(f)) {
      throw disagreement();
    }
    const range = f.range;
    if (range && l.range) l.range[1] = range[1];
  }
}

/**
 * One pass over a document, in document order, done the first time an alias or a merge key is
 * met: each alias's node (the last node before it with that anchor, as yaml's `Alias.resolve`
 * finds it, but without walking the whole document for every alias, which makes a document of
 * many aliases quadratic), and the entries of every mapping with a merge key, children before
 * parents. A merge source is anchored before the alias that names it, so its entries are known
 * by then, however long a chain of merges is: nothing recurses more than the nesting allows.
 */
function resolveReferences(doc: YamlDocument): Map<Alias | LightAlias, YNode | null> {
  const targets = new Map<Alias | LightAlias, YNode | null>();
  doc.cache.aliases = targets;
  const anchors = new Map<string, YNode>();
  const merging: YNode[] = [];
  const stack: { node: unknown; after?: boolean }[] = [{ node: doc.root }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, after } = next;
    if (after) {
      merging.push(node as YNode);
      continue;
    }
    if (isAliasNodeOf(node)) {
      targets.set(node, anchors.get(node.source) ?? null);
      continue;
    }
    if (!isNodeOf(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node as YNode);
    if (isMapNodeOf(node)) {
      const pairs = node.items as Pair<unknown, unknown>[];
      if (pairs.some((p) => isMergeKey(p.key))) stack.push({ node, after: true });
      for (let i = pairs.length - 1; i >= 0; i--) {
        stack.push({ node: pairs[i]?.value }, { node: pairs[i]?.key });
      }
    } else if (isSeqNodeOf(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] });
    }
  }
  for (const map of merging) entries(map, doc);
  return targets;
}

/** Follows an alias to its anchored node; other nodes are returned as they are. */
export function deref(node: unknown, doc: YamlDocument): YNode | null {
  if (!isAliasNodeOf(node)) return (node as YNode | null) ?? null;
  const targets = doc.cache.aliases ?? resolveReferences(doc);
  // An anchored node is never an alias itself (yaml refuses `&a *b`); the loop is a safeguard.
  let current: unknown = node;
  for (let hops = 0; hops < 64 && isAliasNodeOf(current); hops++)
    current = targets.get(current) ?? null;
  return current && !isAliasNodeOf(current) ? (current as YNode) : null;
}

export function scalarValue(node: YNode | null): unknown {
  return node && isScalarNodeOf(node) ? node.value : undefined;
}

function isMergeKey(key: unknown): boolean {
  // With `merge: true`, yaml gives a plain `<<` key a symbol value.
  return (
    isScalarNodeOf(key) &&
    key.type === 'PLAIN' &&
    (key.value === '<<' || typeof key.value === 'symbol')
  );
}

export interface MapEntry {
  key: string;
  keyNode: YNode;
  value: YNode | null;
}

/** Records that a document went beyond a limit, once, at the node where it did. */
function overLimit(doc: YamlDocument, node: YNode, message: string): void {
  if (doc.errors.some((e) => e.limit)) return;
  doc.errors.push({ message, span: doc.cache.file.spanOf(node), limit: true });
}

/**
 * The entries of a mapping as a consumer of the YAML sees them: aliases followed, and `<<` merge
 * keys applied (keys written in the mapping win over merged ones, earlier merges over later).
 * Worked out once per mapping: a mapping that merges ten that each merge ten ... would
 * otherwise cost ten to the power of its depth.
 */
export function entries(node: YNode | null, doc: YamlDocument): readonly MapEntry[] {
  const map = deref(node, doc);
  if (!map || !isMapNodeOf(map)) return [];
  const { cache } = doc;
  const cached = cache.entries.get(map);
  if (cached) return cached;
  // A merge that leads back to a mapping being worked out adds nothing (`&a {<<: *a}`).
  if (cache.inProgress.has(map)) return [];
  const pairs = map.items as Pair<unknown, unknown>[];
  // Merge sources are worked out in document order first, so that no chain of merges recurses.
  if (!cache.aliases && pairs.some((p) => isMergeKey(p.key))) {
    resolveReferences(doc);
    const resolved = cache.entries.get(map);
    if (resolved) return resolved;
  }
  const own: MapEntry[] = [];
  const merged: (readonly MapEntry[])[] = [];
  for (const pair of pairs) {
    if (isMergeKey(pair.key)) {
      cache.inProgress.add(map);
      const source = deref(pair.value, doc);
      const sources = source && isSeqNodeOf(source) ? (source.items as YNode[]) : [source];
      for (const s of sources) merged.push(entries(s, doc));
      cache.inProgress.delete(map);
      continue;
    }
    const keyNode = pair.key as YNode;
    const keyValue = isScalarNodeOf(keyNode) ? keyNode.value : undefined;
    if (keyValue === undefined || keyValue === null || typeof keyValue === 'object') continue;
    own.push({ key: String(keyValue), keyNode, value: deref(pair.value, doc) });
  }
  if (merged.length > 0) {
    const seen = new Set(own.map((e) => e.key));
    for (const list of merged) {
      cache.file.mergedEntries += list.length;
      if (cache.file.mergedEntries > YAML_LIMITS.mergedEntries) {
        overLimit(
          doc,
          map,
          `expands its merge keys to more than ${YAML_LIMITS.mergedEntries.toLocaleString('en-US')} entries`,
        );
        break;
      }
      for (const e of list) {
        if (!seen.has(e.key)) {
          seen.add(e.key);
          own.push(e);
        }
      }
    }
  }
  cache.entries.set(map, own);
  return own;
}

export function get(node: YNode | null, key: string, doc: YamlDocument): YNode | null {
  for (const e of entries(node, doc)) if (e.key === key) return e.value;
  return null;
}

/** The items of a sequence, aliases followed. */
export function items(node: YNode | null, doc: YamlDocument): YNode[] {
  const seq = deref(node, doc);
  if (!seq || !isSeqNodeOf(seq)) return [];
  const out: YNode[] = [];
  for (const item of seq.items) {
    const resolved = deref(item, doc);
    if (resolved) out.push(resolved);
  }
  return out;
}

/**
 * The keys of a mapping that `entries` leaves out because they are no name: empty (`~`,
 * `null`, `? `), or a list or mapping (`? [a]`, the `{ x }` of `{{ x }}`). A reader that must
 * refuse what it does not understand (the config file) says so at each.
 */
export function keysThatAreNoName(node: YNode | null, doc: YamlDocument): YNode[] {
  const map = deref(node, doc);
  if (!map || !isMapNodeOf(map)) return [];
  const out: YNode[] = [];
  for (const pair of map.items as Pair<unknown, unknown>[]) {
    if (isMergeKey(pair.key)) continue;
    const key = (deref(pair.key, doc) ?? pair.key) as YNode | null;
    const value = key && isScalarNodeOf(key) ? key.value : undefined;
    if (value === undefined || value === null || typeof value === 'object') {
      out.push((pair.key as YNode | null) ?? map);
    }
  }
  return out;
}

export function isMapNode(node: YNode | null): boolean {
  return !!node && isMapNodeOf(node);
}

export function isSeqNode(node: YNode | null): boolean {
  return !!node && isSeqNodeOf(node);
}

export function isScalarNode(node: YNode | null): boolean {
  return !!node && isScalarNodeOf(node);
}

/** A scalar's value as text, as written for strings and as its source for numbers. */
export function scalarText(node: YNode | null, file: YamlFile): string | undefined {
  if (!node || !isScalarNodeOf(node)) return undefined;
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
  // Quoted scalars end where kubectl ends them, as the documents are read (YamlFile).
  for (const token of goYamlTokens(text) ?? new Lexer().lex(text)) {
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

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const DASH = 0x2d;
const QUESTION = 0x3f;
const COLON = 0x3a;

/**
 * The offset at which YAML text may nest deeper than `limit` levels, or undefined when it
 * cannot. A block collection nested in another starts at a greater column, or at the same
 * column after an indicator (a sequence in a mapping), or on the same line after an indicator
 * (`- - x`); a flow collection needs its opening bracket. So a line's depth is at most twice its
 * indentation, plus its `-`, `?` and `:`, plus the flow brackets open. Counting characters bounds
 * that from above in one cheap pass; only text that fails it (many brackets, or absurd
 * indentation) is lexed, to count only indentation, indicators and brackets that are YAML's.
 */
export function excessiveNesting(text: string, limit: number): number | undefined {
  return withinNestingBound(text, limit) ? undefined : countedNesting(text, limit);
}

/**
 * A cheaper bound than `countedNesting`'s, enough for almost every file: a line's indentation
 * and indicators are at most its length plus its indentation; brackets are counted natively.
 */
function withinNestingBound(text: string, limit: number): boolean {
  let budget = limit - 1;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) budget--;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) budget--;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (2 * (end - start) > budget) {
      let indent = start;
      while (text.charCodeAt(indent) === SPACE) indent++;
      if (end - start + (indent - start) > budget) return false;
    }
    start = end + 1;
  }
  return budget >= 0;
}

/** The count `excessiveNesting` falls back to (exported for its tests). */
export function countedNesting(text: string, limit: number): number | undefined {
  let brackets = 0;
  let widest = 0;
  let indent = 0;
  let indicators = 0;
  let atIndent = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      widest = Math.max(widest, 2 * indent + indicators);
      indent = 0;
      indicators = 0;
      atIndent = true;
      continue;
    }
    if (atIndent && c === SPACE) {
      indent++;
      continue;
    }
    atIndent = false;
    if (c === OPEN_BRACKET || c === OPEN_BRACE) brackets++;
    else if (c === DASH || c === QUESTION || c === COLON) indicators++;
  }
  widest = Math.max(widest, 2 * indent + indicators);
  if (brackets + widest + 1 <= limit) return undefined;
  return lexedNesting(text, limit);
}

/** The same bound as `excessiveNesting`, counting only what yaml's lexer says is structure. */
function lexedNesting(text: string, limit: number): number | undefined {
  let offset = 0;
  let flow = 0;
  let lineStart = true;
  let indent = 0;
  let indicators = 0;
  let atScalar = false;
  for (const token of new Lexer().lex(text)) {
    if (atScalar) {
      // The token after a scalar marker is the scalar's text, whatever it holds.
      atScalar = false;
      lineStart = token.endsWith('\n');
      if (lineStart) {
        indent = 0;
        indicators = 0;
      }
      offset += token.length;
      continue;
    }
    if (token === '\x1f') {
      atScalar = true;
      continue;
    }
    if (token === '\x02' || token === '\x18') continue;
    if (token === '\n' || token === '\r\n') {
      lineStart = true;
      indent = 0;
      indicators = 0;
    } else if (lineStart && token[0] === ' ') {
      indent = token.length;
      lineStart = false;
    } else {
      lineStart = false;
      if (token === '[' || token === '{') flow++;
      else if ((token === ']' || token === '}') && flow > 0) flow--;
      else if (flow === 0 && (token === '-' || token === '?' || token === ':')) indicators++;
      if (flow + 2 * indent + indicators + 1 > limit) return offset;
    }
    offset += token.length;
  }
  return undefined;
}
