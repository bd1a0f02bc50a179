// Every rule, suppression and PR scope on range claims, without expanding them.
import { describe, expect, it } from 'vitest';
import { allocateReplacements, evaluate } from '../../src/policy/evaluate.js';
import { hostPortConflict } from '../../src/policy/rules/host-port-conflict.js';
import { markNew } from '../../src/policy/scope.js';
import type { AllowEntry } from '../../src/policy/suppress.js';
import { suppress } from '../../src/policy/suppress.js';
import type { Claim, Finding, RawClaim } from '../../src/types.js';
import { claim } from './helpers.js';

/** The published and target claims of one compose item such as "1018-1030:1018-1030". */
function item(
  spec: string,
  line: number,
  overrides: Partial<RawClaim> = {},
): [published: Claim, target: Claim] {
  const [published = '', target = ''] = spec.split(':');
  // A single port's digits, which a fix rewrites; a range has none.
  const ends = (text: string, start: number) => {
    const [from, to = from] = text.split('-').map(Number) as [number, number?];
    return to !== undefined && to > from
      ? { port: from, endPort: to }
      : { port: from, digits: { start, end: start + text.length } };
  };
  const span = { line, column: 9, endLine: line, endColumn: 9 + spec.length };
  return [
    claim({ ...ends(published, 0), spec, span, field: 'ports.published', ...overrides }),
    claim({
      ...ends(target, published.length + 1),
      spec,
      span,
      field: 'ports.target',
      ...overrides,
    }),
  ];
}

const rows = (findings: readonly Finding[]): string[] =>
  findings.map(
    (f) =>
      `${f.rule} :${f.line} ${(f.fields ?? [f.field]).join('+')} ${f.ports?.join(',')}${f.suggestion ? ` -> ${f.suggestion.replacement}` : ''}${f.suppressed !== undefined ? ` [${f.suppressed}]` : ''}`,
  );

describe('rules on a range that mixes assigned, unassigned and reserved ports', () => {
  it('each rule lists exactly its ports of the range, once for both fields', () => {
    const findings = evaluate({ claims: item('1018-1030:1018-1030', 3), problems: [] });
    expect(rows(findings)).toEqual([
      'reserved-port :3 ports.published+ports.target 1023,1024,1027',
      'unassigned-registered :3 ports.published+ports.target 1028,1030',
      'unassigned-well-known :3 ports.published+ports.target 1018,1019,1020',
    ]);
    // The covers keep every offending port per field, for suppressions and PR scope.
    expect(findings[0]!.covers).toEqual([
      {
        field: 'ports.published',
        spans: [
          { from: 1023, to: 1024 },
          { from: 1027, to: 1027 },
        ],
      },
      {
        field: 'ports.target',
        spans: [
          { from: 1023, to: 1024 },
          { from: 1027, to: 1027 },
        ],
      },
    ]);
  });

  it('names each field with its own ports when they differ', () => {
    const findings = evaluate({ claims: item('250-252:1018-1020', 3), problems: [] });
    expect(findings.map((f) => f.message)).toEqual([
      'service "web" claims 250-252/tcp (ports.published) and 1018-1020/tcp (ports.target), a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: use a port from 49152-65535.',
    ]);
    expect(findings[0]!.ports).toEqual([250, 251, 252, 1018, 1019, 1020]);
  });

  it('suggests one replacement that fixes every field of an item, and none for a range', () => {
    const claims = [
      ...item('251:251', 3, { resource: 'a' }),
      ...item('252:1023', 4, { resource: 'b' }),
      ...item('250-253:8080-8083', 5, { resource: 'c' }),
    ];
    // Offending ports ascending: 250, 251, 252, 253 (of the range too), then 1023.
    expect(rows(evaluate({ claims, problems: [] }))).toEqual([
      'unassigned-well-known :3 ports.published+ports.target 251 -> 49153:49153',
      'reserved-port :4 ports.target 1023 -> 252:49156',
      'unassigned-well-known :4 ports.published 252 -> 49154:1023',
      'host-port-conflict :5 ports.published 251,252',
      'unassigned-well-known :5 ports.published 250,251,252,253',
    ]);
  });

  it('allocates around the ports every claim spans, ranges included', () => {
    expect([...allocateReplacements([251, 252], [{ from: 49152, to: 49200 }, 49202])]).toEqual([
      [251, 49201],
      [252, 49203],
    ]);
    expect(allocateReplacements([{ from: 1, to: 3 }], [{ from: 1, to: 65535 }]).size).toBe(0);
  });
});

describe('suppressions on ranges', () => {
  const findingsOf = (allow: AllowEntry[]) =>
    rows(suppress(evaluate({ claims: item('1018-1030:1018-1030', 3), problems: [] }), { allow }));

  it('an allow entry covering every offending port of the range suppresses it; part of it does not', () => {
    expect(
      findingsOf([{ ports: [{ start: 1018, end: 1019 }], reason: 'lab' }]).filter((r) =>
        r.includes('[lab]'),
      ),
    ).toEqual([]);
    expect(
      findingsOf([
        { ports: [{ start: 1018, end: 1019 }], reason: 'lab' },
        { ports: [{ start: 1020, end: 1020 }], reason: 'old' },
      ]).find((r) => r.startsWith('unassigned-well-known')),
    ).toBe('unassigned-well-known :3 ports.published+ports.target 1018,1019,1020 [lab; old]');
  });

  it('an inline ignore on the line of a range covers its finding of that rule', () => {
    const findings = suppress(evaluate({ claims: item('1018-1030:1018-1030', 3), problems: [] }), {
      ignores: new Map([
        [
          'docker-compose.yml',
          [
            {
              line: 3,
              rules: ['reserved-port'],
              reason: 'vendor',
              span: { line: 3, column: 30, endLine: 3, endColumn: 60 },
            },
          ],
        ],
      ]),
    });
    expect(rows(findings)[0]).toBe(
      'reserved-port :3 ports.published+ports.target 1023,1024,1027 [vendor]',
    );
  });
});

