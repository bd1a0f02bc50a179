import { describe, expect, it } from 'vitest';
import { resolveNamedTargets } from '../../src/resolve/named-targets.js';
import type { NamedContainerPort, NamedTargetPort } from '../../src/parse/result.js';
import { scan } from '../../src/scan.js';
import { KUBERNETES_FIXTURES } from '../parse/kubernetes-fixtures.js';

describe('named targetPort resolution across a scan', () => {
  it('resolves names by selector, protocol and namespace, closest pods first', async () => {
    const result = await scan({ paths: ['named-targets'], cwd: KUBERNETES_FIXTURES });
    const targets = result.claims
      .filter((c) => c.field === 'targetPort')
      .map(
        (c) =>
          `${c.file}:${c.span.line}:${c.span.column} ${c.resource} ${c.spec} -> ${c.port}/${c.protocol}`,
      );
    expect(targets).toEqual([
      // Same file: the Deployment beside the Service; a sidecar's port counts.
      'dev/app.yaml:31:42 Service/web http -> 8080/tcp',
      'dev/app.yaml:32:45 Service/web mesh -> 15001/tcp',
      'dev/app.yaml:35:64 Service/web stats -> 8125/udp',
      // Same directory wins over dev's pods, which the selector also matches.
      'prod/service.yaml:10:19 Service/web http -> 251/tcp',
      // Pods of two environments: one claim per number.
      'shared/service.yaml:10:19 Service/web-all http -> 251/tcp',
      'shared/service.yaml:10:19 Service/web-all http -> 8080/tcp',
      // Namespace staging: prod's pods are in another namespace, dev's have none written.
      'shared/service.yaml:30:19 Service/elsewhere http -> 8080/tcp',
    ]);
    const unresolved = result.problems
      .filter((p) => p.code === 'unresolved-port')
      .map((p) => `${p.file}:${p.span.line}:${p.span.column} ${p.message}`);
    expect(unresolved).toEqual([
      // A plain init container's port serves no Service.
      'dev/app.yaml:33:45 Service/web: targetPort "admin" matches no tcp container port named "admin" in the pods its selector (app=web) picks in this scan; name that port in the pod template or write the number.',
      // The pods name "stats" for UDP only.
      'dev/app.yaml:34:45 Service/web: targetPort "stats" matches no tcp container port named "stats" in the pods its selector (app=web) picks in this scan; name that port in the pod template or write the number.',
      'shared/service.yaml:19:19 Service/manual: targetPort "http" cannot be resolved: the Service has no selector, so no pod\'s port of that name is known; write the number.',
    ]);
  });

  it('needs every selector label on the pod', () => {
    const target: NamedTargetPort = {
      file: 'svc.yaml',
      span: { line: 1, column: 1, endLine: 1, endColumn: 5 },
      resource: 'Service/s',
      name: 'http',
      protocol: 'tcp',
      spec: 'http',
      selector: { app: 'a', tier: 'web' },
    };
    const port = (labels: Record<string, string>, number: number): NamedContainerPort => ({
      name: 'http',
      port: number,
      protocol: 'tcp',
      labels,
      file: 'pods.yaml',
    });
    const { claims, problems } = resolveNamedTargets(
      [target],
      [port({ app: 'a' }, 1000), port({ app: 'a', tier: 'web', extra: 'x' }, 2000)],
    );
    expect(claims.map((c) => c.port)).toEqual([2000]);
    expect(problems).toEqual([]);
  });
});

describe('labels that controllers add to their pods', () => {
  it('let a Service select pods by them: StatefulSet pod names and indexes, Job names, hashes', async () => {
    const result = await scan({ paths: ['controller-labels'], cwd: KUBERNETES_FIXTURES });
    const targets = result.claims
      .filter((c) => c.field === 'targetPort')
      .map((c) => `${c.file}:${c.span.line}:${c.span.column} ${c.resource} ${c.spec} -> ${c.port}`);
    expect(targets).toEqual([
      'jobs.yaml:57:19 Service/probes debug -> 5005',
      // A CronJob's Jobs are named after it and the time they were scheduled.
      'jobs.yaml:68:19 Service/report-metrics metrics -> 9102',
      // The hash of the pod template, which the Deployment's ReplicaSet adds.
      'jobs.yaml:80:19 Service/web-pinned http -> 8080',
      'redis.yaml:30:19 Service/redis-announce-2 redis -> 6379',
      'redis.yaml:53:19 Service/redis-first redis -> 6379',
    ]);
    const unresolved = result.problems
      .filter((p) => p.code === 'unresolved-port')
      .map((p) => `${p.file}:${p.span.line}:${p.span.column} ${p.resource}`);
    expect(unresolved).toEqual([
      // A Deployment's pods carry no Job name.
      'jobs.yaml:91:19 Service/web-not-a-job',
      // Three replicas: redis-0, redis-1 and redis-2.
      'redis.yaml:42:19 Service/redis-announce-3',
    ]);
  });
});

describe('a StatefulSet’s ordinals', () => {
  const target = (pod: string): NamedTargetPort => ({
    file: 'svc.yaml',
    span: { line: 1, column: 1, endLine: 1, endColumn: 5 },
    resource: `Service/${pod}`,
    name: 'redis',
    protocol: 'tcp',
    spec: 'redis',
    selector: { 'statefulset.kubernetes.io/pod-name': pod },
  });
  const port = (ordinals: { from: number; to?: number }): NamedContainerPort => ({
    name: 'redis',
    port: 6379,
    protocol: 'tcp',
    labels: { app: 'redis' },
    controllerLabels: {
      'statefulset.kubernetes.io/pod-name': { prefix: 'redis-', ordinals },
    },
    file: 'sts.yaml',
  });
  const resolved = (ordinals: { from: number; to?: number }, pods: string[]): string[] =>
    resolveNamedTargets(pods.map(target), [port(ordinals)]).claims.map((c) => c.resource);

  it('start at spec.ordinals.start and number spec.replicas', () => {
    expect(resolved({ from: 5, to: 7 }, ['redis-4', 'redis-5', 'redis-6', 'redis-7'])).toEqual([
      'Service/redis-5',
      'Service/redis-6',
    ]);
  });

  it('are any from the start without replicas (an autoscaler sets them), written canonically', () => {
    expect(
      resolved({ from: 0 }, ['redis-0', 'redis-41', 'redis-01', 'redis-x', 'other-0']),
    ).toEqual(['Service/redis-0', 'Service/redis-41']);
  });
});
