import { describe, expect, it } from 'vitest';
import { allocateReplacements, evaluate, failing } from '../../src/policy/evaluate.js';
import { claim } from './helpers.js';

describe('allocateReplacements', () => {
  it('gives ascending offending ports the lowest free dynamic ports', () => {
    const result = allocateReplacements([252, 251, 251], [49152, 8080]);
    expect([...result]).toEqual([
      [251, 49153],
      [252, 49154],
    ]);
  });
});

describe('evaluate', () => {
  it('suggests the same replacement for one port everywhere, rewriting only the digits', () => {
    const compose = claim({
      port: 251,
      spec: '127.0.0.1:251:80',
      digits: { start: 10, end: 13 },
    });
    const k8s = claim({
      port: 251,
      manifest: 'kubernetes',
      file: 'deploy.yaml',
      resource: 'Deployment/api',
      field: 'containerPort',
      spec: '251',
      digits: { start: 0, end: 3 },
    });
    const findings = evaluate({ claims: [compose, k8s], problems: [] });
    // Sorted by file: deploy.yaml first.
    expect(findings.map((f) => f.suggestion)).toEqual([
      { port: 49152, replacement: '49152' },
      { port: 49152, replacement: '127.0.0.1:49152:80' },
    ]);
  });

  it('applies severity overrides, including off', () => {
    const claims = [claim({ port: 251 }), claim({ port: 1028 })];
    const findings = evaluate(
      { claims, problems: [] },
      { severities: { 'unassigned-well-known': 'warning', 'unassigned-registered': 'off' } },
    );
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ['unassigned-well-known', 'warning'],
    ]);
  });

  it('gives fingerprints that survive a line move', () => {
    const a = evaluate({ claims: [claim({ port: 251 })], problems: [] })[0]!;
    const b = evaluate({ claims: [claim({ port: 251 })], problems: [] })[0]!;
    expect(a.line).not.toBe(b.line);
    expect(a.fingerprint).toBe(b.fingerprint);
    const other = evaluate({ claims: [claim({ port: 252 })], problems: [] })[0]!;
    expect(other.fingerprint).not.toBe(a.fingerprint);
  });

  it('fails only on unsuppressed findings at or above fail-on', () => {
    const findings = evaluate({
      claims: [claim({ port: 251 }), claim({ port: 1028 })],
      problems: [],
    });
    expect(failing(findings, 'error')).toHaveLength(1);
    expect(failing(findings, 'notice')).toHaveLength(2);
    expect(failing(findings, 'never')).toHaveLength(0);
    expect(
      failing(
        findings.map((f) => ({ ...f, suppressed: 'ok' })),
        'notice',
      ),
    ).toHaveLength(0);
    expect(
      failing(
        findings.map((f) => ({ ...f, new: false })),
        'notice',
      ),
    ).toHaveLength(0);
  });
});
