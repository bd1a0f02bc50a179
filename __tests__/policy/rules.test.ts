import { describe, expect, it } from 'vitest';
import { hostPortConflict } from '../../src/policy/rules/host-port-conflict.js';
import { invalidPort } from '../../src/policy/rules/invalid-port.js';
import { parseError } from '../../src/policy/rules/parse-error.js';
import { reservedPort } from '../../src/policy/rules/reserved-port.js';
import { unassignedRegistered } from '../../src/policy/rules/unassigned-registered.js';
import { unassignedWellKnown } from '../../src/policy/rules/unassigned-well-known.js';
import { unresolvedPort } from '../../src/policy/rules/unresolved-port.js';
import type { Problem } from '../../src/types.js';
import { claim } from './helpers.js';

const problem = (code: Problem['code']): Problem => ({
  code,
  file: 'a.yml',
  span: { line: 3, column: 5, endLine: 3, endColumn: 9 },
  message: `${code} here`,
});

describe('unassigned-well-known', () => {
  it('fires on a well-known port unassigned for its protocol', () => {
    const hits = unassignedWellKnown.check({ claims: [claim({ port: 251 })], problems: [] });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('251/tcp');
    expect(hits[0]!.message).toContain('service "web"');
    expect(hits[0]!.message).toContain('49152-65535');
  });

  it('does not fire on assigned, reserved, private-use, registered or dynamic ports', () => {
    const claims = [80, 143, 24, 0, 1023, 5000, 50000].map((port) => claim({ port }));
    expect(unassignedWellKnown.check({ claims, problems: [] })).toEqual([]);
  });

  it('looks at the protocol: 143/udp is reserved, not unassigned', () => {
    expect(
      unassignedWellKnown.check({ claims: [claim({ port: 143, protocol: 'udp' })], problems: [] }),
    ).toEqual([]);
  });

  it('lists each offending port of a range once, in one hit', () => {
    const span = { line: 40, column: 9, endLine: 40, endColumn: 20 };
    const claims = [250, 251, 252, 253].map((port) => claim({ port, span, spec: '250-253:80' }));
    const hits = unassignedWellKnown.check({ claims, problems: [] });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.ports).toEqual([250, 251, 252, 253]);
  });
});

describe('reserved-port', () => {
  it('fires on Reserved rows, per protocol', () => {
    const hits = reservedPort.check({
      claims: [claim({ port: 143, protocol: 'udp' }), claim({ port: 1024 })],
      problems: [],
    });
    expect(hits.map((h) => h.ports)).toEqual([[143], [1024]]);
  });
  it('does not fire on assigned or unassigned ports', () => {
    expect(
      reservedPort.check({ claims: [claim({ port: 143 }), claim({ port: 251 })], problems: [] }),
    ).toEqual([]);
  });
});

describe('unassigned-registered', () => {
  it('fires on an unassigned registered port', () => {
    expect(
      unassignedRegistered.check({ claims: [claim({ port: 1028 })], problems: [] }),
    ).toHaveLength(1);
  });
  it('does not fire on assigned registered, dynamic or node ports', () => {
    const claims = [
      claim({ port: 5432 }),
      claim({ port: 50000 }),
      claim({ port: 30001, field: 'nodePort', manifest: 'kubernetes' }),
    ];
    expect(unassignedRegistered.check({ claims, problems: [] })).toEqual([]);
  });
});

describe('problem rules', () => {
  it.each([
    [invalidPort, 'invalid-port'],
    [parseError, 'parse-error'],
    [unresolvedPort, 'unresolved-port'],
  ] as const)('%s passes through its own problems only', (rule, code) => {
    const problems = [problem('invalid-port'), problem('parse-error'), problem('unresolved-port')];
    const hits = rule.check({ claims: [], problems });
    expect(hits).toEqual([{ file: 'a.yml', span: problems[0]!.span, message: `${code} here` }]);
    expect(rule.check({ claims: [], problems: [] })).toEqual([]);
  });
});

describe('host-port-conflict', () => {
  it('fires when two services of one project publish the same port, naming the first', () => {
    // The resolve stage names the project of a file and its override alike.
    const units = ['docker-compose.yml'];
    const claims = [
      claim({ port: 8080, resource: 'a', units }),
      claim({ port: 8080, resource: 'b', file: 'docker-compose.override.yml', units }),
    ];
    const hits = hostPortConflict.check({ claims, problems: [] });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.resource).toBe('b');
    expect(hits[0]!.message).toContain('service "a"');
  });

  it('does not fire across projects, protocols or distinct addresses', () => {
    const claims = [
      claim({ port: 8080, resource: 'a' }),
      claim({ port: 8080, resource: 'b', file: 'other/docker-compose.yml' }),
      claim({ port: 8080, resource: 'c', protocol: 'udp' }),
      claim({ port: 9000, resource: 'd', hostIp: '127.0.0.1' }),
      claim({ port: 9000, resource: 'e', hostIp: '127.0.0.2' }),
    ];
    expect(hostPortConflict.check({ claims, problems: [] })).toEqual([]);
  });

  it('treats an unbound address as overlapping every address', () => {
    const claims = [
      claim({ port: 9000, resource: 'd', hostIp: '127.0.0.1' }),
      claim({ port: 9000, resource: 'e' }),
    ];
    expect(hostPortConflict.check({ claims, problems: [] })).toHaveLength(1);
  });

  it('fires when two Services claim the same nodePort', () => {
    const k = { manifest: 'kubernetes' as const, field: 'nodePort' as const, file: 'svc.yaml' };
    const claims = [
      claim({ port: 30080, resource: 'Service/a', ...k }),
      claim({ port: 30080, resource: 'Service/b', protocol: 'udp', ...k }),
    ];
    expect(hostPortConflict.check({ claims, problems: [] })).toHaveLength(1);
  });
});
