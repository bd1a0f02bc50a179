import { describe, expect, it } from 'vitest';
import { readIgnores } from '../../src/parse/ignores.js';
import { parseManifest } from '../../src/parse/manifest.js';
import { yaml } from '../helpers/tree.js';

/** Directives as compact rows: "covers-line rules -- reason @line:column-endColumn [error]". */
const rows = (text: string, syntax: 'yaml' | 'dockerfile'): string[] =>
  readIgnores(text, syntax).map(
    (d) =>
      `${d.line} ${d.rules.join(',')} -- ${d.reason} @${d.span.line}:${d.span.column}-${d.span.endColumn}${d.error ? ` [${d.error}]` : ''}`,
  );

describe('readIgnores in YAML', () => {
  it('reads a directive after a value (covering its own line) and on a line of its own (covering the next)', () => {
    const text = yaml`
      services:
        web:
          ports:
            - "251:80" # port-claims: ignore unassigned-well-known -- legacy device protocol
            # port-claims: ignore reserved-port, unassigned-registered -- vendor appliance
            - "1023:80"
    `;
    expect(rows(text, 'yaml')).toEqual([
      '4 unassigned-well-known -- legacy device protocol @4:18-87',
      '6 reserved-port,unassigned-registered -- vendor appliance @5:7-85',
    ]);
  });

  it('accepts loose spacing and keeps a reason that holds "--"', () => {
    expect(
      rows('a: 1 #port-claims:ignore  reserved-port ,parse-error --  x -- y  \n', 'yaml'),
    ).toEqual(['1 reserved-port,parse-error -- x -- y @1:6-64']);
  });

  it('does not take a "#" inside a quoted or block scalar for a comment', () => {
    const text = yaml`
      command: "sh -c 'echo # port-claims: ignore reserved-port -- no'"
      script: |
        # port-claims: ignore reserved-port -- not a comment either
      other: x # port-claims: ignore parse-error -- a comment
    `;
    expect(rows(text, 'yaml')).toEqual(['4 parse-error -- a comment @4:10-56']);
  });

  it('reads directives in every document of a multi-document file', () => {
    const text = 'a: 1\n---\n# port-claims: ignore reserved-port -- second document\nb: 2\n';
    expect(rows(text, 'yaml')).toEqual(['4 reserved-port -- second document @3:1-55']);
  });

  it('keeps a directive without a reason, marked as not applicable', () => {
    expect(readIgnores('# port-claims: ignore reserved-port\n', 'yaml')).toEqual([
      {
        line: 2,
        rules: ['reserved-port'],
        reason: '',
        span: { line: 1, column: 1, endLine: 1, endColumn: 36 },
        error:
          'gives no reason, so it is not applied; write "# port-claims: ignore reserved-port -- <why it is accepted>"',
      },
    ]);
  });

  it('marks a comment it cannot read as a directive', () => {
    for (const comment of [
      '# port-claims: ingore reserved-port -- typo',
      '# port-claims: ignore -- no rule',
      '# port-claims: ignore reserved-port because reasons',
    ]) {
      expect(readIgnores(`${comment}\n`, 'yaml')[0]?.error, comment).toBe(
        'cannot be read as a directive; write "# port-claims: ignore RULE[, RULE] -- reason"',
      );
    }
  });

  it('ignores comments that only mention port-claims', () => {
    expect(rows('# scanned by port-claims in CI\na: 1 # see port-claims: docs\n', 'yaml')).toEqual(
      [],
    );
  });
});

describe('readIgnores in Dockerfiles', () => {
  it('reads comment lines, including one inside a continued instruction', () => {
    const text = [
      'FROM alpine',
      '# port-claims: ignore unassigned-well-known -- printer protocol',
      'EXPOSE 251',
      'EXPOSE 80 \\',
      '  # port-claims: ignore unassigned-well-known -- second port',
      '  252',
    ].join('\n');
    expect(rows(text, 'dockerfile')).toEqual([
      '3 unassigned-well-known -- printer protocol @2:1-64',
      '6 unassigned-well-known -- second port @5:3-61',
    ]);
  });

  it('does not read "#" after an instruction as a comment, as Docker does not', () => {
    expect(rows('EXPOSE 251 # port-claims: ignore reserved-port -- x\n', 'dockerfile')).toEqual([]);
  });
});

describe('parseManifest fills ParsedFile.ignores', () => {
  const env = { composeEnv: () => () => undefined };

  it('for compose, Kubernetes and Dockerfiles', () => {
    const compose =
      'services:\n  web:\n    ports: ["251:80"] # port-claims: ignore unassigned-well-known -- x\n';
    const kubernetes = yaml`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers:
          - name: c
            ports:
              # port-claims: ignore unassigned-well-known -- y
              - containerPort: 251
    `;
    const dockerfile =
      'FROM alpine\n# port-claims: ignore unassigned-well-known -- z\nEXPOSE 251\n';
    expect(
      parseManifest('compose.yaml', compose, 'compose', env)?.ignores?.map((d) => d.line),
    ).toEqual([3]);
    expect(parseManifest('pod.yaml', kubernetes, 'yaml', env)?.ignores?.map((d) => d.line)).toEqual(
      [9],
    );
    expect(
      parseManifest('Dockerfile', dockerfile, 'dockerfile', env)?.ignores?.map((d) => d.line),
    ).toEqual([3]);
  });

  it('leaves it unset in a file without directives and in a skipped template', () => {
    expect(
      parseManifest('compose.yaml', 'services: {}\n', 'compose', env)?.ignores,
    ).toBeUndefined();
    const template =
      'apiVersion: v1\nkind: Service\nspec:\n  ports: {{ .Values.ports }} # port-claims: ignore reserved-port -- x\n  - a\n';
    const parsed = parseManifest('svc.yaml', template, 'yaml', env);
    expect(parsed?.entry.status).toBe('skipped');
    expect(parsed?.ignores).toBeUndefined();
  });
});
