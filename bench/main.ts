// `npm run bench`: times the CLI against the naive floor on synthetic monorepos, measures
// start-up, checks that reports stay identical, and profiles a scan. See bench/README.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CASES, writeCase } from './cases.js';
import { hostileMain } from './hostile.js';
import { compareReports, describeDiff, foldReport } from './compare.js';
import type { ReportLike } from './compare.js';
import type { CorpusShape, CorpusSummary } from './corpus/plan.js';
import { CORPUS_SHAPES } from './corpus/plan.js';
import type { CorpusOnDisk } from './corpus/write.js';
import { corpusKey, ensureCorpus } from './corpus/write.js';
import type { Measured } from './measure.js';
import { canMeasureMemory, measure } from './measure.js';
import { describeKustomize, ensureKustomizeTree, timeKustomize } from './kustomize.js';
import { describeCharts, ensureChartTree, timeCharts } from './charts.js';
import type { CpuProfile } from './profile.js';
import { describeProfile, summariseProfile } from './profile.js';
import type { Spread } from './stats.js';
import { median, spread } from './stats.js';

const USAGE = `Usage: npm run bench -- [COMMAND] [OPTIONS]

Commands:
  run (default)         time the scan against the naive floor, and start-up
  generate              only write the corpora (cached in .bench/corpus)
  compare A.json B.json compare two JSON reports: exit 1 when files, claims or findings differ;
                        with --fold, as one claim per port and one finding per item and rule
                        (a 0.1 report against a 0.2 one: only ranges folded, findings merged)

Options:
  --sizes 2000,10000    corpus sizes, in manifests (40000 works too)
  --shapes default,ranges
                        corpus shapes: the measured one, and the same with wide expose ranges
                        in about half of the compose services
  --against PATH        another cli.js (say, main's) timed in the same pairs: scan, other, floor
  --hostile             scan the worst file under the size limit for each attack of issue 15,
                        one by one: time and peak memory of each, and the worst (with
                        --against PATH, an older cli.js on the same files)
  --cases               time the amplification cases too: 200 services publishing
                        "1-65535:1-65535", and 400 wide expose ranges
  --timeout 120         seconds before a run is killed (it is then reported, not fatal)
  --reps 5              paired repetitions (scan, floor) per size
  --startup-reps 40     paired repetitions (node -e 0, cli --version)
  --seed 1              generator seed
  --cli dist/cli.js     the CLI under test
  --save-baseline       copy dist/ and its reports to .bench/baseline (instead of timing)
  --check               compare the CLI's reports with the baseline's (instead of timing)
  --reference PATH      baseline for --check: a directory saved by --save-baseline, or a cli.js
  --profile             CPU-profile one scan per size and summarise it (instead of timing)
  --time                time as well, with --check, --save-baseline or --profile
  --fold                with compare: one claim per port, one finding per item and rule
  --cache .bench        where corpora, baselines, profiles and results go
  --kustomize-apps 20   apps of the Kustomize tree (three overlays each) timed with and
                        without rendering; 0 skips it
  --charts 60           charts of the Helm tree timed with and without helm; 0 skips it
  --helm 3              the test helm to render with: 3 (3.18) or 4 (4.1)
`;

/** Issue 7 (speed, start-up) and issue 14 (memory, report size, amplification cases). */
const TARGETS = {
  ratio: 0.5,
  startupMs: 60,
  rssBytes: new Map([
    [10_000, 200e6],
    [40_000, 400e6],
  ]),
  reportBytes: new Map([[10_000, 30e6]]),
  caseMs: 1000,
  caseRssBytes: 150e6,
};

interface Options {
  sizes: number[];
  shapes: CorpusShape[];
  against?: string;
  cases: boolean;
  timeoutMs: number;
  reps: number;
  startupReps: number;
  seed: number;
  cli: string;
  cache: string;
  check: boolean;
  saveBaseline: boolean;
  reference: string;
  profile: boolean;
  time: boolean;
  fold: boolean;
  kustomizeApps: number;
  charts: number;
  helm: number;
}

