// The command line: the same engine as the action, without @actions/*.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classify } from './classify/classify.js';
import { parseClassifySpec } from './classify/spec.js';
import { check } from './check.js';
import { ConfigError } from './config/load.js';
import { parseSize, RENDER_SETTINGS } from './config/schema.js';
import { DiscoverError } from './discover/discover.js';
import type { FailOn } from './policy/evaluate.js';
import { failing } from './policy/evaluate.js';
import { renderJsonChunks } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import type { PortClass, Protocol } from './types.js';
import { VERSION } from './version.js';

export const USAGE = `Usage:
  port-claims [scan] [PATH ...] [--format text|json|sarif|markdown] [--config FILE]
              [--env-file FILE]... [--fail-on error|warning|notice|never]
              [--include GLOB]... [--exclude GLOB]... [--max-file-size SIZE]
              [--render auto|off]
  port-claims classify SPEC ... [--format text|json]   SPEC: PORT[-END][/PROTOCOL], default tcp
  port-claims --help | --version

Finds the ports that compose files, Kubernetes manifests and Dockerfiles claim, classifies each
against the IANA registry, and reports well-known ports IANA never assigned (RFC 6335).

Without --config, .github/port-claims.yml or .port-claims.yml at the root scanned is read.
Files larger than --max-file-size (default 4MiB; bytes, or with KB, KiB, MB, MiB, GB, GiB) are skipped.
--render auto (the default) renders Kustomize builds with kubectl or kustomize when on PATH;
off scans them as plain files.

Exit status: 0 no finding at or above --fail-on (default error), 1 there is one, 2 usage or
config error.
`;

export class UsageError extends Error {}

/** An env file named on the command line must exist, as `docker compose --env-file` requires. */
async function existingEnvFiles(
  given: readonly string[] | undefined,
  cwd: string,
): Promise<string[] | undefined> {
  if (!given) return undefined;
  const paths = given.map((f) => resolve(cwd, f));
  for (const [i, path] of paths.entries()) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new UsageError(`--env-file ${given[i]}: no such file`);
  }
  return paths;
}

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: boolean;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        'env-file': { type: 'string', multiple: true },
        'fail-on': { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'max-file-size': { type: 'string' },
        render: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`port-claims: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  try {
    const [command, ...rest] = positionals;
    if (command === 'classify') return runClassify(rest, values.format, io);
    const paths = command === 'scan' ? rest : positionals;
    return await runScan(paths, values, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.lines.map((line) => `port-claims: ${line}\n`).join(''));
      return 2;
    }
    if (error instanceof UsageError || error instanceof DiscoverError) {
      io.stderr(`port-claims: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function runClassify(specs: string[], format: string | undefined, io: Io): number {
  const fmt = oneOf('format', format, ['text', 'json'] as const, 'text');
  if (specs.length === 0) throw new UsageError('classify needs at least one PORT[-END][/PROTOCOL]');
  const parsed = specs.map((s) => {
    const spec = parseClassifySpec(s);
    if ('error' in spec) throw new UsageError(spec.error);
    return spec;
  });
  const chunks: string[] = [];
  let first = true;
  if (fmt === 'json') chunks.push('[');
  for (const { start, end, protocol } of parsed) {
    for (let port = start; port <= end; port++) {
      const cls = classify(port, protocol);
      if (fmt === 'json') {
        chunks.push(
          `${first ? '\n  ' : ',\n  '}${JSON.stringify(classified(port, protocol, cls))}`,
        );
      } else {
        const service =
          cls.service !== undefined
            ? `  ${cls.service}${cls.description ? ` (${cls.description})` : ''}`
            : '';
        chunks.push(
          `${`${port}/${protocol}`.padEnd(11)} ${cls.range.padEnd(10)} ${cls.status}${service}\n`,
        );
      }
      first = false;
    }
  }
  if (fmt === 'json') chunks.push('\n]\n');
  io.stdout(chunks.join(''));
  return 0;
}

function classified(port: number, protocol: Protocol, cls: PortClass): Record<string, unknown> {
  return { port, protocol, ...cls };
}

async function runScan(
  paths: string[],
  values: {
    format?: string;
    config?: string;
    'env-file'?: string[];
    'fail-on'?: string;
    include?: string[];
    exclude?: string[];
    'max-file-size'?: string;
    render?: string;
  },
  io: Io,
): Promise<number> {
  const format = oneOf('format', values.format, FORMATS, 'text');
  const failOn: FailOn = oneOf('fail-on', values['fail-on'], FAIL_ON, 'error');
  const maxFileBytes =
    values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
  if (maxFileBytes === undefined && values['max-file-size'] !== undefined) {
    throw new UsageError(
      `--max-file-size must be a size in bytes, or a number with B, KB, KiB, MB, MiB, GB or GiB (got "${values['max-file-size']}")`,
    );
  }
  const render =
    values.render === undefined
      ? undefined
      : oneOf('render', values.render, RENDER_SETTINGS, 'auto');
  const { report, scan } = await check({
    paths: paths.length ? paths : ['.'],
    cwd: io.cwd,
    // With several paths, "relative to the directory scanned" would give two different
    // `compose.yaml` the same name (and merge them into one compose project): name each file
    // from the working directory instead, as the paths were given.
    ...(paths.length > 1 ? { relativeTo: io.cwd } : {}),
    // Left undefined when not given, so that the config file's lists apply.
    include: values.include,
    exclude: values.exclude,
    envFiles: await existingEnvFiles(values['env-file'], io.cwd),
    config: values.config,
    ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
    ...(render !== undefined ? { render } : {}),
  });
  // Said once per run, beside the report rather than in it: the report's shape is the contract's.
  for (const notice of scan.notices) io.stderr(`port-claims: ${notice}\n`);
  // In pieces: a large tree's JSON report is tens of MB.
  if (format === 'json') for (const chunk of renderJsonChunks(report)) io.stdout(chunk);
  else if (format === 'markdown') io.stdout(renderMarkdown(report));
  else if (format === 'sarif') io.stdout(renderSarif(report));
  else io.stdout(renderText(report, { color: io.color }));
  return failing(report.findings, failOn).length > 0 ? 1 : 0;
}
