// Tracing a rendered chart's ports back to the line a person edits, by experiment.
//
// Helm keeps no map from its output to the values and template text that produced it (it
// declined to add one, helm/helm#11552), and guessing from names is what made other tools give
// up. So port-claims asks helm: it renders the chart once as it is, collects every place a number
// equal to a rendered port is written (a whole-number scalar of a values file in effect, a number
// written in a template, a `set` of the config), gives each of them a number of its own that
// appears nowhere else, renders again with all of them rewritten at once, and looks at where each
// rendered port went. A port that now reads candidate N's new number came from candidate N, and
// from nothing else: no other text holds that number. Values files come first in helm's own
// merge, so a port follows the values line that wins, a template's literal only where no value
// feeds it (`default 8080`), and a port that follows nothing (computed, read from a file,
// a packaged subchart's default) keeps only the template file its `# Source:` comment names.
//
// When the rewritten render fails or changes shape (a value that steers an `if`, a schema that
// refuses the new number), the candidates are split in halves and rendered again, a bounded
// number of times; whatever still has not moved is reported at its template file.
import { readTextSync } from '../../discover/read.js';
import { resolveNamedTargets } from '../named-targets.js';
import type { YNode, YamlDocument, YamlFile } from '../../parse/yaml.js';
import {
  entries,
  isMapNode,
  isScalarNode,
  isSeqNode,
  items,
  parseYamlFile,
} from '../../parse/yaml.js';
import type { DigitsAt, Problem, RawClaim, Span } from '../../types.js';
import { readRendered, sourceScalar } from '../render/rendered.js';
import type { Chart, ChartPart } from './chart.js';
import { filesUnder } from './chart.js';
import type { ChartCopy, HelmTool, HelmWorkspace, TemplateResult } from './render.js';
import { helmTemplate, writeCopy } from './render.js';

/** A `set` pair of the config file, with where its value is written. */
export interface SetPair {
  key: string;
  value: unknown;
  /** Absolute path of the config file. */
  file: string;
  span?: Span;
  spec?: string;
  digits?: DigitsAt;
}

export interface VariantRequest {
  chart: Chart;
  copy: ChartCopy;
  job: string;
  within: string;
  maxBytes: number;
  release: string;
  /** Values files beyond the chart's own values.yaml, in order: absolute originals. */
  values: readonly string[];
  sets: readonly SetPair[];
  /** Report path of an absolute path. */
  describe: (absolute: string) => string;
}

export interface VariantTrace {
  claims: RawClaim[];
  problems: Problem[];
  /** Absolute paths of the files the claims and problems are at (for their inline ignores). */
  files: Set<string>;
}

/** Renders past the first that one variant may spend on tracing, and the time they may take. */
export const MAX_PROBES = 8;
export const PROBE_BUDGET_MS = 90_000;
/** The new numbers come from here: valid ports, which a chart's own checks accept. */
const PROBE_FIRST = 40_000;
const PROBE_LAST = 65_535;

/** A file of the copy the tracer may rewrite. */
interface Editable {
  original: string;
  copy: string;
  text: string;
}

interface Candidate {
  value: number;
  kind: 'values' | 'template' | 'set';
  /** Absolute path of the file the number is written in. */
  original: string;
  editable?: Editable;
  /** Offset of the digits in the file's text. */
  offset?: number;
  length?: number;
  set?: SetPair;
  span: Span;
  spec: string;
  digits?: DigitsAt;
  probe: number;
}

interface Rendered {
  claims: RawClaim[];
  problems: Problem[];
  /** The `# Source:` path of each claim. */
  sources: string[];
  problemSources: string[];
}

