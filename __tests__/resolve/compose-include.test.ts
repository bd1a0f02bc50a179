// Compose `include` as compose-go applies it: each include's files read with the including
// project's variables, then its env_file (else the .env of its project_directory); a service
// name both written and imported is refused.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { writeTree } from '../helpers/tree.js';

async function run(tree: Parameters<typeof writeTree>[0]) {
  const { report } = await check({ paths: ['.'], cwd: writeTree(tree), render: 'off' });
  return {
    claims: report.claims.map(
      (c) => `${c.file}:${c.span.line}:${c.span.column} ${c.resource} ${c.field} ${c.port}`,
    ),
    findings: report.findings.map((f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`),
  };
}

describe('compose include', () => {
  it('reads an include with its env_file, and with the .env of its project_directory', async () => {
    const { claims, findings } = await run({
      'compose.yaml': [
        'include:',
        '  - path: api/api.yml',
        '    env_file: config/api.env',
        '  - path: db/db.yml',
        '    project_directory: db-project',
        'services:',
        '  web:',
        '    image: nginx',
        '    ports: ["8080:80"]',
        '',
      ].join('\n'),
      'api/api.yml': 'services:\n  api:\n    image: api\n    ports: ["${API_PORT}:8080"]\n',
      'config/api.env': 'API_PORT=49200\n',
      'db/db.yml': 'services:\n  db:\n    image: db\n    ports: ["${DB_PORT:-5432}:5432"]\n',
      'db-project/.env': 'DB_PORT=49201\n',
      // The .env beside the included file is not its project directory's.
      'db/.env': 'DB_PORT=49202\n',
    });
    expect(claims).toEqual([
      'api/api.yml:4:13 api ports.published 49200',
      'api/api.yml:4:13 api ports.target 8080',
      'db/db.yml:4:13 db ports.published 49201',
      'db/db.yml:4:13 db ports.target 5432',
      'compose.yaml:9:13 web ports.published 8080',
      'compose.yaml:9:13 web ports.target 80',
    ]);
    expect(findings.filter((f) => !f.startsWith('unassigned-registered'))).toEqual([]);
  });

  it('lets the including project’s variables win over the include’s env_file', async () => {
    const { claims } = await run({
      'compose.yaml': 'include:\n  - path: api/api.yml\n    env_file: api.env\n',
      '.env': 'API_PORT=49210\n',
      'api.env': 'API_PORT=49211\n',
      'api/api.yml': 'services:\n  api:\n    image: api\n    ports: ["${API_PORT}:8080"]\n',
    });
    expect(claims).toEqual([
      'api/api.yml:4:13 api ports.published 49210',
      'api/api.yml:4:13 api ports.target 8080',
    ]);
  });

  it('refuses an include whose env_file does not exist, as compose does', async () => {
    const { claims, findings } = await run({
      'compose.yaml': 'include:\n  - path: api/api.yml\n    env_file: missing.env\n',
      'api/api.yml': 'services:\n  api:\n    image: api\n    ports: ["8080:8080"]\n',
    });
    expect(claims).toEqual([]);
    expect(findings).toEqual([
      'parse-error compose.yaml:2:5 include of api/api.yml: its env_file missing.env does not exist; docker compose refuses this file, so the services it would add were not checked.',
    ]);
  });

  it('reports a service both written and included, keeping both claims', async () => {
    const { claims, findings } = await run({
      'compose.yaml': [
        'include:',
        '  - web/web.yml',
        '  - other/web.yml',
        'services:',
        '  web:',
        '    image: nginx',
        '    ports: ["8080:80"]',
        '',
      ].join('\n'),
      'web/web.yml': 'services:\n  web:\n    image: httpd\n    ports: ["8081:80"]\n',
      'other/web.yml': 'services:\n  web:\n    image: caddy\n    ports: ["8082:80"]\n',
    });
    expect(claims).toEqual([
      'other/web.yml:4:13 web ports.published 8082',
      'other/web.yml:4:13 web ports.target 80',
      'web/web.yml:4:13 web ports.published 8081',
      'web/web.yml:4:13 web ports.target 80',
      'compose.yaml:7:13 web ports.published 8080',
      'compose.yaml:7:13 web ports.target 80',
    ]);
    expect(findings.filter((f) => f.startsWith('invalid-port'))).toEqual([
      'invalid-port compose.yaml:3:5 service "web" of the included other/web.yml (line 2) clashes with service "web" at web/web.yml:2; docker compose refuses this file ("services.web conflicts with imported resource"), so neither runs as written.',
      'invalid-port compose.yaml:5:3 service "web" of the included web/web.yml (line 2) clashes with service "web" at line 5; docker compose refuses this file ("services.web conflicts with imported resource"), so neither runs as written.',
    ]);
  });

  it('imports one file that two includes share once, without a clash', async () => {
    const { findings } = await run({
      'compose.yaml': 'include:\n  - a/a.yml\n  - b/b.yml\n',
      'a/a.yml': 'include:\n  - ../shared/db.yml\nservices:\n  a:\n    image: a\n',
      'b/b.yml': 'include:\n  - ../shared/db.yml\nservices:\n  b:\n    image: b\n',
      'shared/db.yml': 'services:\n  db:\n    image: db\n    ports: ["49300:5432"]\n',
    });
    expect(findings).toEqual([]);
  });
});
