// The Helm part of `npm run bench`: a tree of charts in the shapes the tracer meets (ports from
// values.yaml used by several templates, `toYaml` port lists, `range`, `if` around a literal,
// `default`, a helper, a subchart the parent overrides, a ci/ variant), rendered with the real
// helm the tests use (scripts/test-helm.mjs). Paired runs of the scan with helm on PATH and with
// none give the cost of rendering and tracing one chart, and one traced value.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
// @ts-expect-error: a plain script
import { testHelmDir } from '../scripts/test-helm.mjs';
import type { Measured } from './measure.js';
import { measure } from './measure.js';
import type { Spread } from './stats.js';
import { spread } from './stats.js';

/** Bump when the tree changes: a cached tree of another version is written anew. */
const VERSION = 1;

const chartYaml = (name: string, deps: string[] = []): string =>
  [
    'apiVersion: v2',
    `name: ${name}`,
    'version: 1.0.0',
    ...(deps.length
      ? ['dependencies:', ...deps.map((d) => `  - name: ${d}\n    version: 1.0.0`)]
      : []),
    '',
  ].join('\n');

const HELPERS = [
  '{{- define "app.fullname" -}}{{ .Release.Name | trunc 63 | trimSuffix "-" }}{{- end }}',
  '{{- define "app.metricsPort" -}}9102{{- end }}',
  '',
].join('\n');

function deployment(ports: string[]): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: {{ include "app.fullname" . }}',
    'spec:',
    '  replicas: {{ .Values.replicaCount }}',
    '  selector:',
    '    matchLabels: {app: {{ include "app.fullname" . }}}',
    '  template:',
    '    metadata:',
    '      labels: {app: {{ include "app.fullname" . }}}',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
    '          ports:',
    ...ports,
    '',
  ].join('\n');
}

const SERVICE = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: {{ include "app.fullname" . }}',
  'spec:',
  '  type: {{ .Values.service.type }}',
  '  selector: {app: {{ include "app.fullname" . }}}',
  '  ports:',
  '    - name: http',
  '      port: {{ .Values.service.port }}',
  '      targetPort: http',
  '      {{- if eq .Values.service.type "NodePort" }}',
  '      nodePort: {{ .Values.service.nodePort }}',
  '      {{- end }}',
  '',
].join('\n');

function chart(i: number): Record<string, string> {
  const name = `chart${i}`;
  const port = 8000 + (i % 900);
  const values = [
    'replicaCount: 2',
    'image:',
    `  repository: registry.example.com/${name}`,
    `  tag: "1.0.${i}"`,
    'service:',
    '  type: ClusterIP',
    `  port: ${port}`,
    `  nodePort: ${30000 + (i % 2000)}`,
    'ports:',
    `  - {name: grpc, containerPort: ${9000 + (i % 900)}}`,
    `  - {name: admin, containerPort: ${10000 + (i % 900)}}`,
    'extraPorts:',
    `  - ${11000 + (i % 900)}`,
    'metrics: {enabled: true}',
    'probe: {}',
    '',
  ].join('\n');
  const ports = [
    '            - name: http',
    '              containerPort: {{ .Values.service.port }}',
    '            {{- toYaml .Values.ports | nindent 12 }}',
    '            {{- range .Values.extraPorts }}',
    '            - containerPort: {{ . }}',
    '            {{- end }}',
    '            {{- if .Values.metrics.enabled }}',
    '            - name: metrics',
    '              containerPort: {{ include "app.metricsPort" . }}',
    '            {{- end }}',
    '            - name: probe',
    '              containerPort: {{ .Values.probe.port | default 8086 }}',
  ];
  const files: Record<string, string> = {
    [`charts/${name}/Chart.yaml`]: chartYaml(name, i % 4 === 3 ? ['cache'] : []),
    [`charts/${name}/values.yaml`]:
      values + (i % 4 === 3 ? `cache:\n  service:\n    port: ${6000 + (i % 900)}\n` : ''),
    [`charts/${name}/templates/_helpers.tpl`]: HELPERS,
    [`charts/${name}/templates/deployment.yaml`]: deployment(ports),
    [`charts/${name}/templates/service.yaml`]: SERVICE,
  };
  if (i % 2 === 0) {
    files[`charts/${name}/ci/nodeport-values.yaml`] = 'service:\n  type: NodePort\n';
  }
  if (i % 4 === 3) {
    const sub = `charts/${name}/charts/cache`;
    files[`${sub}/Chart.yaml`] = chartYaml('cache');
    files[`${sub}/values.yaml`] = 'service:\n  port: 6379\nmetricsPort: 9121\n';
    files[`${sub}/templates/service.yaml`] = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ .Release.Name }}-cache',
      'spec:',
      '  ports:',
      '    - {name: redis, port: {{ .Values.service.port }}}',
      '    - {name: metrics, port: {{ .Values.metricsPort }}}',
      '',
    ].join('\n');
  }
  return files;
}

