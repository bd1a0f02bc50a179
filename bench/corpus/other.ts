// Everything in a monorepo that is not a compose file or a Kubernetes manifest: Dockerfiles,
// YAML that claims no port (workflows, Helm charts, configs, OpenAPI, locales, lockfiles),
// sources and docs, and the `node_modules` and `.git` trees a scanner must not enter.
import type { App, GeneratedFile } from './kubernetes.js';
import type { Random } from './random.js';
import type { Tally } from './tally.js';
import { appPort, sentence } from './text.js';

export function dockerfile(r: Random, app: App, tally: Tally): GeneratedFile {
  tally.add('dockerfile');
  const name = r.weighted([
    ['Dockerfile', 80],
    ['Dockerfile.dev', 10],
    [`${app.name}.Dockerfile`, 10],
  ]);
  const port = appPort(r);
  const lines = ['# syntax=docker/dockerfile:1'];
  const multiStage = r.chance(0.5);
  if (multiStage) {
    lines.push(
      'FROM golang:1.22-alpine AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      `RUN CGO_ENABLED=0 go build -o /out/${app.name} ./cmd/${app.name}`,
      '',
      'FROM gcr.io/distroless/static:nonroot',
      `COPY --from=build /out/${app.name} /${app.name}`,
    );
  } else {
    lines.push(
      'FROM node:20-alpine',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci --omit=dev',
      'COPY . .',
    );
  }
  const expose = r.weighted([
    ['plain', 60],
    ['arg', 15],
    ['many', 15],
    ['udp', 5],
    ['none', 5],
  ]);
  tally.add(`dockerfile.expose.${expose}`);
  if (expose === 'arg') lines.push(`ARG PORT=${port}`, 'ENV PORT=${PORT}', 'EXPOSE ${PORT}');
  else if (expose === 'many') lines.push(`EXPOSE ${port}/tcp ${r.pick([9090, 9229, 5005])}`);
  else if (expose === 'udp') lines.push(`EXPOSE ${port}/udp`);
  else if (expose === 'plain') lines.push(`EXPOSE ${port}`);
  lines.push(
    'USER nonroot',
    multiStage ? `ENTRYPOINT ["/${app.name}"]` : 'CMD ["node", "dist/index.js"]',
  );
  return { path: `${app.dir}/${name}`, content: lines.join('\n') + '\n' };
}

/** Sources, docs and package files of an app: files a scanner walks past. */
export function appSources(r: Random, app: App, tally: Tally): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  const readme = [
    `# ${app.name}`,
    '',
    sentence(r, r.int(20, 60)),
    '',
    '## Running locally',
    '',
    '```sh',
    'docker compose up --build',
    '```',
    '',
  ];
  for (let i = 0; i < r.int(1, 6); i++) readme.push(sentence(r, r.int(15, 40)), '');
  files.push({ path: `${app.dir}/README.md`, content: readme.join('\n') });
  if (r.chance(0.5)) {
    files.push({
      path: `${app.dir}/package.json`,
      content: JSON.stringify(
        {
          name: `@example/${app.name}`,
          version: `${r.int(0, 3)}.${r.int(0, 20)}.${r.int(0, 9)}`,
          private: true,
          scripts: { build: 'tsc -p .', start: 'node dist/index.js', test: 'vitest run' },
          dependencies: { express: '^4.19.2', pino: '^9.1.0', zod: '^3.23.8' },
        },
        null,
        2,
      ),
    });
    const body: string[] = ["import express from 'express';", '', 'const app = express();'];
    for (let i = 0; i < r.int(3, 30); i++) {
      body.push(
        `app.get('/v1/${app.name}/${i}', (req, res) => {`,
        `  // ${sentence(r, r.int(5, 15))}`,
        `  res.json({ id: ${i}, ok: true });`,
        '});',
        '',
      );
    }
    body.push(`app.listen(Number(process.env.PORT ?? ${appPort(r)}));`, '');
    files.push({ path: `${app.dir}/src/index.ts`, content: body.join('\n') });
  } else {
    files.push({
      path: `${app.dir}/go.mod`,
      content: `module example.com/${app.team}/${app.name}\n\ngo 1.22\n`,
    });
    const body = ['package main', '', 'import (', '\t"log"', '\t"net/http"', ')', ''];
    for (let i = 0; i < r.int(3, 30); i++) {
      body.push(
        `// handler${i}: ${sentence(r, r.int(5, 15))}`,
        `func handler${i}(w http.ResponseWriter, r *http.Request) {`,
        `\tw.Write([]byte("ok ${i}"))`,
        '}',
        '',
      );
    }
    body.push('func main() {', `\tlog.Fatal(http.ListenAndServe(":${appPort(r)}", nil))`, '}', '');
    files.push({ path: `${app.dir}/cmd/${app.name}/main.go`, content: body.join('\n') });
  }
  tally.add('other', files.length);
  return files;
}

