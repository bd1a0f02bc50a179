import { describe, expect, it } from 'vitest';
import { claimRows, parsedFixture } from './kubernetes-fixtures.js';

describe('pod templates in every kind, found by shape', () => {
  it('Pod: containers, sidecar and plain init containers, ephemeral containers, hostPort with hostIP', () => {
    const result = parsedFixture('kinds/pod.yaml');
    expect(claimRows(result)).toEqual([
      'Pod/web migrate containerPort 5432/tcp @12:26-30',
      'Pod/web proxy containerPort 15001/tcp @18:26-31',
      'Pod/web app containerPort 8080/tcp @24:26-30',
      'Pod/web app containerPort 251/udp @25:26-29',
      'Pod/web app containerPort 9999/sctp @27:26-30',
      'Pod/web app hostPort 9999/sctp @29:21-25 ip=127.0.0.1',
      'Pod/web debugger containerPort 4000/tcp @35:26-30',
    ]);
    expect(result.problems).toEqual([]);
    // Only containers and sidecars serve a Service's named targetPort (FindPort).
    expect(result.namedPorts?.map((p) => `${p.name}=${p.port}/${p.protocol}`)).toEqual([
      'proxy=15001/tcp',
      'http=8080/tcp',
    ]);
  });

  it('Deployment: flow-style ports, the namespace kept for the claim', () => {
    expect(claimRows(parsedFixture('kinds/deployment.yaml'))).toEqual([
      'Deployment/api api containerPort 8080/tcp @17:43-47 ns=shop',
      'Deployment/api api containerPort 251/tcp @18:31-34 ns=shop',
      'Deployment/api api hostPort 8251/tcp @18:46-50 ns=shop',
    ]);
  });

  it.each([
    ['kinds/statefulset.yaml', 'StatefulSet/db postgres containerPort 5432/tcp @17:30-34'],
    ['kinds/replicaset.yaml', 'ReplicaSet/cache- redis containerPort 6379/tcp @16:30-34'],
    [
      'kinds/replicationcontroller.yaml',
      'ReplicationController/legacy legacy containerPort 3000/tcp @18:30-34',
    ],
    ['kinds/job.yaml', 'Job/load-test runner containerPort 7000/tcp @13:30-34'],
    ['kinds/cronjob.yaml', 'CronJob/nightly report containerPort 7001/tcp @16:34-38'],
    [
      'kinds/podtemplate.yaml',
      'PodTemplate/worker-template worker containerPort 7002/tcp @13:28-32',
    ],
    ['kinds/argo-rollout.yaml', 'Rollout/checkout checkout containerPort 251/tcp @22:30-33'],
    [
      'kinds/openshift-deploymentconfig.yaml',
      'DeploymentConfig/frontend helloworld containerPort 8080/tcp @18:30-34',
    ],
    // A Knative Service is no core Service: its pod template is what claims the port.
    ['kinds/knative-service.yaml', 'Service/hello - containerPort 252/tcp @12:30-33'],
  ])('%s', (path, row) => {
    const result = parsedFixture(path);
    expect(result.entry).toEqual({ file: path, manifest: 'kubernetes', status: 'ok' });
    expect(claimRows(result)).toEqual([row]);
  });

  it('takes the pod labels from the template, for named targetPorts', () => {
    const labels = (path: string): unknown =>
      parsedFixture(path).namedPorts?.map((p) => [p.name, p.labels]);
    expect(labels('kinds/deployment.yaml')).toEqual([['http', { app: 'api' }]]);
    expect(labels('kinds/argo-rollout.yaml')).toEqual([['http', { app: 'checkout' }]]);
    expect(labels('kinds/statefulset.yaml')).toEqual([['pg', { app: 'db' }]]);
    expect(labels('kinds/knative-service.yaml')).toEqual([['h2c', {}]]);
  });

  it('marks the container ports of a hostNetwork pod as the host’s', () => {
    expect(claimRows(parsedFixture('kinds/daemonset.yaml'))).toEqual([
      'DaemonSet/node-agent agent containerPort 251/tcp @17:30-33 hostNetwork',
      'DaemonSet/node-agent agent containerPort 9100/tcp @18:30-34 hostNetwork',
      'DaemonSet/node-agent agent hostPort 9100/tcp @19:25-29 hostNetwork',
    ]);
  });

  it('locates the digits of each literal port for the fix', () => {
    const [claim] = parsedFixture('kinds/argo-rollout.yaml').claims;
    expect(claim?.digits).toEqual({ start: 0, end: 3 });
  });
});
