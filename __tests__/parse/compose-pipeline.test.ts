// A compose project through the built CLI, as a user runs it: an override file, a YAML merge
// key, extends from another file, a .env value, a default a fix rewrites, profiles, host network.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/types.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const PROJECT = fileURLToPath(new URL('../fixtures/compose/project', import.meta.url));

describe('port-claims scan of a compose project (dist/cli.js)', () => {
  it('lists what docker compose would publish or expose, at the lines where it is written', () => {
    const run = spawnSync(process.execPath, [CLI, 'scan', PROJECT, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, WEB_PORT: '8080', API_PORT: '9000' },
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files.map((f) => `${f.file} ${f.status}`)).toEqual([
      'compose.override.yaml ok',
      'compose.yaml ok',
      'shared/base.yml ok',
    ]);
    expect(
      report.claims.map(
        (c) =>
          `${c.file}:${c.line}:${c.column} ${c.resource} ${c.field} ${c.port}/${c.protocol}${c.hostIp ? ` ${c.hostIp}` : ''}${c.hostNetwork ? ' host-network' : ''}`,
      ),
    ).toEqual([
      // Through the merge key, at the anchored definition; the process's WEB_PORT is not read.
      'compose.yaml:5:7 web ports.published 251/tcp',
      'compose.yaml:5:7 web ports.target 80/tcp',
      'compose.override.yaml:5:9 web ports.published 9229/tcp 127.0.0.1',
      'compose.override.yaml:5:9 web ports.target 9229/tcp 127.0.0.1',
      // API_PORT from the .env beside the file (8001), not from the process (9000).
      'compose.yaml:16:20 api ports.published 8001/tcp',
      'compose.yaml:15:17 api ports.target 8000/tcp',
      'shared/base.yml:3:14 api expose 8000/tcp',
      'compose.yaml:20:14 dns expose 53/udp host-network',
      'compose.override.yaml:8:13 debug ports.published 9229/tcp',
      'compose.override.yaml:8:13 debug ports.target 9229/tcp',
    ]);
    const findings = report.findings.filter((f) => f.rule !== 'unassigned-registered');
    expect(findings).toMatchObject([
      {
        rule: 'host-port-conflict',
        file: 'compose.override.yaml',
        line: 8,
        message:
          'service "debug" claims host port 9229/tcp (ports.published), already claimed by service "web" at line 5; only one can bind it.',
      },
      {
        rule: 'unassigned-well-known',
        file: 'compose.yaml',
        line: 5,
        column: 7,
        suggestion: { port: 49152, replacement: '${WEB_PORT:-49152}:80' },
      },
    ]);
  });
});
