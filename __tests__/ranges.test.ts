// A range is one claim, end to end: the built dist/cli.js on a tree of ranges, in every format.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../src/report/schema.js';
import type { Finding, JsonReport, PublicClaim } from '../src/types.js';
import { writeTree, yaml } from './helpers/tree.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build`');
});

/**
 * 1018-1030/tcp mixes every status: 1018-1020 unassigned, 1021-1022 assigned, 1023 reserved
 * (well-known); 1024 reserved, 1025-1026 assigned, 1027 reserved, 1028 unassigned, 1029
 * assigned, 1030 unassigned (registered). "fixed" publishes 1025, inside it; "wide" overlaps
 * its end.
 */
const TREE = {
  'docker-compose.yml': yaml`
    services:
      mixed:
        image: mixed
        ports:
          - "1018-1030:1018-1030"
        expose:
          - "250-260/udp"
      fixed:
        image: fixed
        ports:
          - "1025:8080"
      wide:
        image: wide
        ports:
          - "1029-1040:1029-1040"
  `,
  Dockerfile: 'FROM scratch\nEXPOSE 8000-8002 251\n',
};

const MIXED_RUNS = [
  { from: 1018, to: 1020, range: 'well-known', status: 'unassigned' },
  { from: 1021, to: 1022, range: 'well-known', status: 'assigned' },
  { from: 1023, to: 1023, range: 'well-known', status: 'reserved' },
  { from: 1024, to: 1024, range: 'registered', status: 'reserved' },
  { from: 1025, to: 1026, range: 'registered', status: 'assigned' },
  { from: 1027, to: 1027, range: 'registered', status: 'reserved' },
  { from: 1028, to: 1028, range: 'registered', status: 'unassigned' },
  { from: 1029, to: 1029, range: 'registered', status: 'assigned' },
  { from: 1030, to: 1030, range: 'registered', status: 'unassigned' },
];

const row = (f: Finding): string =>
  `${f.rule} ${f.file}:${f.line} ${(f.fields ?? [f.field]).join('+')} ${f.ports?.join(',')}${f.suggestion ? ` -> ${f.suggestion.replacement}` : ''}`;

