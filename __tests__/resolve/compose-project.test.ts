// Compose projects across files, through the scan engine on real trees: override files, extends
// to another file, include, env files, and host-port-conflict over the merged project.
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/policy/evaluate.js';
import { scan } from '../../src/scan.js';
import { writeTree, yaml } from '../helpers/tree.js';

async function run(
  tree: Record<string, string>,
  envFiles: string[] = [],
  rules = ['host-port-conflict', 'parse-error', 'unresolved-port', 'invalid-port'],
) {
  const root = writeTree(tree);
  const result = await scan({
    paths: ['.'],
    cwd: root,
    envFiles: envFiles.map((f) => `${root}/${f}`),
  });
  const findings = evaluate(result);
  return {
    files: result.files.map((f) => `${f.file} ${f.status}`),
    claims: result.claims
      .filter((c) => c.manifest === 'compose')
      .map((c) => `${c.file}:${c.span.line} ${c.resource} ${c.field} ${c.port}/${c.protocol}`),
    findings: findings
      .filter((f) => rules.includes(f.rule))
      .map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`),
  };
}

describe('compose projects', () => {
  it('merges the override file into the project file as compose merges ports', async () => {
    const { claims, findings } = await run({
      'app/compose.yaml': yaml`
        services:
          web:
            ports:
              - "8080:80"
          db:
            ports: ["5432:5432"]
      `,
      'app/compose.override.yml': yaml`
        services:
          web:
            ports:
              - "8080:80"
              - "9229:9229"
          db:
            ports: !reset []
      `,
      // Not the override docker compose picks when compose.override.yml exists: its own project.
      'app/docker-compose.override.yaml': yaml`
        services:
          web:
            ports: ["8080:80"]
      `,
    });
    expect(claims).toEqual([
      'app/compose.yaml:4 web ports.published 8080/tcp',
      'app/compose.yaml:4 web ports.target 80/tcp',
      'app/compose.override.yml:5 web ports.published 9229/tcp',
      'app/compose.override.yml:5 web ports.target 9229/tcp',
      'app/docker-compose.override.yaml:3 web ports.published 8080/tcp',
      'app/docker-compose.override.yaml:3 web ports.target 80/tcp',
    ]);
    expect(findings).toEqual([]);
  });

  it('reports a second publisher of one host port at its line, naming the first', async () => {
    const { findings } = await run({
      'compose.yaml': yaml`
        services:
          api:
            ports: ["8000-8002:8000-8002"]
          admin:
            ports: ["127.0.0.1:8002:80"]
          metrics:
            ports: ["127.0.0.2:9100:9100", "[::1]:8001:80/udp"]
      `,
      'compose.override.yaml': yaml`
        services:
          metrics:
            ports: ["127.0.0.3:9100:9100"]
          worker:
            ports: ["0.0.0.0:8000:80"]
      `,
    });
    expect(findings).toEqual([
      'host-port-conflict compose.override.yaml:5:13 service "worker" claims host port 8000/tcp on 0.0.0.0 (ports.published), already claimed by service "api" at compose.yaml:3; only one can bind it.',
      'host-port-conflict compose.yaml:5:13 service "admin" claims host port 8002/tcp on 127.0.0.1 (ports.published), already claimed by service "api" at line 3; only one can bind it.',
    ]);
  });

  it('counts host-network services by their own ports, and lets host ranges share', async () => {
    const { findings } = await run({
      'compose.yml': yaml`
        services:
          a:
            network_mode: host
            expose: ["8080"]
            ports: ["8080:8080"]
          b:
            network_mode: host
            ports: ["8080"]
          c:
            ports: ["9000-9010:80"]
          d:
            ports: ["9000-9010:81"]
          e:
            ports: ["9005:82"]
      `,
    });
    expect(findings).toEqual([
      'host-port-conflict compose.yml:8:13 service "b" claims host port 8080/tcp (ports.target), already claimed by service "a" at line 5; only one can bind it.',
      'host-port-conflict compose.yml:14:13 service "e" claims host port 9005/tcp (ports.published), already claimed by service "c" at line 10; only one can bind it (the engine takes the lowest free port of a host range, so which one binds depends on start order).',
    ]);
  });

  it('follows extends to another file and include, reporting where each port is written', async () => {
    const { claims, findings, files } = await run(
      {
        'compose.yaml': yaml`
        include:
          - path: ./db/compose.yaml
        services:
          web:
            extends:
              file: ./shared/base.yml
              service: http
            ports: ["8080:80"]
      `,
        'db/compose.yaml': yaml`
        services:
          postgres:
            ports: ["5432:5432"]
      `,
        'shared/base.yml': yaml`
        services:
          http:
            extends: common
            expose: ["251"]
          common:
            ports: ["5432:5432"]
      `,
      },
      [],
      ['host-port-conflict', 'unassigned-well-known', 'parse-error'],
    );
    expect(files).toEqual(['compose.yaml ok', 'db/compose.yaml ok', 'shared/base.yml ok']);
    // Included services come first, then the file's own; a service's inherited ports first.
    expect(claims).toEqual([
      'db/compose.yaml:3 postgres ports.published 5432/tcp',
      'db/compose.yaml:3 postgres ports.target 5432/tcp',
      'shared/base.yml:6 web ports.published 5432/tcp',
      'shared/base.yml:6 web ports.target 5432/tcp',
      'compose.yaml:8 web ports.published 8080/tcp',
      'compose.yaml:8 web ports.target 80/tcp',
      'shared/base.yml:4 web expose 251/tcp',
    ]);
    expect(findings).toEqual([
      expect.stringMatching(
        /^unassigned-well-known shared\/base.yml:4:14 service "web" claims 251\/tcp/,
      ),
      'host-port-conflict shared/base.yml:6:13 service "web" claims host port 5432/tcp (ports.published), already claimed by service "postgres" at db/compose.yaml:3; only one can bind it.',
    ]);
  });

  it('reports extends and include cycles and missing files without crashing', async () => {
    const { claims, findings } = await run({
      'compose.yaml': yaml`
        include: [other.yml]
        services:
          a:
            extends: { file: b.yml, service: b }
            ports: ["7000:7000"]
          c:
            extends: { file: missing.yml, service: x }
      `,
      'b.yml': yaml`
        services:
          b:
            extends: { file: compose.yaml, service: a }
      `,
      'other.yml': yaml`
        include: [compose.yaml]
        services:
          o:
            ports: ["7100:7100"]
      `,
    });
    expect(claims).toEqual([
      'other.yml:4 o ports.published 7100/tcp',
      'other.yml:4 o ports.target 7100/tcp',
      'compose.yaml:5 a ports.published 7000/tcp',
      'compose.yaml:5 a ports.target 7000/tcp',
    ]);
    expect(findings).toEqual([
      expect.stringMatching(/^parse-error b.yml:3:14 service "b" extends itself \(a → b → a\)/),
      expect.stringMatching(
        /^parse-error compose.yaml:7:14 service "c" extends "x" in missing.yml, which does not exist/,
      ),
      expect.stringMatching(/^parse-error other.yml:1:11 include of compose.yaml forms a cycle/),
    ]);
  });

  it('interpolates from the .env beside the file and configured env files, never the process', async () => {
    process.env.FROM_PROCESS = '7777';
    const { claims, findings } = await run(
      {
        'svc/compose.yaml': yaml`
          services:
            web:
              ports:
                - "\${WEB_PORT}:80"
                - "\${API_PORT}:81"
                - "\${FROM_PROCESS}:82"
        `,
        'svc/.env': 'WEB_PORT=8080\nAPI_PORT=1\n',
        'ci.env': 'API_PORT=8081\n',
      },
      ['ci.env'],
    );
    expect(claims).toEqual([
      'svc/compose.yaml:4 web ports.published 8080/tcp',
      'svc/compose.yaml:4 web ports.target 80/tcp',
      'svc/compose.yaml:5 web ports.published 8081/tcp',
      'svc/compose.yaml:5 web ports.target 81/tcp',
      'svc/compose.yaml:6 web ports.target 82/tcp',
    ]);
    expect(findings).toEqual([
      expect.stringMatching(
        /^unresolved-port svc\/compose.yaml:6:9 .*depends on variable FROM_PROCESS, which has no value/,
      ),
    ]);
  });
});

afterEach(() => {
  delete process.env.FROM_PROCESS;
});
