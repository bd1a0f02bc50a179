// The Kustomize part of `npm run bench`: a tree of apps, each a base with three overlays that
// patch its ports in every way kustomize allows (a strategic merge patch that adds a port, a JSON
// 6902 patch file, an inline patch, a replacement from a generated ConfigMap, a component), so
// that every overlay must be rendered. Paired runs of the scan with and without a kustomize on
// PATH give the cost of rendering and tracing one build.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Measured } from './measure.js';
import { measure } from './measure.js';
import type { Spread } from './stats.js';
import { spread } from './stats.js';

/** Bump when the tree changes: a cached tree of another version is written anew. */
const VERSION = 1;

const OVERLAYS = ['dev', 'staging', 'prod'] as const;

function files(app: number): Record<string, string> {
  const name = `app${app}`;
  const port = 8000 + (app % 900);
  const base = `apps/${name}/base`;
  const deployment = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  selector:',
    `    matchLabels: {app: ${name}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    `          image: registry.example.com/${name}:1.0.${app}`,
    '          ports:',
    '            - name: http',
    `              containerPort: ${port}`,
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    `  selector: {app: ${name}}`,
    '  ports:',
    '    - name: http',
    '      port: 80',
    '      targetPort: http',
  ];
  const patch = (kind: string, body: string[]): string =>
    ['apiVersion: apps/v1', `kind: ${kind}`, 'metadata:', `  name: ${name}`, ...body, ''].join(
      '\n',
    );
  return {
    [`${base}/kustomization.yaml`]: `resources:\n  - app.yaml\nlabels:\n  - pairs: {team: t${app % 7}}\n`,
    [`${base}/app.yaml`]: deployment.join('\n') + '\n',
    [`apps/${name}/components/metrics/kustomization.yaml`]:
      'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: exporter.yaml\n',
    [`apps/${name}/components/metrics/exporter.yaml`]: patch('Deployment', [
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: exporter',
      '          image: quay.io/prometheus/exporter:1.0',
      '          ports:',
      '            - containerPort: 9113',
    ]),
    [`apps/${name}/overlays/dev/kustomization.yaml`]: [
      `namespace: ${name}-dev`,
      'resources:',
      '  - ../../base',
      'components:',
      '  - ../../components/metrics',
      'patches:',
      '  - path: debug.yaml',
      '',
    ].join('\n'),
    [`apps/${name}/overlays/dev/debug.yaml`]: patch('Deployment', [
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      '          ports:',
      '            - name: debug',
      `              containerPort: ${5000 + (app % 100)}`,
    ]),
    [`apps/${name}/overlays/staging/kustomization.yaml`]: [
      `namespace: ${name}-staging`,
      'resources:',
      '  - ../../base',
      'patches:',
      '  - path: port.yaml',
      `    target: {kind: Deployment, name: ${name}}`,
      'configMapGenerator:',
      '  - name: settings',
      `    literals: [ADMIN_PORT=${9000 + (app % 900)}]`,
      'replacements:',
      '  - source: {kind: ConfigMap, name: settings, fieldPath: data.ADMIN_PORT}',
      '    targets:',
      `      - select: {kind: Service, name: ${name}}`,
      '        fieldPaths: [spec.ports.0.port]',
      '',
    ].join('\n'),
    [`apps/${name}/overlays/staging/port.yaml`]: [
      '- op: replace',
      '  path: /spec/template/spec/containers/0/ports/0/containerPort',
      `  value: ${port + 1}`,
      '',
    ].join('\n'),
    [`apps/${name}/overlays/prod/kustomization.yaml`]: [
      `namespace: ${name}`,
      'namePrefix: prod-',
      'resources:',
      '  - ../../base',
      'components:',
      '  - ../../components/metrics',
      'patches:',
      '  - patch: |-',
      '      apiVersion: v1',
      '      kind: Service',
      '      metadata:',
      `        name: ${name}`,
      '      spec:',
      '        type: NodePort',
      '        ports:',
      '          - port: 80',
      `            nodePort: ${30000 + (app % 2000)}`,
      '',
    ].join('\n'),
  };
}

export interface KustomizeTree {
  dir: string;
  apps: number;
  builds: number;
}

export function ensureKustomizeTree(cache: string, apps: number): KustomizeTree {
  const dir = join(cache, 'corpus', `kustomize-a${apps}-v${VERSION}`);
  const tree = { dir, apps, builds: apps * OVERLAYS.length };
  if (existsSync(join(dir, '.complete'))) return tree;
  rmSync(dir, { recursive: true, force: true });
  for (let app = 0; app < apps; app++) {
    for (const [path, text] of Object.entries(files(app))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  }
  writeFileSync(join(dir, '.complete'), '');
  return tree;
}

export interface KustomizeTiming {
  apps: number;
  builds: number;
  rendered: Spread;
  plain: Spread;
  /** Per build: (rendered - plain) / builds, per pair. */
  perBuildMs: Spread;
  claims: { rendered: number; plain: number };
}

/**
 * Paired runs of the scan of the tree: with the machine's PATH (overlays rendered, two at a
 * time) and with an empty one (no kustomize: overlays read as plain files).
 */
export async function timeKustomize(
  node: string,
  cli: string,
  tree: KustomizeTree,
  reps: number,
): Promise<KustomizeTiming> {
  const args = [cli, 'scan', tree.dir, '--format', 'json'];
  const run = async (env?: Record<string, string>): Promise<Measured> => {
    const r = await measure(node, args, { stdout: 'capture', ...(env ? { env } : {}) });
    if (r.status !== 0 && r.status !== 1) throw new Error(`the scan failed:\n${r.stderr}`);
    return r;
  };
  const noKustomize = { ...process.env, PATH: '' } as Record<string, string>;
  const claims = (r: Measured): number =>
    (JSON.parse(r.stdout) as { claims: unknown[] }).claims.length;
  const first = [await run(), await run(noKustomize)];
  const rendered: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < reps; i++) {
    rendered.push((await run()).wallMs);
    plain.push((await run(noKustomize)).wallMs);
  }
  return {
    apps: tree.apps,
    builds: tree.builds,
    rendered: spread(rendered),
    plain: spread(plain),
    perBuildMs: spread(rendered.map((r, i) => (r - (plain[i] as number)) / tree.builds)),
    claims: { rendered: claims(first[0] as Measured), plain: claims(first[1] as Measured) },
  };
}

export function describeKustomize(t: KustomizeTiming): string {
  const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
  return [
    `\nKustomize: ${t.apps} apps, ${t.builds} overlays to render (a base, three overlays and a component each), ${t.rendered.n} paired runs`,
    `  rendered            median ${s(t.rendered.median)} (min ${s(t.rendered.min)}, max ${s(t.rendered.max)}), ${t.claims.rendered} claims`,
    `  plain (no kustomize) median ${s(t.plain.median)} (min ${s(t.plain.min)}, max ${s(t.plain.max)}), ${t.claims.plain} claims`,
    `  render + trace cost per build: median ${t.perBuildMs.median.toFixed(1)} ms (min ${t.perBuildMs.min.toFixed(1)}, max ${t.perBuildMs.max.toFixed(1)}) wall, two builds at a time`,
  ].join('\n');
}
