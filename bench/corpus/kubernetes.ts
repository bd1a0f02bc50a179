// Kubernetes manifests as teams write them: multi-document files, one object per file, per
// environment copies, Lists, and the platform's StatefulSets, DaemonSets and CronJobs.
import type { Random } from './random.js';
import type { Tally } from './tally.js';
import { ENVIRONMENT_KEYS, appPort, environmentValue, indent, item, sentence } from './text.js';

export interface App {
  name: string;
  team: string;
  /** Directory of the app, POSIX, relative to the corpus root. */
  dir: string;
  image: string;
}

interface ContainerPort {
  name: string;
  port: number;
  protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export interface GeneratedFile {
  path: string;
  content: string;
}

const PORT_NAMES = ['grpc', 'metrics', 'admin', 'debug', 'health'] as const;

function containerPorts(r: Random): ContainerPort[] {
  const ports: ContainerPort[] = [{ name: 'http', port: appPort(r) }];
  const extra = r.weighted([
    [0, 45],
    [1, 40],
    [2, 15],
  ]);
  for (const name of r.sample(PORT_NAMES, extra)) {
    const port = name === 'metrics' ? r.pick([9090, 9100, 9102, 8081]) : appPort(r);
    if (ports.some((p) => p.port === port)) continue;
    const p: ContainerPort = { name, port };
    if (r.chance(0.08))
      p.protocol = r.weighted([
        ['UDP', 8],
        ['SCTP', 1],
      ]);
    else if (r.chance(0.3)) p.protocol = 'TCP';
    ports.push(p);
  }
  return ports;
}

function labels(app: App, extra: Record<string, string> = {}): string[] {
  return [
    `app.kubernetes.io/name: ${app.name}`,
    `app.kubernetes.io/part-of: ${app.team}`,
    'app.kubernetes.io/managed-by: kustomize',
    ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`),
  ];
}

function metadata(r: Random, app: App, name: string, extra: Record<string, string> = {}): string[] {
  const lines = [`name: ${name}`];
  if (r.chance(0.7)) lines.push(`namespace: ${app.team}`);
  lines.push('labels:', ...indent(labels(app, extra), 2));
  if (r.chance(0.5)) {
    lines.push(
      'annotations:',
      ...indent(
        [
          `owner: team-${app.team}@example.com`,
          `description: "${sentence(r, r.int(6, 20))}"`,
          `runbook: https://runbooks.example.com/${app.team}/${app.name}`,
          `deployed-by: ci-${r.hex(7)}`,
        ],
        2,
      ),
    );
  }
  return lines;
}

function env(r: Random, app: App): string[] {
  const keys = r.sample(ENVIRONMENT_KEYS, r.int(4, 16));
  const lines: string[] = [];
  for (const key of keys) {
    if (r.chance(0.15)) {
      lines.push(
        ...item([
          `name: ${key}`,
          'valueFrom:',
          '  secretKeyRef:',
          `    name: ${app.name}-secrets`,
          `    key: ${key.toLowerCase().replace(/_/g, '-')}`,
        ]),
      );
    } else {
      lines.push(...item([`name: ${key}`, `value: "${environmentValue(r, key, app.name)}"`]));
    }
  }
  return lines;
}

function container(
  r: Random,
  app: App,
  name: string,
  ports: readonly ContainerPort[],
  tally: Tally,
  options: { hostPorts?: boolean; probes?: boolean } = {},
): string[] {
  const lines = [
    `name: ${name}`,
    `image: ${app.image}:${r.int(1, 4)}.${r.int(0, 30)}.${r.int(0, 9)}`,
  ];
  if (r.chance(0.5)) lines.push(`imagePullPolicy: ${r.pick(['IfNotPresent', 'Always'])}`);
  if (r.chance(0.3))
    lines.push(
      'args:',
      ...indent(
        ['- --config=/etc/app/config.yaml', `- --log-level=${r.pick(['info', 'debug'])}`],
        2,
      ),
    );
  if (ports.length) {
    lines.push('ports:');
    for (const p of ports) {
      const entry = [`name: ${p.name}`, `containerPort: ${p.port}`];
      if (options.hostPorts) {
        entry.push(`hostPort: ${p.port}`);
        tally.add('kubernetes.hostPort');
      }
      if (p.protocol) entry.push(`protocol: ${p.protocol}`);
      // Half the files put `containerPort` first, as many generators do.
      if (r.chance(0.5)) entry.reverse();
      lines.push(...indent(item(entry), 2));
      tally.add('kubernetes.containerPort');
    }
  }
  lines.push('env:', ...indent(env(r, app), 2));
  if (r.chance(0.2)) lines.push('envFrom:', '  - configMapRef:', `      name: ${app.name}-config`);
  lines.push(
    'resources:',
    '  requests:',
    `    cpu: ${r.pick(['50m', '100m', '250m', '500m'])}`,
    `    memory: ${r.pick(['64Mi', '128Mi', '256Mi', '512Mi'])}`,
    '  limits:',
    `    memory: ${r.pick(['256Mi', '512Mi', '1Gi'])}`,
  );
  const http = ports.find((p) => p.name === 'http');
  if (options.probes !== false && http) {
    const port = r.chance(0.6) ? 'http' : String(http.port);
    for (const probe of ['livenessProbe', 'readinessProbe']) {
      lines.push(
        `${probe}:`,
        '  httpGet:',
        `    path: /${probe === 'livenessProbe' ? 'healthz' : 'readyz'}`,
        `    port: ${port}`,
        `  initialDelaySeconds: ${r.int(0, 30)}`,
        `  periodSeconds: ${r.pick([5, 10, 15])}`,
      );
    }
  }
  lines.push(
    'securityContext:',
    '  allowPrivilegeEscalation: false',
    '  readOnlyRootFilesystem: true',
    '  capabilities:',
    '    drop: ["ALL"]',
    'volumeMounts:',
    '  - name: config',
    '    mountPath: /etc/app',
    '    readOnly: true',
  );
  return lines;
}

