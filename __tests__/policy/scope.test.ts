import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { markNew } from '../../src/policy/scope.js';
import type { Finding } from '../../src/types.js';
import type { Tree } from '../helpers/tree.js';
import { writeTree, yaml } from '../helpers/tree.js';

async function scanned(tree: Tree) {
  const root = writeTree(tree);
  const { report } = await check({ paths: ['.'], cwd: root });
  return { claims: report.claims, findings: report.findings };
}

/** "file:line field ports new" per head finding, after comparing with the base. */
async function compare(
  base: Tree,
  head: Tree,
  options: Omit<Parameters<typeof markNew>[0], 'head' | 'base'> = {},
): Promise<string[]> {
  const marked = markNew({ base: await scanned(base), head: await scanned(head), ...options });
  return marked.map(
    (f) =>
      `${f.file}:${f.line} ${f.rule} ${f.field ?? ''} ${f.ports?.join(',') ?? ''} new=${f.new}`,
  );
}

const compose = (ports: string, extra = ''): string => yaml`
  services:
    web:
      image: nginx
      ports:
        ${ports}
  ${extra}
`;

describe('markNew', () => {
  it('a claim the base has, moved to another line and respelled, is not new', async () => {
    const base = { 'docker-compose.yml': compose('- "251:80"') };
    const head = {
      'docker-compose.yml': yaml`
        # The web front end.
        services:
          web:
            image: nginx
            ports:
              - 8080:8080
              - '0.0.0.0:251:80'
      `,
    };
    expect(await compare(base, head)).toEqual([
      'docker-compose.yml:7 unassigned-well-known ports.published 251 new=false',
    ]);
  });

  it('the same port in another field, resource or protocol is new', async () => {
    const base = { 'docker-compose.yml': compose('- "251:80"') };
    const head = {
      'docker-compose.yml': yaml`
        services:
          web:
            image: nginx
            ports:
              - "251:80"
              - "251:80/udp"
              - "8080:251"
          admin:
            image: admin
            ports:
              - "251:80"
      `,
    };
    expect(await compare(base, head)).toEqual([
      'docker-compose.yml:5 unassigned-well-known ports.published 251 new=false',
      'docker-compose.yml:6 unassigned-well-known ports.published 251 new=true',
      'docker-compose.yml:7 unassigned-well-known ports.target 251 new=true',
      // Two services publishing 251 is a conflict the base did not have.
      'docker-compose.yml:11 host-port-conflict ports.published 251 new=true',
      'docker-compose.yml:11 unassigned-well-known ports.published 251 new=true',
    ]);
  });

  it('a range that grows is new for the ports it adds', async () => {
    const base = { 'docker-compose.yml': compose('- "250-251:8080-8081"') };
    const head = { 'docker-compose.yml': compose('- "250-252:8080-8082"') };
    expect(await compare(base, head)).toEqual([
      'docker-compose.yml:5 unassigned-well-known ports.published 250,251,252 new=true',
    ]);
    const same = { 'docker-compose.yml': compose('- 250-251:8080-8081') };
    expect(await compare(base, same)).toEqual([
      'docker-compose.yml:5 unassigned-well-known ports.published 250,251 new=false',
    ]);
  });

  it('a renamed file compares with its previous name', async () => {
    const base = { 'old/docker-compose.yml': compose('- "251:80"') };
    const head = { 'new/docker-compose.yml': compose('- "251:80"') };
    expect(await compare(base, head)).toEqual([
      'new/docker-compose.yml:5 unassigned-well-known ports.published 251 new=true',
    ]);
    expect(
      await compare(base, head, {
        renamed: new Map([['new/docker-compose.yml', 'old/docker-compose.yml']]),
      }),
    ).toEqual(['new/docker-compose.yml:5 unassigned-well-known ports.published 251 new=false']);
  });

  it('a finding caused by a change in another file is new there', async () => {
    const service = yaml`
      apiVersion: v1
      kind: Service
      metadata:
        name: api
      spec:
        selector:
          app: api
        ports:
          - port: 8080
            targetPort: admin
    `;
    const deployment = (name: string): string => yaml`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: api
      spec:
        template:
          metadata:
            labels:
              app: api
          spec:
            containers:
              - name: api
                ports:
                  - name: ${name}
                    containerPort: 9000
    `;
    // The Service did not change; the Deployment renamed the port it points at.
    const base = { 'service.yaml': service, 'deployment.yaml': deployment('admin') };
    const head = { 'service.yaml': service, 'deployment.yaml': deployment('console') };
    expect(await compare(base, head)).toEqual([
      'service.yaml:10 unresolved-port targetPort  new=true',
    ]);
    expect(await compare(head, head)).toEqual([
      'service.yaml:10 unresolved-port targetPort  new=false',
    ]);
  });

  it('a parse error the base already had is not new, wherever it moved', async () => {
    const broken = (lead: string): string => `${lead}services:\n  web:\n    ports: [\n`;
    const base = { 'docker-compose.yml': broken('') };
    const head = { 'docker-compose.yml': broken('# moved down\n\n') };
    const [finding] = await compare(base, head);
    expect(finding).toMatch(/^docker-compose\.yml:\d+ parse-error {3}new=false$/);
    const fresh = await compare({}, head);
    expect(fresh[0]).toMatch(/new=true$/);
  });

  it('the findings of files no change can reach are the base’s own', async () => {
    const head = await scanned({
      'a/docker-compose.yml': compose('- "251:80"'),
      'b/docker-compose.yml': compose('- "252:80"'),
    });
    const marked = markNew({
      // The base scan saw only what the change reaches: directory a, here without the claim.
      base: { claims: [], findings: [] },
      head,
      untouched: (file) => !file.startsWith('a/'),
    });
    expect(marked.map((f) => `${f.file} ${f.new}`)).toEqual([
      'a/docker-compose.yml true',
      'b/docker-compose.yml false',
    ]);
  });

  it('without a base version, judges by the lines the pull request adds', async () => {
    const head = await scanned({
      'docker-compose.yml': compose('- "251:80"\n        - "252:80"'),
    });
    const marked = markNew({
      base: { claims: [], findings: [] },
      head,
      baseUnknown: new Set(['docker-compose.yml']),
      onAddedLine: (f: Finding) => f.line === 6,
    });
    expect(marked.map((f) => `${f.line} ${f.new}`)).toEqual(['5 false', '6 true']);
  });
});
