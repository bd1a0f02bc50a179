// Helpers for writing YAML by hand: the corpus keeps the quoting, comment and layout habits of
// real repositories, which a YAML stringifier would normalise away.
import type { Random } from './random.js';

/** Indents every non-empty line by `spaces`. */
export function indent(lines: readonly string[], spaces: number): string[] {
  const pad = ' '.repeat(spaces);
  return lines.map((line) => (line === '' ? line : pad + line));
}

/** A YAML sequence item: the dash on the first line, the other lines aligned after it. */
export function item(lines: readonly string[]): string[] {
  const [first, ...rest] = lines;
  if (first === undefined) return [];
  return [`- ${first}`, ...indent(rest, 2)];
}

export const WORDS = [
  'accounts',
  'analytics',
  'audit',
  'auth',
  'billing',
  'cart',
  'catalog',
  'chat',
  'checkout',
  'emails',
  'feeds',
  'fraud',
  'gateway',
  'identity',
  'inventory',
  'invoices',
  'ledger',
  'media',
  'metrics',
  'notifications',
  'orders',
  'payments',
  'pricing',
  'profile',
  'recommend',
  'reports',
  'reviews',
  'scheduler',
  'search',
  'shipping',
  'sms',
  'storage',
  'subscriptions',
  'tax',
  'users',
  'webhooks',
] as const;

export const SUFFIXES = [
  'api',
  'worker',
  'web',
  'service',
  'consumer',
  'cron',
  'proxy',
  'admin',
  'sync',
  'indexer',
] as const;

export const TEAMS = ['core', 'commerce', 'platform', 'data', 'growth', 'infra', 'identity', 'ops'];

const LOREM =
  'the service keeps its state in the primary database and publishes events for every change so that downstream consumers can rebuild their views without reading from the source of truth directly'.split(
    ' ',
  );

export function sentence(r: Random, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(r.pick(LOREM));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/** A port as people pick them: mostly the usual suspects, sometimes anything. */
export function appPort(r: Random): number {
  return r.weighted<() => number>([
    [
      () =>
        r.pick([
          80, 443, 3000, 3001, 4000, 5000, 5001, 8000, 8080, 8081, 8082, 8088, 8443, 8888, 9000,
          9090, 9100, 9229, 9443, 10000, 4317, 4318, 50051,
        ]),
      75,
    ],
    [() => r.int(1024, 49151), 14],
    [() => r.int(49152, 65535), 5],
    // Rare, and the reason the tool exists: a well-known port nobody registered (or reserved).
    [() => r.int(1, 1023), 6],
  ])();
}

export const ENVIRONMENT_KEYS = [
  'LOG_LEVEL',
  'LOG_FORMAT',
  'DATABASE_URL',
  'REDIS_URL',
  'KAFKA_BROKERS',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
  'OTEL_SERVICE_NAME',
  'FEATURE_FLAGS',
  'CACHE_TTL_SECONDS',
  'MAX_CONNECTIONS',
  'REQUEST_TIMEOUT',
  'SENTRY_DSN',
  'AWS_REGION',
  'S3_BUCKET',
  'JWT_ISSUER',
  'CORS_ORIGINS',
  'WORKER_CONCURRENCY',
  'GOMAXPROCS',
  'NODE_ENV',
  'JAVA_OPTS',
] as const;

export function environmentValue(r: Random, key: string, app: string): string {
  switch (key) {
    case 'LOG_LEVEL':
      return r.pick(['debug', 'info', 'warn']);
    case 'LOG_FORMAT':
      return 'json';
    case 'DATABASE_URL':
      return `postgres://${app}:changeme@postgres:5432/${app.replace(/-/g, '_')}?sslmode=disable`;
    case 'REDIS_URL':
      return 'redis://redis:6379/0';
    case 'KAFKA_BROKERS':
      return 'kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092';
    case 'OTEL_EXPORTER_OTLP_ENDPOINT':
      return 'http://otel-collector.observability:4317';
    case 'OTEL_SERVICE_NAME':
      return app;
    case 'FEATURE_FLAGS':
      return r
        .sample(['new-checkout', 'fast-search', 'beta-ui', 'dark-mode', 'v2-api'], 2)
        .join(',');
    case 'CACHE_TTL_SECONDS':
      return String(r.pick([30, 60, 300, 3600]));
    case 'MAX_CONNECTIONS':
      return String(r.pick([10, 20, 50, 100]));
    case 'REQUEST_TIMEOUT':
      return `${r.pick([5, 10, 30])}s`;
    case 'SENTRY_DSN':
      return `https://${r.hex(32)}@o${r.int(10000, 99999)}.ingest.sentry.io/${r.int(100000, 999999)}`;
    case 'AWS_REGION':
      return r.pick(['eu-west-1', 'us-east-1', 'eu-central-1']);
    case 'S3_BUCKET':
      return `${app}-artifacts`;
    case 'JWT_ISSUER':
      return 'https://auth.example.com/';
    case 'CORS_ORIGINS':
      return 'https://app.example.com,https://admin.example.com';
    case 'WORKER_CONCURRENCY':
      return String(r.int(1, 16));
    case 'GOMAXPROCS':
      return String(r.int(1, 4));
    case 'NODE_ENV':
      return 'production';
    default:
      return '-Xms256m -Xmx512m -XX:+UseG1GC';
  }
}