function podSpec(
  r: Random,
  app: App,
  ports: readonly ContainerPort[],
  tally: Tally,
  options: { hostPorts?: boolean; restartPolicy?: string } = {},
): string[] {
  const lines: string[] = [];
  if (r.chance(0.6)) lines.push(`serviceAccountName: ${app.name}`);
  if (options.restartPolicy) lines.push(`restartPolicy: ${options.restartPolicy}`);
  if (options.hostPorts && r.chance(0.5)) lines.push('hostNetwork: true');
  lines.push(
    'securityContext:',
    '  runAsNonRoot: true',
    `  runAsUser: ${r.pick([1000, 10001, 65532])}`,
    '  fsGroup: 2000',
  );
  if (r.chance(0.15)) {
    lines.push(
      'initContainers:',
      ...indent(
        item([
          'name: migrate',
          `image: ${app.image}-migrations:latest`,
          'command: ["/bin/migrate", "up"]',
        ]),
        2,
      ),
    );
  }
  lines.push('containers:');
  // kubectl writes `- name:` flush with the key; many people indent it. Both are common.
  const dashIndent = r.chance(0.5) ? 0 : 2;
  lines.push(...indent(item(container(r, app, app.name, ports, tally, options)), dashIndent));
  if (r.chance(0.2)) {
    const sidecarPorts: ContainerPort[] = [{ name: 'envoy-admin', port: r.pick([9901, 15000]) }];
    lines.push(
      ...indent(
        item(container(r, app, 'envoy', sidecarPorts, tally, { probes: false })),
        dashIndent,
      ),
    );
  }
  lines.push(
    'volumes:',
    ...indent(item(['name: config', 'configMap:', `  name: ${app.name}-config`]), dashIndent),
  );
  return lines;
}

function podTemplate(
  r: Random,
  app: App,
  ports: readonly ContainerPort[],
  tally: Tally,
  options: { hostPorts?: boolean; restartPolicy?: string } = {},
): string[] {
  const annotations: string[] = [];
  const metrics = ports.find((p) => p.name === 'metrics');
  if (metrics) {
    annotations.push(
      'annotations:',
      '  prometheus.io/scrape: "true"',
      `  prometheus.io/port: "${metrics.port}"`,
    );
  }
  return [
    'metadata:',
    '  labels:',
    ...indent(labels(app), 4),
    ...indent(annotations, 2),
    'spec:',
    ...indent(podSpec(r, app, ports, tally, options), 2),
  ];
}

function selector(app: App): string[] {
  return ['selector:', '  matchLabels:', `    app.kubernetes.io/name: ${app.name}`];
}

