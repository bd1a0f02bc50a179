// Kustomize builds through the built CLI, with the real kubectl (or kustomize) of the machine:
// every port of every overlay claimed at the line a person edits.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport, PublicClaim } from '../../../src/types.js';
import { writeTree, yaml } from '../../helpers/tree.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = `${ROOT}/dist/cli.js`;
const FIXTURES = fileURLToPath(new URL('../../fixtures/kustomize', import.meta.url));

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

/** One line per claim: where, what, and which builds deploy it through what. */
function rows(report: JsonReport): string[] {
  return report.claims
    .map((c: PublicClaim) => {
      const builds = c.deployable?.variants ?? (c.deployable ? [c.deployable.path] : []);
      const via = c.via
        ? ` via ${c.via.traced} ${c.via.file}${c.via.line ? `:${c.via.line}` : ''}`
        : '';
      return `${c.file}:${c.line}:${c.column} ${c.resource} ${c.field} ${c.port} "${c.spec}" [${builds.join(' ')}]${via}`;
    })
    .sort();
}

describe('Kustomize builds (dist/cli.js with the machine’s kubectl)', () => {
  it('claims every overlay’s ports at the base, patch, component or replacement line', () => {
    const { stdout, stderr } = cli(['scan', 'shop', '--format', 'json'], FIXTURES);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as JsonReport;
    const all = 'overlays/dev overlays/prod overlays/staging';
    expect(rows(report)).toEqual([
      // Inherited unchanged: one claim at the base line, listing the overlays that deploy it.
      `base/api.yaml:19:30 Deployment/api containerPort 8443 "8443" [overlays/dev overlays/prod]`,
      `base/api.yaml:30:13 Service/api port 443 "443" [${all}]`,
      `base/api.yaml:31:19 Service/api targetPort 8443 "8443" [${all}]`,
      `base/web.yaml:19:30 Deployment/web containerPort 8080 "8080" [overlays/dev overlays/prod]`,
      `base/web.yaml:30:13 Service/web port 80 "80" [overlays/dev overlays/staging]`,
      // A named targetPort resolves per build: staging's patch renumbers the port it names.
      `base/web.yaml:31:19 Service/web targetPort 8080 "http" [overlays/dev overlays/prod]`,
      `base/web.yaml:31:19 Service/web targetPort 8081 "http" [overlays/staging]`,
      // A component's strategic merge patch adds a container to the base's Deployment.
      `components/metrics/exporter.yaml:13:30 Deployment/web containerPort 9113 "9113" [overlays/dev overlays/prod] via patch base/web.yaml:4`,
      // patchesStrategicMerge: 5005 is added beside 8080 (ports merge by containerPort).
      `overlays/dev/debug.yaml:12:30 Deployment/web containerPort 5005 "5005" [overlays/dev] via patch base/web.yaml:4`,
      // patchesJson6902 (a file), appending a port.
      `overlays/prod/api-admin-port.yaml:5:20 Deployment/prod-api containerPort 9901 "9901" [overlays/prod] via patch base/api.yaml:4`,
      // An inline JSON 6902 patch in `patches`: the line inside the kustomization.
      `overlays/prod/kustomization.yaml:23:16 Service/prod-web port 8000 "8000" [overlays/prod] via patch base/web.yaml:29`,
      // An inline strategic merge patch.
      `overlays/staging/kustomization.yaml:20:23 Service/api nodePort 30443 "30443" [overlays/staging] via patch base/api.yaml:29`,
      // A replacement: the configMapGenerator literal it takes the port from.
      `overlays/staging/kustomization.yaml:24:9 Deployment/api containerPort 9443 "LISTEN_PORT=9443" [overlays/staging] via base overlays/staging/kustomization.yaml:26`,
      // A JSON 6902 patch file in `patches`.
      `overlays/staging/web-port.yaml:3:10 Deployment/web containerPort 8081 "8081" [overlays/staging] via patch base/web.yaml:18`,
    ]);
  });

  it('scans a build it must not render as plain files, and says once why', () => {
    const { stdout, stderr } = cli(['scan', 'unsafe', '--format', 'json'], FIXTURES);
    expect(stderr.trim().split('\n')).toEqual([
      'port-claims: Kustomize build exec was not rendered: its transformers entry runs the plugin PortRewriter (example.com/v1), an exec, container or legacy plugin (exec/kustomization.yaml:6). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.',
      'port-claims: Kustomize build helm was not rendered: it inflates Helm charts (helmCharts) (helm/kustomization.yaml:6). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.',
      'port-claims: Kustomize build remote was not rendered: it fetches the remote resource https://github.com/kubernetes-sigs/kustomize//examples/helloWorld?ref=v3.3.1 (remote/kustomization.yaml:5). port-claims never runs plugins, inflates Helm charts or fetches remote resources; its files were scanned as plain manifests.',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(rows(report)).toEqual([
      // Plain manifests, each the manifests of its directory.
      'broken/deployment.yaml:12:30 Deployment/broken containerPort 8080 "8080" [broken]',
      'exec/deployment.yaml:12:30 Deployment/exec containerPort 8080 "8080" [exec]',
      'helm/deployment.yaml:12:30 Deployment/helm containerPort 8080 "8080" [helm]',
      'remote/deployment.yaml:12:30 Deployment/remote containerPort 8080 "8080" [remote]',
    ]);
    // A build that fails is a finding at its kustomization, in kustomize's words, without the
    // temporary wrapper's paths.
    const failed = report.findings.filter((f) => f.rule === 'parse-error');
    expect(failed.map((f) => [f.file, f.line, f.column, f.severity])).toEqual([
      ['broken/kustomization.yaml', 1, 1, 'warning'],
    ]);
    expect(failed[0]?.message).toMatch(
      /^kubectl kustomize broken failed: .*failed to get the patch file from path\(missing-patch\.yaml\).*lstat broken\/missing-patch\.yaml: no such file or directory; its files were scanned as plain manifests\.$/,
    );
    expect(failed[0]?.message).not.toMatch(/port-claims-kustomize|\/tmp\//);
  });

  it('scans overlays as plain files when no kustomize is on PATH, and says so once', () => {
    const { stdout, stderr } = cli(['scan', 'shop', '--format', 'json'], FIXTURES, {
      PATH: '/nonexistent',
    });
    expect(stderr).toBe(
      'port-claims: Neither kustomize nor kubectl is on PATH: 3 Kustomize builds (overlays/dev, overlays/prod, overlays/staging) scanned as plain files, so ports that overlays patch were not traced; install kubectl (or kustomize) to render them.\n',
    );
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.claims.every((c) => c.deployable?.kind === 'manifests')).toBe(true);
    expect(rows(report)).toContain(
      'overlays/dev/debug.yaml:12:30 Deployment/web containerPort 5005 "5005" [overlays/dev]',
    );
    expect(rows(report)).toContain(
      'base/web.yaml:19:30 Deployment/web containerPort 8080 "8080" [base]',
    );
  });
});

describe('Kustomize builds rendered in batches', () => {
  it('gives each build of a batch its own claims, and a failing build its own error', () => {
    // Four builds, two batches: [dev, prod] renders at once; [staging, broken] fails as a batch
    // and is rendered one by one.
    const together = JSON.parse(
      cli(['scan', '.', '--format', 'json'], FIXTURES).stdout,
    ) as JsonReport;
    const alone = JSON.parse(
      cli(['scan', 'shop', '--format', 'json'], FIXTURES).stdout,
    ) as JsonReport;
    expect(rows(together).filter((r) => r.startsWith('shop/'))).toEqual(
      rows(alone).map(
        (r) =>
          `shop/${r
            .replace(
              /\[([^\]]*)\]/,
              (_, b: string) =>
                `[${b
                  .split(' ')
                  .map((x) => `shop/${x}`)
                  .join(' ')}]`,
            )
            .replace(/ via (\w+) /, ' via $1 shop/')}`,
      ),
    );
    expect(together.findings.filter((f) => f.rule === 'parse-error').map((f) => f.file)).toEqual([
      'unsafe/broken/kustomization.yaml',
    ]);
  });
});

describe('inline ignores where a port is traced to', () => {
  it('applies an ignore written in a JSON 6902 patch and in a kustomization without apiVersion', () => {
    const root = writeTree({
      'base/kustomization.yaml': 'resources: [app.yaml]\n',
      'base/app.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: app
        spec:
          ports:
            - port: 8080
      `,
      'overlays/a/kustomization.yaml': yaml`
        resources: [../../base]
        patches:
          - path: port.yaml
            target: {kind: Service, name: app}
      `,
      'overlays/a/port.yaml': yaml`
        - op: replace
          path: /spec/ports/0/port
          # port-claims: ignore unassigned-well-known -- the legacy console, moving in Q3
          value: 251
      `,
      'overlays/b/kustomization.yaml': yaml`
        resources: [../../base]
        patches:
          - target: {kind: Service, name: app}
            patch: |-
              - op: replace
                path: /spec/ports/0/port
                value: 252 # port-claims: ignore unassigned-well-known -- the other one
      `,
    });
    const report = JSON.parse(cli(['scan', '.', '--format', 'json'], root).stdout) as JsonReport;
    expect(
      report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ports} ${f.suppressed}`),
    ).toEqual([
      'overlays/a/port.yaml:4:10 251 the legacy console, moving in Q3',
      'overlays/b/kustomization.yaml:7:16 252 the other one',
    ]);
  });
});

describe('values kustomize copies', () => {
  it('claims a port a replacement copies at the field it copies from, and an untraceable one at its object', () => {
    const root = writeTree({
      'app/kustomization.yaml': yaml`
        resources: [settings.yaml, app.yaml]
        replacements:
          - source: {kind: ConfigMap, name: settings, fieldPath: data.port}
            targets:
              - select: {kind: Service, name: app}
                fieldPaths: [spec.ports.0.targetPort]
        patches:
          - target: {kind: Service, name: app}
            patch: |-
              - op: copy
                from: /spec/ports/0/port
                path: /spec/ports/0/nodePort
      `,
      'app/settings.yaml': yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          port: "8443"
      `,
      'app/app.yaml': yaml`
        apiVersion: v1
        kind: Service
        metadata:
          name: app
        spec:
          type: NodePort
          ports:
            - port: 30080
              targetPort: 8080
      `,
    });
    const report = JSON.parse(cli(['scan', '.', '--format', 'json'], root).stdout) as JsonReport;
    expect(rows(report)).toEqual([
      // A JSON 6902 `copy` is not traced: the object's name line, and only the file is sure.
      'app/app.yaml:4:9 Service/app nodePort 30080 "30080" [app] via file-only app/app.yaml',
      'app/app.yaml:8:13 Service/app port 30080 "30080" [app]',
      'app/settings.yaml:6:9 Service/app targetPort 8443 "8443" [app] via base app/kustomization.yaml:3',
    ]);
  });
});