function workflow(r: Random, name: string): string {
  const lines = [
    `name: ${name}`,
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    `    paths: ["services/${name}/**"]`,
    'permissions:',
    '  contents: read',
    'concurrency:',
    '  group: ${{ github.workflow }}-${{ github.ref }}',
    '  cancel-in-progress: true',
    'jobs:',
  ];
  for (const job of r.sample(['lint', 'test', 'build', 'integration', 'deploy'], r.int(1, 4))) {
    lines.push(`  ${job}:`, '    runs-on: ubuntu-latest', '    timeout-minutes: 20');
    if (job === 'integration' || (job === 'test' && r.chance(0.3))) {
      // Job services publish ports too, in a file that is not a compose file.
      lines.push(
        '    services:',
        '      postgres:',
        '        image: postgres:16',
        '        env:',
        '          POSTGRES_PASSWORD: postgres',
        '        ports:',
        '          - 5432:5432',
        '        options: >-',
        '          --health-cmd pg_isready --health-interval 10s',
      );
    }
    if (r.chance(0.4)) {
      lines.push(
        '    strategy:',
        '      matrix:',
        `        node: [18, 20, 22]`,
        '        os: [ubuntu-latest, macos-latest]',
      );
    }
    lines.push(
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@v4',
      '        with:',
      "          node-version: ${{ matrix.node || '20' }}",
      '          cache: npm',
      '      - run: npm ci',
      `      - name: ${job}`,
      '        run: |',
      `          npm run ${job} -- --reporter=github`,
      `          echo "${sentence(r, r.int(4, 10))}"`,
    );
    if (job === 'deploy') {
      lines.push(
        '      - uses: azure/setup-kubectl@v4',
        `      - run: kubectl apply -k services/${name}/k8s`,
        '        env:',
        '          KUBECONFIG: ${{ secrets.KUBECONFIG }}',
      );
    }
  }
  return lines.join('\n') + '\n';
}

