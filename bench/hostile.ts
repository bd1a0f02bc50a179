// `npm run bench -- --hostile`: the worst files a pull request can send, each under the size
// limit (max-file-size, 4 MiB by default), scanned one by one with a JSON report. Prints the wall
// time and peak memory of each scan and the worst of them, against the bound SECURITY.md states:
// no input under the size limit makes a scan take more than 5 s or 500 MB. With --against, an
// older cli.js is measured on the same files (the figures before a fix).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Measured } from './measure.js';
import { canMeasureMemory, measure } from './measure.js';

/** The default max-file-size: every generated file stays under it. */
const LIMIT = 4 * 1024 * 1024;
export const BOUND_MS = 5000;
export const BOUND_BYTES = 500 * 1024 * 1024;

export interface HostileCase {
  name: string;
  /** Issue 15's item, and what the file does. */
  what: string;
  files: Record<string, string>;
}

/** Lines from `line(i)` while they fit in `budget` bytes (with `head` and `tail` around them). */
function fill(head: string, line: (i: number) => string, tail = '', budget = LIMIT - 1024): string {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let i = 0; ; i++) {
    const next = line(i);
    size += Buffer.byteLength(next);
    if (size > budget) break;
    parts.push(next);
  }
  parts.push(tail);
  return parts.join('');
}

const doubling = (prefix: string, levels: number, sep = '\n'): string => {
  const lines = [`${prefix}A0=1`];
  for (let i = 1; i <= levels; i++) lines.push(`${prefix}A${i}=\${A${i - 1}}\${A${i - 1}}`);
  return lines.join(sep) + sep;
};

export const HOSTILE: readonly (() => HostileCase)[] = [
  () => ({
    name: 'arg-doubling',
    what: '5: ARG values doubling 60 times, then EXPOSE ${A60} to the limit',
    files: {
      Dockerfile: fill(`${doubling('ARG ', 60)}FROM alpine\nARG A60\n`, () => 'EXPOSE ${A60}\n'),
    },
  }),
  () => ({
    name: 'env-doubling',
    what: '5: ENV values doubling 60 times, then EXPOSE $A60 to the limit',
    files: {
      Dockerfile: fill(`FROM alpine\n${doubling('ENV ', 60)}`, () => 'EXPOSE $A60\n'),
    },
  }),
  () => ({
    name: 'arg-long-reads',
    what: '5: one 1,000-character ARG read by EXPOSE to the limit',
    files: {
      Dockerfile: fill(`FROM alpine\nARG L=${'8'.repeat(1000)}\n`, () => 'EXPOSE $L $L $L\n'),
    },
  }),
  () => ({
    name: 'dotenv-doubling',
    what: '5: a .env doubling 60 times feeding ${A60} in compose ports to the limit',
    files: {
      '.env': doubling('', 60),
      'compose.yaml': fill('services:\n  s:\n    ports:\n', () => '      - "${A60}:80"\n'),
    },
  }),
  () => ({
    name: 'dotenv-long-reads',
    what: '5: one 4,000-character .env value read by compose ports to the limit',
    files: {
      '.env': `H=${'8'.repeat(4000)}\n`,
      'compose.yaml': fill('services:\n  s:\n    ports:\n', () => '      - "${H}"\n'),
    },
  }),
  () => ({
    name: 'stages',
    what: '9: FROM x AS sN to the limit (about 200,000 stages)',
    files: { Dockerfile: fill('', (i) => `FROM x AS s${i}\n`) },
  }),
  () => ({
    name: 'stage-chain',
    what: '9: each stage FROM the one before, with an ENV each, to the limit',
    files: {
      Dockerfile: fill(
        'FROM alpine AS s0\n',
        (i) => `FROM s${i} AS s${i + 1}\nENV V${i}=${i}\n`,
        'EXPOSE $V1\n',
      ),
    },
  }),
  () => ({
    name: 'extends-chain',
    what: '7: each service extends the next, to the limit',
    files: {
      'compose.yaml': fill(
        'services:\n',
        (i) => `  s${i}:\n    extends: s${i + 1}\n    ports: ["${1024 + (i % 60000)}:80"]\n`,
        '  last:\n    image: x\n',
      ),
    },
  }),
  () => {
    const n = 1000;
    const files: Record<string, string> = {};
    const includes = Array.from({ length: n }, (_, i) => `  - f${i}.yaml\n`).join('');
    for (let i = 0; i < n; i++) {
      files[`f${i}.yaml`] =
        `include:\n${includes}services:\n  s${i}:\n    image: x\n    ports: ["${1024 + i}:80"]\n`;
    }
    files['compose.yaml'] = `include:\n${includes}`;
    return { name: 'include-fan-out', what: `8: ${n} files each including all ${n}`, files };
  },
  () => ({
    name: 'flow-nesting',
    what: '10: 499-deep flow sequences to the limit',
    files: {
      'deploy.yaml': fill(
        'apiVersion: v1\nkind: List\nitems:\n',
        () => `  - ${'['.repeat(499)}${']'.repeat(499)}\n`,
      ),
    },
  }),
  () => ({
    name: 'block-nesting',
    what: '10: 490-deep block mappings, repeated to the limit',
    files: {
      'deploy.yaml': fill(
        'apiVersion: v1\nkind: ConfigMap\ndata:\n',
        (i) =>
          `  k${i}:\n${Array.from({ length: 60 }, (_, d) => `${' '.repeat(4 + d * 2)}k${d}:\n`).join('')}`,
      ),
    },
  }),
];

