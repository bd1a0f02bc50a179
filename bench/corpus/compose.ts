// Compose projects as teams write them: short and long port syntax, ranges, host addresses,
// `${VAR}` interpolation with and without defaults (some answered by a `.env`), anchors and
// merge keys, and override files.
import type { App, GeneratedFile } from './kubernetes.js';
import { breakYaml } from './kubernetes.js';
import type { Random } from './random.js';
import type { Tally } from './tally.js';
import { ENVIRONMENT_KEYS, appPort, environmentValue, indent, sentence } from './text.js';

/** A backing service and the container ports it listens on (`/udp` and ranges as written). */
const BACKING: readonly (readonly [string, string, readonly string[]])[] = [
  ['postgres', 'postgres:16-alpine', ['5432']],
  ['redis', 'redis:7-alpine', ['6379']],
  ['mysql', 'mysql:8.4', ['3306']],
  ['mongo', 'mongo:7', ['27017']],
  ['rabbitmq', 'rabbitmq:3-management', ['5672', '15672']],
  ['kafka', 'bitnami/kafka:3.7', ['9092']],
  ['zookeeper', 'zookeeper:3.9', ['2181']],
  ['elasticsearch', 'elasticsearch:8.13.0', ['9200', '9300']],
  ['minio', 'minio/minio:latest', ['9000', '9001']],
  ['mailhog', 'mailhog/mailhog:v1.0.1', ['1025', '8025']],
  ['jaeger', 'jaegertracing/all-in-one:1.57', ['16686', '6831/udp', '14268']],
  ['prometheus', 'prom/prometheus:v2.52.0', ['9090']],
  ['grafana', 'grafana/grafana:11.0.0', ['3000']],
  ['nginx', 'nginx:1.27-alpine', ['80', '443']],
  ['localstack', 'localstack/localstack:3', ['4566', '4510-4559']],
  ['coredns', 'coredns/coredns:1.11.1', ['53/udp', '53']],
  ['ftp', 'delfer/alpine-ftp-server', ['21', '21000-21010']],
];

interface ComposeContext {
  r: Random;
  tally: Tally;
  /** Write wide `expose` ranges in about half of the services (the `ranges` shape). */
  wideExpose: boolean;
  /** Variables used without a default: a `.env` may answer them. */
  bareVariables: string[];
  /** Host ports published so far, for override files that clash on purpose. */
  published: string[];
}

function variableName(service: string, containerPort: string): string {
  const base = service.replace(/[^a-z0-9]+/gi, '_').toUpperCase();
  return `${base}_${containerPort.replace(/\D.*$/, '')}_PORT`;
}

/** One short-syntax entry for a container port (`"8080:80"`, `"${WEB_PORT:-8080}:80/udp"`, ...). */
function shortEntry(ctx: ComposeContext, service: string, containerSpec: string): string {
  const { r, tally } = ctx;
  const [container = '', protocol] = containerSpec.split('/');
  const suffix = protocol ? `/${protocol}` : r.chance(0.05) ? '/tcp' : '';
  if (protocol) tally.add('compose.port.protocol');
  const isRange = container.includes('-');
  if (isRange) tally.add('compose.port.range');
  const quote = (s: string): string => (r.chance(0.85) ? `"${s}"` : s);
  const host = isRange || r.chance(0.6) ? container : String(appPort(r));
  const style = isRange
    ? r.weighted([
        ['same', 70],
        ['ip', 30],
      ])
    : r.weighted([
        ['same', 30],
        ['container', 12],
        ['ip', 12],
        ['default', 25],
        ['bare', 10],
        ['dollar', 3],
        ['unquoted', 8],
      ]);
  tally.add('compose.port.short');
  const variable = variableName(service, container);
  switch (style) {
    case 'container':
      return quote(`${container}${suffix}`);
    case 'unquoted':
      // A bare number: YAML reads it as an integer, not a string.
      return suffix ? quote(`${container}${suffix}`) : container;
    case 'ip':
      ctx.published.push(host);
      return `"${r.pick(['127.0.0.1', '0.0.0.0', '::1'])}:${host}:${container}${suffix}"`.replace(
        /"::1:/,
        '"[::1]:',
      );
    case 'default':
      tally.add('compose.variable.withDefault');
      ctx.published.push(host);
      return `"\${${variable}${r.pick([':-', '-'])}${host}}:${container}${suffix}"`;
    case 'bare':
      tally.add('compose.variable.withoutDefault');
      ctx.bareVariables.push(variable);
      return `"\${${variable}}:${container}${suffix}"`;
    case 'dollar':
      tally.add('compose.variable.withoutDefault');
      ctx.bareVariables.push(variable);
      return `"$${variable}:${container}${suffix}"`;
    default:
      ctx.published.push(host);
      return quote(`${host}:${container}${suffix}`);
  }
}

/**
 * In the `ranges` shape, about half of the services expose one or two wide ranges (8059-8130),
 * which a scan that made a claim per port turned into tens of thousands of claims.
 */