function workload(
  r: Random,
  app: App,
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
  ports: readonly ContainerPort[],
  tally: Tally,
  environment?: string,
): string[] {
  tally.add(`kubernetes.kind.${kind}`);
  const spec: string[] = [];
  if (kind !== 'DaemonSet')
    spec.push(`replicas: ${environment === 'prod' ? r.int(3, 12) : r.int(1, 3)}`);
  if (kind === 'StatefulSet')
    spec.push(`serviceName: ${app.name}-headless`, 'podManagementPolicy: Parallel');
  if (kind === 'Deployment' && r.chance(0.5)) {
    spec.push(
      'revisionHistoryLimit: 5',
      'strategy:',
      '  type: RollingUpdate',
      '  rollingUpdate:',
      '    maxSurge: 25%',
      '    maxUnavailable: 0',
    );
  }
  spec.push(...selector(app));
  spec.push(
    'template:',
    ...indent(podTemplate(r, app, ports, tally, { hostPorts: kind === 'DaemonSet' }), 2),
  );
  if (kind === 'StatefulSet') {
    spec.push(
      'volumeClaimTemplates:',
      ...indent(
        item([
          'metadata:',
          '  name: data',
          'spec:',
          '  accessModes: ["ReadWriteOnce"]',
          '  resources:',
          '    requests:',
          `      storage: ${r.pick([1, 10, 50, 100])}Gi`,
        ]),
        2,
      ),
    );
  }
  const extra: Record<string, string> = environment ? { environment } : {};
  return [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    ...indent(metadata(r, app, app.name, extra), 2),
    'spec:',
    ...indent(spec, 2),
  ];
}

interface ServiceOptions {
  name?: string;
  headless?: boolean;
  /** Probability of naming the container port instead of repeating its number. */
  named?: number;
}

function serviceBody(
  r: Random,
  app: App,
  ports: readonly ContainerPort[],
  tally: Tally,
  options: ServiceOptions = {},
): string[] {
  const type = options.headless
    ? 'ClusterIP'
    : r.weighted([
        ['ClusterIP', 80],
        ['NodePort', 12],
        ['LoadBalancer', 8],
      ]);
  const spec = [`type: ${type}`];
  if (options.headless) spec.push('clusterIP: None');
  spec.push('selector:', `  app.kubernetes.io/name: ${app.name}`, 'ports:');
  const dashIndent = r.chance(0.5) ? 0 : 2;
  for (const p of ports) {
    const entry = [`name: ${p.name}`, `port: ${p.name === 'http' ? r.pick([80, p.port]) : p.port}`];
    tally.add('kubernetes.service.port');
    // A name that no container declares: the tool must say it cannot resolve it.
    if (r.chance(0.015)) {
      entry.push(`targetPort: ${p.name}-legacy`);
      tally.add('kubernetes.targetPort.unmatched');
    } else if (r.chance(options.named ?? 0.5)) {
      entry.push(`targetPort: ${p.name}`);
      tally.add('kubernetes.targetPort.named');
    } else {
      entry.push(`targetPort: ${p.port}`);
      tally.add('kubernetes.targetPort.numeric');
    }
    if (p.protocol) entry.push(`protocol: ${p.protocol}`);
    if (type === 'NodePort' && r.chance(0.7)) {
      entry.push(`nodePort: ${r.int(30000, 32767)}`);
      tally.add('kubernetes.nodePort');
    }
    spec.push(...indent(item(entry), dashIndent));
  }
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    ...indent(metadata(r, app, options.name ?? app.name), 2),
    'spec:',
    ...indent(spec, 2),
  ];
}

function service(
  r: Random,
  app: App,
  ports: readonly ContainerPort[],
  tally: Tally,
  options: ServiceOptions = {},
): string[] {
  tally.add('kubernetes.kind.Service');
  return serviceBody(r, app, ports, tally, options);
}

function configMap(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.ConfigMap');
  const conf: string[] = [];
  const blocks = r.int(3, 14);
  for (let i = 0; i < blocks; i++) {
    conf.push(
      `# ${sentence(r, r.int(5, 12))}`,
      `section_${i}:`,
      `  enabled: ${r.chance(0.5)}`,
      `  timeout: ${r.int(1, 60)}s`,
      `  upstream: http://${app.name}-${i}.${app.team}.svc.cluster.local:${appPort(r)}`,
    );
  }
  return [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    ...indent(metadata(r, app, `${app.name}-config`), 2),
    'data:',
    '  config.yaml: |',
    ...indent(conf, 4),
    `  LOG_LEVEL: ${r.pick(['info', 'debug'])}`,
  ];
}

function ingress(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.Ingress');
  return [
    'apiVersion: networking.k8s.io/v1',
    'kind: Ingress',
    'metadata:',
    ...indent(metadata(r, app, app.name), 2),
    'spec:',
    '  ingressClassName: nginx',
    '  tls:',
    `    - hosts: [${app.name}.example.com]`,
    `      secretName: ${app.name}-tls`,
    '  rules:',
    `    - host: ${app.name}.example.com`,
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    `                name: ${app.name}`,
    '                port:',
    `                  name: http`,
  ];
}