export interface HostileOptions {
  cli: string;
  against?: string;
  cache: string;
  timeoutMs: number;
}

const mb = (bytes?: number): string =>
  bytes === undefined ? '?' : `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (m: Measured): string => (m.timedOut ? 'timeout' : `${(m.wallMs / 1000).toFixed(2)} s`);

function verdict(m: Measured): string {
  if (m.timedOut) return 'OVER';
  if (m.status === -1) return 'no report';
  if (m.status !== 0 && m.status !== 1) return `exit ${m.status}`;
  const over = m.wallMs > BOUND_MS || (m.peakRssBytes ?? 0) > BOUND_BYTES;
  return over ? 'OVER' : 'ok';
}

/** Writes each case, scans it, prints a table and the worst case; exit 1 when one is over. */
export async function runHostile(options: HostileOptions): Promise<number> {
  const root = join(options.cache, 'hostile');
  rmSync(root, { recursive: true, force: true });
  if (!canMeasureMemory) console.log('(GNU time is missing: no peak memory figures)');
  console.log(
    `Hostile inputs (each file under ${LIMIT / 1024 / 1024} MiB), bound ${BOUND_MS / 1000} s and ${mb(BOUND_BYTES)}:`,
  );
  let worst: { name: string; m: Measured } | undefined;
  let failed = 0;
  for (const make of HOSTILE) {
    const c = make();
    const dir = join(root, c.name);
    let bytes = 0;
    for (const [path, content] of Object.entries(c.files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
      bytes += Buffer.byteLength(content);
    }
    const run = async (cli: string): Promise<Measured> => {
      const out = join(root, `${c.name}.json`);
      const m = await measure(process.execPath, [resolve(cli), 'scan', '.', '--format', 'json'], {
        cwd: dir,
        timeoutMs: options.timeoutMs,
        stdout: { file: out },
      });
      // A scan that crashes fast is no success: the report must be whole.
      if (!m.timedOut && (m.status === 0 || m.status === 1)) {
        try {
          const report = JSON.parse(readFileSync(out, 'utf8')) as { claims?: unknown };
          if (!Array.isArray(report.claims)) m.status = -1;
        } catch {
          m.status = -1;
        }
      }
      rmSync(out, { force: true });
      return m;
    };
    const m = await run(options.cli);
    const before = options.against ? await run(options.against) : undefined;
    const v = verdict(m);
    if (v !== 'ok') failed++;
    if (
      !worst ||
      m.wallMs / BOUND_MS + (m.peakRssBytes ?? 0) / BOUND_BYTES >
        worst.m.wallMs / BOUND_MS + (worst.m.peakRssBytes ?? 0) / BOUND_BYTES
    ) {
      worst = { name: c.name, m };
    }
    const then = before
      ? `   before: ${s(before)}, ${mb(before.peakRssBytes)}${before.status !== 0 && before.status !== 1 && !before.timedOut ? ` (exit ${before.status})` : ''}`
      : '';
    console.log(
      `  ${c.name.padEnd(17)} ${(bytes / 1024).toFixed(0).padStart(6)} KB  ${s(m).padStart(8)}  ${mb(m.peakRssBytes).padStart(7)}  ${v.padEnd(4)} ${c.what}${then}`,
    );
  }
  if (worst) {
    console.log(`Worst: ${worst.name}, ${s(worst.m)} and ${mb(worst.m.peakRssBytes)}.`);
  }
  return failed > 0 ? 1 : 0;
}

/** `npm run bench -- --hostile [--cli dist/cli.js] [--against OLD/cli.js] [--timeout 60]`. */
export async function hostileMain(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cli: { type: 'string', default: 'dist/cli.js' },
      against: { type: 'string' },
      cache: { type: 'string', default: '.bench' },
      timeout: { type: 'string', default: '60' },
    },
  });
  return runHostile({
    cli: values.cli,
    ...(values.against ? { against: values.against } : {}),
    cache: values.cache,
    timeoutMs: Number(values.timeout) * 1000,
  });
}