function parse(argv: readonly string[]): { command: string; rest: string[]; options: Options } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      sizes: { type: 'string', default: '2000,10000' },
      shapes: { type: 'string', default: 'default,ranges' },
      against: { type: 'string' },
      cases: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' },
      reps: { type: 'string', default: '5' },
      'startup-reps': { type: 'string', default: '40' },
      seed: { type: 'string', default: '1' },
      cli: { type: 'string', default: 'dist/cli.js' },
      cache: { type: 'string', default: '.bench' },
      check: { type: 'boolean', default: false },
      'save-baseline': { type: 'boolean', default: false },
      reference: { type: 'string' },
      profile: { type: 'boolean', default: false },
      time: { type: 'boolean', default: false },
      fold: { type: 'boolean', default: false },
      'kustomize-apps': { type: 'string', default: '20' },
      charts: { type: 'string', default: '60' },
      helm: { type: 'string', default: '3' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const integer = (name: string, text: string, min: number): number => {
    const n = Number(text.replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be an integer ≥ ${min} (got "${text}")`);
    return n;
  };
  const cache = resolve(values.cache);
  const sizes = values.sizes.split(',').map((s) => integer('sizes', s.trim(), 1));
  const shapes = values.shapes.split(',').map((s) => s.trim());
  for (const shape of shapes) {
    if (!(CORPUS_SHAPES as readonly string[]).includes(shape))
      throw new Error(`--shapes takes ${CORPUS_SHAPES.join(', ')} (got "${shape}")`);
  }
  const steps = values.check || values['save-baseline'] || values.profile;
  const [command = 'run', ...rest] = positionals;
  return {
    command,
    rest,
    options: {
      sizes,
      shapes: shapes as CorpusShape[],
      ...(values.against ? { against: resolve(values.against) } : {}),
      cases: values.cases,
      timeoutMs: integer('timeout', values.timeout, 1) * 1000,
      reps: integer('reps', values.reps, 1),
      startupReps: integer('startup-reps', values['startup-reps'], 0),
      seed: integer('seed', values.seed, 0),
      cli: resolve(values.cli),
      cache,
      check: values.check,
      saveBaseline: values['save-baseline'],
      reference: resolve(values.reference ?? join(cache, 'baseline')),
      profile: values.profile,
      time: values.time || !steps,
      fold: values.fold,
      kustomizeApps: integer('kustomize-apps', values['kustomize-apps'], 0),
      charts: integer('charts', values.charts, 0),
      helm: integer('helm', values.helm, 3),
    },
  };
}

const fmt = {
  s: (ms: number) => `${(ms / 1000).toFixed(3)} s`,
  ms: (ms: number) => `${ms.toFixed(1)} ms`,
  // Decimal megabytes (10^6 bytes), as in the issue and notes.
  mb: (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`,
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
};

function git(args: string[]): string {
  const r = spawnSync('git', args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

/** A hash of the generator's sources: a cached corpus from other sources is regenerated. */
function generatorFingerprint(): string {
  const dir = resolve('bench/corpus');
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort())
    hash.update(name).update(readFileSync(join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

function corpus(options: Options, manifests: number, shape: CorpusShape): CorpusOnDisk {
  const started = Date.now();
  const onDisk = ensureCorpus(
    join(options.cache, 'corpus'),
    { manifests, seed: options.seed, shape },
    generatorFingerprint(),
  );
  const s = onDisk.summary;
  const how = onDisk.reused
    ? 'reused'
    : `generated in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  console.log(
    `\ncorpus ${corpusKey({ manifests, seed: options.seed, shape })}: ${fmt.int(s.manifests)} manifests ` +
      `(${fmt.int(s.composeFiles)} compose, ${fmt.int(s.kubernetesFiles)} Kubernetes), ` +
      `${fmt.int(s.nonManifestYamlFiles)} other YAML files, ${fmt.int(s.dockerfiles)} Dockerfiles; ` +
      `${fmt.int(s.yamlFiles)} YAML files, ${fmt.mb(s.yamlBytes)} to parse; ` +
      `${fmt.int(s.files)} files in all (${how})`,
  );
  return onDisk;
}

const node = process.execPath;
const renders = new Map<string, boolean>();

/** Whether a CLI renders Helm charts and Kustomize builds (and so takes `--render`). */
function takesRender(cli: string): boolean {
  let known = renders.get(cli);
  if (known === undefined) {
    const help = spawnSync(node, [cli, '--help'], { encoding: 'utf8' });
    known = `${help.stdout}${help.stderr}`.includes('--render');
    renders.set(cli, known);
  }
  return known;
}

/**
 * The scan as timed against the floor: without rendering (the corpus holds Helm charts, and
 * rendering has benches of its own), so that CLIs from before rendering compare too.
 */
const scanArgs = (cli: string, dir: string): string[] => [
  cli,
  'scan',
  dir,
  '--format',
  'json',
  ...(takesRender(cli) ? ['--render', 'off'] : []),
];
const floorScript = resolve('bench/floor.mjs');

function ok(run: Measured, what: string): Measured {
  // The scan exits 1 when it finds something at or above --fail-on: that is a result, not a failure.
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${what} exited with ${run.status}:\n${run.stderr.slice(0, 2000)}`);
  }
  return run;
}

/** The cache key of a corpus on disk. */
const keyOf = (options: Options, c: CorpusOnDisk): string =>
  corpusKey({
    manifests: c.summary.manifests,
    seed: options.seed,
    ...(c.summary.shape ? { shape: c.summary.shape } : {}),
  });

interface RunStats {
  wall: Spread;
  cpu?: Spread;
  peakRss?: Spread;
}

interface SizeResult {
  key: string;
  manifests: number;
  corpus: CorpusSummary;
  scan: RunStats;
  /** The `--against` CLI, timed in the same pairs. */
  against?: RunStats & { ratioToScan: Spread };
  floor: RunStats;
  ratio: { ofMedians: number; paired: Spread; cpuPaired?: Spread };
  /** Bytes of the JSON report (of each CLI). */
  reportBytes: number;
  againstReportBytes?: number;
  scanFilesPerSecond: number;
  scanMegabytesPerSecond: number;
  floorFilesPerSecond: number;
}

function spreads(runs: Measured[]): RunStats {
  const out: RunStats = {
    wall: spread(runs.map((r) => r.wallMs)),
  };
  const cpu = runs.flatMap((r) => (r.cpuMs === undefined ? [] : [r.cpuMs]));
  const rss = runs.flatMap((r) => (r.peakRssBytes === undefined ? [] : [r.peakRssBytes]));
  if (cpu.length) out.cpu = spread(cpu);
  if (rss.length) out.peakRss = spread(rss);
  return out;
}

/** One run of a CLI writing its JSON report to a scratch file: how large the report is. */
async function reportSize(options: Options, cli: string, dir: string): Promise<number> {
  const file = join(options.cache, 'reports', `size-${process.pid}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const run = ok(await measure(node, scanArgs(cli, dir), { stdout: { file } }), `${cli} scan`);
  rmSync(file, { force: true });
  return run.stdoutBytes ?? 0;
}

async function timeSize(options: Options, onDisk: CorpusOnDisk): Promise<SizeResult> {
  const { dir, summary } = onDisk;
  const scanWith = (cli: string) => () =>
    measure(node, scanArgs(cli, dir)).then((r) => ok(r, `${cli} scan`));
  const scan = scanWith(options.cli);
  const other = options.against ? scanWith(options.against) : undefined;
  const floor = () =>
    measure(node, [floorScript, dir], { stdout: 'capture' }).then((r) => ok(r, 'the floor'));
  // One unmeasured run of each (page cache; the report's size), and a check that the floor saw
  // the corpus.
  const reportBytes = await reportSize(options, options.cli, dir);
  const againstReportBytes = options.against
    ? await reportSize(options, options.against, dir)
    : undefined;
  const seen = JSON.parse((await floor()).stdout) as { files: number; bytes: number };
  if (seen.files !== summary.yamlFiles) {
    console.log(
      `  warning: the floor parsed ${seen.files} YAML files, the corpus holds ${summary.yamlFiles}`,
    );
  }
  const scans: Measured[] = [];
  const others: Measured[] = [];
  const floors: Measured[] = [];
  for (let i = 0; i < options.reps; i++) {
    scans.push(await scan());
    if (other) others.push(await other());
    floors.push(await floor());
    if (process.stdout.isTTY) process.stdout.write(`\r  paired runs: ${i + 1}/${options.reps}`);
  }
  if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
  const s = spreads(scans);
  const f = spreads(floors);
  const scanned = summary.yamlFiles + summary.dockerfiles;
  const seconds = s.wall.median / 1000;
  const ratio: SizeResult['ratio'] = {
    ofMedians: s.wall.median / f.wall.median,
    paired: spread(scans.map((r, i) => r.wallMs / floors[i]!.wallMs)),
  };
  // CPU time suffers less than wall time from other processes on a shared machine (but counts
  // every thread: a scan on two cores uses more CPU than wall time).
  const cpu = scans.flatMap((r, i) => {
    const other = floors[i]!.cpuMs;
    return r.cpuMs !== undefined && other ? [r.cpuMs / other] : [];
  });
  if (cpu.length) ratio.cpuPaired = spread(cpu);
  return {
    key: keyOf(options, onDisk),
    manifests: summary.manifests,
    corpus: summary,
    scan: s,
    ...(others.length
      ? {
          against: {
            ...spreads(others),
            ratioToScan: spread(scans.map((r, i) => r.wallMs / others[i]!.wallMs)),
          },
        }
      : {}),
    floor: f,
    ratio,
    reportBytes,
    ...(againstReportBytes !== undefined ? { againstReportBytes } : {}),
    scanFilesPerSecond: scanned / seconds,
    scanMegabytesPerSecond: summary.yamlBytes / 1e6 / seconds,
    floorFilesPerSecond: summary.yamlFiles / (f.wall.median / 1000),
  };
}

const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

function printSize(r: SizeResult, options: Options): void {
  const row = (name: string, x: RunStats): string =>
    `  ${name.padEnd(20)}${fmt.s(x.wall.median).padStart(10)}${fmt.s(x.wall.min).padStart(10)}${fmt.s(x.wall.max).padStart(10)}` +
    `${x.cpu ? fmt.s(x.cpu.median).padStart(10) : '       n/a'}` +
    `${x.peakRss ? `${fmt.mb(x.peakRss.median).padStart(11)} (max ${fmt.mb(x.peakRss.max)})` : '        n/a'}`;
  const against = r.against;
  console.log(
    `  ${r.scan.wall.n} paired runs (scan, ${against ? 'against, ' : ''}floor, scan, ...)`,
  );
  console.log(
    `  ${''.padEnd(20)}${'median'.padStart(10)}${'min'.padStart(10)}${'max'.padStart(10)}${'cpu med'.padStart(10)}${'peak RSS med'.padStart(15)}`,
  );
  console.log(row('scan (cli)', r.scan));
  if (against) console.log(row('against', against));
  console.log(row('floor (yaml)', r.floor));
  console.log(
    `  scan / floor        ${r.ratio.ofMedians.toFixed(3)}   paired ratios: median ${r.ratio.paired.median.toFixed(3)}, ` +
      `min ${r.ratio.paired.min.toFixed(3)}, max ${r.ratio.paired.max.toFixed(3)}   (target ≤ ${TARGETS.ratio}: ${verdict(r.ratio.ofMedians <= TARGETS.ratio)})`,
  );
  const cpu = r.ratio.cpuPaired;
  if (cpu) {
    console.log(
      `  cpu scan / floor    paired ratios: median ${cpu.median.toFixed(3)}, min ${cpu.min.toFixed(3)}, max ${cpu.max.toFixed(3)}`,
    );
  }
  if (against) {
    const x = against.ratioToScan;
    console.log(
      `  scan / against      paired ratios: median ${x.median.toFixed(3)}, min ${x.min.toFixed(3)}, max ${x.max.toFixed(3)}   (${options.against})`,
    );
  }
  console.log(
    `  throughput          scan ${fmt.int(r.scanFilesPerSecond)} files/s (YAML and Dockerfiles), ` +
      `${r.scanMegabytesPerSecond.toFixed(2)} MB/s of YAML; floor ${fmt.int(r.floorFilesPerSecond)} YAML files/s`,
  );
  if (r.scan.peakRss) {
    const target = TARGETS.rssBytes.get(r.manifests);
    const peak = r.scan.peakRss.median;
    console.log(
      `  peak RSS of the scan ${fmt.mb(peak)} median, ${fmt.mb(r.scan.peakRss.max)} max` +
        (against?.peakRss ? `; against ${fmt.mb(against.peakRss.median)} median` : '') +
        (target !== undefined
          ? `   (target ≤ ${fmt.mb(target)} at ${fmt.int(r.manifests)}: ${verdict(peak <= target)})`
          : ''),
    );
  }
  const reportTarget = TARGETS.reportBytes.get(r.manifests);
  console.log(
    `  JSON report         ${fmt.mb(r.reportBytes)}` +
      (r.againstReportBytes !== undefined ? `; against ${fmt.mb(r.againstReportBytes)}` : '') +
      (reportTarget !== undefined
        ? `   (target ≤ ${fmt.mb(reportTarget)} at ${fmt.int(r.manifests)}: ${verdict(r.reportBytes <= reportTarget)})`
        : ''),
  );
}

interface CaseResult {
  name: string;
  what: string;
  bytes: number;
  runs: { cli: string; stats?: RunStats; failures: string[]; reportBytes?: number }[];
}

/** A run that failed or timed out, as a person reads it. */
function failure(run: Measured, timeoutMs: number): string | undefined {
  if (run.timedOut) return `killed after ${fmt.s(timeoutMs)}`;
  if (run.status === 0 || run.status === 1) return undefined;
  const why = /heap out of memory|Maximum call stack/.exec(run.stderr)?.[0];
  return `exit ${run.status}${why ? ` (${why})` : ''} after ${fmt.s(run.wallMs)}`;
}

/** The amplification cases, each CLI in turn per repetition; failures are results here. */
async function timeCases(options: Options): Promise<CaseResult[]> {
  const root = join(options.cache, 'cases');
  const clis = [options.cli, ...(options.against ? [options.against] : [])];
  const out: CaseResult[] = [];
  for (const make of CASES) {
    const c = make();
    const { dir, bytes } = writeCase(root, c);
    console.log(`
case ${c.name}: ${c.what} (${fmt.int(bytes)} bytes)`);
    const runs = new Map(clis.map((cli) => [cli, [] as Measured[]]));
    const sizes = new Map<string, number>();
    for (const cli of clis) {
      const file = join(root, `${c.name}.json`);
      const first = await measure(node, scanArgs(cli, dir), {
        stdout: { file },
        timeoutMs: options.timeoutMs,
      });
      rmSync(file, { force: true });
      if (!failure(first, options.timeoutMs)) sizes.set(cli, first.stdoutBytes ?? 0);
    }
    for (let i = 0; i < options.reps; i++) {
      for (const cli of clis) {
        runs
          .get(cli)!
          .push(await measure(node, scanArgs(cli, dir), { timeoutMs: options.timeoutMs }));
      }
    }
    const result: CaseResult = { name: c.name, what: c.what, bytes, runs: [] };
    for (const cli of clis) {
      const all = runs.get(cli)!;
      const good = all.filter((r) => !failure(r, options.timeoutMs));
      const failures = all.flatMap((r) => failure(r, options.timeoutMs) ?? []);
      const stats = good.length ? spreads(good) : undefined;
      const reportBytes = sizes.get(cli);
      result.runs.push({
        cli,
        ...(stats ? { stats } : {}),
        failures,
        ...(reportBytes !== undefined ? { reportBytes } : {}),
      });
      const name = cli === options.cli ? 'scan (cli)' : 'against';
      if (stats) {
        const rss = stats.peakRss?.max;
        const met = stats.wall.median <= TARGETS.caseMs && (rss ?? 0) <= TARGETS.caseRssBytes;
        console.log(
          `  ${name.padEnd(12)} ${fmt.s(stats.wall.median)} median (max ${fmt.s(stats.wall.max)}), peak RSS ${rss !== undefined ? fmt.mb(rss) : 'n/a'} max, JSON report ${fmt.mb(reportBytes ?? 0)}` +
            `${cli === options.cli ? `   (target ≤ ${fmt.s(TARGETS.caseMs)}, ≤ ${fmt.mb(TARGETS.caseRssBytes)}: ${verdict(met && failures.length === 0)})` : ''}`,
        );
      }
      if (failures.length) console.log(`  ${name.padEnd(12)} ${failures.join('; ')}`);
    }
    out.push(result);
  }
  return out;
}

interface StartupResult {
  bare: Spread;
  version: Spread;
  delta: Spread;
}

async function timeStartup(options: Options): Promise<StartupResult> {
  const bare = () => measure(node, ['-e', '0']).then((r) => ok(r, 'node -e 0'));
  const version = () =>
    measure(node, [options.cli, '--version']).then((r) => ok(r, 'cli --version'));
  await bare();
  await version();
  const b: number[] = [];
  const v: number[] = [];
  for (let i = 0; i < options.startupReps; i++) {
    b.push((await bare()).wallMs);
    v.push((await version()).wallMs);
  }
  const result = { bare: spread(b), version: spread(v), delta: spread(v.map((x, i) => x - b[i]!)) };
  const line = (name: string, x: Spread): string =>
    `  ${name.padEnd(20)}median ${fmt.ms(x.median)} (min ${fmt.ms(x.min)}, max ${fmt.ms(x.max)})`;
  console.log(`\nstart-up, ${options.startupReps} paired runs`);
  console.log(line('node -e 0', result.bare));
  console.log(line('cli --version', result.version));
  // The fastest runs are the ones other processes disturbed least.
  console.log(`  ${'min over min'.padEnd(20)}${fmt.ms(result.version.min - result.bare.min)}`);
  const verdict = result.delta.median <= TARGETS.startupMs ? 'met' : 'not met';
  console.log(
    `${line('over bare node', result.delta)}   (target ≤ +${TARGETS.startupMs} ms: ${verdict})`,
  );
  return result;
}

/**
 * Where a corpus's baseline report is kept: named by the generator too, so that a report of an
 * older corpus with the same size and seed is never compared with a new one.
 */
const baselineReport = (reference: string, key: string): string =>
  join(reference, `report-${key}-${generatorFingerprint()}.json`);

async function report(cli: string, dir: string, file: string): Promise<ReportLike> {
  ok(await measure(node, scanArgs(cli, dir), { stdout: { file } }), `${cli} scan`);
  return JSON.parse(readFileSync(file, 'utf8')) as ReportLike;
}

async function saveBaseline(options: Options, corpora: CorpusOnDisk[]): Promise<void> {
  const target = join(options.cache, 'baseline');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(resolve(options.cli, '..'), join(target, 'dist'), { recursive: true });
  const commit = git(['rev-parse', 'HEAD']);
  const dirty = git(['status', '--porcelain', '--', 'src', 'scripts', 'package.json']) !== '';
  writeFileSync(
    join(target, 'info.json'),
    JSON.stringify({ commit, dirty, saved: new Date().toISOString() }, null, 2) + '\n',
  );
  console.log(
    `\nbaseline: ${options.cli} copied to ${target}/dist (commit ${commit.slice(0, 12)}${dirty ? ', with uncommitted changes' : ''})`,
  );
  for (const c of corpora) {
    const key = keyOf(options, c);
    const saved = await report(join(target, 'dist', 'cli.js'), c.dir, baselineReport(target, key));
    console.log(
      `  ${key}: ${saved.files?.length} files, ${saved.claims?.length} claims, ${saved.findings?.length} findings`,
    );
  }
}

async function check(options: Options, corpora: CorpusOnDisk[]): Promise<boolean> {
  const reference = options.reference;
  const referenceCli = reference.endsWith('.js') ? reference : join(reference, 'dist', 'cli.js');
  const scratch = join(options.cache, 'reports');
  mkdirSync(scratch, { recursive: true });
  let same = true;
  console.log(`\ncheck: ${options.cli} against ${reference}`);
  for (const c of corpora) {
    const key = keyOf(options, c);
    const current = await report(options.cli, c.dir, join(scratch, `${key}-current.json`));
    const saved = reference.endsWith('.js') ? undefined : baselineReport(reference, key);
    let expected: ReportLike;
    if (saved && existsSync(saved))
      expected = JSON.parse(readFileSync(saved, 'utf8')) as ReportLike;
    else if (existsSync(referenceCli))
      expected = await report(referenceCli, c.dir, join(scratch, `${key}-reference.json`));
    else
      throw new Error(
        `no baseline at ${reference}: run \`npm run bench -- --save-baseline\` first`,
      );
    const diff = compareReports(expected, current);
    console.log(`  ${key}: ${diff.identical ? 'identical' : 'DIFFERENT'}`);
    console.log(describeDiff(diff, { left: 'baseline', right: 'current' }));
    same &&= diff.identical;
  }
  return same;
}

async function profile(options: Options, corpora: CorpusOnDisk[]): Promise<void> {
  const dir = join(options.cache, 'profiles');
  mkdirSync(dir, { recursive: true });
  const profiled = async (name: string, args: string[], intervalUs = 1000) => {
    const run = ok(
      await measure(node, [
        '--cpu-prof',
        '--cpu-prof-dir',
        dir,
        '--cpu-prof-name',
        name,
        '--cpu-prof-interval',
        String(intervalUs),
        ...args,
      ]),
      `the profiled ${args.join(' ')}`,
    );
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CpuProfile;
    return { run, summary: summariseProfile(data, options.cli), file: join(dir, name) };
  };
  for (const c of corpora) {
    const key = keyOf(options, c);
    await measure(node, scanArgs(options.cli, c.dir)); // warm the page cache
    const { run, summary, file } = await profiled(
      `scan-${key}.cpuprofile`,
      scanArgs(options.cli, c.dir),
    );
    console.log(
      `\nprofile of one scan of ${key} (${fmt.s(run.wallMs)} wall, profiler on): ${file}`,
    );
    console.log(describeProfile(summary));
  }
  // Start-up is short: sample every 100 µs, and only the JavaScript's own areas matter.
  await measure(node, [options.cli, '--version']);
  const { run, summary, file } = await profiled(
    'version.cpuprofile',
    [options.cli, '--version'],
    100,
  );
  console.log(`\nprofile of cli --version (${fmt.ms(run.wallMs)} wall, profiler on): ${file}`);
  console.log(describeProfile({ ...summary, self: [], inclusive: summary.inclusive.slice(0, 8) }));
}

export async function main(argv: readonly string[]): Promise<number> {
  // The hostile inputs of issue 15: a bench of their own (bench/hostile.ts).
  if (argv.includes('--hostile')) return hostileMain(argv.filter((a) => a !== '--hostile'));
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { command, rest, options } = parsed;
  if (command === 'compare') {
    const [a, b] = rest;
    if (!a || !b) {
      process.stderr.write(USAGE);
      return 2;
    }
    const read = (file: string): ReportLike => {
      const json = JSON.parse(readFileSync(file, 'utf8')) as ReportLike;
      return options.fold ? foldReport(json) : json;
    };
    const diff = compareReports(read(a), read(b));
    console.log(
      `${diff.identical ? 'identical' : 'DIFFERENT'}\n${describeDiff(diff, { left: a, right: b })}`,
    );
    return diff.identical ? 0 : 1;
  }
  if (command !== 'run' && command !== 'generate') {
    process.stderr.write(`bench: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (command === 'run' && !existsSync(options.cli)) {
    process.stderr.write(
      `bench: ${options.cli} is missing: run \`npm run build\` (npm run bench does)\n`,
    );
    return 2;
  }

  console.log(
    `port-claims benchmark: node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(
        ' ',
      )}; cli ${options.cli}${canMeasureMemory ? '' : ' (no /usr/bin/time: CPU time and RSS not measured)'}`,
  );
  const corpora = options.sizes.flatMap((n) =>
    options.shapes.map((shape) => corpus(options, n, shape)),
  );
  if (command === 'generate') return 0;

  let exit = 0;
  if (options.saveBaseline) await saveBaseline(options, corpora);
  if (options.check && !(await check(options, corpora))) exit = 1;
  if (options.profile) await profile(options, corpora);
  if (options.time) {
    const sizes: SizeResult[] = [];
    for (const c of corpora) {
      console.log(`\ntiming ${keyOf(options, c)}`);
      const r = await timeSize(options, c);
      printSize(r, options);
      sizes.push(r);
    }
    const cases = options.cases ? await timeCases(options) : undefined;
    const startup = options.startupReps ? await timeStartup(options) : undefined;
    const kustomize = options.kustomizeApps
      ? await timeKustomize(
          node,
          options.cli,
          ensureKustomizeTree(options.cache, options.kustomizeApps),
          options.reps,
        )
      : undefined;
    if (kustomize) console.log(describeKustomize(kustomize));
    const charts = options.charts
      ? await timeCharts(
          node,
          options.cli,
          ensureChartTree(options.cache, options.charts),
          options.reps,
          options.helm,
        )
      : undefined;
    if (charts) console.log(describeCharts(charts));
    const results = join(options.cache, 'results');
    mkdirSync(results, { recursive: true });
    const record = {
      date: new Date().toISOString(),
      commit: git(['rev-parse', 'HEAD']),
      node: process.version,
      cpus: availableParallelism(),
      load: loadavg(),
      cli: options.cli,
      reps: options.reps,
      sizes,
      cases,
      startup,
      kustomize,
      charts,
      medianRatio: median(sizes.map((s) => s.ratio.ofMedians)),
    };
    const file = join(results, `${record.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
    writeFileSync(join(results, 'latest.json'), JSON.stringify(record, null, 2) + '\n');
    console.log(`\nresults: ${file}`);
  }
  return exit;
}
