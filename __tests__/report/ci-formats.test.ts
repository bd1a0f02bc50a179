// `--format junit` and `--format codeclimate` through the built CLI, read as their consumers read
// them: JUnit XML by test-results-parser (the parser behind testbeats, which reads the reports of
// JUnit, pytest, Jest and others) after an XML well-formedness check by fast-xml-parser; GitLab
// Code Quality against the fields GitLab documents as required (its "implement a custom tool"
// section of the Code Quality page), with ajv.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { XMLValidator } from 'fast-xml-parser';
import { parse } from 'test-results-parser';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/tree.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const tree = {
  'sub/compose.yaml':
    'services:\n  web:\n    ports:\n      - "251:251"\n      - "1028:80" # registered, unassigned\n  old:\n    ports:\n      # port-claims: ignore unassigned-well-known -- legacy & <printer>\n      - "252:80"\n',
  'sub/k8s/ok.yaml':
    'apiVersion: v1\nkind: Service\nmetadata: {name: ok}\nspec:\n  ports: [{port: 443}]\n',
  'sub/k8s/broken.yaml': 'apiVersion: v1\nkind: Service\n  bad: [\n',
};

/** The repository: the tree under git, scanned from its `sub` folder. */
function repository(): string {
  const root = writeTree(tree);
  expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
  return root;
}

describe('--format junit', () => {
  it('is well-formed JUnit XML that a consumer parses into one suite per manifest', () => {
    const root = repository();
    const run = cli(['sub', '--format', 'junit', '--fail-on', 'notice'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(XMLValidator.validate(run.stdout)).toBe(true);
    const file = join(root, 'report.xml');
    writeFileSync(file, run.stdout);
    const result = parse({ type: 'junit', files: [file] });
    expect(result.failed).toBe(3);
    const suites = Object.fromEntries(
      result.suites.map((s) => [s.name, s.cases.map((c) => `${c.status} ${c.name}`)]),
    );
    expect(suites).toEqual({
      'sub/compose.yaml': [
        'FAIL unassigned-well-known sub/compose.yaml:4:9',
        'FAIL unassigned-registered sub/compose.yaml:5:9',
        'SKIP unassigned-well-known sub/compose.yaml:9:9',
      ],
      'sub/k8s/broken.yaml': ['FAIL parse-error sub/k8s/broken.yaml:2:7'],
      'sub/k8s/ok.yaml': ['PASS ports of sub/k8s/ok.yaml'],
    });
    const failure = result.suites[0]!.cases[0]!.failure;
    expect(failure).toContain('claims 251/tcp (ports.published and ports.target)');
    expect(failure).toContain('Suggested: "49152:49152"');
    // The suppression's reason survives the escaping.
    expect(run.stdout).toContain('message="suppressed: legacy &amp; &lt;printer&gt;"');
  });
});

/** GitLab's Code Quality report: the fields its documentation requires, and their forms. */
const CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      type: { const: 'issue' },
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { type: 'string' } },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', pattern: '^(?!/)(?!\\.\\./)' },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer' } },
          },
        },
      },
    },
  },
};

describe('--format codeclimate', () => {
  it('is a GitLab Code Quality report, paths from the repository root', () => {
    const root = repository();
    const run = cli(['sub', '--format', 'codeclimate'], root);
    expect(run.status).toBe(1);
    const issues = JSON.parse(run.stdout) as {
      check_name: string;
      severity: string;
      fingerprint: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const validate = new Ajv({ allErrors: true }).compile(CODE_QUALITY_SCHEMA);
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    // GitLab tells issues apart by fingerprint.
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(
      issues.map(
        (i) => `${i.severity} ${i.check_name} ${i.location.path}:${i.location.lines.begin}`,
      ),
    ).toEqual([
      'major unassigned-well-known sub/compose.yaml:4',
      'info unassigned-registered sub/compose.yaml:5',
      'minor parse-error sub/k8s/broken.yaml:2',
    ]);
    // An empty scan is an empty list, which GitLab reads as "no issues".
    expect(cli(['--format', 'codeclimate'], writeTree({})).stdout).toBe('[]\n');
  });
});
