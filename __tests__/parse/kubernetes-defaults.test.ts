// What the API server defaults before it validates, and what it refuses that other tools take.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { SeverityOverride } from '../../src/policy/evaluate.js';
import { writeTree } from '../helpers/tree.js';
import {
  claimRows,
  KUBERNETES_FIXTURES,
  parsedFixture,
  problemRows,
} from './kubernetes-fixtures.js';

describe('API server defaults', () => {
  it('reads an empty protocol as TCP and an empty targetPort as the port', () => {
    const result = parsedFixture('defaults/api-server-defaults.yaml');
    expect(claimRows(result)).toEqual([
      // targetPort "" is port 443, already claimed on the line of `port`.
      'Service/web - port 443/tcp @12:13-16',
      'Service/web - port 8053/tcp @15:13-17',
      'Service/web - targetPort 53/tcp @17:19-21',
      'Deployment/web web containerPort 8443/tcp @32:30-34',
      'Deployment/web web containerPort 53/tcp @34:30-32',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('keeps a lower-case protocol as a claim and says the API server refuses it', () => {
    const result = parsedFixture('defaults/lower-case-protocol.yaml');
    expect(claimRows(result)).toEqual([
      'Service/dns - port 53/udp @8:13-15',
      'Service/dns - port 8053/tcp @10:13-17',
      'Service/dns - targetPort 53/tcp @11:19-21',
      'Pod/dns dns containerPort 53/tcp @22:26-28',
      'Pod/dns dns containerPort 9132/sctp @24:26-30',
    ]);
    expect(problemRows(result)).toEqual([
      'invalid-port port @9:17 Service/dns: protocol "udp" is refused by the API server, which accepts only "UDP"; write it in upper case.',
      'invalid-port port @12:17 Service/dns: protocol "Tcp" is refused by the API server, which accepts only "TCP"; write it in upper case.',
      'invalid-port containerPort @23:21 Pod/dns: protocol "tcp" is refused by the API server, which accepts only "TCP"; write it in upper case.',
    ]);
    expect(result.problems.map((p) => p.maxSeverity)).toEqual(['warning', 'warning', 'warning']);
  });
});

describe('the severity of a lower-case protocol', () => {
  const manifest = readFileSync(`${KUBERNETES_FIXTURES}defaults/lower-case-protocol.yaml`, 'utf8');
  const bad =
    'apiVersion: v1\nkind: Pod\nmetadata: {name: bad}\nspec:\n  containers:\n    - name: c\n      ports: [{containerPort: 8080, protocol: QUIC}]\n';

  async function severities(rules?: Record<string, SeverityOverride>): Promise<string[]> {
    const config = rules
      ? `rules:\n${Object.entries(rules)
          .map(([id, s]) => `  ${id}: ${s}\n`)
          .join('')}`
      : '';
    const root = writeTree({
      'k8s/dns.yaml': manifest,
      'k8s/bad.yaml': bad,
      ...(config ? { '.port-claims.yml': config } : {}),
    });
    const { findings } = await check({ paths: ['.'], cwd: root });
    return findings
      .filter((f) => f.rule === 'invalid-port')
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.severity}`);
  }

  it('is a warning under the default error of invalid-port, which other invalid ports keep', async () => {
    expect(await severities()).toEqual([
      'k8s/bad.yaml:7:47 error',
      'k8s/dns.yaml:9:17 warning',
      'k8s/dns.yaml:12:17 warning',
      'k8s/dns.yaml:23:21 warning',
    ]);
  });

  it('follows the config where it is lower, and stays a warning where the config says error', async () => {
    expect(await severities({ 'invalid-port': 'notice' })).toEqual([
      'k8s/bad.yaml:7:47 notice',
      'k8s/dns.yaml:9:17 notice',
      'k8s/dns.yaml:12:17 notice',
      'k8s/dns.yaml:23:21 notice',
    ]);
    expect(await severities({ 'invalid-port': 'error' })).toEqual([
      'k8s/bad.yaml:7:47 error',
      'k8s/dns.yaml:9:17 warning',
      'k8s/dns.yaml:12:17 warning',
      'k8s/dns.yaml:23:21 warning',
    ]);
    expect(await severities({ 'invalid-port': 'off' })).toEqual([]);
  });
});
