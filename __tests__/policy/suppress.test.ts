import { describe, expect, it } from 'vitest';
import type { IgnoreDirective } from '../../src/parse/result.js';
import { evaluate, failing } from '../../src/policy/evaluate.js';
import type { AllowEntry, SuppressInput } from '../../src/policy/suppress.js';
import { suppress } from '../../src/policy/suppress.js';
import type { Claim, Finding } from '../../src/types.js';
import { claim } from './helpers.js';

const at = (line: number) => ({ span: { line, column: 9, endLine: line, endColumn: 18 } });

/** Findings as compact rows: "rule file:line severity [suppressed: reason]". */
const rows = (findings: readonly Finding[]): string[] =>
  findings.map(
    (f) =>
      `${f.rule} ${f.file}:${f.line} ${f.severity}${f.suppressed !== undefined ? ` [${f.suppressed}]` : ''}`,
  );

function run(claims: Claim[], input: SuppressInput): Finding[] {
  return suppress(evaluate({ claims, problems: [] }), input);
}

const range = (start: number, end = start) => ({ start, end });

describe('allow entries', () => {
  const claims = () => [
    claim({ port: 251, ...at(3) }),
    claim({ port: 252, protocol: 'udp', ...at(4) }),
    claim({ port: 1028, file: 'legacy/compose.yaml', ...at(5) }),
  ];

  it('suppress by port, keeping the finding and its reason', () => {
    const allow: AllowEntry[] = [{ ports: [range(251)], reason: 'printer protocol' }];
    expect(rows(run(claims(), { allow }))).toEqual([
      'unassigned-well-known docker-compose.yml:3 error [printer protocol]',
      'unassigned-well-known docker-compose.yml:4 error',
      'unassigned-registered legacy/compose.yaml:5 notice',
    ]);
  });

  it('suppress by range', () => {
    const allow: AllowEntry[] = [{ ports: [range(250, 260), range(1000, 1100)], reason: 'lab' }];
    expect(rows(run(claims(), { allow }))).toEqual([
      'unassigned-well-known docker-compose.yml:3 error [lab]',
      'unassigned-well-known docker-compose.yml:4 error [lab]',
      'unassigned-registered legacy/compose.yaml:5 notice [lab]',
    ]);
  });

  it('suppress only the protocol given', () => {
    const allow: AllowEntry[] = [
      { ports: [range(251, 252)], protocol: 'udp', reason: 'syslog relay' },
    ];
    expect(rows(run(claims(), { allow }))).toEqual([
      'unassigned-well-known docker-compose.yml:3 error',
      'unassigned-well-known docker-compose.yml:4 error [syslog relay]',
      'unassigned-registered legacy/compose.yaml:5 notice',
    ]);
  });

  it('suppress only in the files the globs match', () => {
    const allow: AllowEntry[] = [
      { ports: [range(0, 65535)], files: ['legacy/**', '**/*.tmp.yml'], reason: 'to be removed' },
    ];
    expect(rows(run(claims(), { allow }))).toEqual([
      'unassigned-well-known docker-compose.yml:3 error',
      'unassigned-well-known docker-compose.yml:4 error',
      'unassigned-registered legacy/compose.yaml:5 notice [to be removed]',
    ]);
  });

  it('suppress a range finding only when every port of it is allowed, naming every reason used', () => {
    const spanning = () =>
      [250, 251, 252].map((port) => claim({ port, spec: '250-252:80', ...at(7) }));
    const one: AllowEntry[] = [{ ports: [range(251)], reason: 'one' }];
    expect(rows(run(spanning(), { allow: one }))).toEqual([
      'unassigned-well-known docker-compose.yml:7 error',
    ]);
    const together: AllowEntry[] = [
      { ports: [range(250, 251)], reason: 'first' },
      { ports: [range(300)], reason: 'unused' },
      { ports: [range(252)], reason: 'second' },
    ];
    expect(rows(run(spanning(), { allow: together }))).toEqual([
      'unassigned-well-known docker-compose.yml:7 error [first; second]',
    ]);
  });

  it('accept a port, not a conflict, an invalid port or a broken file', () => {
    const findings = suppress(
      evaluate({
        claims: [claim({ port: 8080, ...at(2) }), claim({ port: 8080, ...at(3) })],
        problems: [
          {
            code: 'invalid-port',
            file: 'docker-compose.yml',
            span: at(4).span,
            message: 'port 70000 is above 65535',
            ports: [70000],
          },
        ],
      }),
      { allow: [{ ports: [range(0, 65535)], reason: 'anything' }] },
    );
    expect(findings.every((f) => f.suppressed === undefined)).toBe(true);
    expect(findings.map((f) => f.rule).sort()).toEqual(['host-port-conflict', 'invalid-port']);
  });

  it('never let a suppressed finding fail the run', () => {
    const findings = run(claims(), { allow: [{ ports: [range(0, 65535)], reason: 'all' }] });
    expect(failing(findings, 'notice')).toEqual([]);
  });
});