describe('a range is one claim (dist/cli.js)', () => {
  it('JSON: one claim per field with endPort and its class runs; one finding per item and rule', () => {
    const root = writeTree(TREE);
    const { status, stdout } = cli(['scan', '.', '--format', 'json'], root);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(reportSchema.safeParse(report).error).toBeUndefined();

    const mixed = report.claims.filter((c) => c.resource === 'mixed');
    expect(mixed).toEqual<PublicClaim[]>([
      {
        file: 'docker-compose.yml',
        line: 5,
        column: 9,
        manifest: 'compose',
        resource: 'mixed',
        field: 'ports.published',
        port: 1018,
        endPort: 1030,
        protocol: 'tcp',
        spec: '1018-1030:1018-1030',
        classes: MIXED_RUNS as PublicClaim['classes'],
        deployable: { kind: 'compose', path: 'docker-compose.yml' },
      },
      expect.objectContaining({ field: 'ports.target', port: 1018, endPort: 1030 }),
      expect.objectContaining({
        field: 'expose',
        port: 250,
        endPort: 260,
        protocol: 'udp',
        classes: [
          { from: 250, to: 255, range: 'well-known', status: 'unassigned' },
          { from: 256, to: 257, range: 'well-known', status: 'assigned' },
          { from: 258, to: 258, range: 'well-known', status: 'unassigned' },
          { from: 259, to: 260, range: 'well-known', status: 'assigned' },
        ],
      }),
    ]);
    // No class (and no IANA service names) on a range; a single port keeps its service.
    expect(mixed.every((c) => c.class === undefined)).toBe(true);
    expect(
      report.claims.find((c) => c.resource === 'fixed' && c.field === 'ports.target'),
    ).toMatchObject({ port: 8080, class: { status: 'assigned', service: 'http-alt' } });
    expect(report.claims).toHaveLength(9);

    expect(report.findings.map(row)).toEqual([
      'unassigned-well-known Dockerfile:2 EXPOSE 251 -> 49153',
      'reserved-port docker-compose.yml:5 ports.published+ports.target 1023,1024,1027',
      'unassigned-registered docker-compose.yml:5 ports.published+ports.target 1028,1030',
      'unassigned-well-known docker-compose.yml:5 ports.published+ports.target 1018,1019,1020',
      'unassigned-well-known docker-compose.yml:7 expose 250,251,252,253,254,255,258',
      'host-port-conflict docker-compose.yml:11 ports.published 1025',
      'host-port-conflict docker-compose.yml:15 ports.published 1029,1030',
      'unassigned-registered docker-compose.yml:15 ports.published+ports.target 1030,1031,1032',
    ]);
    const conflict = report.findings.find((f) => f.line === 11)!;
    expect(conflict.message).toBe(
      'service "fixed" claims host port 1025/tcp (ports.published), already claimed by service "mixed" at line 5; only one can bind it.',
    );
    expect(report.findings.find((f) => f.line === 5 && f.rule === 'reserved-port')!.message).toBe(
      'service "mixed" claims 1023-1024, 1027/tcp (ports.published and ports.target), which IANA lists as Reserved; use a port from 49152-65535.',
    );
  });

  it('text, markdown and SARIF say the same', () => {
    const root = writeTree(TREE);
    const text = cli(['scan', '.'], root).stdout;
    expect(text).toContain(
      'docker-compose.yml:5:9 error unassigned-well-known service "mixed" claims 1018-1020/tcp (ports.published and ports.target), a well-known port',
    );
    // Counts are per port: a range counts each of its ports, under its class.
    expect(text).toContain(
      '8 findings (6 errors, 0 warnings, 2 notices); 9 claims (67 ports) in 2 manifests.',
    );
    expect(text).toContain('  well-known  8 assigned, 14 unassigned, 2 reserved');
    expect(text).toContain('  registered  29 assigned, 10 unassigned, 4 reserved');

    const markdown = cli(['scan', '.', '--format', 'markdown'], root).stdout;
    expect(markdown).toContain('(67 claimed ports)');
    expect(markdown).toContain('| well-known | 8 | 14 | 2 | 0 |');
    expect(markdown).toContain(
      '| 1018-1030/tcp | well-known, registered | 5 unassigned, 5 assigned, 3 reserved | mixed | `ports.published` | `docker-compose.yml:5` |',
    );
    expect(markdown).toContain('| `reserved-port` | 1023-1024, 1027/tcp |');

    const sarif = JSON.parse(cli(['scan', '.', '--format', 'sarif'], root).stdout);
    const results = sarif.runs[0].results as { ruleId: string; message: { text: string } }[];
    expect(results).toHaveLength(8);
    expect(results.map((r) => r.message.text)).toContain(
      'service "wide" claims host port 1029-1030/tcp (ports.published), already claimed by service "mixed" at line 5; only one can bind it.',
    );
  });

  it('"251:251" is one finding for both fields, with one replacement, in every format', () => {
    const root = writeTree({
      'compose.yaml': yaml`
        services:
          admin:
            ports:
              - "251:251"
      `,
    });
    const report = JSON.parse(cli(['scan', '.', '--format', 'json'], root).stdout) as JsonReport;
    expect(report.findings).toEqual([
      expect.objectContaining({
        rule: 'unassigned-well-known',
        ports: [251],
        field: 'ports.published',
        fields: ['ports.published', 'ports.target'],
        suggestion: { port: 49152, replacement: '49152:49152' },
      }),
    ]);
    expect(cli(['scan', '.'], root).stdout).toContain('Suggested: "49152:49152".');
    const sarif = JSON.parse(cli(['scan', '.', '--format', 'sarif'], root).stdout);
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(sarif.runs[0].results[0].message.text).toContain('Suggested: "49152:49152".');
    expect(cli(['scan', '.', '--format', 'markdown'], root).stdout).toContain('`49152:49152`');
  });

  it('200 services publishing "1-65535:1-65535": one claim per field, ports listed up to the cap', () => {
    const services = Array.from(
      { length: 200 },
      (_, i) => `  s${i}:\n    image: x\n    ports: ["1-65535:1-65535"]\n`,
    );
    const root = writeTree({ 'compose.yaml': `services:\n${services.join('')}` });
    const { status, stdout } = cli(['scan', '.', '--format', 'json'], root);
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.claims).toHaveLength(400);
    // The runs of one range are one list, however many claims share the range.
    expect(report.claims[0]!.classes!.length).toBeGreaterThan(1000);
    const byRule = new Map<string, number>();
    for (const f of report.findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    expect(Object.fromEntries(byRule)).toEqual({
      'unassigned-well-known': 200,
      'reserved-port': 200,
      'host-port-conflict': 199,
      'unassigned-registered': 200,
    });
    const conflict = report.findings.find((f) => f.rule === 'host-port-conflict')!;
    expect(conflict.ports).toHaveLength(1000);
    expect(conflict.ports!.slice(0, 3)).toEqual([1, 2, 3]);
    expect(conflict.message).toContain('1-65535/tcp');
    const registered = report.findings.find((f) => f.rule === 'unassigned-registered')!;
    expect(registered.message).toMatch(/, \.\.\. \(42728 ports in all\)\/tcp/);
    // Every dynamic port is claimed, so no replacement can be suggested.
    expect(report.findings.some((f) => f.suggestion)).toBe(false);
    expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(799);
  });
});