function wideRanges(ctx: ComposeContext): string[] {
  const { r, tally } = ctx;
  if (!ctx.wideExpose || !r.chance(0.5)) return [];
  const out: string[] = [];
  for (let i = r.int(1, 2); i > 0; i--) {
    const start = r.int(3000, 9000);
    const length = r.int(20, 71);
    out.push(`"${start}-${start + length}${r.chance(0.1) ? '/udp' : ''}"`);
    tally.add('compose.expose.wideRange');
    tally.add('compose.expose.wideRangePorts', length + 1);
  }
  return out;
}

/** One long-syntax entry (`target:`, `published:`, `host_ip:`, `protocol:`, `mode:`). */
function longEntry(ctx: ComposeContext, service: string, containerSpec: string): string[] {
  const { r, tally } = ctx;
  const [container = '', protocol] = containerSpec.split('/');
  tally.add('compose.port.long');
  const lines = [`target: ${container}`];
  if (r.chance(0.2)) lines.unshift(`name: ${r.pick(['web', 'api', 'admin', 'metrics'])}`);
  if (r.chance(0.85)) {
    const host = r.chance(0.6) ? container : String(appPort(r));
    if (r.chance(0.25)) {
      tally.add('compose.variable.withDefault');
      lines.push(`published: "\${${variableName(service, container)}:-${host}}"`);
    } else {
      ctx.published.push(host);
      lines.push(`published: ${r.chance(0.5) ? `"${host}"` : host}`);
    }
  }
  if (r.chance(0.3)) lines.push(`host_ip: ${r.pick(['127.0.0.1', '0.0.0.0'])}`);
  if (protocol || r.chance(0.3)) lines.push(`protocol: ${protocol ?? 'tcp'}`);
  if (r.chance(0.3)) lines.push(`mode: ${r.pick(['host', 'ingress'])}`);
  if (r.chance(0.1)) lines.push('app_protocol: http');
  return [`- ${lines[0]}`, ...indent(lines.slice(1), 2)];
}

function ports(ctx: ComposeContext, service: string, containerPorts: readonly string[]): string[] {
  const { r } = ctx;
  const long = !containerPorts.some((p) => p.includes('-')) && r.chance(0.25);
  const lines = ['ports:'];
  for (const p of containerPorts) {
    if (long) lines.push(...indent(longEntry(ctx, service, p), 2));
    else lines.push(`  - ${shortEntry(ctx, service, p)}`);
  }
  return lines;
}

function environment(r: Random, app: string): string[] {
  const keys = r.sample(ENVIRONMENT_KEYS, r.int(3, 12));
  if (r.chance(0.5)) {
    return ['environment:', ...keys.map((k) => `  ${k}: "${environmentValue(r, k, app)}"`)];
  }
  return ['environment:', ...keys.map((k) => `  - ${k}=${environmentValue(r, k, app)}`)];
}

function appService(
  ctx: ComposeContext,
  app: App,
  name: string,
  anchors: boolean,
  dependsOn: readonly string[],
): string[] {
  const { r, tally } = ctx;
  tally.add('compose.service');
  const lines: string[] = [];
  if (anchors) lines.push('<<: *common');
  if (r.chance(0.6)) {
    lines.push(
      'build:',
      '  context: .',
      `  dockerfile: ${r.pick(['Dockerfile', 'Dockerfile.dev'])}`,
    );
  }
  lines.push(`image: registry.example.com/${app.team}/${name}:\${TAG:-latest}`);
  if (r.chance(0.4)) lines.push(`container_name: ${name}`);
  if (!anchors) lines.push(`restart: ${r.pick(['unless-stopped', 'always', 'on-failure'])}`);
  lines.push(...environment(r, name));
  const own = [String(appPort(r))];
  if (r.chance(0.3)) own.push(r.pick(['9229', '5005', '2345', '9090']));
  if (r.chance(0.04)) {
    const start = r.int(7000, 9000);
    own.push(`${start}-${start + r.int(1, 4)}`);
  }
  lines.push(...ports(ctx, name, own));
  const exposed = r.chance(0.2) ? [`"${appPort(r)}"`] : [];
  if (exposed.length) tally.add('compose.expose');
  exposed.push(...wideRanges(ctx));
  if (exposed.length) lines.push('expose:', ...exposed.map((e) => `  - ${e}`));
  if (r.chance(0.4)) {
    lines.push(
      'labels:',
      '  - "traefik.enable=true"',
      `  - "traefik.http.routers.${name}.rule=Host(\`${name}.localhost\`)"`,
      `  - "traefik.http.services.${name}.loadbalancer.server.port=${own[0]}"`,
    );
  }
  if (dependsOn.length && r.chance(0.6))
    lines.push('depends_on:', ...dependsOn.map((d) => `  - ${d}`));
  lines.push(
    'healthcheck:',
    `  test: ["CMD", "wget", "-qO-", "http://localhost:${own[0]}/healthz"]`,
    '  interval: 30s',
    '  timeout: 5s',
    '  retries: 3',
    'volumes:',
    '  - ./config:/etc/app:ro',
  );
  return lines;
}

