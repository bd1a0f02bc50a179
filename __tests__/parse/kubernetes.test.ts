import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/parse/manifest.js';
import { yaml } from '../helpers/tree.js';
import { parse, rows } from './helpers.js';

describe('kubernetes manifests', () => {
  it('finds container ports in a Deployment and ports in a Service', () => {
    const result = parse(
      yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            metadata:
              labels: {app: api}
            spec:
              containers:
                - name: app
                  ports:
                    - containerPort: 251
                      hostPort: 8251
                      protocol: UDP
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: api}
        spec:
          selector: {app: api}
          ports:
            - port: 80
              targetPort: 8080
              nodePort: 30080
      `,
      'yaml',
    );
    expect(rows(result)).toEqual([
      'Deployment/api containerPort 251/udp @13:30',
      'Deployment/api hostPort 8251/udp @14:25',
      'Service/api port 80/tcp @23:13',
      'Service/api targetPort 8080/tcp @24:19',
      'Service/api nodePort 30080/tcp @25:17',
    ]);
    expect(result.claims[0]).toMatchObject({ container: 'app' });
  });

  it('finds pod specs by shape in custom resources and CronJobs', () => {
    const result = parse(
      yaml`
        apiVersion: batch/v1
        kind: CronJob
        metadata: {name: nightly}
        spec:
          jobTemplate:
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      ports: [{containerPort: 999}]
                  containers:
                    - name: job
                      ports: [{containerPort: 7000}]
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata: {name: canary}
        spec:
          template:
            spec:
              containers:
                - name: web
                  ports: [{containerPort: 251}]
      `,
      'yaml',
    );
    expect(rows(result)).toEqual([
      'CronJob/nightly containerPort 999/tcp @11:39',
      'CronJob/nightly containerPort 7000/tcp @14:39',
      'Rollout/canary containerPort 251/tcp @24:35',
    ]);
  });

  it('ignores YAML that is not a Kubernetes object', () => {
    expect(parse('apiVersion: v1\nkind: Config\nclusters: []\n', 'yaml').claims).toEqual([]);
    const workflow = '# a workflow\non: push\njobs: {build: {runs-on: ubuntu-latest}}\n';
    expect(
      parseManifest('ci.yml', workflow, 'yaml', { composeEnv: () => () => undefined }),
    ).toBeUndefined();
  });

  it('skips Helm templates with a reason instead of a parse error', () => {
    const result = parse(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  ports:\n  {{- range .Values.ports }}\n  - port: {{ . }}\n  {{- end }}\n',
      'yaml',
    );
    expect(result.entry.status).toBe('skipped');
    expect(result.entry.reason).toMatch(/template/);
    expect(result.problems).toEqual([]);
  });

  it('reports an out-of-range containerPort as invalid', () => {
    const result = parse(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      ports: [{containerPort: 70000}]\n',
      'yaml',
    );
    expect(result.problems).toMatchObject([
      { code: 'invalid-port', span: { line: 7, column: 31 } },
    ]);
  });
});
