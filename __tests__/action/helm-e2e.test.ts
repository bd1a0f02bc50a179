// End-to-end: a pull request that changes a chart's service.port in values.yaml from 8080 to 251,
// through the built dist/index.js against the fake GitHub, with a real helm rendering both sides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/types.js';
// @ts-expect-error: a plain script, typed by its use here
import { testHelmDir } from '../../scripts/test-helm.mjs';
import { FakeGitHub } from './helpers/github-server.js';
import { Origin } from './helpers/repo.js';
import type { Files } from './helpers/repo.js';
import { runStep } from './helpers/runner.js';

const VALUES = 'charts/web/values.yaml';

function chart(name: string, port: number): Files {
  return {
    [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`,
    [`charts/${name}/values.yaml`]: [
      'image: nginx',
      'service:',
      '  type: ClusterIP',
      `  port: ${port}`,
      'legacyPort: 252',
      '',
    ].join('\n'),
    [`charts/${name}/templates/_helpers.tpl`]:
      '{{- define "app.name" -}}{{ .Release.Name }}{{- end }}\n',
    [`charts/${name}/templates/deployment.yaml`]: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "app.name" . }}',
      'spec:',
      '  selector:',
      '    matchLabels: {app: {{ include "app.name" . }}}',
      '  template:',
      '    metadata:',
      '      labels: {app: {{ include "app.name" . }}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: {{ .Values.image }}',
      '          ports:',
      '            - name: http',
      '              containerPort: {{ .Values.service.port }}',
      '            - name: legacy',
      '              containerPort: {{ .Values.legacyPort }}',
      '',
    ].join('\n'),
    [`charts/${name}/templates/service.yaml`]: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: {{ include "app.name" . }}',
      'spec:',
      '  type: {{ .Values.service.type }}',
      '  selector: {app: {{ include "app.name" . }}}',
      '  ports:',
      '    - name: http',
      '      port: {{ .Values.service.port }}',
      '      targetPort: http',
      '',
    ].join('\n'),
  };
}

describe('a pull request that changes service.port in values.yaml from 8080 to 251', () => {
  let origin: Origin;
  let github: FakeGitHub;
  let base = '';
  let head = '';

  beforeAll(async () => {
    origin = new Origin();
    github = new FakeGitHub({ owner: 'acme', repo: 'shop', origin: origin.dir });
    await github.start();
    base = origin.commit({ ...chart('web', 8080), ...chart('other', 8081) }, 'base');
    const values = chart('web', 251)[VALUES] as string;
    head = origin.commit({ [VALUES]: values }, 'Move the web port', base);
    github.pull = { number: 13, baseSha: base, headSha: head, files: origin.pullFiles(base, head) };
  });
  afterAll(async () => {
    await github.close();
    origin.remove();
  });

  it('gets one annotation and one review comment with a suggestion on that values.yaml line', async () => {
    const merge = origin.merge(base, head);
    const repo = { full_name: 'acme/shop', fork: false };
    const step = await runStep({
      workspace: origin.workspace(merge, true),
      eventName: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 13,
        pull_request: {
          number: 13,
          base: { sha: base, ref: 'main', repo },
          head: { sha: head, ref: 'feature', repo },
        },
        repository: repo,
      },
      apiUrl: github.url,
      repository: 'acme/shop',
      sha: merge,
      path: `${testHelmDir(3) as string}:${process.env.PATH ?? ''}`,
    });
    expect(step.status).toBe(1);
    expect(github.violations).toEqual([]);
    // The port already on the base (legacyPort: 252) is not the pull request's.
    expect(step.annotations.map((a) => `${a.level} ${a.file}:${a.line} ${a.title}`)).toEqual([
      `error ${VALUES}:4 port-claims: unassigned-well-known`,
    ]);
    const findings = JSON.parse(step.outputs.findings ?? '[]') as Finding[];
    expect(
      findings.map((f) => `${f.new ? 'new' : 'old'} ${f.file}:${f.line}:${f.column} ${f.resource}`),
    ).toEqual([
      `new ${VALUES}:4:9 Service/web, Deployment/web`,
      `old ${VALUES}:5:13 Deployment/web`,
    ]);
    expect(github.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual([`${VALUES}:4`]);
    expect(github.reviewComments[0]!.body).toContain('```suggestion\n  port: 49152\n```');
    // The chart the pull request does not touch is not rendered, on either side.
    expect(step.stdout).toContain(
      'Helm chart (charts/other) that this pull request does not touch was scanned as plain files',
    );
  });
});