/** Every `# Source:` comment's line, and the path it names. */
function sourceLines(text: string): { line: number; path: string }[] {
  const out: { line: number; path: string }[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (text.startsWith('# Source: ', start)) {
      out.push({ line, path: text.slice(start + '# Source: '.length, stop).trim() });
    }
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return out;
}

function sourceAt(lines: { line: number; path: string }[], line: number): string {
  let found = '';
  for (const l of lines) {
    if (l.line > line) break;
    found = l.path;
  }
  return found;
}

function readOutput(text: string): Rendered {
  const stream = readRendered(text, 'helm template');
  const named = resolveNamedTargets(
    stream.parsed.namedTargets ?? [],
    stream.parsed.namedPorts ?? [],
  );
  const claims = [...stream.parsed.claims, ...named.claims];
  const problems = [...stream.parsed.problems, ...named.problems];
  const lines = sourceLines(text);
  return {
    claims,
    problems,
    sources: claims.map((c) => sourceAt(lines, c.span.line)),
    problemSources: problems.map((p) => sourceAt(lines, p.span.line)),
  };
}

/** What makes a claim of one render the same claim in another. */
function alignKeys(r: Rendered): string[] {
  const seen = new Map<string, number>();
  return r.claims.map((c, i) => {
    const base = [r.sources[i], c.resource, c.container ?? '', c.field, c.protocol].join('\0');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}\0${n}`;
  });
}

const WHOLE_NUMBER = /^\d{1,5}$/;

function valueCandidates(editable: Editable, wanted: ReadonlySet<number>, out: Candidate[]): void {
  const yaml = parseYamlFile(editable.text);
  if (yaml.errors.length > 0) return;
  const seen = new Set<YNode>();
  const visit = (node: YNode | null, doc: YamlDocument, depth: number): void => {
    if (!node || depth > 64 || seen.has(node)) return;
    seen.add(node);
    if (isMapNode(node)) {
      for (const e of entries(node, doc)) visit(e.value, doc, depth + 1);
    } else if (isSeqNode(node)) {
      for (const item of items(node, doc)) visit(item, doc, depth + 1);
    } else if (isScalarNode(node)) {
      addScalar(yaml, node, editable, wanted, out);
    }
  };
  for (const doc of yaml.documents) visit(doc.root, doc, 0);
}

function addScalar(
  yaml: YamlFile,
  node: YNode,
  editable: Editable,
  wanted: ReadonlySet<number>,
  out: Candidate[],
): void {
  const scalar = sourceScalar(yaml, node);
  if (!scalar || !WHOLE_NUMBER.test(scalar.spec) || !scalar.digits) return;
  const value = Number(scalar.spec);
  const offset = yaml.literalValueOffset(node);
  if (!wanted.has(value) || offset === undefined) return;
  out.push({
    value,
    kind: 'values',
    original: editable.original,
    editable,
    offset: offset + scalar.digits.start,
    length: scalar.digits.end - scalar.digits.start,
    span: scalar.span,
    spec: scalar.spec,
    digits: scalar.digits,
    probe: 0,
  });
}

/** A number written in a template: not part of a word, a version or a decimal. */
const TEMPLATE_NUMBER = /(?<![\w.$-])\d{1,5}(?![\w.])/g;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function spanAt(starts: number[], offset: number, length: number): Span {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  const column = offset - (starts[low] as number) + 1;
  return { line: low + 1, column, endLine: low + 1, endColumn: column + length };
}

function templateCandidates(
  editable: Editable,
  wanted: ReadonlySet<number>,
  out: Candidate[],
): void {
  let starts: number[] | undefined;
  for (const m of editable.text.matchAll(TEMPLATE_NUMBER)) {
    const value = Number(m[0]);
    if (!wanted.has(value) || m[0] !== String(value)) continue;
    starts ??= lineStarts(editable.text);
    out.push({
      value,
      kind: 'template',
      original: editable.original,
      editable,
      offset: m.index,
      length: m[0].length,
      span: spanAt(starts, m.index, m[0].length),
      spec: m[0],
      digits: { start: 0, end: m[0].length },
      probe: 0,
    });
  }
}

/** Numbers that appear nowhere in these texts, from PROBE_FIRST up. */
function probeNumbers(texts: readonly string[], count: number): number[] {
  const taken = new Set<number>();
  for (const text of texts) {
    for (const m of text.matchAll(/\d{5}/g)) taken.add(Number(m[0]));
  }
  const out: number[] = [];
  for (let n = PROBE_FIRST; n <= PROBE_LAST && out.length < count; n++) {
    if (!taken.has(n)) out.push(n);
  }
  return out;
}

function readEditable(original: string, copy: string, req: VariantRequest): Editable | undefined {
  const read = readTextSync(copy, { maxBytes: req.maxBytes });
  return 'text' in read ? { original, copy, text: read.text } : undefined;
}

/** The files whose numbers may be rewritten: values in effect, templates, by kind. */
function editables(req: VariantRequest): { values: Editable[]; templates: Editable[] } {
  const values: Editable[] = [];
  const templates: Editable[] = [];
  const added = new Set<string>();
  const add = (original: string, into: Editable[]): void => {
    const copy = req.copy.copyOf.get(original);
    if (!copy || added.has(copy)) return;
    const e = readEditable(original, copy, req);
    if (e) {
      added.add(copy);
      into.push(e);
    }
  };
  for (const part of req.chart.parts) {
    if (!part.dir) continue;
    add(`${part.dir}/values.yaml`, values);
    for (const f of filesUnder(`${part.dir}/templates`, req.within)) add(f, templates);
  }
  for (const f of req.values) add(f, values);
  return { values, templates };
}

function rewritten(e: Editable, batch: readonly Candidate[]): string {
  const mine = batch
    .filter((c) => c.editable === e && c.offset !== undefined)
    .sort((a, b) => (b.offset as number) - (a.offset as number));
  let text = e.text;
  for (const c of mine) {
    const at = c.offset as number;
    text = text.slice(0, at) + String(c.probe) + text.slice(at + (c.length as number));
  }
  return text;
}

const jsonOf = (value: unknown): string => JSON.stringify(value ?? null);

/** The part of the chart whose files a `# Source:` path names, and the file itself. */
export function sourceFile(
  chart: Chart,
  source: string,
): { part: ChartPart; path: string } | undefined {
  let best: ChartPart | undefined;
  for (const part of chart.parts) {
    if (source.startsWith(part.prefix) && (!best || part.prefix.length > best.prefix.length)) {
      best = part;
    }
  }
  if (!best) return undefined;
  if (best.archive) return { part: best, path: best.archive };
  return { part: best, path: `${best.dir as string}/${source.slice(best.prefix.length)}` };
}

export async function traceVariant(
  tool: HelmTool,
  workspace: HelmWorkspace,
  req: VariantRequest,
  describeError: (message: string) => string,
): Promise<{ ok: false; message: string } | (VariantTrace & { ok: true })> {
  const files = editables(req);
  const all = [...files.values, ...files.templates];
  const valuesArgs = req.values.map((f) => req.copy.copyOf.get(f) ?? f);
  const render = async (batch: readonly Candidate[]): Promise<TemplateResult> => {
    for (const e of all) writeCopy(e.copy, rewritten(e, batch));
    const sets = req.sets.map((s) => {
      const c = batch.find((b) => b.set === s);
      const value = c ? (typeof s.value === 'string' ? String(c.probe) : c.probe) : s.value;
      return [s.key, jsonOf(value)] as const;
    });
    return helmTemplate(
      tool,
      workspace,
      { chartDir: req.copy.dir, release: req.release, values: valuesArgs, sets },
      describeError,
    );
  };

  const restore = (): void => {
    for (const e of all) writeCopy(e.copy, e.text);
  };
  const first = await render([]);
  if (!first.ok) return first;
  const r0 = readOutput(first.text);
  let renders = 1;
  const wanted = new Set(r0.claims.map((c) => c.port));
  const candidates: Candidate[] = [];
  for (const e of files.values) valueCandidates(e, wanted, candidates);
  for (const e of files.templates) templateCandidates(e, wanted, candidates);
  for (const s of req.sets) {
    const text = typeof s.value === 'number' || typeof s.value === 'string' ? String(s.value) : '';
    if (!WHOLE_NUMBER.test(text) || !wanted.has(Number(text)) || !s.span) continue;
    const c: Candidate = {
      value: Number(text),
      kind: 'set',
      original: s.file,
      set: s,
      span: s.span,
      spec: s.spec ?? text,
      probe: 0,
    };
    if (s.digits) c.digits = s.digits;
    candidates.push(c);
  }

  const traced = new Map<number, Candidate>();
  // For each rendered port, the candidates not yet seen to leave it alone.
  const untried = new Map<number, Set<Candidate>>();
  r0.claims.forEach((claim, i) => {
    const same = candidates.filter((c) => c.value === claim.port);
    if (same.length > 0) untried.set(i, new Set(same));
  });
  if (untried.size > 0) {
    const probes = probeNumbers(
      [first.text, ...all.map((e) => e.text)],
      Math.min(candidates.length, PROBE_LAST - PROBE_FIRST),
    );
    const indexOf = new Map(alignKeys(r0).map((k, i) => [k, i]));
    const queue: Candidate[][] = [];
    for (let i = 0; i < candidates.length; i += probes.length) {
      queue.push(candidates.slice(i, i + probes.length));
    }
    const deadline = Date.now() + PROBE_BUDGET_MS;
    while (queue.length > 0 && renders <= MAX_PROBES && untried.size > 0 && Date.now() < deadline) {
      const batch = queue.shift() as Candidate[];
      // Only candidates that could still explain a port are worth a render.
      const open = new Set([...untried.values()].flatMap((set) => [...set]));
      const useful = batch.filter((c) => open.has(c));
      if (useful.length === 0) continue;
      useful.forEach((c, i) => (c.probe = probes[i] as number));
      const byProbe = new Map(useful.map((c) => [c.probe, c]));
      const result = await render(useful);
      renders++;
      if (!result.ok) {
        split(useful, queue);
        continue;
      }
      const r1 = readOutput(result.text);
      const aligned = new Set<number>();
      alignKeys(r1).forEach((key, j) => {
        const i = indexOf.get(key);
        const left = i === undefined ? undefined : untried.get(i);
        if (i === undefined || !left) return;
        aligned.add(i);
        const before = r0.claims[i] as RawClaim;
        const after = r1.claims[j] as RawClaim;
        const c = byProbe.get(after.port);
        if (c && c.value === before.port) {
          traced.set(i, c);
          untried.delete(i);
        } else if (after.port !== before.port) {
          // Moved, but to no candidate's number: computed from one (`add 1`), not written.
          untried.delete(i);
        } else {
          for (const u of useful) left.delete(u);
          if (left.size === 0) untried.delete(i);
        }
      });
      // Ports that vanished or changed place under this batch: try its halves.
      const lost = [...untried.keys()].filter((i) => !aligned.has(i));
      if (lost.length > 0) {
        const suspects = new Set(lost.flatMap((i) => [...(untried.get(i) ?? [])]));
        split(
          useful.filter((c) => suspects.has(c)),
          queue,
        );
      }
    }
  }
  restore();

  const claims: RawClaim[] = [];
  const kindLines = new Map<string, Map<string, Span>>();
  const placed = new Set<string>();
  r0.claims.forEach((claim, i) => {
    const template = sourceFile(req.chart, r0.sources[i] ?? '');
    const viaFile = template ? req.describe(template.path) : req.describe(req.chart.chartFile);
    const c = traced.get(i);
    if (c) {
      const kind = c.kind === 'template' ? 'template' : 'values';
      placed.add(c.original);
      const out: RawClaim = {
        ...claim,
        file: req.describe(c.original),
        span: c.span,
        spec: c.spec,
        via: { file: viaFile, traced: kind },
      };
      delete out.digits;
      if (c.digits) out.digits = c.digits;
      // The template line is known when the literal is in the resource's own template.
      if (kind === 'template' && template?.path === c.original) {
        out.via = { file: viaFile, line: c.span.line, traced: kind };
      }
      claims.push(out);
      return;
    }
    const path = template?.path ?? req.chart.chartFile;
    placed.add(path);
    const out: RawClaim = {
      ...claim,
      file: req.describe(path),
      span: resourceLine(path, claim.resource, kindLines, req),
      via: { file: viaFile, traced: 'file-only' },
    };
    delete out.digits;
    claims.push(out);
  });
  const problems = r0.problems.map((p, i) => {
    const template = sourceFile(req.chart, r0.problemSources[i] ?? '');
    const path = template?.path ?? req.chart.chartFile;
    return {
      ...p,
      file: req.describe(path),
      span: resourceLine(path, p.resource ?? '', kindLines, req),
    };
  });
  return { ok: true, claims, problems, files: placed };
}

function split(batch: Candidate[], queue: Candidate[][]): void {
  if (batch.length <= 1) return;
  const half = Math.ceil(batch.length / 2);
  queue.push(batch.slice(0, half), batch.slice(half));
}

/**
 * Where a port that could not be traced is reported: the line of its template that writes the
 * resource's kind (`kind: Service`), else the file's first line.
 */
function resourceLine(
  path: string,
  resource: string,
  cache: Map<string, Map<string, Span>>,
  req: VariantRequest,
): Span {
  const kind = resource.slice(0, resource.indexOf('/'));
  let lines = cache.get(path);
  if (!lines) {
    lines = new Map();
    cache.set(path, lines);
    const read = path.endsWith('.tgz') ? undefined : readTextSync(path, { maxBytes: req.maxBytes });
    if (read && 'text' in read) {
      const starts = lineStarts(read.text);
      for (const m of read.text.matchAll(/^kind:[ \t]*["']?(\w+)["']?[ \t]*$/gm)) {
        const name = m[1] as string;
        if (lines.has(name)) continue;
        const span = spanAt(starts, m.index, m[0].length);
        lines.set(name, span);
      }
    }
  }
  return lines.get(kind) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
}