function autoscaler(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.HorizontalPodAutoscaler');
  return [
    'apiVersion: autoscaling/v2',
    'kind: HorizontalPodAutoscaler',
    'metadata:',
    ...indent(metadata(r, app, app.name), 2),
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    `    name: ${app.name}`,
    `  minReplicas: ${r.int(1, 3)}`,
    `  maxReplicas: ${r.int(4, 30)}`,
    '  metrics:',
    '    - type: Resource',
    '      resource:',
    '        name: cpu',
    '        target:',
    '          type: Utilization',
    `          averageUtilization: ${r.pick([60, 70, 80])}`,
  ];
}

function cronJob(r: Random, app: App, tally: Tally, task: string): string[] {
  tally.add('kubernetes.kind.CronJob');
  const ports: ContainerPort[] = r.chance(0.2)
    ? [{ name: 'metrics', port: r.pick([9090, 9102]) }]
    : [];
  const jobApp = { ...app, name: `${app.name}-${task}` };
  return [
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    ...indent(metadata(r, app, jobApp.name), 2),
    'spec:',
    `  schedule: "${r.int(0, 59)} ${r.pick(['*', '*/2', '3', '*/6'])} * * *"`,
    '  concurrencyPolicy: Forbid',
    '  successfulJobsHistoryLimit: 3',
    '  jobTemplate:',
    '    spec:',
    `      backoffLimit: ${r.int(0, 6)}`,
    '      template:',
    ...indent(podTemplate(r, jobApp, ports, tally, { restartPolicy: 'OnFailure' }), 8),
  ];
}

function job(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.Job');
  const jobApp = { ...app, name: `${app.name}-migrate` };
  return [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    ...indent(metadata(r, app, jobApp.name), 2),
    'spec:',
    '  template:',
    ...indent(podTemplate(r, jobApp, [], tally, { restartPolicy: 'Never' }), 4),
  ];
}

function serviceList(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.List');
  const lines = ['apiVersion: v1', 'kind: List', 'items:'];
  const count = r.int(2, 5);
  for (let i = 0; i < count; i++) {
    const member = {
      ...app,
      name: `${app.name}-${['primary', 'replica', 'admin', 'internal', 'public'][i]}`,
    };
    tally.add('kubernetes.listItem');
    lines.push(...indent(item(serviceBody(r, member, containerPorts(r), tally, { named: 0 })), 2));
  }
  return lines;
}

function gateway(r: Random, app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.Gateway');
  const listeners: string[] = [];
  for (const [name, port, protocol] of r.sample(
    [
      ['http', 80, 'HTTP'],
      ['https', 443, 'HTTPS'],
      ['grpc', 8443, 'HTTPS'],
      ['dns', 53, 'UDP'],
      ['raw', appPort(r), 'TCP'],
    ] as const,
    r.int(1, 3),
  )) {
    listeners.push(...item([`name: ${name}`, `port: ${port}`, `protocol: ${protocol}`]));
    tally.add('kubernetes.listener');
  }
  return [
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: Gateway',
    'metadata:',
    ...indent(metadata(r, app, `${app.name}-gateway`), 2),
    'spec:',
    '  gatewayClassName: istio',
    '  listeners:',
    ...indent(listeners, 4),
  ];
}

function rbac(r: Random, app: App, tally: Tally): string[][] {
  tally.add('kubernetes.kind.ServiceAccount');
  tally.add('kubernetes.kind.Role');
  return [
    [
      'apiVersion: v1',
      'kind: ServiceAccount',
      'metadata:',
      ...indent(metadata(r, app, app.name), 2),
    ],
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: Role',
      'metadata:',
      ...indent(metadata(r, app, app.name), 2),
      'rules:',
      '  - apiGroups: [""]',
      '    resources: ["configmaps", "secrets"]',
      '    verbs: ["get", "list", "watch"]',
    ],
  ];
}

