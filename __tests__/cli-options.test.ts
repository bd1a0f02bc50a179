// The command line as a user meets it (dist/cli.js): closed pipes, standard input, usage errors,
// --quiet and colour, --fix and --fix-dry-run, classify with bad specs, SARIF paths from the
// repository's root.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { USAGE } from '../src/cli.js';
import type { JsonReport } from '../src/types.js';
// @ts-expect-error: a plain script, typed by its use here
import { testHelmDir } from '../scripts/test-helm.mjs';
import { writeTree } from './helpers/tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}dist/cli.js`;

function cli(
  args: string[],
  cwd: string,
  options: { env?: Record<string, string>; input?: string } = {},
) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI into a real pipe and closes the reading end after the first chunk, as `| head` does. */
function closedEarly(
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stderr: string; read: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let read = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', (d: Buffer) => {
      read = d.toString('utf8');
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('a closed pipe', () => {
  it('ends classify quietly with its own exit status', async () => {
    const run = await closedEarly(['classify', '0-65535/udp', '0-65535/tcp'], ROOT);
    expect(run.read).toMatch(/^0\/udp/);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('ends a large JSON report quietly, exit 1 for its findings', async () => {
    const ports = Array.from(
      { length: 4000 },
      (_, i) => `      - "${250 + (i % 2)}:${10000 + i}"`,
    ).join('\n');
    const root = writeTree({ 'compose.yaml': `services:\n  web:\n    ports:\n${ports}\n` });
    const run = await closedEarly(['.', '--format', 'json'], root);
    expect(run.read.startsWith('{')).toBe(true);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('ends quietly under a shell pipeline into head', () => {
    const shell = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" classify 1-65535 | head -1`],
      {
        encoding: 'utf8',
      },
    );
    expect(shell.stdout).toBe(
      '1/tcp       well-known assigned  tcpmux (TCP Port Service Multiplexer)\n',
    );
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(0);
  });
});

describe('standard input ("-")', () => {
  const compose = 'services:\n  web:\n    ports: ["251:80"]\n';

  it('reads a manifest by content, reported as "-"', () => {
    const cwd = writeTree({});
    const manifest =
      'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n    - port: 252\n';
    const run = cli(['-', '--format', 'json'], cwd, { input: manifest });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files).toEqual([{ file: '-', manifest: 'kubernetes', status: 'ok' }]);
    expect(report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`)).toEqual([
      '-:6:13 unassigned-well-known',
    ]);
  });

  it('takes the kind and the reported name from --stdin-filename', () => {
    const cwd = writeTree({});
    const run = cli(
      ['scan', '-', '--stdin-filename', 'deploy/compose.yaml', '--format', 'json'],
      cwd,
      {
        input: compose,
      },
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files).toEqual([
      { file: 'deploy/compose.yaml', manifest: 'compose', status: 'ok' },
    ]);
    expect(
      report.claims.map((c) => `${c.file}:${c.line}:${c.column} ${c.field} ${c.port}`),
    ).toEqual([
      'deploy/compose.yaml:3:13 ports.published 251',
      'deploy/compose.yaml:3:13 ports.target 80',
    ]);
    const docker = cli(['-', '--stdin-filename', 'Dockerfile', '--format', 'json'], cwd, {
      input: 'FROM alpine\nEXPOSE 251\n',
    });
    expect((JSON.parse(docker.stdout) as JsonReport).files).toEqual([
      { file: 'Dockerfile', manifest: 'dockerfile', status: 'ok' },
    ]);
  });

  it("reads the working directory's config file", () => {
    const cwd = writeTree({ '.port-claims.yml': 'rules:\n  unassigned-well-known: off\n' });
    const run = cli(['-', '--stdin-filename', 'compose.yaml'], cwd, { input: compose });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^0 findings/);
  });

  it('scans what helm template renders, piped in', () => {
    const chart = fileURLToPath(new URL('fixtures/helm/charts/web', import.meta.url));
    const helm = join((testHelmDir as (major: number) => string)(3), 'helm');
    const shell = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; "${helm}" template web "${chart}" | "${process.execPath}" "${CLI}" - --stdin-filename charts/web/rendered.yaml --format json`,
      ],
      { encoding: 'utf8', cwd: writeTree({}) },
    );
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(1);
    const report = JSON.parse(shell.stdout) as JsonReport;
    expect(report.files).toEqual([
      { file: 'charts/web/rendered.yaml', manifest: 'kubernetes', status: 'ok' },
    ]);
    expect(
      report.findings
        .filter((f) => f.rule === 'unassigned-well-known')
        .map((f) => `${f.resource} ${f.field} ${f.ports?.join()}`),
    ).toEqual([
      'Service/web port 251',
      'Service/web targetPort 251',
      'Deployment/web containerPort 251',
    ]);
  });

  it('scans what kubectl kustomize renders, piped in', (context) => {
    const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
    if (kubectl.status !== 0) {
      context.skip('kubectl is not on PATH: the pipe from `kubectl kustomize` is not tried');
      return;
    }
    const overlay = fileURLToPath(
      new URL('fixtures/kustomize/shop/overlays/prod', import.meta.url),
    );
    const shell = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; kubectl kustomize "${overlay}" 2>/dev/null | "${process.execPath}" "${CLI}" - --stdin-filename rendered.yaml --format json`,
      ],
      { encoding: 'utf8', cwd: writeTree({}) },
    );
    expect(shell.stderr).toBe('');
    const report = JSON.parse(shell.stdout) as JsonReport;
    expect(report.files).toEqual([{ file: 'rendered.yaml', manifest: 'kubernetes', status: 'ok' }]);
    expect(report.claims.length).toBeGreaterThan(0);
    expect(new Set(report.claims.map((c) => c.file))).toEqual(new Set(['rendered.yaml']));
  });

  it('refuses "-" beside other paths, and --stdin-filename without "-"', () => {
    const cwd = writeTree({ 'compose.yaml': compose });
    const both = cli(['-', '.'], cwd, { input: compose });
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(
      /^port-claims: "-" \(standard input\) cannot be scanned together with other paths\n\nUsage:/,
    );
    const named = cli(['.', '--stdin-filename', 'x.yaml'], cwd);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(
      /^port-claims: --stdin-filename names standard input: give "-" as the path\n/,
    );
    const outside = cli(['-', '--stdin-filename', '../x.yaml'], cwd, { input: compose });
    expect(outside.status).toBe(2);
  });
});

describe('usage', () => {
  const cwd = ROOT;
  const firstLine = (text: string): string => text.split('\n')[0] as string;

  it('prints the help for `help`, -h and --help, exit 0', () => {
    for (const args of [['help'], ['-h'], ['--help']]) {
      const run = cli(args, cwd);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(USAGE);
    }
  });

  it.each([
    [['-V'], 'unknown option -V'],
    [['--frmat', 'json'], 'unknown option --frmat'],
    [['--format'], '--format needs a value'],
    [['--quiet=yes'], '--quiet takes no value'],
    [
      ['--format', 'xml'],
      '--format must be one of text, json, sarif, markdown, junit, codeclimate (got "xml")',
    ],
    [['--fail-on', 'all'], '--fail-on must be one of error, warning, notice, never (got "all")'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run contradict: choose one'],
  ])('%j: one line of our own, the usage, exit 2', (args, message) => {
    const run = cli(['examples', ...args], cwd);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(firstLine(run.stderr)).toBe(`port-claims: ${message}`);
    expect(run.stderr).toContain('\n\nUsage:\n  port-claims [scan] [PATH ...]');
    expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|at .*\.js:\d+/);
  });

  it('describes every option of the contract in --help', () => {
    for (const option of [
      '--format',
      '--config',
      '--env-file',
      '--fail-on',
      '--include',
      '--exclude',
      '--max-file-size',
      '--render',
      '--stdin-filename',
      '--quiet',
      '--color',
      '--no-color',
      '--fix ',
      '--fix-dry-run',
      '--help',
      '--version',
    ]) {
      expect(USAGE).toMatch(new RegExp(`^ {2}(-\\w, )? *(--[\\w-]+, )?${option.trim()}[ ,]`, 'm'));
    }
    for (const format of ['text', 'json', 'sarif', 'markdown', 'junit', 'codeclimate'])
      expect(USAGE).toContain(format);
  });
});

describe('--quiet and colour', () => {
  const tree = { 'compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n' };

  it('--quiet prints the findings alone', () => {
    const run = cli(['--quiet'], writeTree(tree));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      'compose.yaml:3:13 error unassigned-well-known service "web" claims 251/tcp (ports.published), a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: use a port from 49152-65535. Suggested: "49152:80".\n',
    );
    expect(cli(['-q'], writeTree({ 'compose.yaml': 'services: {}\n' })).stdout).toBe('');
  });

  it('lets --color and --no-color override NO_COLOR, FORCE_COLOR and the terminal', () => {
    const root = writeTree(tree);
    const red = '\u001b[31merror';
    expect(cli([], root).stdout).not.toContain('\u001b[');
    expect(cli(['--color'], root).stdout).toContain(red);
    expect(cli(['--color'], root, { env: { NO_COLOR: '1' } }).stdout).toContain(red);
    expect(cli([], root, { env: { FORCE_COLOR: '1' } }).stdout).toContain(red);
    expect(cli([], root, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
    expect(cli(['--no-color'], root, { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(
      '\u001b[',
    );
    expect(cli(['--color', '--no-color'], root).status).toBe(2);
  });
});

describe('--fix and --fix-dry-run', () => {
  const files = () => ({
    'compose.yaml':
      'services:\r\n  web:\r\n    ports:\r\n      - "251:251" # both fields, one edit\r\n      - 8080:80\r\n',
    'k8s/app.yaml':
      'apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers:\n    - name: app\n      ports:\n        - containerPort: 251\n        - containerPort: 1023 # reserved\n',
    // One document parses, the other does not: the file is partly read, and never fixed.
    'k8s/broken.yaml':
      'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports: [{port: 252}]\n---\napiVersion: v1\nkind: Service\n  bad: [\n',
    'kept/compose.yaml':
      'services:\n  old:\n    ports:\n      # port-claims: ignore unassigned-well-known -- legacy printer\n      - "253:80"\n',
    'api/Dockerfile': 'FROM alpine\nEXPOSE 254/udp 80\n',
  });

  it('--fix-dry-run prints a unified diff that patch applies, and changes nothing', () => {
    const root = writeTree(files());
    const before = readFileSync(join(root, 'compose.yaml'), 'utf8');
    const run = cli(['--fix-dry-run'], root);
    expect(run.status).toBe(1);
    expect(readFileSync(join(root, 'compose.yaml'), 'utf8')).toBe(before);
    expect(run.stdout).toContain(
      '--- a/compose.yaml\n+++ b/compose.yaml\n@@ -1,5 +1,5 @@\n services:\r\n   web:\r\n     ports:\r\n-      - "251:251" # both fields, one edit\r\n+      - "49152:49152" # both fields, one edit\r\n',
    );
    expect(run.stdout).toContain('-EXPOSE 254/udp 80\n+EXPOSE 49155/udp 80\n');
    expect(run.stdout).not.toContain('broken.yaml');
    expect(run.stdout).not.toContain('kept/compose.yaml');
    expect(run.stderr).toContain(
      'port-claims: would fix compose.yaml:4: 251 → 49152 (unassigned-well-known)\n',
    );
    const patched = spawnSync('patch', ['-p1', '--dry-run'], {
      cwd: root,
      input: run.stdout,
      encoding: 'utf8',
    });
    expect(patched.stderr).toBe('');
    expect(patched.status).toBe(0);
  });

  it('--fix applies every suggestion, says what it changed, leaves a broken file alone, and is idempotent', () => {
    const root = writeTree(files());
    const broken = readFileSync(join(root, 'k8s/broken.yaml'), 'utf8');
    const run = cli(['--fix', '--fail-on', 'error'], root);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'port-claims: left k8s/broken.yaml alone: it does not parse, so its fixes are not applied',
      'port-claims: fixed api/Dockerfile:2: 254 → 49155 (unassigned-well-known)',
      'port-claims: fixed compose.yaml:4: 251 → 49152 (unassigned-well-known)',
      'port-claims: fixed k8s/app.yaml:8: 251 → 49152 (unassigned-well-known)',
      'port-claims: fixed k8s/app.yaml:9: 1023 → 49156 (reserved-port)',
    ]);
    expect(readFileSync(join(root, 'compose.yaml'), 'utf8')).toBe(
      files()['compose.yaml'].replace('"251:251"', '"49152:49152"'),
    );
    expect(readFileSync(join(root, 'k8s/app.yaml'), 'utf8')).toContain(
      '        - containerPort: 49152\n        - containerPort: 49156 # reserved\n',
    );
    expect(readFileSync(join(root, 'api/Dockerfile'), 'utf8')).toBe(
      'FROM alpine\nEXPOSE 49155/udp 80\n',
    );
    expect(readFileSync(join(root, 'k8s/broken.yaml'), 'utf8')).toBe(broken);
    expect(readFileSync(join(root, 'kept/compose.yaml'), 'utf8')).toContain('"253:80"');
    // The report after the fix: only the broken file's findings are left.
    expect(run.stdout).toMatch(
      /^k8s\/broken\.yaml:5:18 error unassigned-well-known .*\nk8s\/broken\.yaml:8:7 warning parse-error .*\n\n/,
    );
    expect(run.status).toBe(1);
    const again = cli(['--fix'], root);
    expect(again.stderr).toBe(
      'port-claims: left k8s/broken.yaml alone: it does not parse, so its fixes are not applied\n',
    );
    const fixedTree = cli(['--fix-dry-run'], root);
    expect(fixedTree.stdout).toBe('');
  });

  it('fixes a rendered port where it is written: a Kustomize patch line', (context) => {
    if (spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status !== 0) {
      context.skip('kubectl is not on PATH: Kustomize builds are not rendered, nor fixed');
      return;
    }
    const shop = fileURLToPath(new URL('fixtures/kustomize/shop', import.meta.url));
    const root = writeTree({});
    spawnSync('cp', ['-r', `${shop}/.`, root]);
    const patch = join(root, 'overlays/prod/api-admin-port.yaml');
    writeFileSync(
      patch,
      readFileSync(patch, 'utf8').replace('containerPort: 9901', 'containerPort: 251'),
    );
    const run = cli(['--fix'], root);
    expect(run.stderr).toContain(
      'port-claims: fixed overlays/prod/api-admin-port.yaml:5: 251 → 49152 (unassigned-well-known)\n',
    );
    expect(readFileSync(patch, 'utf8')).toContain('    containerPort: 49152\n');
    expect(run.stdout).not.toContain('unassigned-well-known');
  });

  it('fixes a rendered port where it is written: a Helm values line', () => {
    const chart = fileURLToPath(new URL('fixtures/helm/charts/web', import.meta.url));
    const root = writeTree({});
    spawnSync('cp', ['-r', `${chart}/.`, root]);
    const env = {
      PATH: `${(testHelmDir as (major: number) => string)(3)}:${process.env.PATH ?? ''}`,
    };
    const run = cli(['--fix'], root, { env });
    expect(run.stderr).toContain(
      'port-claims: fixed values.yaml:7: 251 → 49152 (unassigned-well-known)\n',
    );
    expect(readFileSync(join(root, 'values.yaml'), 'utf8')).toContain('  port: 49152\n');
    expect(run.stdout).not.toMatch(/error unassigned-well-known/);
    expect(cli(['--fix-dry-run'], root, { env }).stdout).toBe('');
  });

  it('says when there is nothing to fix', () => {
    const run = cli(
      ['--fix'],
      writeTree({ 'compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n' }),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('port-claims: nothing to fix\n');
  });
});

describe('classify with bad specs', () => {
  it('reports each bad spec, prints the good ones and exits 2', () => {
    const run = cli(['classify', '251', 'x', '443/udp', '70000', '10-5', '22/quic'], ROOT);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(
      '251/tcp     well-known unassigned\n443/udp     well-known assigned  https (http protocol over TLS/SSL)\n',
    );
    expect(run.stderr).toBe(
      [
        'port-claims: classify: "x" is not PORT[-END][/PROTOCOL]',
        'port-claims: classify: "70000": ports go from 0 to 65535',
        'port-claims: classify: "10-5": the range is reversed',
        'port-claims: classify: "22/quic": protocol must be one of tcp, udp, sctp, dccp',
        '',
      ].join('\n'),
    );
    const json = cli(['classify', 'x', '--format', 'json'], ROOT);
    expect(json.status).toBe(2);
    expect(json.stdout).toBe('');
  });
});

describe('SARIF paths from the repository root', () => {
  it('names files from the git top level when a sub-folder is scanned, with originalUriBaseIds', () => {
    const repo = writeTree({
      'sub/dir/compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n',
    });
    expect(spawnSync('git', ['init', '-q'], { cwd: repo }).status).toBe(0);
    mkdirSync(join(repo, 'elsewhere'));
    for (const [cwd, path] of [
      [repo, 'sub/dir'],
      [join(repo, 'sub'), 'dir'],
      [join(repo, 'elsewhere'), '../sub/dir/compose.yaml'],
    ] as const) {
      const run = cli([path, '--format', 'sarif'], cwd);
      const log = JSON.parse(run.stdout) as Log;
      const sarifRun = log.runs[0]!;
      expect(sarifRun.originalUriBaseIds).toEqual({
        '%SRCROOT%': { uri: `${pathToFileURL(repo).href}/` },
      });
      expect(
        sarifRun.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation),
      ).toEqual([{ uri: 'sub/dir/compose.yaml', uriBaseId: '%SRCROOT%' }]);
    }
  });

  it('names files from the working directory outside git', () => {
    const root = writeTree({ 'a/compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n' });
    writeFileSync(join(root, 'a', 'note.txt'), 'not a manifest');
    const log = JSON.parse(cli(['a', '--format', 'sarif'], root).stdout) as Log;
    expect(log.runs[0]!.originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: `${pathToFileURL(root).href}/` },
    });
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(
      'a/compose.yaml',
    );
  });
});