describe('host-port-conflict on ranges', () => {
  const conflicts = (claims: Claim[]) =>
    hostPortConflict
      .check({ claims, problems: [] })
      .map((h) => `${h.resource}:${h.span.line} ${h.ports?.join(',')} ${h.message}`);

  it('a range overlapping a fixed port of another service conflicts on that port', () => {
    const claims = [
      ...item('1018-1030:1018-1030', 3, { resource: 'mixed' }),
      ...item('1025:8080', 4, { resource: 'fixed' }),
    ];
    expect(conflicts(claims)).toEqual([
      'fixed:4 1025 service "fixed" claims host port 1025/tcp (ports.published), already claimed by service "mixed" at line 3; only one can bind it.',
    ]);
  });

  it('a range written after a fixed port conflicts on that port only', () => {
    const claims = [
      ...item('8080:80', 3, { resource: 'web' }),
      ...item('8000-8100:8000-8100', 4, { resource: 'all' }),
    ];
    expect(conflicts(claims)).toEqual([
      'all:4 8080 service "all" claims host port 8080/tcp (ports.published), already claimed by service "web" at line 3; only one can bind it.',
    ]);
  });

  it('two ranges conflict on their overlap, naming the earliest claim of its lowest port', () => {
    const claims = [
      ...item('8050-8060:8050-8060', 3, { resource: 'b' }),
      ...item('8000-8055:8000-8055', 4, { resource: 'a' }),
      ...item('8040-8070:8040-8070', 5, { resource: 'c' }),
    ];
    expect(conflicts(claims)).toEqual([
      'a:4 8050,8051,8052,8053,8054,8055 service "a" claims host port 8050-8055/tcp (ports.published), already claimed by service "b" at line 3; only one can bind it.',
      expect.stringMatching(
        /^c:5 8040,.*,8060 service "c" claims host port 8040-8060\/tcp \(ports\.published\), already claimed by service "a" at line 4;/,
      ),
    ]);
  });

  it('another address, another protocol, or two host ranges do not conflict', () => {
    const claims = [
      ...item('8000-8010:8000-8010', 3, { resource: 'a', hostIp: '127.0.0.1' }),
      ...item('8005:80', 4, { resource: 'b', hostIp: '127.0.0.2' }),
      ...item('8005:80', 5, { resource: 'c', protocol: 'udp' }),
    ];
    expect(conflicts(claims)).toEqual([]);
    const hostRanges = [
      claim({ port: 9000, endPort: 9010, resource: 'a', hostRange: true }),
      claim({ port: 9005, endPort: 9020, resource: 'b', hostRange: true }),
    ];
    expect(conflicts(hostRanges)).toEqual([]);
  });

  it('one service may repeat a range in an override file, but not bind it twice in one', () => {
    const base = item('8000-8010:8000-8010', 3, { resource: 'a' });
    const override = item('8000-8010:8000-8010', 3, {
      resource: 'a',
      file: 'compose.override.yml',
    });
    expect(conflicts([...base, ...override])).toEqual([]);
    expect(conflicts([...base, ...item('8005:80', 4, { resource: 'a' })])).toEqual([
      expect.stringContaining('a:4 8005 service "a" claims host port 8005/tcp'),
    ]);
  });

  it('200 services on "1-65535:1-65535": each after the first conflicts, in one pass', () => {
    const claims = Array.from({ length: 200 }, (_, i) =>
      item('1-65535:1-65535', i + 1, { resource: `s${i}` }),
    ).flat();
    const hits = hostPortConflict.check({ claims, problems: [] });
    expect(hits).toHaveLength(199);
    expect(hits[0]!.ports).toHaveLength(1000);
    expect(hits[198]!.message).toContain(
      'claims host port 1-65535/tcp (ports.published), already claimed by service "s0" at line 1',
    );
  });
});

describe('scope `changed` on ranges', () => {
  const side = (claims: Claim[]) => ({
    claims,
    findings: evaluate({ claims, problems: [] }),
  });

  it('a range is new for the ports the base did not claim, field by field', () => {
    const base = side(item('250-252:250-252', 3));
    const widened = side(item('250-254:250-252', 3));
    expect(markNew({ base, head: widened }).map((f) => [f.line, f.new])).toEqual([[3, true]]);
    const same = side(item('250-252:250-252', 7));
    expect(markNew({ base, head: same }).map((f) => [f.line, f.new])).toEqual([[7, false]]);
    // The base claimed these ports one by one: not new either.
    const single = side([...item('250:250', 3), ...item('251:251', 4), ...item('252:252', 5)]);
    expect(markNew({ base: single, head: same }).map((f) => f.new)).toEqual([false]);
  });
});