export interface ChartTree {
  dir: string;
  charts: number;
  /** Renders of values.yaml and of each ci/ variant. */
  variants: number;
}

export function ensureChartTree(cache: string, charts: number): ChartTree {
  const dir = join(cache, 'corpus', `helm-c${charts}-v${VERSION}`);
  const tree = { dir, charts, variants: charts + Math.ceil(charts / 2) };
  if (existsSync(join(dir, '.complete'))) return tree;
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < charts; i++) {
    for (const [path, text] of Object.entries(chart(i))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  writeFileSync(join(dir, '.complete'), '');
  return tree;
}

export interface ChartTiming {
  helm: string;
  charts: number;
  variants: number;
  rendered: Spread;
  plain: Spread;
  /** (rendered - plain) / charts, per pair. */
  perChartMs: Spread;
  /** (rendered - plain) / traced claims, per pair. */
  perTracedMs: Spread;
  claims: { rendered: number; values: number; template: number; fileOnly: number };
}

interface ReportLike {
  claims: { deployable?: { kind: string }; via?: { traced: string } }[];
}

/** Paired runs: helm on PATH (charts rendered two at a time), then no helm at all. */
export async function timeCharts(
  node: string,
  cli: string,
  tree: ChartTree,
  reps: number,
  helmMajor: number,
): Promise<ChartTiming> {
  const helmDir = testHelmDir(helmMajor) as string;
  const args = [cli, 'scan', tree.dir, '--format', 'json'];
  const run = async (path: string): Promise<Measured> => {
    const env = { ...process.env, PATH: path } as Record<string, string>;
    const r = await measure(node, args, { stdout: 'capture', env });
    if (r.status !== 0 && r.status !== 1) throw new Error(`the scan failed:\n${r.stderr}`);
    return r;
  };
  const first = JSON.parse((await run(helmDir)).stdout) as ReportLike;
  const helmClaims = first.claims.filter((c) => c.deployable?.kind === 'helm');
  const count = (traced: string): number =>
    helmClaims.filter((c) => c.via?.traced === traced).length;
  const traced = count('values') + count('template');
  await run('');
  const rendered: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < reps; i++) {
    rendered.push((await run(helmDir)).wallMs);
    plain.push((await run('')).wallMs);
  }
  const extra = rendered.map((r, i) => r - (plain[i] as number));
  return {
    helm: helmDir,
    charts: tree.charts,
    variants: tree.variants,
    rendered: spread(rendered),
    plain: spread(plain),
    perChartMs: spread(extra.map((ms) => ms / tree.charts)),
    perTracedMs: spread(extra.map((ms) => ms / Math.max(1, traced))),
    claims: {
      rendered: helmClaims.length,
      values: count('values'),
      template: count('template'),
      fileOnly: count('file-only'),
    },
  };
}

export function describeCharts(t: ChartTiming): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
  const m = (sp: Spread): string =>
    `median ${sp.median.toFixed(1)} ms (min ${sp.min.toFixed(1)}, max ${sp.max.toFixed(1)})`;
  return [
    `\nHelm: ${t.charts} charts, ${t.variants} renders of values files (values.yaml and ci/), ${t.rendered.n} paired runs, ${t.helm}`,
    `  rendered              median ${s(t.rendered.median)} (min ${s(t.rendered.min)}, max ${s(t.rendered.max)}), ${t.claims.rendered} claims: ${t.claims.values} at values lines, ${t.claims.template} at template lines, ${t.claims.fileOnly} file-only`,
    `  plain (no helm)       median ${s(t.plain.median)} (min ${s(t.plain.min)}, max ${s(t.plain.max)})`,
    `  render + trace cost per chart: ${m(t.perChartMs)} wall, two charts at a time`,
    `  per traced value:              ${m(t.perTracedMs)}`,
  ].join('\n');
}
