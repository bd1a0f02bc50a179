import { describe, expect, it } from 'vitest';
import { addressesOverlap, hostPortConflict } from '../../src/policy/rules/host-port-conflict.js';
import { claim } from './helpers.js';

describe('host-port-conflict (compose)', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    [undefined, '127.0.0.1', true],
    [undefined, '::1', true],
    ['0.0.0.0', '127.0.0.1', true],
    ['0.0.0.0', '::1', false],
    ['::', '::1', true],
    ['::', '10.0.0.1', false],
    ['127.0.0.1', '127.0.0.2', false],
    ['::1', '::1', true],
  ])('%s and %s overlap: %s', (a, b, overlap) => {
    expect(addressesOverlap(a, b)).toBe(overlap);
    expect(addressesOverlap(b, a)).toBe(overlap);
  });

  it('groups by the units the resolve stage named, a claim of two projects in each', () => {
    const shared = claim({
      port: 8080,
      resource: 'db',
      file: 'db/compose.yaml',
      units: ['db/compose.yaml', 'compose.yaml'],
    });
    const claims = [
      shared,
      claim({ port: 8080, resource: 'web', file: 'compose.yaml', units: ['compose.yaml'] }),
      claim({
        port: 8080,
        resource: 'other',
        file: 'other/compose.yaml',
        units: ['other/compose.yaml'],
      }),
    ];
    const hits = hostPortConflict.check({ claims, problems: [] });
    expect(hits.map((h) => [h.resource, h.message])).toEqual([
      ['web', expect.stringContaining('already claimed by service "db" at db/compose.yaml:')],
    ]);
  });

  it('lets two host ranges share ports, but not a range and a fixed port', () => {
    const range = (resource: string) =>
      claim({ port: 9000, resource, hostRange: true, spec: '9000-9001:80' });
    expect(hostPortConflict.check({ claims: [range('a'), range('b')], problems: [] })).toEqual([]);
    const hits = hostPortConflict.check({
      claims: [range('a'), claim({ port: 9000, resource: 'c' })],
      problems: [],
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('depends on start order');
  });

  it('counts the container ports of host-network services, once per service', () => {
    const net = { hostNetwork: true as const };
    const claims = [
      claim({ port: 8080, resource: 'a', field: 'ports.target', ...net }),
      claim({ port: 8080, resource: 'a', field: 'expose', ...net }),
      claim({ port: 8080, resource: 'a', field: 'ports.published', ...net }),
      claim({ port: 8080, resource: 'b', field: 'expose', ...net }),
    ];
    const hits = hostPortConflict.check({ claims, problems: [] });
    expect(hits.map((h) => [h.resource, h.field])).toEqual([['b', 'expose']]);
  });

  it('reports every port of an overlapping range in one finding at the second item', () => {
    const claims = [8000, 8001, 8002].map((port) =>
      claim({ port, resource: 'a', span: { line: 3, column: 9, endLine: 3, endColumn: 20 } }),
    );
    for (const port of [8001, 8002, 8003])
      claims.push(
        claim({ port, resource: 'b', span: { line: 5, column: 9, endLine: 5, endColumn: 20 } }),
      );
    const hits = hostPortConflict.check({ claims, problems: [] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ resource: 'b', ports: [8001, 8002], span: { line: 5 } });
    expect(hits[0]!.message).toBe(
      'service "b" claims host port 8001-8002/tcp (ports.published), already claimed by service "a" at line 3; only one can bind it.',
    );
  });
});