function helmChart(r: Random, name: string, tally: Tally, limit: number): GeneratedFile[] {
  const dir = `charts/${name}`;
  const port = appPort(r);
  const yaml: GeneratedFile[] = [
    {
      path: `${dir}/Chart.yaml`,
      content: [
        'apiVersion: v2',
        `name: ${name}`,
        `description: ${sentence(r, r.int(5, 12))}`,
        'type: application',
        `version: 0.${r.int(1, 30)}.${r.int(0, 9)}`,
        `appVersion: "${r.int(1, 4)}.${r.int(0, 20)}.${r.int(0, 9)}"`,
        'dependencies:',
        '  - name: postgresql',
        '    version: 15.x.x',
        '    repository: oci://registry-1.docker.io/bitnamicharts',
        '    condition: postgresql.enabled',
        '',
      ].join('\n'),
    },
    {
      path: `${dir}/values.yaml`,
      content: [
        '# Default values for the chart.',
        `replicaCount: ${r.int(1, 3)}`,
        'image:',
        `  repository: registry.example.com/${name}`,
        '  pullPolicy: IfNotPresent',
        '  tag: ""',
        'service:',
        '  type: ClusterIP',
        `  port: ${port}`,
        'ingress:',
        '  enabled: false',
        '  className: nginx',
        '  hosts:',
        `    - host: ${name}.example.com`,
        '      paths:',
        '        - path: /',
        '          pathType: ImplementationSpecific',
        'resources:',
        '  limits:',
        '    memory: 256Mi',
        'autoscaling:',
        '  enabled: false',
        '  minReplicas: 1',
        '  maxReplicas: 10',
        'postgresql:',
        '  enabled: true',
        '',
      ].join('\n'),
    },
    {
      path: `${dir}/templates/deployment.yaml`,
      content: [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: {{ include "chart.fullname" . }}',
        '  labels:',
        '    {{- include "chart.labels" . | nindent 4 }}',
        'spec:',
        '  {{- if not .Values.autoscaling.enabled }}',
        '  replicas: {{ .Values.replicaCount }}',
        '  {{- end }}',
        '  selector:',
        '    matchLabels:',
        '      {{- include "chart.selectorLabels" . | nindent 6 }}',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: {{ .Chart.Name }}',
        '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
        '          ports:',
        '            - name: http',
        '              containerPort: {{ .Values.service.port }}',
        '              protocol: TCP',
        '          resources:',
        '            {{- toYaml .Values.resources | nindent 12 }}',
        '',
      ].join('\n'),
    },
    {
      path: `${dir}/templates/service.yaml`,
      content: [
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: {{ include "chart.fullname" . }}',
        'spec:',
        '  type: {{ .Values.service.type }}',
        '  ports:',
        '    - port: {{ .Values.service.port }}',
        '      targetPort: http',
        '      protocol: TCP',
        '      name: http',
        '  selector:',
        '    app.kubernetes.io/name: {{ .Chart.Name }}',
        '',
      ].join('\n'),
    },
  ];
  if (r.chance(0.5)) {
    yaml.push({
      path: `${dir}/templates/ingress.yaml`,
      content: [
        '{{- if .Values.ingress.enabled -}}',
        'apiVersion: networking.k8s.io/v1',
        'kind: Ingress',
        'metadata:',
        '  name: {{ include "chart.fullname" . }}',
        'spec:',
        '  ingressClassName: {{ .Values.ingress.className }}',
        '  rules:',
        '    {{- range .Values.ingress.hosts }}',
        '    - host: {{ .host | quote }}',
        '    {{- end }}',
        '{{- end }}',
        '',
      ].join('\n'),
    });
  }
  const files = yaml.slice(0, limit);
  for (const f of files) {
    tally.add(
      f.path.includes('/templates/') ? 'nonManifest.helmTemplate' : 'nonManifest.helmChart',
    );
  }
  files.push(
    {
      path: `${dir}/templates/_helpers.tpl`,
      content:
        '{{- define "chart.fullname" -}}\n{{- .Release.Name | trunc 63 | trimSuffix "-" }}\n{{- end }}\n',
    },
    {
      path: `${dir}/templates/NOTES.txt`,
      content: `Get the URL: kubectl port-forward svc/${name} ${port}\n`,
    },
  );
  tally.add('other', 2);
  return files;
}

function applicationConfig(r: Random, app: App): string {
  const lines = [
    'server:',
    // `port:` in a file that is not a manifest.
    `  port: ${appPort(r)}`,
    '  shutdown: graceful',
    'spring:',
    `  application.name: ${app.name}`,
    '  datasource:',
    `    url: jdbc:postgresql://postgres:5432/${app.name.replace(/-/g, '_')}`,
    '    hikari:',
    `      maximum-pool-size: ${r.int(5, 50)}`,
    'management:',
    '  endpoints.web.exposure.include: health,info,prometheus',
    'logging:',
    '  level:',
  ];
  for (let i = 0; i < r.int(3, 25); i++) {
    lines.push(
      `    com.example.${app.team}.${app.name.replace(/-/g, '')}.module${i}: ${r.pick(['INFO', 'DEBUG', 'WARN'])}`,
    );
  }
  lines.push('features:');
  for (let i = 0; i < r.int(2, 15); i++) {
    lines.push(
      `  flag-${i}:`,
      `    enabled: ${r.chance(0.5)}`,
      `    description: "${sentence(r, r.int(4, 12))}"`,
    );
  }
  return lines.join('\n') + '\n';
}

