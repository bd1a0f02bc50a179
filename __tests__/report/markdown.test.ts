import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderMarkdown, renderPrComment, STICKY_MARKER } from '../../src/report/markdown.js';
import type { Finding, Report } from '../../src/types.js';
import { writeTree, yaml } from '../helpers/tree.js';

async function reportOf(services: number): Promise<Report> {
  const lines = ['services:'];
  for (let i = 0; i < services; i++) {
    lines.push(
      `  svc${i}:`,
      '    image: app',
      '    ports:',
      `      - "${250 + (i % 3)}:${8000 + i}"`,
    );
  }
  const root = writeTree({ 'docker-compose.yml': `${lines.join('\n')}\n` });
  return (await check({ paths: ['.'], cwd: root })).report;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('renderMarkdown (job summary, --format markdown)', () => {
  it('shows counts per class, every finding, and the claimed ports', async () => {
    const report = await reportOf(2);
    const md = renderMarkdown(report, { notes: ['Review comments: 2 comments posted.'] });
    expect(md).toContain('❌ 2 findings in 1 manifest (4 claimed ports).');
    expect(md).toContain('| well-known | 0 | 2 | 0 | 0 |');
    expect(md).toContain(
      '| 🔴 error | `docker-compose.yml:5` | `unassigned-well-known` | 250/tcp | service "svc0" claims 250/tcp (ports.published)',
    );
    expect(md).toContain('- Review comments: 2 comments posted.');
    expect(md).toContain('### Claimed ports');
    expect(md).not.toContain('<details>');
  });

  it('folds findings the pull request did not introduce and long claim tables', async () => {
    const report = await reportOf(30);
    const findings: Finding[] = report.findings.map((f, i) => ({ ...f, new: i === 0 }));
    const md = renderMarkdown({ ...report, findings });
    expect(md).toContain('❌ 1 finding introduced by this pull request in 1 manifest');
    expect(findings.length).toBeGreaterThan(30);
    expect(md).toContain(
      `<details><summary>${findings.length - 1} findings already on the base branch (not introduced by this pull request)</summary>`,
    );
    expect(md).toContain('<details><summary>Claimed ports (60)</summary>');
  });

  it('stays under its byte limit, cutting the claims table first and saying so', async () => {
    const report = await reportOf(200);
    const limit = 30_000;
    const md = renderMarkdown(report, { limit });
    expect(bytes(md)).toBeLessThanOrEqual(limit);
    expect(md).toMatch(/\d+ more not shown \(size limit\)\./);
    // Every finding row came before any claim row was dropped.
    const small = renderMarkdown(report, { limit: 1_000_000 });
    expect(small).not.toContain('more not shown');
  });

  it('the default limit keeps a huge report under GitHub’s 1 MiB', async () => {
    const report = await reportOf(3000);
    expect(bytes(renderMarkdown(report))).toBeLessThan(1024 * 1024);
  });

  it('cannot be broken by what a manifest names', async () => {
    const root = writeTree({
      'docker-compose.yml': yaml`
        services:
          "x | y <img src=x> @admin [a](b)":
            image: app
            ports:
              - "251:8080"
      `,
    });
    const { report } = await check({ paths: ['.'], cwd: root });
    const md = renderMarkdown(report);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('@admin');
    expect(md).not.toContain('[a](b)');
    const row = md.split('\n').find((l) => l.startsWith('| 🔴'))!;
    // Seven pipes: six cells, none added by the name.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(8);
  });
});

describe('renderPrComment (sticky comment)', () => {
  it('carries the marker and a red headline while findings fail the check', async () => {
    const report = await reportOf(1);
    const body = renderPrComment(report, {
      failing: 2,
      runUrl: 'https://github.com/o/r/actions/runs/1',
    });
    expect(body.startsWith(`${STICKY_MARKER}\n### ❌ port-claims: 2 findings to fix\n`)).toBe(true);
    expect(body).toContain('([full report](https://github.com/o/r/actions/runs/1)):\n\n| severity');
    // Scope all: the findings are the repository's, not necessarily the pull request's.
    expect(body).toContain('\nThe scanned files claim ports that RFC 6335');
    const introduced = report.findings.map((f) => ({ ...f, new: true }));
    expect(renderPrComment({ ...report, findings: introduced }, { failing: 2 })).toContain(
      '\nThis pull request claims ports that RFC 6335',
    );
  });

  it('says all clear when the findings are gone', async () => {
    const report = await reportOf(1);
    const body = renderPrComment({ ...report, findings: [] }, { failing: 0 });
    expect(body).toContain('### ✅ port-claims: all clear');
    expect(body).not.toContain('| severity');
  });

  it('stays under GitHub’s 65,536 characters', async () => {
    const report = await reportOf(1500);
    const body = renderPrComment(report, { failing: report.findings.length });
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/\d+ more not shown/);
  });
});
