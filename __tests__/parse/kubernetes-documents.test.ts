import { describe, expect, it } from 'vitest';
import { templateLine } from '../../src/parse/manifest.js';
import { claimRows, parseFixture, parsedFixture, problemRows } from './kubernetes-fixtures.js';

describe('documents', () => {
  it('reads kind: List items, nested typed lists too', () => {
    expect(claimRows(parsedFixture('documents/list.yaml'))).toEqual([
      'Service/listed - port 251/tcp @10:17-20',
      'Pod/nested c containerPort 252/tcp @22:34-37',
    ]);
  });

  it('reads the Kubernetes documents of a multi-document file and quietly skips the others', () => {
    const result = parsedFixture('documents/multi-document.yaml');
    expect(result.entry.status).toBe('ok');
    expect(claimRows(result)).toEqual(['Service/third - port 251/tcp @13:13-16']);
    expect(result.problems).toEqual([]);
  });

  it('is not a manifest when no document is a Kubernetes object', () => {
    expect(parseFixture('documents/not-kubernetes.yaml')).toBeUndefined();
  });

  it('reports a broken manifest as a parse error, even with {{ }} in a comment', () => {
    const result = parsedFixture('documents/broken.yaml');
    expect(result.entry.status).toBe('error');
    expect(result.claims).toEqual([]);
    expect(problemRows(result)).toEqual([
      'parse-error - @9:1 documents/broken.yaml is not valid YAML: All mapping items must start at the same column; the rest of this file was not checked.',
    ]);
  });
});

describe('templates', () => {
  it('skips a Helm template whose YAML the template syntax breaks, with the reason', () => {
    const result = parsedFixture('templates/helm-broken.yaml');
    expect(result.entry).toEqual({
      file: 'templates/helm-broken.yaml',
      manifest: 'kubernetes',
      status: 'skipped',
      reason:
        'template syntax ({{ }}) at line 4: not plain YAML, so it was not scanned; render it (helm template, ...) and scan the output',
    });
    expect(result.claims).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('skips a template that parses, but into the wrong shape (`{{ x }}` is a mapping)', () => {
    const result = parsedFixture('templates/helm-parses.yaml');
    expect(result.entry.status).toBe('skipped');
    expect(result.entry.reason).toMatch(/^template syntax \(\{\{ \}\}\) at line 4:/);
    expect(result.claims).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('scans a valid manifest that holds {{ in strings and comments as usual', () => {
    const result = parsedFixture('templates/braces-in-strings.yaml');
    expect(result.entry.status).toBe('ok');
    expect(claimRows(result)).toEqual([
      'Pod/templated-greeting web containerPort 251/tcp @28:26-29',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('finds template syntax where it can break YAML: outside comments and quotes', () => {
    expect(templateLine('a: 1\n# {{ x }}\nb: "# {{ y }}"\nc: {{ z }}\n')).toBe(4);
    expect(templateLine('a: 1 # {{ x }}\n')).toBeUndefined();
    expect(templateLine("a: 'it''s'\nb: x-{{ .y }}\n")).toBe(2);
    expect(templateLine('a: {{ never closed\n')).toBeUndefined();
    expect(templateLine('{{- if .Values.on }}\nkind: Service\n{{- end }}\n')).toBe(1);
  });
});

describe('Kustomize', () => {
  it('reads bases, overlays and strategic-merge patches as the plain YAML they are', () => {
    expect(claimRows(parsedFixture('kustomize/base/deployment.yaml'))).toEqual([
      'Deployment/web web containerPort 8080/tcp @13:30-34',
    ]);
    expect(claimRows(parsedFixture('kustomize/overlays/prod/port-patch.yaml'))).toEqual([
      'Deployment/web web containerPort 251/tcp @11:30-33',
    ]);
    const kustomization = parsedFixture('kustomize/overlays/prod/kustomization.yaml');
    expect(kustomization.entry.status).toBe('ok');
    // An inline patch is a string: what it would write is not read.
    expect(kustomization.claims).toEqual([]);
    // A JSON 6902 patch is a list of operations, no Kubernetes object.
    expect(parseFixture('kustomize/overlays/prod/json6902.yaml')).toBeUndefined();
  });
});
