// The config file, allow entries, inline ignores and severities, through the built dist/cli.js.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../src/types.js';
import { writeTree, yaml } from './helpers/tree.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = `${ROOT}dist/cli.js`;

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(args: string[], cwd: string): { status: number | null; report: JsonReport } {
  const { status, stdout } = cli([...args, '--format', 'json'], cwd);
  return { status, report: JSON.parse(stdout) as JsonReport };
}

const rows = (r: JsonReport): string[] =>
  r.findings.map(
    (f) =>
      `${f.rule} ${f.severity} ${f.file}:${f.line}${f.suppressed !== undefined ? ` [${f.suppressed}]` : ''}`,
  );

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

describe('severities from the config file', () => {
  const compose = 'services:\n  web:\n    ports: ["251:80", "1028:80"]\n';

  it('change the exit status: a notice raised to error fails, an error lowered to warning does not', () => {
    expect(
      cli([], writeTree({ 'compose.yaml': 'services:\n  web:\n    ports: ["1028:80"]\n' })).status,
    ).toBe(0);
    const raised = writeTree({
      'compose.yaml': 'services:\n  web:\n    ports: ["1028:80"]\n',
      '.port-claims.yml': 'rules:\n  unassigned-registered: error\n',
    });
    expect(cli([], raised).status).toBe(1);

    const lowered = writeTree({
      'compose.yaml': compose,
      '.github/port-claims.yml':
        'rules:\n  unassigned-well-known: warning\n  unassigned-registered: off\n',
    });
    const { status, report: r } = report([], lowered);
    expect(status).toBe(0);
    expect(rows(r)).toEqual(['unassigned-well-known warning compose.yaml:3']);
    expect(cli(['--fail-on', 'warning'], lowered).status).toBe(1);
  });

  it('are read from the root scanned, not from the working directory', () => {
    const root = writeTree({
      'app/compose.yaml': compose,
      'app/.port-claims.yml': 'rules:\n  unassigned-well-known: off\n',
    });
    expect(rows(report(['scan', 'app'], root).report)).toEqual([
      'unassigned-registered notice compose.yaml:3',
    ]);
  });
});

describe('config errors', () => {
  it('exit 2 naming the file, line, key and expected form, and print no report', () => {
    const root = writeTree({
      'compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n',
      '.port-claims.yml': 'rules:\n  unassigned-wellknown: off\n',
    });
    const { status, stdout, stderr } = cli(['scan'], root);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'port-claims: .port-claims.yml:2:3: rules: unknown rule "unassigned-wellknown" (did you mean "unassigned-well-known"?); expected one of unassigned-well-known, reserved-port, invalid-port, host-port-conflict, unresolved-port, parse-error, unassigned-registered\n',
    );
  });

  it('print one line per problem', () => {
    const root = writeTree({
      '.github/port-claims.yml': 'allow:\n  - ports: [251]\nexlude: []\n',
    });
    const { status, stderr } = cli([], root);
    expect(status).toBe(2);
    expect(stderr).toBe(
      [
        'port-claims: .github/port-claims.yml:2:5: allow[0] needs "reason": a non-empty text saying why these claims are accepted (the summary shows it)',
        'port-claims: .github/port-claims.yml:3:1: unknown key "exlude" (did you mean "exclude"?); expected one of rules, allow, include, exclude, env-files, max-file-size, compose, projects, clusters, charts, render',
        '',
      ].join('\n'),
    );
  });
});

