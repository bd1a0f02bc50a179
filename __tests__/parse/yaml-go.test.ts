// YAML that kubectl reads and YAML 1.2 does not: quoted scalars whose continuation lines are
// indented less than their key, as go-yaml writes them. Read as kubectl reads them, with exact
// positions; what kubectl refuses stays refused. The machine's kubectl is the reference.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { YNode, YamlDocument } from '../../src/parse/yaml.js';
import {
  entries,
  goYamlTokens,
  isMapNode,
  isSeqNode,
  items,
  parseYamlFile,
  scalarValue,
  yamlComments,
} from '../../src/parse/yaml.js';
import { writeTree } from '../helpers/tree.js';
import {
  claimRows,
  KUBERNETES_FIXTURES,
  parsedFixture,
  problemRows,
} from './kubernetes-fixtures.js';

const GO_YAML = `${KUBERNETES_FIXTURES}go-yaml/`;
const hasKubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status === 0;

function toJS(node: YNode | null, doc: YamlDocument): unknown {
  if (isMapNode(node)) {
    return Object.fromEntries(entries(node, doc).map((e) => [e.key, toJS(e.value, doc)]));
  }
  if (isSeqNode(node)) return items(node, doc).map((item) => toJS(item, doc));
  return scalarValue(node);
}

/** Each document of a text, keyed by kind and name. */
function objects(text: string): Map<string, unknown> {
  const file = parseYamlFile(text);
  expect(file.errors).toEqual([]);
  const out = new Map<string, unknown>();
  for (const doc of file.documents) {
    const object = toJS(doc.root, doc) as { kind: string; metadata: { name: string } };
    out.set(`${object.kind}/${object.metadata.name}`, object);
  }
  return out;
}

/** What `kubectl kustomize` makes of one file: its objects, or its error. */
function kubectl(fixture: string): { objects?: Map<string, unknown>; error?: string } {
  const dir = mkdtempSync(join(tmpdir(), 'port-claims-go-yaml-'));
  try {
    copyFileSync(GO_YAML + fixture, join(dir, fixture));
    writeFileSync(join(dir, 'kustomization.yaml'), `resources: [${fixture}]\n`);
    const run = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
    if (run.status !== 0) return { error: run.stderr };
    return { objects: objects(run.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('quoted scalars indented less than their key', () => {
  it('are read, each value as kubectl reads it', () => {
    const read = objects(readFileSync(GO_YAML + 'wrapped.yaml', 'utf8'));
    expect(read.get('Policy/rules')).toEqual({
      apiVersion: 'example.com/v1',
      kind: 'Policy',
      metadata: {
        name: 'rules',
        annotations: { note: "didn't match the placement cluster affinity constraint." },
      },
      spec: {
        validations: [
          {
            message:
              'sectionName must be specified when targetRefs includes 2 or more references to the same target',
            rule: "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name ? ((!has(p1.sectionName) || p1.sectionName == '') == (!has(p2.sectionName) || p2.sectionName == '')) : true))",
          },
          { message: 'a "quoted" word and a line joined # not a comment', rule: 'one two' },
        ],
        flow: ['x, y', 'z'],
      },
    });
    if (!hasKubectl) return;
    const reference = kubectl('wrapped.yaml');
    expect(reference.error).toBeUndefined();
    expect(read).toEqual(reference.objects);
  });

  it('are lexed into tokens that are the text as written', () => {
    const text = readFileSync(GO_YAML + 'wrapped.yaml', 'utf8');
    const tokens = goYamlTokens(text);
    expect(tokens?.filter((t) => !['\x02', '\x18', '\x1f'].includes(t)).join('')).toBe(text);
    expect(tokens).toContain('"A Service whose description go-yaml wrapped\n  below its key"');
    // Continuation lines indented at least as far as the opening quote need nothing; a quote
    // that opens a line of a block scalar opens no quoted scalar.
    expect(goYamlTokens('a: "b\n   c"\nd: |2\n    "e\n  f\n')).toBeUndefined();
  });

  it('leave every claim at its line and column, and the named targetPort resolvable', () => {
    const result = parsedFixture('go-yaml/wrapped.yaml');
    expect(result.entry.status).toBe('ok');
    expect(result.problems).toEqual([]);
    expect(claimRows(result)).toEqual([
      'Deployment/web web containerPort 251/tcp @46:30-33',
      // After a closing quote on a line indented less than the scalar's key.
      'Deployment/web web containerPort 9090/tcp @48:25-29',
      'Service/web - port 80/tcp @61:13-15',
    ]);
    expect(result.namedTargets?.map((t) => `${t.name} @${t.span.line}:${t.span.column}`)).toEqual([
      'http @62:19',
    ]);
  });

  it('hide no comment and make none: a directive after them still applies', async () => {
    const text = readFileSync(GO_YAML + 'wrapped.yaml', 'utf8');
    // `# not a comment` sits inside a double-quoted scalar that `yaml` alone would cut short.
    expect(yamlComments(text).map((c) => c.text)).toEqual([
      '# go-yaml (kubectl, kustomize, Helm) folds a long quoted string onto lines indented less than its',
      '# key, as the Gateway API CRDs are written; kubectl applies this file as it is.',
    ]);
    const ignored = text.replace(
      '              containerPort: 251',
      '              # port-claims: ignore unassigned-well-known -- the banner says so\n              containerPort: 251',
    );
    const root = writeTree({ 'web.yaml': ignored });
    const { findings } = await check({ paths: ['.'], cwd: root });
    expect(
      findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.suppressed ?? f.severity}`),
    ).toEqual([
      'unassigned-well-known 47:30 the banner says so',
      // The Service's targetPort names that port: its own finding, on its own line.
      'unassigned-well-known 63:19 error',
    ]);
  });
});

describe('what kubectl refuses stays refused', () => {
  it.each([
    [
      'document-marker.yaml',
      'parse-error - @7:13 document-marker.yaml is not valid YAML: Missing closing "quote; the documents with errors were not checked.',
    ],
    [
      'document-end.yaml',
      'parse-error - @7:15 document-end.yaml is not valid YAML: Missing closing "quote (and 8 more); the rest of this file was not checked.',
    ],
    [
      'unclosed.yaml',
      'parse-error - @11:1 unclosed.yaml is not valid YAML: Missing closing "quote; the rest of this file was not checked.',
    ],
  ])('%s', (fixture, problem) => {
    const result = parsedFixture(`go-yaml/${fixture}`);
    expect(result.entry.status).toBe('error');
    expect(problemRows(result)).toEqual([problem.replace(/^(\S+ - @\S+ )/, `$1go-yaml/`)]);
    if (hasKubectl) expect(kubectl(fixture).error).toMatch(/document|end of stream/);
  });
});
