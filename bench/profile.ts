// Summarises a V8 CPU profile (`node --cpu-prof`) of the bundled CLI: time per area of code
// (esbuild marks each bundled module with a `// path` comment, which maps a line to its source
// module) and the functions that take the most time, on their own and with their callees.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Timed {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  areas: Timed[];
  self: Timed[];
  inclusive: Timed[];
}

/** Module boundaries of an esbuild bundle: `[first line (0-based), module path]`, ascending. */
export function bundleModules(source: string): [number, string][] {
  const out: [number, string][] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(lines[i]!);
    if (m) out.push([i, m[1]!]);
  }
  return out;
}

function moduleAt(modules: readonly [number, string][], line: number): string {
  let lo = 0;
  let hi = modules.length - 1;
  let found = '(bundle runtime)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, path] = modules[mid]!;
    if (start <= line) {
      found = path;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A readable area for a module: yaml's stages apart, our sources by file. */
export function areaOf(module: string): string {
  const yaml = /node_modules\/yaml\/(?:browser\/)?dist\/(.+)$/.exec(module);
  if (yaml) {
    const path = yaml[1]!;
    if (path === 'parse/lexer.js') return 'yaml: lexer';
    if (path === 'parse/parser.js') return 'yaml: parser (CST)';
    if (path.startsWith('parse/')) return 'yaml: CST helpers';
    if (path.startsWith('compose/')) return 'yaml: composer';
    return 'yaml: nodes, schema, documents';
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (pkg) return pkg[1]!;
  return module;
}

export function summariseProfile(
  profile: CpuProfile,
  bundlePath?: string,
  top = 20,
): ProfileSummary {
  const modules = bundlePath ? bundleModules(readFileSync(bundlePath, 'utf8')) : [];
  const bundleUrl = bundlePath ? `file://${bundlePath}` : undefined;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const where = (frame: CallFrame): { area: string; at: string } => {
    if (!frame.url)
      return { area: frame.functionName.startsWith('(') ? frame.functionName : '(native)', at: '' };
    if (bundleUrl && frame.url === bundleUrl) {
      const module = moduleAt(modules, frame.lineNumber);
      return {
        area: areaOf(module),
        at: `${module.replace(/^node_modules\//, '')} (bundle line ${frame.lineNumber + 1})`,
      };
    }
    if (frame.url.startsWith('node:')) {
      const m = /^node:(?:internal\/)?([^/]+)/.exec(frame.url);
      return { area: `node:${m?.[1] ?? 'internal'}`, at: frame.url };
    }
    const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
    return { area: areaOf(path), at: `${path}:${frame.lineNumber + 1}` };
  };
  const label = (frame: CallFrame): string => {
    const { at } = where(frame);
    return `${frame.functionName || '(anonymous)'}${at ? ` ${at}` : ''}`;
  };

  // Native code (fs bindings, JSON, RegExp) counts in the area of the JavaScript that called it.
  const areaWithNatives = (id: number): string => {
    const own = byId.get(id)!.callFrame;
    if (own.url || own.functionName.startsWith('(')) return where(own).area;
    for (let n = parent.get(id); n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)!.callFrame;
      if (frame.url) return `${where(frame).area} (native)`;
    }
    return '(native)';
  };

  // Sample i lasts until sample i + 1 (the last one until the profile's end).
  const durations: number[] = [];
  let t = profile.startTime;
  const stamps = profile.timeDeltas.map((d) => (t += d));
  for (let i = 0; i < stamps.length; i++) {
    durations.push(
      ((i + 1 < stamps.length ? stamps[i + 1]! : profile.endTime) - stamps[i]!) / 1000,
    );
  }

  const areas = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = durations[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    totalMs += ms;
    const area = areaWithNatives(id);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const own = label(node.callFrame);
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)!.callFrame;
      if (frame.functionName === '(root)') continue;
      const key = label(frame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });

  const ranked = (m: Map<string, number>, limit: number): Timed[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => ({ name, ms, share: totalMs ? ms / totalMs : 0 }));
  return {
    totalMs,
    areas: ranked(areas, 30),
    self: ranked(self, top),
    inclusive: ranked(inclusive, top),
  };
}

export function describeProfile(summary: ProfileSummary): string {
  const row = (t: Timed): string =>
    `    ${t.ms.toFixed(0).padStart(7)} ms ${(t.share * 100).toFixed(1).padStart(5)} %  ${t.name}`;
  return [
    `  ${summary.totalMs.toFixed(0)} ms sampled`,
    '  self time by area:',
    ...summary.areas.filter((a) => a.share >= 0.005).map(row),
    '  top functions, self time:',
    ...summary.self.map(row),
    '  top functions, with callees:',
    ...summary.inclusive.map(row),
  ].join('\n');
}