describe('--config', () => {
  it('reads the file given instead of the default one, and exits 2 when it cannot', () => {
    const root = writeTree({
      'compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n',
      '.port-claims.yml': 'rules:\n  unassigned-well-known: warning\n',
      'ci/strict.yml': 'rules:\n  unassigned-well-known: error\n',
    });
    expect(cli([], root).status).toBe(0);
    expect(cli(['--config', 'ci/strict.yml'], root).status).toBe(1);
    const missing = cli(['-c', 'ci/none.yml'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'port-claims: cannot read the config file ci/none.yml: it does not exist\n',
    );
  });
});

describe('allow entries', () => {
  it('keep the finding in the JSON with its reason, list it in the markdown summary, and do not fail', () => {
    const root = writeTree({
      'legacy/compose.yaml': 'services:\n  old:\n    ports: ["251:80", "252:80/udp"]\n',
      'compose.yaml': 'services:\n  web:\n    ports: ["251:80"]\n',
      '.port-claims.yml': yaml`
        allow:
          - ports: ["250-260"]
            protocol: tcp
            files: ["legacy/**"]
            reason: "printer protocol, registration pending with IANA"
      `,
    });
    const { status, report: r } = report([], root);
    expect(status).toBe(1);
    expect(rows(r)).toEqual([
      'unassigned-well-known error compose.yaml:3',
      'unassigned-well-known error legacy/compose.yaml:3 [printer protocol, registration pending with IANA]',
      'unassigned-well-known error legacy/compose.yaml:3',
    ]);
    expect(r.findings[1]).toMatchObject({ ports: [251], protocol: 'tcp' });
    expect(r.findings[2]).toMatchObject({ ports: [252], protocol: 'udp' });

    const markdown = cli(['--format', 'markdown'], root);
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toContain('❌ 2 findings in 2 manifests');
    expect(markdown.stdout).toContain(
      '### Suppressed\n\n| where | rule | reason |\n| --- | --- | --- |\n| `legacy/compose.yaml:3` | `unassigned-well-known` | printer protocol, registration pending with IANA |\n',
    );
  });
});

describe('inline ignores', () => {
  const tree = {
    'docker-compose.yml': yaml`
      services:
        printer:
          ports:
            - "251:80" # port-claims: ignore unassigned-well-known -- legacy printer protocol
    `,
    'k8s/pod.yaml': yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: relay
      spec:
        containers:
          - name: relay
            ports:
              # port-claims: ignore reserved-port -- vendor appliance, cannot change
              - containerPort: 1023
    `,
    Dockerfile: yaml`
      FROM alpine
      # port-claims: ignore unassigned-well-known -- printer protocol
      EXPOSE 251
    `,
  };

  it('suppress findings in compose files, Kubernetes manifests and Dockerfiles', () => {
    const { status, report: r } = report([], writeTree(tree));
    expect(status).toBe(0);
    expect(rows(r)).toEqual([
      'unassigned-well-known error Dockerfile:3 [printer protocol]',
      'unassigned-well-known error docker-compose.yml:4 [legacy printer protocol]',
      'reserved-port error k8s/pod.yaml:10 [vendor appliance, cannot change]',
    ]);
  });

  it('report an ignore that matches nothing as a notice, which --fail-on notice fails', () => {
    const root = writeTree({
      ...tree,
      'docker-compose.yml': yaml`
        services:
          printer:
            # port-claims: ignore unassigned-well-known -- fixed since
            ports: ["49152:80"]
      `,
    });
    const { status, report: r } = report([], root);
    expect(status).toBe(0);
    expect(r.findings.find((f) => f.file === 'docker-compose.yml')).toEqual({
      rule: 'unassigned-well-known',
      severity: 'notice',
      file: 'docker-compose.yml',
      line: 3,
      column: 5,
      endLine: 3,
      endColumn: 63,
      message:
        'This "# port-claims: ignore unassigned-well-known" matches no unassigned-well-known finding on the next line; remove it, so that it cannot hide a future one.',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(cli(['--fail-on', 'notice'], root).status).toBe(1);
  });
});

describe('include, exclude and env-files from the config file', () => {
  const tree = {
    'deploy/compose.yaml': 'services:\n  web:\n    ports: ["${WEB_PORT}:80"]\n',
    'test/compose.yaml': 'services:\n  web:\n    ports: ["252:80"]\n',
    'ci.env': 'WEB_PORT=251\n',
    'other.env': 'WEB_PORT=253\n',
    '.port-claims.yml': 'exclude: ["test/**"]\nenv-files: [ci.env]\n',
  };

  it('apply, with env files relative to the root scanned', () => {
    const root = writeTree(tree);
    const { report: r } = report(['scan', root], ROOT);
    expect(r.files.map((f) => f.file)).toEqual(['deploy/compose.yaml']);
    expect(r.claims.map((c) => c.port)).toEqual([251, 80]);
  });

  it('are replaced by the same options on the command line', () => {
    const root = writeTree(tree);
    const { report: r } = report(['--exclude', 'deploy/**', '--env-file', 'other.env'], root);
    expect(r.files.map((f) => f.file)).toEqual(['test/compose.yaml']);
    const included = report(['--include', 'deploy/**', '--env-file', 'other.env'], root).report;
    expect(included.claims.map((c) => c.port)).toEqual([253, 80]);
  });
});
