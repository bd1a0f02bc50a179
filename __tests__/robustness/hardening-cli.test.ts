// Issue 15 through the built CLI: what a stranger's files can make of the scan's output, and
// the caps that bound what a scan does with a file built to make it work without end.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { writeTree } from '../helpers/tree.js';
import type { Tree } from '../helpers/tree.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
  });
  if (result.error) throw result.error;
  return result;
}

function scanJson(tree: Tree, ...args: string[]): Report {
  const result = cli(writeTree(tree), 'scan', '.', '--format', 'json', ...args);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report;
}

const ZWSP = '\u200b';

describe('output in a workflow log runs no command', () => {
  const tree: Tree = {
    '::stop-commands::x/compose.yaml': [
      'services:',
      '  d##[stop-commands]y:',
      '    ports:',
      '      - "251:80"',
      '',
    ].join('\n'),
  };

  it('text: no line starts with ::, no ##[ anywhere; the names still read the same', () => {
    const result = cli(writeTree(tree), 'scan', '.');
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual([]);
    expect(result.stdout).not.toContain('##[');
    expect(result.stdout.replaceAll(ZWSP, '')).toContain(
      '::stop-commands::x/compose.yaml:4:9 error unassigned-well-known service "d##[stop-commands]y"',
    );
  });

  it('JSON and SARIF: the same values, with no ##[ in the text', () => {
    const root = writeTree(tree);
    const json = cli(root, 'scan', '.', '--format', 'json');
    expect(json.stdout).not.toContain('##[');
    const report = JSON.parse(json.stdout) as Report;
    expect(report.claims[0]).toMatchObject({
      file: '::stop-commands::x/compose.yaml',
      resource: 'd##[stop-commands]y',
    });
    const sarif = cli(root, 'scan', '.', '--format', 'sarif');
    expect(sarif.stdout).not.toContain('##[');
    expect(JSON.stringify(JSON.parse(sarif.stdout))).toContain('d##[stop-commands]y');
  });

  it('a config error that quotes a key', () => {
    const result = cli(writeTree({ '.port-claims.yml': '"##[stop-commands]x": 1\n' }), 'scan', '.');
    expect(result.status).toBe(2);
    expect(result.stderr).not.toContain('##[');
    expect(result.stderr).toContain(`##${ZWSP}[stop-commands]x`);
  });
});

/** `A0=1`, `A1=${A0}${A0}`, ... : 547 bytes that expand to 2^26 characters. */
function doubling(prefix: string, levels = 26): string[] {
  const lines = [`${prefix}A0=1`];
  for (let i = 1; i <= levels; i++) lines.push(`${prefix}A${i}=\${A${i - 1}}\${A${i - 1}}`);
  return lines;
}

describe('variables that double with each line', () => {
  it('Dockerfile ARG and ENV, and a .env feeding compose: invalid-port, and the rest is read', () => {
    const report = scanJson({
      'arg/Dockerfile': [
        ...doubling('ARG '),
        'FROM alpine',
        'ARG A26',
        'EXPOSE ${A26} 8080',
        '',
      ].join('\n'),
      'env/Dockerfile': ['FROM alpine AS app', ...doubling('ENV '), 'EXPOSE $A26', ''].join('\n'),
      'compose/.env': `${doubling('').join('\n')}\n`,
      'compose/compose.yaml': [
        'services:',
        '  app:',
        '    ports:',
        '      - "${A26}:80"',
        '      - "8081:80"',
        '',
      ].join('\n'),
    });
    expect(
      report.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule} ${f.message}`),
    ).toEqual([
      'arg/Dockerfile:30:8 invalid-port Dockerfile: EXPOSE ${A26} is not a port: A26 expands to more than 1,024 characters, longer than any port or list of ports.',
      'compose/compose.yaml:4:9 invalid-port service "app": ${A26} expands to more than 4,096 characters, longer than any port, name or path',
      'env/Dockerfile:29:8 invalid-port stage "app": EXPOSE $A26 is not a port: A26 expands to more than 1,024 characters, longer than any port or list of ports.',
    ]);
    expect(report.claims.map((c) => `${c.file} ${c.port}`).sort()).toEqual([
      'arg/Dockerfile 8080',
      'compose/compose.yaml 80',
      'compose/compose.yaml 8081',
    ]);
  });
});

describe('a config file the scan cannot use is an error on its line (exit 2)', () => {
  it.each([
    ['{{ x }}\n', '.port-claims.yml:1:2: a key must be a name, and this one is a mapping'],
    ['null: 1\n', '.port-claims.yml:1:1: a key must be a name, and this one is empty (null)'],
    ['~: 1\n', '.port-claims.yml:1:1: a key must be a name, and this one is empty (null)'],
    ['? [rules]\n: 1\n', '.port-claims.yml:1:3: a key must be a name, and this one is a list'],
    [
      'rules: {null: off}\n',
      '.port-claims.yml:1:9: rules: a key must be a name, and this one is empty (null)',
    ],
    [
      'exclude: ["["]\n',
      '.port-claims.yml:1:11: exclude[0] must be a non-empty glob (got "[": Missing closing: "]"',
    ],
    [
      'env-files:\n  - .env.ci\n',
      '.port-claims.yml:2:5: env-files[0]: ".env.ci" does not exist (paths are relative to the root scanned)',
    ],
  ])('%j', (config, message) => {
    const result = cli(
      writeTree({ '.port-claims.yml': config, 'compose.yaml': 'services: {}\n' }),
      'scan',
      '.',
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`port-claims: ${message}`);
  });

  it('an env file the config names, present, is read', () => {
    const report = scanJson({
      '.port-claims.yml': 'env-files: [.env.ci]\n',
      '.env.ci': 'WEB=8080\n',
      'compose.yaml': 'services:\n  web:\n    ports: ["${WEB}:80"]\n',
    });
    expect(report.claims.map((c) => c.port)).toEqual([8080, 80]);
  });
});
