// A manifest reached through a link inside the scanned tree is scanned once, under its own path
// (argo-cd links its guestbook files into other test directories).
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { writeTree } from '../helpers/tree.js';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: guestbook-ui
spec:
  ports:
    - port: 251
      targetPort: 8080
`;

describe('files reached through links', () => {
  it('are claimed once, at the real file’s lines', async () => {
    const root = writeTree({
      'guestbook/svc.yaml': SERVICE,
      'guestbook-symlink-files/svc.yaml': { symlink: '../guestbook/svc.yaml' },
      'mirror/svc.yaml': { symlink: '../guestbook-symlink-files/svc.yaml' },
    });
    const { report } = await check({ paths: ['.'], cwd: root, render: 'off' });
    expect(report.files.map((f) => `${f.file} ${f.status}`)).toEqual(['guestbook/svc.yaml ok']);
    expect(
      report.claims.map((c) => `${c.file}:${c.span.line}:${c.span.column} ${c.field} ${c.port}`),
    ).toEqual(['guestbook/svc.yaml:7:13 port 251', 'guestbook/svc.yaml:8:19 targetPort 8080']);
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'unassigned-well-known guestbook/svc.yaml:7:13',
    ]);
  });

  it('leave one build where a kustomization is linked, deploying the real files', async () => {
    const kustomization = 'resources:\n  - svc.yaml\n';
    const root = writeTree({
      'guestbook/svc.yaml': SERVICE,
      'guestbook/kustomization.yaml': kustomization,
      'guestbook-symlink-files/svc.yaml': { symlink: '../guestbook/svc.yaml' },
      'guestbook-symlink-files/kustomization.yaml': { symlink: '../guestbook/kustomization.yaml' },
    });
    const { report } = await check({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => f.file)).toEqual(['guestbook/svc.yaml']);
    expect(
      report.claims.map((c) => `${c.file}:${c.span.line} ${JSON.stringify(c.deployable)}`),
    ).toEqual([
      'guestbook/svc.yaml:7 {"kind":"kustomize","path":"guestbook"}',
      'guestbook/svc.yaml:8 {"kind":"kustomize","path":"guestbook"}',
    ]);
  });

  it('leave a compose file linked into another directory a project of that directory', async () => {
    const root = writeTree({
      'docker/docker-compose.common.yml': 'services:\n  web:\n    image: nginx\n',
      'docker/linux/docker-compose.yml': { symlink: '../docker-compose.common.yml' },
      'docker/linux/docker-compose.override.yml': 'services:\n  web:\n    ports: ["8080:80"]\n',
    });
    const { report } = await check({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => f.file)).toEqual([
      'docker/docker-compose.common.yml',
      'docker/linux/docker-compose.override.yml',
      'docker/linux/docker-compose.yml',
    ]);
    expect(
      report.claims.map(
        (c) => `${c.file}:${c.span.line}:${c.span.column} ${c.resource} ${c.field} ${c.port}`,
      ),
    ).toEqual([
      'docker/linux/docker-compose.override.yml:3:13 web ports.published 8080',
      'docker/linux/docker-compose.override.yml:3:13 web ports.target 80',
    ]);
  });
});