const TOOL_CONFIGS: readonly (readonly [string, (r: Random, app: App) => string])[] = [
  [
    '.golangci.yml',
    (r) =>
      [
        'run:',
        `  timeout: ${r.int(2, 10)}m`,
        'linters:',
        '  enable:',
        ...r
          .sample(
            ['gofmt', 'govet', 'errcheck', 'staticcheck', 'gosec', 'revive', 'unused', 'misspell'],
            r.int(3, 8),
          )
          .map((l) => `    - ${l}`),
        'issues:',
        '  exclude-dirs: [vendor]',
        '',
      ].join('\n'),
  ],
  [
    '.pre-commit-config.yaml',
    () =>
      [
        'repos:',
        '  - repo: https://github.com/pre-commit/pre-commit-hooks',
        '    rev: v4.6.0',
        '    hooks:',
        '      - id: trailing-whitespace',
        '      - id: end-of-file-fixer',
        '      - id: check-yaml',
        '        args: [--allow-multiple-documents]',
        '  - repo: https://github.com/adrienverge/yamllint',
        '    rev: v1.35.1',
        '    hooks:',
        '      - id: yamllint',
        '',
      ].join('\n'),
  ],
  [
    'codecov.yml',
    (r) =>
      [
        'coverage:',
        '  status:',
        '    project:',
        '      default:',
        `        target: ${r.int(60, 95)}%`,
        '        threshold: 1%',
        'comment:',
        '  layout: "reach, diff, flags, files"',
        '',
      ].join('\n'),
  ],
  [
    'mkdocs.yml',
    (r, app) =>
      [
        `site_name: ${app.name}`,
        'theme:',
        '  name: material',
        'nav:',
        ...Array.from({ length: r.int(2, 12) }, (_, i) => `  - Page ${i}: page-${i}.md`),
        'markdown_extensions:',
        '  - admonition',
        '  - toc:',
        '      permalink: true',
        '',
      ].join('\n'),
  ],
  [
    '.gitlab-ci.yml',
    (_r, app) =>
      [
        'stages: [test, build]',
        'test:',
        '  stage: test',
        '  image: node:20',
        '  services:',
        '    - name: redis:7',
        '      alias: redis',
        '  script:',
        '    - npm ci',
        '    - npm test',
        'build:',
        '  stage: build',
        '  image: docker:26',
        '  script:',
        `    - docker build -t registry.example.com/${app.name} .`,
        '',
      ].join('\n'),
  ],
  [
    'buildkite/pipeline.yml',
    (_r, app) =>
      [
        'steps:',
        '  - label: ":docker: build"',
        `    command: docker build -t ${app.name} .`,
        '    agents:',
        '      queue: docker',
        '  - wait',
        '  - label: ":rocket: deploy"',
        '    branches: main',
        '    command: make deploy',
        '',
      ].join('\n'),
  ],
];

