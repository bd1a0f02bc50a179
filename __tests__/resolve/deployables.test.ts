// The deployable stage through the built CLI: what each claim is deployed with, and
// host-port-conflict scoped to one deployable or one clusters: group.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, JsonReport, PublicClaim } from '../../src/types.js';
import type { Tree } from '../helpers/tree.js';
import { writeTree, yaml } from '../helpers/tree.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = `${ROOT}/dist/cli.js`;
const KUSTOMIZE = fileURLToPath(new URL('../fixtures/kustomize', import.meta.url));

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scanJson(root: string, args: string[] = []) {
  const run = cli(['scan', '.', '--format', 'json', ...args], root);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

const conflicts = (findings: readonly Finding[]): string[] =>
  findings
    .filter((f) => f.rule === 'host-port-conflict')
    .map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

/** One line per claim: where, which port, and the deployable. */
const rows = (claims: readonly PublicClaim[]): string[] =>
  claims.map((c) => {
    const d = c.deployable;
    const variants = d?.variants ? ` ${JSON.stringify(d.variants)}` : '';
    return `${c.file}:${c.line}:${c.column} ${c.field} ${c.port} ${d?.kind} ${d?.path}${variants}`;
  });

/** An app of the monorepo: a Deployment and a NodePort Service in a directory of its own. */
function app(n: number, nodePort: number): Tree {
  const name = `app-${String(n).padStart(3, '0')}`;
  return {
    [`apps/${name}/deploy.yaml`]: yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: ${name}
      spec:
        selector: {matchLabels: {app: ${name}}}
        template:
          metadata: {labels: {app: ${name}}}
          spec:
            containers:
              - name: web
                image: example/${name}:1
                ports:
                  - {name: http, containerPort: 8080}
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: ${name}
      spec:
        type: NodePort
        selector: {app: ${name}}
        ports:
          - port: 80
            targetPort: http
            nodePort: ${nodePort}
    `,
  };
}

describe('deployables on claims (dist/cli.js)', () => {
  it('names the compose project, the manifest directory and the Dockerfile of each claim', () => {
    const root = writeTree({
      'compose.yaml': yaml`
        include:
          - shared/compose.yaml
        services:
          web:
            ports: ["8080:80"]
      `,
      'compose.override.yaml': yaml`
        services:
          web:
            ports: ["9090:90"]
      `,
      // A project of its own, and included by the root one: one claim, both projects.
      'shared/compose.yaml': yaml`
        services:
          cache:
            ports: ["6379:6379"]
      `,
      'k8s/web.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
      `,
      'k8s/api.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: api}
        spec:
          ports: [{port: 81}]
      `,
      'k8s/jobs/cron.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: cron}
        spec:
          ports: [{port: 82}]
      `,
      'images/api/Dockerfile': 'FROM alpine\nEXPOSE 8443\n',
    });
    const report = scanJson(root);
    expect(rows(report.claims).sort()).toEqual([
      'compose.override.yaml:3:13 ports.published 9090 compose compose.yaml',
      'compose.override.yaml:3:13 ports.target 90 compose compose.yaml',
      'compose.yaml:5:13 ports.published 8080 compose compose.yaml',
      'compose.yaml:5:13 ports.target 80 compose compose.yaml',
      'images/api/Dockerfile:2:8 EXPOSE 8443 dockerfile images/api/Dockerfile',
      'k8s/api.yaml:5:18 port 81 manifests k8s',
      'k8s/jobs/cron.yaml:5:18 port 82 manifests k8s/jobs',
      'k8s/web.yaml:5:18 port 80 manifests k8s',
      'shared/compose.yaml:3:13 ports.published 6379 compose compose.yaml ["compose.yaml","shared/compose.yaml"]',
      'shared/compose.yaml:3:13 ports.target 6379 compose compose.yaml ["compose.yaml","shared/compose.yaml"]',
    ]);
  });

  it('names every overlay that deploys a base line unchanged, and the one that changes it', () => {
    const run = cli(['scan', 'shop', '--format', 'json'], KUSTOMIZE);
    const report = JSON.parse(run.stdout) as JsonReport;
    const at = (file: string, line: number) =>
      report.claims
        .filter((c) => c.file === file && c.line === line)
        .map((c) => [c.port, c.deployable]);
    expect(at('base/api.yaml', 30)).toEqual([
      [
        443,
        {
          kind: 'kustomize',
          path: 'overlays/dev',
          variants: ['overlays/dev', 'overlays/prod', 'overlays/staging'],
        },
      ],
    ]);
    expect(at('overlays/staging/web-port.yaml', 3)).toEqual([
      [8081, { kind: 'kustomize', path: 'overlays/staging' }],
    ]);
  });

  it('scans Kustomize builds as plain files with --render off, and says so once', () => {
    const run = cli(['scan', 'shop', '--format', 'json', '--render', 'off'], KUSTOMIZE);
    expect(run.stderr).toBe(
      'port-claims: Rendering is off: 3 Kustomize builds (overlays/dev, overlays/prod, overlays/staging) scanned as plain files; render "auto" (--render auto, the config key or the action input) renders them.\n',
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.claims.filter((c) => c.via !== undefined)).toEqual([]);
    expect(rows(report.claims)).toContain(
      'overlays/dev/debug.yaml:12:30 containerPort 5005 manifests overlays/dev',
    );
  });

  it('takes render: off from the config, and --render auto over it', () => {
    const root = writeTree({
      '.port-claims.yml': 'render: off\n',
      'base/kustomization.yaml': 'resources: [svc.yaml]\n',
      'base/svc.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          ports: [{port: 80}]
      `,
      'overlay/kustomization.yaml': yaml`
        resources: [../base]
        patches:
          - target: {kind: Service, name: web}
            patch: |-
              - op: replace
                path: /spec/ports/0/port
                value: 8080
      `,
    });
    const off = cli(['scan', '.', '--format', 'json'], root);
    expect(off.stderr).toMatch(/^port-claims: Rendering is off: 1 Kustomize build \(overlay\)/);
    expect(rows((JSON.parse(off.stdout) as JsonReport).claims)).toEqual([
      'base/svc.yaml:5:18 port 80 manifests base',
    ]);
    const auto = cli(['scan', '.', '--format', 'json', '--render', 'auto'], root);
    expect(auto.stderr).toBe('');
    expect(rows((JSON.parse(auto.stdout) as JsonReport).claims)).toEqual([
      'overlay/kustomization.yaml:7:16 port 8080 kustomize overlay',
    ]);
    const bad = cli(['scan', '.', '--render', 'maybe'], root);
    expect(bad.status).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      'port-claims: --render must be one of auto, off (got "maybe")',
    );
  });
});

describe('host-port-conflict per deployable and clusters: group (dist/cli.js)', () => {
  // 300 independent apps, each in its own directory, on only three node ports between them.
  const monorepo = (): Tree => {
    const tree: Tree = {};
    for (let n = 0; n < 300; n++) Object.assign(tree, app(n, 30000 + (n % 3)));
    return tree;
  };

  it('finds no conflict between the apps of a monorepo by default', () => {
    const report = scanJson(writeTree(monorepo()));
    expect(report.claims.filter((c) => c.field === 'nodePort')).toHaveLength(300);
    expect(conflicts(report.findings)).toEqual([]);
    // Named targetPorts resolve to the pods of their own app.
    expect(report.findings.filter((f) => f.rule === 'unresolved-port')).toEqual([]);
    expect(report.claims.filter((c) => c.field === 'targetPort').map((c) => c.port)).toEqual(
      Array.from({ length: 300 }, () => 8080),
    );
  });

  it('finds exactly the conflicts a clusters: group asks for', () => {
    const root = writeTree({
      ...monorepo(),
      '.github/port-claims.yml': yaml`
        clusters:
          - name: edge
            paths: ["apps/app-00[0-4]"]
          - name: batch
            paths: ["apps/app-29*"]
      `,
    });
    const report = JSON.parse(cli(['scan', '.', '--format', 'json'], root).stdout) as JsonReport;
    const at = (n: number) => `apps/app-${String(n).padStart(3, '0')}/deploy.yaml`;
    const clash = (n: number, other: number, port: number) =>
      `${at(n)}:26:17 Service/app-${String(n).padStart(3, '0')} claims host port ${port}/tcp (nodePort), already claimed by Service/app-${String(other).padStart(3, '0')} at ${at(other)}:26; only one can bind it.`;
    expect(conflicts(report.findings)).toEqual([
      clash(3, 0, 30000),
      clash(4, 1, 30001),
      clash(293, 290, 30002),
      clash(294, 291, 30000),
      clash(295, 292, 30001),
      clash(296, 290, 30002),
      clash(297, 291, 30000),
      clash(298, 292, 30001),
      clash(299, 290, 30002),
    ]);
  });

  it('compares two Services of one directory: they are applied together', () => {
    const root = writeTree({ ...app(1, 30080), ...app(2, 30080) });
    // The same two apps in one directory.
    const both = writeTree({
      'k8s/one.yaml': Object.values(app(1, 30080))[0] as string,
      'k8s/two.yaml': Object.values(app(2, 30080))[0] as string,
    });
    expect(conflicts(scanJson(root).findings)).toEqual([]);
    expect(conflicts(scanJson(both).findings)).toEqual([
      'k8s/two.yaml:26:17 Service/app-002 claims host port 30080/tcp (nodePort), already claimed by Service/app-001 at k8s/one.yaml:26; only one can bind it.',
    ]);
  });

  it('compares the host ports of compose projects that a clusters: group puts on one host', () => {
    const tree: Tree = {
      'web/compose.yaml': 'services:\n  web:\n    ports: ["8080:80"]\n',
      'admin/compose.yaml': 'services:\n  admin:\n    ports: ["8080:8000"]\n',
    };
    expect(conflicts(scanJson(writeTree(tree)).findings)).toEqual([]);
    const grouped = writeTree({
      ...tree,
      '.port-claims.yml': 'clusters:\n  - name: host-1\n    paths: ["*/compose.yaml"]\n',
    });
    expect(conflicts(scanJson(grouped).findings)).toEqual([
      'web/compose.yaml:3:13 service "web" claims host port 8080/tcp (ports.published), already claimed by service "admin" at admin/compose.yaml:3; only one can bind it.',
    ]);
  });
});
