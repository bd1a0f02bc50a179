import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/parse/manifest.js';
import { claimRows, parsedFixture, problemRows } from './kubernetes-fixtures.js';

describe('Service ports', () => {
  it('claims port, targetPort and nodePort; protocol defaults to TCP; nodePort 0 is no claim', () => {
    const result = parsedFixture('services/service.yaml');
    expect(claimRows(result)).toEqual([
      'Service/api - port 80/tcp @12:13-15 ns=shop',
      'Service/api - targetPort 8080/tcp @13:19-23 ns=shop',
      'Service/api - nodePort 30080/tcp @14:17-22 ns=shop',
      'Service/api - port 53/udp @16:13-15 ns=shop',
      'Service/api - targetPort 5353/udp @18:19-23 ns=shop',
      'Service/api - port 2905/sctp @21:13-17 ns=shop',
      'Service/api - port 8443/tcp @24:13-17 ns=shop',
    ]);
    expect(result.problems).toEqual([]);
    // The named targetPort waits for the whole scan: it is resolved against the pods' ports.
    expect(result.namedTargets).toEqual([
      {
        file: 'services/service.yaml',
        span: { line: 25, column: 19, endLine: 25, endColumn: 23 },
        resource: 'Service/api',
        name: 'http',
        protocol: 'tcp',
        spec: 'http',
        namespace: 'shop',
        selector: { app: 'api' },
      },
    ]);
  });

  it('gives an ExternalName Service no claims', () => {
    const result = parsedFixture('services/external-name.yaml');
    expect(result.entry.status).toBe('ok');
    expect(result.claims).toEqual([]);
    expect(result.problems).toEqual([]);
  });
});

describe('Gateway API listeners', () => {
  it('puts HTTP, HTTPS, TLS, TCP and implementation-specific listeners on tcp, UDP on udp', () => {
    expect(claimRows(parsedFixture('services/gateway.yaml'))).toEqual([
      'Gateway/edge - listener 80/tcp @10:13-15',
      'Gateway/edge - listener 443/tcp @13:13-16',
      'Gateway/edge - listener 8443/tcp @16:13-17',
      'Gateway/edge - listener 251/tcp @19:13-16',
      'Gateway/edge - listener 251/udp @22:13-16',
      'Gateway/edge - listener 15008/tcp @25:13-18',
    ]);
  });
});

describe('rejected values', () => {
  it('reports ports outside 1-65535, names where numbers belong, unknown protocols', () => {
    const result = parsedFixture('rejected/invalid.yaml');
    expect(claimRows(result)).toEqual([
      // hostPort 0 binds no host port: the container port alone is claimed.
      'Pod/bad c containerPort 81/tcp @14:26-28',
      'Service/bad - port 82/tcp @27:13-15',
    ]);
    expect(problemRows(result)).toEqual([
      'invalid-port containerPort @9:26 Pod/bad: containerPort "70000" is not a port number (1-65535), so the API server rejects it.',
      'invalid-port containerPort @10:26 Pod/bad: containerPort "0" is not a port number (1-65535), so the API server rejects it.',
      'invalid-port containerPort @11:26 Pod/bad: containerPort "http" is not a port number (1-65535), so the API server rejects it.',
      'invalid-port containerPort @13:21 Pod/bad: protocol "QUIC" is not TCP, UDP or SCTP, so the API server rejects this port.',
      'invalid-port containerPort @16:26 Pod/bad: containerPort "[82]" is not a port number (1-65535), so the API server rejects it.',
      'invalid-port port @25:13 Service/bad: port "65536" is not a port number (1-65535), so the API server rejects it.',
      'invalid-port targetPort @26:19 Service/bad: targetPort "Not_A_Name" is neither a port number (1-65535) nor a port name (up to 15 lowercase letters, digits and inner hyphens), so the API server rejects it.',
      'invalid-port nodePort @29:17 Service/bad: nodePort "-1" is not a port number (1-65535), so the API server rejects it.',
    ]);
    expect(result.namedTargets?.map((t) => t.name)).toEqual(['missing']);
  });

  it('reports placeholders filled in before apply as unresolved, not invalid', () => {
    const result = parsedFixture('templates/placeholders.yaml');
    expect(result.entry.status).toBe('ok');
    expect(result.claims).toEqual([]);
    expect(
      result.problems.map((p) => `${p.code} ${p.field} ${p.spec} @${p.span.line}:${p.span.column}`),
    ).toEqual([
      'unresolved-port port ${SERVICE_PORT} @7:13',
      'unresolved-port targetPort {{ .Values.targetPort }} @8:19',
      'unresolved-port nodePort $(NODE_PORT) @9:17',
    ]);
  });
});

describe('Service targetPort 0', () => {
  it('is defaulted to port by the API server: no claim and no problem', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: zero}',
      'spec:',
      '  selector: {app: x}',
      '  ports:',
      '    - port: 8080',
      '      targetPort: 0',
      '',
    ].join('\n');
    const result = parseManifest('svc.yaml', text, 'yaml', { composeEnv: () => () => undefined })!;
    expect(result.claims.map((c) => `${c.field} ${c.port}`)).toEqual(['port 8080']);
    expect(result.problems).toEqual([]);
  });
});