function kustomization(files: readonly string[], app: App, tally: Tally): string[] {
  tally.add('kubernetes.kind.Kustomization');
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${app.team}`,
    'resources:',
    ...files.map((f) => `  - ${f}`),
    'commonLabels:',
    `  app.kubernetes.io/part-of: ${app.team}`,
  ];
}

const LICENSE_HEADER = [
  '# Copyright 2024 Example Corp.',
  '#',
  '# Licensed under the Apache License, Version 2.0 (the "License");',
  '# you may not use this file except in compliance with the License.',
  '',
];

function documents(r: Random, docs: readonly (readonly string[])[]): string {
  const head = r.chance(0.3) ? LICENSE_HEADER.join('\n') + '\n' : '';
  const lead = r.chance(0.2) ? '---\n' : '';
  return head + lead + docs.map((d) => d.join('\n') + '\n').join('---\n');
}

/** Breaks a file the way hand edits do, so that the corpus holds some parse errors. */
export function breakYaml(r: Random, text: string): string {
  const lines = text.split('\n');
  // Right after the first top-level key, where no block scalar can swallow the damage.
  const at = lines.findIndex((line) => /^[a-z][\w-]*:/i.test(line)) + 1;
  const damage = r.pick([
    '\tbroken: tab-indented',
    '  description: "unterminated',
    ' misaligned: key',
  ]);
  lines.splice(at, 0, damage);
  return lines.join('\n');
}

const PLATFORM_COMPONENTS = [
  'statefulset',
  'cronjobs',
  'list',
  'daemonset',
  'statefulset',
  'cronjobs',
  'gateway',
] as const;

export type KubernetesLayout = 'bundle' | 'split' | 'environments' | 'platform';

/** The Kubernetes manifests of one app; `limit` caps how many files it may add. */
export function kubernetesFiles(r: Random, app: App, tally: Tally, limit: number): GeneratedFile[] {
  const layout = r.weighted<KubernetesLayout>([
    ['bundle', 40],
    ['split', 30],
    ['environments', 18],
    ['platform', 12],
  ]);
  // Platform components take turns, so that even a small corpus holds each kind.
  const platformTurn = tally.get('kubernetes.layout.platform');
  tally.add(`kubernetes.layout.${layout}`);
  const ports = containerPorts(r);
  const files: GeneratedFile[] = [];
  const add = (path: string, docs: readonly (readonly string[])[]): void => {
    if (files.length < limit) files.push({ path, content: documents(r, docs) });
  };
  const k8s = `${app.dir}/${r.pick(['k8s', 'deploy', 'manifests', 'kubernetes'])}`;

  if (layout === 'bundle') {
    const docs: string[][] = [];
    if (r.chance(0.5)) docs.push(configMap(r, app, tally));
    if (r.chance(0.3)) docs.push(...rbac(r, app, tally));
    docs.push(workload(r, app, 'Deployment', ports, tally));
    docs.push(service(r, app, ports, tally));
    if (r.chance(0.3)) docs.push(ingress(r, app, tally));
    if (r.chance(0.25)) docs.push(autoscaler(r, app, tally));
    if (r.chance(0.1)) docs.push(job(r, app, tally));
    add(`${k8s}/${app.name}.yaml`, docs);
  } else if (layout === 'split') {
    const names: string[] = [];
    const ext = r.pick(['yaml', 'yml']);
    const put = (name: string, docs: string[][]): void => {
      names.push(`${name}.${ext}`);
      add(`${k8s}/${name}.${ext}`, docs);
    };
    put('deployment', [workload(r, app, 'Deployment', ports, tally)]);
    // Named target ports resolved across files: the Service names the Deployment's ports.
    put('service', [service(r, app, ports, tally, { named: 0.8 })]);
    if (r.chance(0.5)) put('configmap', [configMap(r, app, tally)]);
    if (r.chance(0.3)) put('hpa', [autoscaler(r, app, tally)]);
    if (r.chance(0.6)) add(`${k8s}/kustomization.yaml`, [kustomization(names, app, tally)]);
  } else if (layout === 'environments') {
    for (const environment of r.sample(['dev', 'staging', 'prod', 'qa'], r.int(2, 3))) {
      add(`deploy/${environment}/${app.team}/${app.name}.yaml`, [
        workload(r, app, 'Deployment', ports, tally, environment),
        service(r, app, ports, tally),
      ]);
    }
  } else {
    const what = PLATFORM_COMPONENTS[platformTurn % PLATFORM_COMPONENTS.length];
    const dir = `platform/${app.team}/${app.name}`;
    if (what === 'statefulset') {
      add(`${dir}/statefulset.yaml`, [
        service(r, app, ports, tally, { name: `${app.name}-headless`, headless: true }),
        workload(r, app, 'StatefulSet', ports, tally),
      ]);
    } else if (what === 'daemonset') {
      add(`${dir}/daemonset.yaml`, [workload(r, app, 'DaemonSet', ports, tally)]);
    } else if (what === 'cronjobs') {
      const tasks = r.sample(['cleanup', 'backup', 'report', 'reindex', 'rotate'], r.int(1, 3));
      add(
        `${dir}/cronjobs.yaml`,
        tasks.map((task) => cronJob(r, app, tally, task)),
      );
    } else if (what === 'list') {
      add(`${dir}/services.yaml`, [serviceList(r, app, tally)]);
    } else {
      add(`${dir}/gateway.yaml`, [gateway(r, app, tally), service(r, app, ports, tally)]);
    }
  }
  return files;
}
