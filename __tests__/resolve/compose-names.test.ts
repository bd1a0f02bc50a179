// Compose files by the names people give them, by the config's `compose:` globs, and compose
// projects run with several `-f` files (the config's `projects:`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { hintFor } from '../../src/discover/discover.js';
import { writeTree } from '../helpers/tree.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const rows = (report: Awaited<ReturnType<typeof check>>['report']): string[] =>
  report.claims.map(
    (c) =>
      `${c.file}:${c.span.line}:${c.span.column} ${c.resource} ${c.field} ${c.port} [${c.deployable?.path ?? ''}${c.deployable?.variants ? ` | ${c.deployable.variants.join(', ')}` : ''}]`,
  );

describe('names compose users give compose files', () => {
  it.each([
    ['fleet-compose.yml', 'compose-name'],
    ['prod.compose.yaml', 'compose-name'],
    ['app_compose.yml', 'compose-name'],
    ['prod.docker-compose.yml', 'compose-name'],
    ['my-docker-compose-dev.yaml', 'compose-name'],
    ['docker-stack.yml', 'compose-name'],
    ['compose.prod.yaml', 'compose'],
    ['docker-compose.override.yml', 'compose'],
    ['decompose.yaml', 'yaml'],
    ['stack.yml', 'yaml'],
    ['fleet-compose.json', undefined],
  ])('%s is %s', (name, hint) => expect(hintFor(name)).toBe(hint));

  it('read as compose files when they read like one, and left alone when they do not', async () => {
    const root = writeTree({
      'docker-compose.yml': 'services:\n  fleet:\n    image: elastic/fleet\n',
      'extensions/fleet/fleet-compose.yml':
        'services:\n  fleet-server:\n    ports:\n      - "8220:8220"\n',
      'extensions/notes/release-compose.yml': 'notes:\n  - compose the release\n',
      'k8s/web-compose.yaml':
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 8443\n',
    });
    const { report } = await check({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => `${f.file} ${f.manifest}`)).toEqual([
      'docker-compose.yml compose',
      'extensions/fleet/fleet-compose.yml compose',
      'k8s/web-compose.yaml kubernetes',
    ]);
    expect(rows(report)).toEqual([
      'extensions/fleet/fleet-compose.yml:4:9 fleet-server ports.published 8220 [extensions/fleet/fleet-compose.yml]',
      'extensions/fleet/fleet-compose.yml:4:9 fleet-server ports.target 8220 [extensions/fleet/fleet-compose.yml]',
      'k8s/web-compose.yaml:7:13 Service/web port 8443 [k8s]',
    ]);
  });
});

describe('the config’s compose: globs', () => {
  it('make any file a compose file, read as one whatever it holds', async () => {
    const root = writeTree({
      '.port-claims.yml': 'compose: ["deploy/*.yml"]\n',
      'deploy/stack.yml': 'services:\n  api:\n    ports: ["251:8080"]\n',
      'deploy/broken.yml': 'services: [\n',
      'other/stack.yml': 'services:\n  api:\n    ports: ["252:8080"]\n',
    });
    const { report } = await check({ paths: ['.'], cwd: root });
    expect(report.files.map((f) => `${f.file} ${f.manifest} ${f.status}`)).toEqual([
      'deploy/broken.yml compose error',
      'deploy/stack.yml compose ok',
    ]);
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column}`)).toEqual([
      'parse-error deploy/broken.yml:2:1',
      'unassigned-well-known deploy/stack.yml:3:13',
    ]);
  });
});

describe('the config’s projects:', () => {
  const tree = {
    '.port-claims.yml': 'projects:\n  - files: [compose.yaml, compose.prod.yaml]\n',
    'compose.yaml': 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n',
    'compose.override.yaml': 'services:\n  debug:\n    image: busybox\n    ports: ["9229:9229"]\n',
    'compose.prod.yaml': 'services:\n  proxy:\n    image: traefik\n    ports: ["8080:443"]\n',
  };

  it('merges the files in -f order into a project of their own, beside the directory’s', async () => {
    const { report } = await check({ paths: ['.'], cwd: writeTree(tree) });
    const both = 'compose.yaml | compose.yaml, compose.yaml + compose.prod.yaml';
    expect(rows(report)).toEqual([
      `compose.yaml:4:13 web ports.published 8080 [${both}]`,
      `compose.yaml:4:13 web ports.target 80 [${both}]`,
      'compose.override.yaml:4:13 debug ports.published 9229 [compose.yaml]',
      'compose.override.yaml:4:13 debug ports.target 9229 [compose.yaml]',
      // compose.prod.yaml is never run alone: only in its project.
      'compose.prod.yaml:4:13 proxy ports.published 8080 [compose.yaml + compose.prod.yaml]',
      'compose.prod.yaml:4:13 proxy ports.target 443 [compose.yaml + compose.prod.yaml]',
    ]);
    // Two services on host port 8080: a clash in the production project only.
    expect(
      report.findings
        .filter((f) => f.rule === 'host-port-conflict')
        .map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`),
    ).toEqual([
      'compose.prod.yaml:4:13 service "proxy" claims host port 8080/tcp (ports.published), already claimed by service "web" at compose.yaml:4; only one can bind it.',
    ]);
  });

  it('refuses a project file that does not exist, naming where the config writes it', () => {
    const root = writeTree({
      ...tree,
      '.port-claims.yml': 'projects:\n  - files: [compose.yaml, compose.staging.yaml]\n',
    });
    const run = spawnSync(process.execPath, [CLI, 'scan', '.'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'port-claims: .port-claims.yml:2:27: projects[0].files[1]: compose.staging.yaml is not a file (paths are relative to the root scanned); docker compose -f would refuse it\n',
    );
  });
});
