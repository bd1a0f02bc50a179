import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/tree.js';
import { parse, rows } from './helpers.js';

describe('compose ports', () => {
  it('reads short syntax at the exact line and column of each item', () => {
    const result = parse(
      yaml`
        services:
          web:
            ports:
              - "8080:80"
              - 3000
              - '127.0.0.1:8001:8001/udp'
              - 9090-9091:8080-8081
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'web ports.published 8080/tcp @4:9',
      'web ports.target 80/tcp @4:9',
      'web ports.target 3000/tcp @5:9',
      'web ports.published 8001/udp ip=127.0.0.1 @6:9',
      'web ports.target 8001/udp ip=127.0.0.1 @6:9',
      'web ports.published 9090-9091/tcp @7:9',
      'web ports.target 8080-8081/tcp @7:9',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reads long syntax and expose', () => {
    const result = parse(
      yaml`
        services:
          dns:
            ports:
              - target: 53
                published: "5353"
                host_ip: 127.0.0.1
                protocol: udp
                mode: host
            expose:
              - "9100-9101"
              - 251/udp
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'dns ports.published 5353/udp ip=127.0.0.1 @5:20',
      'dns ports.target 53/udp ip=127.0.0.1 @4:17',
      'dns expose 9100-9101/tcp @10:9',
      'dns expose 251/udp @11:9',
    ]);
  });

  it('locates the digits a fix rewrites, through quotes and defaults', () => {
    const result = parse(
      yaml`
        services:
          api:
            ports:
              - "\${API_PORT:-251}:8000"
      `,
      'compose',
    );
    const published = result.claims.find((c) => c.field === 'ports.published')!;
    expect(published.port).toBe(251);
    expect(published.spec).toBe('${API_PORT:-251}:8000');
    expect(published.digits).toMatchObject({
      start: 12,
      end: 15,
    });
  });

  it('interpolates from the env it is given, and reports a variable without value or default', () => {
    const result = parse(
      yaml`
        services:
          api:
            ports:
              - "\${API_PORT}:80"
              - "\${ADMIN_PORT}:81"
      `,
      'compose',
      { API_PORT: '8081' },
    );
    expect(rows(result)).toEqual([
      'api ports.published 8081/tcp @4:9',
      'api ports.target 80/tcp @4:9',
      // Compose reads ":81" when ADMIN_PORT has no value: container port 81 is still claimed.
      'api ports.target 81/tcp @5:9',
    ]);
    expect(result.problems).toMatchObject([
      {
        code: 'unresolved-port',
        span: { line: 5, column: 9 },
        message: expect.stringContaining('ADMIN_PORT'),
      },
    ]);
  });

  it('applies merge keys and reports a value reached through an alias at its anchor', () => {
    const result = parse(
      yaml`
        x-ports: &ports
          - "251:80"
        x-base: &base
          expose: ["4000"]
        services:
          a:
            <<: *base
            ports: *ports
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'a ports.published 251/tcp @2:5',
      'a ports.target 80/tcp @2:5',
      'a expose 4000/tcp @4:12',
    ]);
  });

  it('reports invalid specs with the span of the item', () => {
    const result = parse(
      yaml`
        services:
          bad:
            ports:
              - "70000:80"
              - "localhost:80:80"
              - "8000-8002:80-81"
              - "90-80:80"
              - "80/icmp"
      `,
      'compose',
    );
    expect(result.claims).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.span.line, p.span.column])).toEqual([
      ['invalid-port', 4, 9],
      ['invalid-port', 5, 9],
      ['invalid-port', 6, 9],
      ['invalid-port', 7, 9],
      ['invalid-port', 8, 9],
    ]);
  });

  it('treats published port 0 as "any port", not a claim of 0', () => {
    const result = parse(
      yaml`
      services:
        a:
          ports: ["0:8080"]
    `,
      'compose',
    );
    expect(rows(result)).toEqual(['a ports.target 8080/tcp @3:13']);
  });

  it('reports broken YAML as a parse error', () => {
    const result = parse('services:\n  web:\n    ports: [\n', 'compose');
    expect(result.entry.status).toBe('error');
    expect(result.problems[0]).toMatchObject({ code: 'parse-error', file: 'test.yml' });
  });
});