function openApi(r: Random, app: App, tally: Tally): string {
  const lines = [
    'openapi: 3.0.3',
    'info:',
    `  title: ${app.name} API`,
    `  version: ${r.int(1, 3)}.${r.int(0, 9)}.0`,
    `  description: ${sentence(r, r.int(10, 30))}`,
    'servers:',
    `  - url: https://${app.name}.example.com/v1`,
    'paths:',
  ];
  const resources = r.int(5, 40);
  for (let i = 0; i < resources; i++) {
    const resource = `${r.pick(['item', 'order', 'user', 'invoice', 'event', 'report'])}${i}`;
    lines.push(
      `  /${resource}s/{id}:`,
      '    get:',
      `      operationId: get${resource}`,
      `      summary: ${sentence(r, r.int(4, 10))}`,
      '      parameters:',
      '        - name: id',
      '          in: path',
      '          required: true',
      '          schema: { type: string, format: uuid }',
      '      responses:',
      "        '200':",
      '          description: OK',
      '          content:',
      '            application/json:',
      '              schema:',
      `                $ref: '#/components/schemas/${resource}'`,
      "        '404':",
      "          $ref: '#/components/responses/NotFound'",
    );
  }
  lines.push('components:', '  schemas:');
  // Some APIs describe Kubernetes-like objects: the words apiVersion and kind in a file that is
  // no manifest, which a text pre-check must not take for one.
  const kubernetesLike = r.chance(0.4);
  if (kubernetesLike) tally.add('nonManifest.openapi.mentionsApiVersionAndKind');
  for (let i = 0; i < resources; i++) {
    lines.push(`    schema${i}:`, '      type: object', '      properties:');
    if (kubernetesLike)
      lines.push('        apiVersion: { type: string }', '        kind: { type: string }');
    for (const field of r.sample(
      ['id', 'name', 'createdAt', 'status', 'amount', 'currency', 'owner', 'tags'],
      r.int(3, 8),
    )) {
      lines.push(
        `        ${field}:`,
        `          type: ${r.pick(['string', 'integer', 'boolean'])}`,
        `          description: ${sentence(r, r.int(3, 9))}`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

function locale(r: Random): string {
  const lines: string[] = [];
  for (let i = 0; i < r.int(20, 120); i++) lines.push(`key_${i}: "${sentence(r, r.int(2, 10))}"`);
  return lines.join('\n') + '\n';
}

function lockfile(r: Random): string {
  const lines = [
    "lockfileVersion: '9.0'",
    '',
    'settings:',
    '  autoInstallPeers: true',
    '',
    'packages:',
    '',
  ];
  const packages = r.int(500, 900);
  for (let i = 0; i < packages; i++) {
    const name = `${r.pick(['@babel', '@types', '@esbuild', '@smithy', '@aws-sdk'])}/${r.pick(['core', 'node', 'utils', 'types', 'parser', 'runtime'])}-${i}`;
    lines.push(
      `  '${name}@${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 9)}':`,
      `    resolution: {integrity: sha512-${r.hex(86)}==}`,
      `    engines: {node: '>=${r.pick([14, 16, 18])}'}`,
      '',
    );
  }
  return lines.join('\n');
}

export type NonManifestKind =
  'helm' | 'workflow' | 'appConfig' | 'toolConfig' | 'openapi' | 'locale';

/** YAML files that claim no port, up to `limit`; apps give them a home. */
export function nonManifestYaml(
  r: Random,
  apps: readonly App[],
  used: (path: string) => boolean,
  tally: Tally,
  limit: number,
): GeneratedFile[] {
  const kind = r.weighted<NonManifestKind>([
    // A chart brings four or five YAML files at once.
    ['helm', 10],
    ['workflow', 18],
    ['appConfig', 25],
    ['toolConfig', 15],
    ['openapi', 6],
    ['locale', 12],
  ]);
  const app = r.pick(apps);
  const unique = (path: string): string | undefined => (used(path) ? undefined : path);
  switch (kind) {
    case 'helm': {
      const name = unique(`charts/${app.name}/Chart.yaml`) ? app.name : `${app.name}-${r.hex(4)}`;
      if (used(`charts/${name}/Chart.yaml`)) return [];
      return helmChart(r, name, tally, limit);
    }
    case 'workflow': {
      const path = unique(`.github/workflows/${app.name}.yml`);
      if (!path) return [];
      tally.add('nonManifest.workflow');
      return [{ path, content: workflow(r, app.name) }];
    }
    case 'appConfig': {
      const path = unique(
        `${app.dir}/config/application${r.pick(['', '-dev', '-prod', '-test'])}.yaml`,
      );
      if (!path) return [];
      tally.add('nonManifest.appConfig');
      return [{ path, content: applicationConfig(r, app) }];
    }
    case 'toolConfig': {
      const [name, make] = r.pick(TOOL_CONFIGS);
      const path = unique(`${app.dir}/${name}`);
      if (!path) return [];
      tally.add('nonManifest.toolConfig');
      return [{ path, content: make(r, app) }];
    }
    case 'openapi': {
      const path = unique(`${app.dir}/api/openapi.yaml`);
      if (!path) return [];
      tally.add('nonManifest.openapi');
      return [{ path, content: openApi(r, app, tally) }];
    }
    default: {
      const path = unique(
        `locales/${app.name}/${r.pick(['en', 'de', 'fr', 'es', 'ja', 'pt-BR'])}.yml`,
      );
      if (!path) return [];
      tally.add('nonManifest.locale');
      return [{ path, content: locale(r) }];
    }
  }
}

export function lockfiles(
  r: Random,
  count: number,
  apps: readonly App[],
  tally: Tally,
): GeneratedFile[] {
  const files: GeneratedFile[] = [{ path: 'pnpm-lock.yaml', content: lockfile(r) }];
  for (let i = 1; i < count; i++) {
    files.push({ path: `${apps[i % apps.length]!.dir}/pnpm-lock.yaml`, content: lockfile(r) });
  }
  tally.add('nonManifest.lockfile', files.length);
  return files;
}

export interface BinaryFile {
  path: string;
  content: Uint8Array;
}

function randomBytes(r: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(r.next() * 256);
  return bytes;
}

/** A `node_modules` tree under `dir` ('' for the root), YAML and compose files included, that must be skipped. */
export function nodeModules(
  r: Random,
  dir: string,
  packages: number,
  tally: Tally,
): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (let i = 0; i < packages; i++) {
    const pkg = `${dir ? `${dir}/` : ''}node_modules/${r.pick(['left-pad', 'lodash', 'debug', 'chalk', 'yargs', 'express', 'ws'])}-${i}`;
    files.push(
      {
        path: `${pkg}/package.json`,
        content: JSON.stringify({ name: `pkg-${i}`, version: '1.0.0', main: 'index.js' }) + '\n',
      },
      { path: `${pkg}/index.js`, content: `module.exports = function () { return ${i}; };\n` },
      { path: `${pkg}/README.md`, content: `# pkg-${i}\n\n${sentence(r, r.int(10, 40))}\n` },
    );
    if (r.chance(0.4)) {
      const [name, content] = r.pick([
        [
          'docker-compose.yml',
          `services:\n  test:\n    image: redis\n    ports:\n      - "251:6379"\n`,
        ],
        ['.travis.yml', 'language: node_js\nnode_js:\n  - "18"\n'],
        [
          'k8s/deployment.yaml',
          `apiVersion: v1\nkind: Service\nmetadata:\n  name: skip-me\nspec:\n  ports:\n    - port: 252\n`,
        ],
        ['Dockerfile', 'FROM scratch\nEXPOSE 253\n'],
      ] as const);
      files.push({ path: `${pkg}/${name}`, content });
    }
    if (r.chance(0.1)) {
      files.push({
        path: `${pkg}/node_modules/nested-${i}/docker-compose.yml`,
        content: 'services:\n  nested:\n    image: busybox\n    ports: ["254:254"]\n',
      });
    }
  }
  tally.add('skipped.nodeModules', files.length);
  return files;
}

/** A `.git` directory: refs, hooks, binary objects, and a compose file that must never be read. */
export function gitDirectory(
  r: Random,
  objects: number,
  tally: Tally,
): (GeneratedFile | BinaryFile)[] {
  const files: (GeneratedFile | BinaryFile)[] = [
    { path: '.git/HEAD', content: 'ref: refs/heads/main\n' },
    { path: '.git/config', content: '[core]\n\trepositoryformatversion = 0\n\tbare = false\n' },
    { path: '.git/description', content: 'Unnamed repository\n' },
    { path: '.git/refs/heads/main', content: `${r.hex(40)}\n` },
    {
      path: '.git/info/exclude',
      content: '# git ls-files --others --exclude-from=.git/info/exclude\n',
    },
    // Not something git writes: a trap that proves the walk never enters .git.
    {
      path: '.git/info/docker-compose.yml',
      content: 'services:\n  trap:\n    image: busybox\n    ports: ["255:255"]\n',
    },
  ];
  for (const hook of ['pre-commit', 'pre-push', 'commit-msg', 'post-update']) {
    files.push({
      path: `.git/hooks/${hook}.sample`,
      content: `#!/bin/sh\n# ${sentence(r, 12)}\nexit 0\n`,
    });
  }
  for (let i = 0; i < objects; i++) {
    const hash = r.hex(40);
    files.push({
      path: `.git/objects/${hash.slice(0, 2)}/${hash.slice(2)}`,
      content: randomBytes(r, r.int(100, 3000)),
    });
  }
  tally.add('skipped.git', files.length);
  return files;
}

export function rootFiles(
  r: Random,
  apps: readonly App[],
  docs: number,
  tally: Tally,
): GeneratedFile[] {
  const files: GeneratedFile[] = [
    {
      path: 'README.md',
      content: `# Monorepo\n\n${sentence(r, 60)}\n\n${apps.map((a) => `- [${a.name}](${a.dir})`).join('\n')}\n`,
    },
    {
      path: 'package.json',
      content:
        JSON.stringify({ name: 'monorepo', private: true, workspaces: ['services/*/*'] }, null, 2) +
        '\n',
    },
    { path: 'Makefile', content: 'build:\n\tdocker compose build\n\ntest:\n\tnpm test\n' },
    { path: '.gitignore', content: 'node_modules/\ndist/\n.env.local\n' },
  ];
  for (let i = 0; i < docs; i++) {
    const lines = [`# ${sentence(r, 4)}`, ''];
    for (let p = 0; p < r.int(3, 20); p++) lines.push(sentence(r, r.int(20, 80)), '');
    files.push({
      path: `docs/${String(i).padStart(4, '0')}-${r.pick(['adr', 'runbook', 'guide'])}.md`,
      content: lines.join('\n'),
    });
  }
  tally.add('other', files.length);
  return files;
}