describe('inline ignores', () => {
  const directive = (
    line: number,
    rules: string[],
    reason: string,
    extra: Partial<IgnoreDirective> = {},
  ): IgnoreDirective => ({
    line,
    rules,
    reason,
    span: { line: line - 1, column: 7, endLine: line - 1, endColumn: 60 },
    ...extra,
  });
  const ignores = (...directives: IgnoreDirective[]) =>
    new Map([['docker-compose.yml', directives]]);

  it('suppress the findings of the rules they name on the line they cover', () => {
    const claims = [claim({ port: 251, ...at(3) }), claim({ port: 0, ...at(5) })];
    const findings = run(claims, {
      ignores: ignores(
        directive(3, ['unassigned-well-known'], 'legacy'),
        directive(5, ['unassigned-well-known', 'reserved-port'], 'kernel picks'),
      ),
    });
    expect(rows(findings)).toEqual([
      'unassigned-well-known docker-compose.yml:3 error [legacy]',
      // Port 0 is reserved, not unassigned: that half of the directive matches nothing.
      'unassigned-well-known docker-compose.yml:4 notice',
      'reserved-port docker-compose.yml:5 error [kernel picks]',
    ]);
  });

  it('win over an allow entry, and leave other rules and lines alone', () => {
    const claims = [
      claim({ port: 251, ...at(3) }),
      claim({ port: 251, field: 'ports.target', ...at(4) }),
    ];
    const findings = run(claims, {
      allow: [{ ports: [range(251)], reason: 'from the config' }],
      ignores: ignores(directive(3, ['unassigned-well-known'], 'inline')),
    });
    expect(rows(findings)).toEqual([
      'unassigned-well-known docker-compose.yml:3 error [inline]',
      'unassigned-well-known docker-compose.yml:4 error [from the config]',
    ]);
  });

  it('report an ignore that matches nothing as a notice under the rule it names', () => {
    const findings = run([claim({ port: 251, ...at(3) })], {
      ignores: ignores(
        directive(3, ['unassigned-well-known', 'reserved-port'], 'half used'),
        directive(9, ['unassigned-well-known'], 'stale', {
          span: { line: 9, column: 14, endLine: 9, endColumn: 70 },
        }),
      ),
    });
    expect(rows(findings)).toEqual([
      'reserved-port docker-compose.yml:2 notice',
      'unassigned-well-known docker-compose.yml:3 error [half used]',
      'unassigned-well-known docker-compose.yml:9 notice',
    ]);
    expect(findings[0]).toEqual({
      rule: 'reserved-port',
      severity: 'notice',
      file: 'docker-compose.yml',
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 60,
      message:
        'This "# port-claims: ignore reserved-port" matches no reserved-port finding on the next line; remove it, so that it cannot hide a future one.',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(findings[2]?.message).toBe(
      'This "# port-claims: ignore unassigned-well-known" matches no unassigned-well-known finding on its own line; remove it, so that it cannot hide a future one.',
    );
  });

  it('give stale notices fingerprints that survive a move and tell two apart', () => {
    const stale = (line: number) => directive(line, ['reserved-port'], 'x');
    const before = run([], { ignores: ignores(stale(3), stale(8)) });
    const after = run([], { ignores: ignores(stale(4), stale(9)) });
    expect(before.map((f) => f.fingerprint)).toEqual(after.map((f) => f.fingerprint));
    expect(before[1]?.fingerprint).toBe(`${before[0]?.fingerprint}-2`);
  });

  it('do not report an ignore of a rule that is off, or in a file read only in part', () => {
    const input = { ignores: ignores(directive(3, ['reserved-port'], 'x')) };
    expect(run([], { ...input, off: new Set(['reserved-port']) })).toEqual([]);
    expect(run([], { ...input, partial: new Set(['docker-compose.yml']) })).toEqual([]);
  });

  it('report an unknown rule and an unreadable directive as parse-error notices, applying neither', () => {
    const findings = run([claim({ port: 251, ...at(3) }), claim({ port: 252, ...at(5) })], {
      ignores: ignores(
        directive(3, ['unasigned-well-known'], 'typo'),
        directive(5, ['unassigned-well-known'], '', {
          error: 'gives no reason, so it is not applied; write "…"',
        }),
      ),
    });
    expect(
      findings.map((f) => `${f.rule} ${f.line} ${f.severity} ${f.suppressed ?? '-'} ${f.message}`),
    ).toEqual([
      'parse-error 2 notice - This port-claims directive names "unasigned-well-known", which is not a rule (did you mean "unassigned-well-known"?), so it ignores nothing; the rules are unassigned-well-known, reserved-port, invalid-port, host-port-conflict, unresolved-port, parse-error, unassigned-registered.',
      expect.stringMatching(/^unassigned-well-known 3 error - /),
      'parse-error 4 notice - This port-claims directive gives no reason, so it is not applied; write "…".',
      expect.stringMatching(/^unassigned-well-known 5 error - /),
    ]);
    expect(
      run([], { ...{ ignores: ignores(directive(3, ['x'], 'y')) }, off: new Set(['parse-error']) }),
    ).toEqual([]);
  });
});