function backingService(
  ctx: ComposeContext,
  backing: readonly [string, string, readonly string[]],
  anchors: boolean,
): string[] {
  const { r, tally } = ctx;
  const [name, image, containerPorts] = backing;
  tally.add('compose.service');
  const lines: string[] = [];
  if (anchors && r.chance(0.5)) lines.push('<<: *common');
  lines.push(`image: ${image}`);
  if (r.chance(0.5)) lines.push(...environment(r, name));
  // Backing services are often reachable only inside the project network.
  const exposed: string[] = [];
  if (r.chance(0.75)) lines.push(...ports(ctx, name, containerPorts));
  else {
    tally.add('compose.expose');
    exposed.push(...containerPorts.map((p) => `"${p}"`));
  }
  exposed.push(...wideRanges(ctx));
  if (exposed.length) lines.push('expose:', ...exposed.map((e) => `  - ${e}`));
  lines.push('volumes:', `  - ${name}-data:/data`);
  return lines;
}

export interface ComposeOutput {
  manifests: GeneratedFile[];
  others: GeneratedFile[];
}

/** A compose project in `app.dir`: a compose file, maybe an override and a `.env`. */
export function composeFiles(
  r: Random,
  app: App,
  tally: Tally,
  limit: number,
  options: { wideExpose?: boolean } = {},
): ComposeOutput {
  const ctx: ComposeContext = {
    r,
    tally,
    wideExpose: options.wideExpose ?? false,
    bareVariables: [],
    published: [],
  };
  const fileName = r.weighted([
    ['docker-compose.yml', 60],
    ['compose.yaml', 25],
    ['docker-compose.dev.yml', 10],
    ['compose.yml', 5],
  ]);
  const anchors = r.chance(0.3);
  const lines: string[] = [`# ${sentence(r, r.int(6, 16))}`];
  if (r.chance(0.3)) lines.push(`name: ${app.name}`);
  if (anchors) {
    tally.add('compose.anchors');
    lines.push(
      'x-common: &common',
      '  restart: unless-stopped',
      '  logging:',
      '    driver: json-file',
      '    options:',
      '      max-size: "10m"',
      '      max-file: "3"',
    );
  }
  lines.push('services:');
  const backings = r.sample(
    BACKING,
    r.weighted([
      [0, 15],
      [1, 35],
      [2, 30],
      [3, 15],
      [4, 5],
    ]),
  );
  const dependsOn = backings.map(([b]) => b);
  lines.push(
    ...indent(
      [`${app.name}:`, ...indent(appService(ctx, app, app.name, anchors, dependsOn), 2)],
      2,
    ),
  );
  if (r.chance(0.3)) {
    const worker = `${app.name}-worker`;
    lines.push(
      ...indent([`${worker}:`, ...indent(appService(ctx, app, worker, anchors, dependsOn), 2)], 2),
    );
  }
  for (const backing of backings) {
    lines.push(
      ...indent([`${backing[0]}:`, ...indent(backingService(ctx, backing, anchors), 2)], 2),
    );
  }
  lines.push('networks:', '  default:', `    name: ${app.name}-net`);
  if (backings.length) lines.push('volumes:', ...backings.map(([b]) => `  ${b}-data: {}`));

  let text = lines.join('\n') + '\n';
  if (r.chance(0.004)) {
    text = breakYaml(r, text);
    tally.add('broken.compose');
  }
  tally.add(`compose.file`);
  const manifests: GeneratedFile[] = [{ path: `${app.dir}/${fileName}`, content: text }];

  if (limit > 1 && fileName !== 'docker-compose.dev.yml' && r.chance(0.3)) {
    // The override publishes again: sometimes a host port the base file already took.
    const override = ['services:'];
    const service = app.name;
    const clash = ctx.published.length > 0 && r.chance(0.3);
    const host = clash ? r.pick(ctx.published) : String(appPort(r));
    if (clash) tally.add('compose.override.republished');
    override.push(
      `  ${service}:`,
      '    environment:',
      '      LOG_LEVEL: debug',
      '    ports:',
      `      - "${host}:${r.pick(['9229', '8080', '3000'])}"`,
    );
    tally.add('compose.port.short');
    tally.add('compose.overrideFile');
    const overrideName = fileName.startsWith('docker-')
      ? 'docker-compose.override.yml'
      : `compose.override.${fileName.split('.').pop()}`;
    manifests.push({ path: `${app.dir}/${overrideName}`, content: override.join('\n') + '\n' });
  }

  const others: GeneratedFile[] = [];
  if (r.chance(0.45)) {
    tally.add('compose.envFile');
    const env = [
      `COMPOSE_PROJECT_NAME=${app.name}`,
      `TAG=${r.int(1, 3)}.${r.int(0, 20)}.${r.int(0, 9)}`,
    ];
    for (const variable of ctx.bareVariables) {
      if (r.chance(0.6)) {
        env.push(`${variable}=${appPort(r)}`);
        tally.add('compose.variable.answeredByEnvFile');
      }
    }
    others.push({ path: `${app.dir}/.env`, content: env.join('\n') + '\n' });
  }
  return { manifests, others };
}
