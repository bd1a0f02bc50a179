// Kubernetes claims through the whole engine: rules that depend on what the parser records.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Finding, JsonReport } from '../../src/types.js';
import { KUBERNETES_FIXTURES } from './kubernetes-fixtures.js';

describe('host-port-conflict on nodePorts', () => {
  const conflicts = (findings: readonly Finding[]): string[] =>
    findings
      .filter((f) => f.rule === 'host-port-conflict')
      .map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);

  it('flags one Service listing a nodePort twice for a protocol, and no other directory', async () => {
    // Each directory is a deployable of its own: without clusters:, none shares a cluster.
    const { findings } = await check({ paths: ['node-ports'], cwd: KUBERNETES_FIXTURES });
    expect(conflicts(findings)).toEqual([
      'base/service.yaml:13:43 Service/web claims host port 30090/tcp (nodePort), already claimed by Service/web at line 12; only one can bind it.',
    ]);
  });

  it('flags two Services on one nodePort across the directories a clusters: group names', async () => {
    const { findings } = await check({
      paths: ['node-ports'],
      cwd: KUBERNETES_FIXTURES,
      config: 'node-ports.clusters.yml',
    });
    expect(conflicts(findings)).toEqual([
      'base/service.yaml:13:43 Service/web claims host port 30090/tcp (nodePort), already claimed by Service/web at line 12; only one can bind it.',
      // The overlay's copy of Service/web is the same Service, not a second claimant.
      'team-a/service.yaml:10:17 Service/api claims host port 30080/tcp (nodePort), already claimed by Service/web at base/service.yaml:9; only one can bind it.',
      'team-b/service.yaml:11:17 Service/api claims host port 30080/udp (nodePort), already claimed by Service/web at base/service.yaml:9; only one can bind it.',
    ]);
  });
});

describe('hostNetwork', () => {
  it('says in the finding and in the summary that the port is the host’s', async () => {
    const { findings, report } = await check({
      paths: ['kinds/daemonset.yaml'],
      cwd: KUBERNETES_FIXTURES,
    });
    const finding = findings.find((f) => f.rule === 'unassigned-well-known');
    expect(finding).toMatchObject({ line: 17, column: 30, ports: [251] });
    expect(finding?.message).toBe(
      'DaemonSet/node-agent (container "agent") claims 251/tcp (containerPort) on the host network, a well-known port IANA has not assigned; RFC 6335 says not to deploy on it: use a port from 49152-65535.',
    );
    expect(report.claims[0]).toMatchObject({ port: 251, hostNetwork: true });
    const summary = renderMarkdown(report);
    expect(summary).toContain(
      '| 251/tcp | well-known | unassigned | DaemonSet/node-agent (host network) | `containerPort` |',
    );
  });
});

describe('the built CLI on templates and odd documents', () => {
  const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

  it('lists skipped templates with their reason and raises no parse error for them', () => {
    const run = spawnSync(
      process.execPath,
      [CLI, 'scan', 'templates', 'documents', '--format', 'json'],
      {
        cwd: KUBERNETES_FIXTURES,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    // With several paths, paths are relative to the working directory.
    expect(report.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'templates/braces-in-strings.yaml ok',
      'templates/helm-broken.yaml skipped',
      'templates/helm-parses.yaml skipped',
      'templates/placeholders.yaml ok',
      'documents/broken.yaml error',
      'documents/list.yaml ok',
      'documents/multi-document.yaml ok',
    ]);
    expect(report.files[1]?.reason).toBe(
      'template syntax ({{ }}) at line 4: not plain YAML, so it was not scanned; render it (helm template, ...) and scan the output',
    );
    expect(
      report.findings.filter((f) => f.rule === 'parse-error').map((f) => `${f.file}:${f.line}`),
    ).toEqual(['documents/broken.yaml:9']);
    expect(report.claims.filter((c) => c.file.startsWith('templates/helm-'))).toEqual([]);
    expect(run.status).toBe(1);
  });
});
