import { describe, expect, it } from 'vitest';
import { yaml } from '../helpers/tree.js';
import { parse, rows } from './helpers.js';

describe('compose long syntax', () => {
  it('reads every key of the spec, and x-* extensions, at the line of each value', () => {
    const result = parse(
      yaml`
        services:
          web:
            ports:
              - name: web
                target: 80
                published: "8080"
                host_ip: 127.0.0.1
                protocol: TCP
                app_protocol: http
                mode: host
                x-note: public
              - target: "443"
                published: 8443
              - target: 53
                published: 5300-5301
                protocol: udp
              - target: 9000
                published: ""
      `,
      'compose',
    );
    expect(result.problems).toEqual([]);
    expect(rows(result)).toEqual([
      'web ports.published 8080/tcp ip=127.0.0.1 @6:20',
      'web ports.target 80/tcp ip=127.0.0.1 @5:17',
      'web ports.published 8443/tcp @13:20',
      'web ports.target 443/tcp @12:17',
      'web ports.published 5300-5301/udp @15:20',
      'web ports.target 53/udp @14:17',
      'web ports.target 9000/tcp @17:17',
    ]);
    expect(result.claims.filter((c) => c.hostRange).map((c) => [c.port, c.endPort])).toEqual([
      [5300, 5301],
    ]);
  });

  it.each<[string, string, number, number, RegExp]>([
    ['an unknown key', 'target: 80\n    hostPort: 80', 5, 9, /"hostPort" is not a key/],
    ['no target', 'published: 80', 4, 9, /needs "target"/],
    ['a target range', 'target: 80-81', 4, 17, /must be a single port/],
    ['a host name', 'target: 80\n    host_ip: localhost', 5, 18, /not an IP address/],
    ['a reversed published range', 'target: 80\n    published: 90-80', 5, 20, /reversed/],
    ['a published port over 65535', 'target: 80\n    published: 70000', 5, 20, /outside 0-65535/],
    ['an unknown protocol', 'target: 80\n    protocol: quic', 5, 19, /"quic" is not a protocol/],
  ])('rejects %s as invalid-port at the value', (_, body, line, column, message) => {
    const text = `services:\n  web:\n    ports:\n      - ${body.replace(/\n {4}/g, '\n        ')}\n`;
    const result = parse(text, 'compose');
    const invalid = result.problems.filter((p) => p.code === 'invalid-port');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({
      span: { line, column },
      message: expect.stringMatching(message),
    });
  });

  it('reports a long-syntax variable without value as unresolved-port naming it', () => {
    const result = parse(
      yaml`
        services:
          web:
            ports:
              - target: 80
                published: \${WEB_PORT}
      `,
      'compose',
    );
    expect(rows(result)).toEqual(['web ports.target 80/tcp @4:17']);
    expect(result.problems).toMatchObject([
      {
        code: 'unresolved-port',
        span: { line: 5, column: 20 },
        message: expect.stringContaining('variable WEB_PORT'),
      },
    ]);
  });
});

describe('compose files as compose merges them', () => {
  it('merges duplicate entries of one binding, and keeps distinct bindings of one host port', () => {
    const result = parse(
      yaml`
        services:
          web:
            ports:
              - "80:80"
              - "80:80"
              - "0.0.0.0:80:80/tcp"
              - target: 80
                published: 80
              - "8080:81"
              - "8080:82"
            expose: ["3000", 3000, "3000/tcp"]
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'web ports.published 80/tcp @4:9',
      'web ports.target 80/tcp @4:9',
      'web ports.published 8080/tcp @9:9',
      'web ports.target 81/tcp @9:9',
      'web ports.published 8080/tcp @10:9',
      'web ports.target 82/tcp @10:9',
      'web expose 3000/tcp @11:14',
    ]);
  });

  it('applies extends within the file, reporting inherited ports where they are written', () => {
    const result = parse(
      yaml`
        services:
          base:
            ports: ["251:80"]
            network_mode: host
          web:
            extends: base
            ports: ["8080:80"]
          self:
            extends: { service: self }
          ghost:
            extends: nothing
          other:
            extends: { file: elsewhere.yml, service: x }
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'base ports.published 251/tcp @3:13',
      'base ports.target 80/tcp @3:13',
      'web ports.published 251/tcp @3:13',
      'web ports.target 80/tcp @3:13',
      'web ports.published 8080/tcp @7:13',
      'web ports.target 80/tcp @7:13',
    ]);
    expect(result.claims.every((c) => c.hostNetwork)).toBe(true);
    expect(result.problems.map((p) => [p.code, p.span.line, p.message])).toEqual([
      ['parse-error', 9, expect.stringContaining('extends itself (self → self)')],
      ['parse-error', 11, expect.stringContaining('defines no such service')],
      // The helper lets the file read no other: the scan reports a missing one the same way.
      ['parse-error', 13, expect.stringContaining('in elsewhere.yml, which is not in this test')],
    ]);
  });

  it('merges the documents of one file in order, honouring !reset and !override', () => {
    const result = parse(
      yaml`
        services:
          a:
            ports: ["1000:1000"]
            expose: ["1001"]
          b:
            ports: ["2000:2000"]
          c:
            ports: ["3000:3000"]
        ---
        services:
          a:
            ports: ["1002:1002"]
            expose: !reset []
          b:
            ports: !override ["2001:2001"]
          c: !reset
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'a ports.published 1000/tcp @3:13',
      'a ports.target 1000/tcp @3:13',
      'a ports.published 1002/tcp @12:13',
      'a ports.target 1002/tcp @12:13',
      'b ports.published 2001/tcp @15:23',
      'b ports.target 2001/tcp @15:23',
    ]);
  });

  it('scans services under profiles, and keeps the claims of a host-network service', () => {
    const result = parse(
      yaml`
        services:
          debug:
            profiles: [debug]
            ports: ["9229:9229"]
          agent:
            network_mode: "\${NET:-host}"
            expose: ["161/udp"]
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'debug ports.published 9229/tcp @4:13',
      'debug ports.target 9229/tcp @4:13',
      'agent expose 161/udp @7:14',
    ]);
    expect(result.claims.map((c) => c.hostNetwork ?? false)).toEqual([false, false, true]);
  });
});

describe('compose structures docker compose refuses', () => {
  it('reports ports or expose written as a string instead of a list', () => {
    const result = parse(
      yaml`
        services:
          web:
            ports: "254:80"
            expose: 9000
      `,
      'compose',
    );
    expect(result.claims).toEqual([]);
    expect(
      result.problems.map((p) => `${p.code} @${p.span.line}:${p.span.column} ${p.field}`),
    ).toEqual(['invalid-port @3:12 ports.published', 'invalid-port @4:13 expose']);
    expect(result.problems[0]!.message).toContain('ports must be a list');
  });

  it('reads a range as large as 1-65535 as one claim per field', () => {
    const result = parse(
      yaml`
        services:
          all:
            ports: ["1-65535:1-65535/udp"]
          web:
            ports: ["251:80"]
      `,
      'compose',
    );
    expect(rows(result)).toEqual([
      'all ports.published 1-65535/udp @3:13',
      'all ports.target 1-65535/udp @3:13',
      'web ports.published 251/tcp @5:13',
      'web ports.target 80/tcp @5:13',
    ]);
    expect(result.problems).toEqual([]);
  });
});
