// Every port form the Compose spec shows, and every form docker compose v2 (compose-go over
// go-connections' nat.ParsePortSpec) rejects, with the exact claims or finding each gives. Each
// item is written on line 4, column 9 of its own file.
import { describe, expect, it } from 'vitest';
import { parse } from './helpers.js';

function service(field: 'ports' | 'expose', item: string): string {
  return ['services:', '  web:', `    ${field}:`, `      - ${item}`, ''].join('\n');
}

/** Claims as "field port[-end]/protocol [ip=...] [range]", all of which must be at 4:9. */
function claimRows(field: 'ports' | 'expose', item: string, env: Record<string, string> = {}) {
  const result = parse(service(field, item), 'compose', env);
  for (const c of result.claims) expect([c.span.line, c.span.column]).toEqual([4, 9]);
  return {
    rows: result.claims.map(
      (c) =>
        `${c.field === 'ports.published' ? 'published' : c.field === 'ports.target' ? 'target' : 'expose'} ${c.port}${c.endPort !== undefined ? `-${c.endPort}` : ''}/${c.protocol}${c.hostIp !== undefined ? ` ip=${c.hostIp}` : ''}${c.hostRange ? ' range' : ''}`,
    ),
    problems: result.problems,
  };
}

describe('short syntax that docker compose accepts', () => {
  it.each<[string, string[]]>([
    ['"3000"', ['target 3000/tcp']],
    ['3000', ['target 3000/tcp']],
    // A range is one claim per field, however many ports it spans.
    ['"3000-3005"', ['target 3000-3005/tcp']],
    ['"8000:8000"', ['published 8000/tcp', 'target 8000/tcp']],
    ['"9090-9091:8080-8081"', ['published 9090-9091/tcp', 'target 8080-8081/tcp']],
    ['"49100:22"', ['published 49100/tcp', 'target 22/tcp']],
    // A host range for one container port: the engine binds one of them, so all are claimed.
    ['"8000-8003:80"', ['published 8000-8003/tcp range', 'target 80/tcp']],
    ['"127.0.0.1:8001:8001"', ['published 8001/tcp ip=127.0.0.1', 'target 8001/tcp ip=127.0.0.1']],
    [
      '"127.0.0.1:5000-5010:5000-5010"',
      ['published 5000-5010/tcp ip=127.0.0.1', 'target 5000-5010/tcp ip=127.0.0.1'],
    ],
    ['"127.0.0.1::5000"', ['target 5000/tcp ip=127.0.0.1']],
    ['"[::1]:6001:6001"', ['published 6001/tcp ip=::1', 'target 6001/tcp ip=::1']],
    ['"::1:6000:6000"', ['published 6000/tcp ip=::1', 'target 6000/tcp ip=::1']],
    ['"[2001:db8::1]::80"', ['target 80/tcp ip=2001:db8::1']],
    ['"0.0.0.0:80:80"', ['published 80/tcp ip=0.0.0.0', 'target 80/tcp ip=0.0.0.0']],
    ['":80"', ['target 80/tcp']],
    ['"6060:6060/udp"', ['published 6060/udp', 'target 6060/udp']],
    ['"3456/sctp"', ['target 3456/sctp']],
    ['"53:53/UDP"', ['published 53/udp', 'target 53/udp']],
    ['"3456/SCTP"', ['target 3456/sctp']],
    ['"8080:80/"', ['published 8080/tcp', 'target 80/tcp']],
    // "80-80" is the single port 80 (current go-connections).
    ['"80-80:8080"', ['published 80/tcp', 'target 8080/tcp']],
    // strconv.ParseInt takes leading zeros and a plus sign.
    ['"+8080:080"', ['published 8080/tcp', 'target 80/tcp']],
    // Published 0 asks for any free port: no claim of port 0.
    ['"0:8080"', ['target 8080/tcp']],
    // YAML 1.2, as compose v2 reads it: an unquoted 22:22 is the string "22:22".
    ['22:22', ['published 22/tcp', 'target 22/tcp']],
    // A YAML integer in another base is the number it denotes.
    ['0x50', ['target 80/tcp']],
    ['"${WEB_PORT:-251}:80"', ['published 251/tcp', 'target 80/tcp']],
    ['"${WEB_PORT-251}:80"', ['published 251/tcp', 'target 80/tcp']],
    ['"$$HOME"', []],
  ])('%s', (item, rows) => {
    const result = claimRows('ports', item);
    if (item === '"$$HOME"') {
      // `$$` is a literal `$`: "$HOME" is not a port spec, and no variable is read.
      expect(result.problems).toMatchObject([
        { code: 'invalid-port', message: expect.stringContaining('"$HOME" is not a port number') },
      ]);
      return;
    }
    expect(result.rows).toEqual(rows);
    expect(result.problems).toEqual([]);
  });

  it('claims a large host range once, for one target', () => {
    const { rows, problems } = claimRows('ports', '"8000-9000:80"');
    expect(rows).toEqual(['published 8000-9000/tcp range', 'target 80/tcp']);
    expect(problems).toEqual([]);
  });

  it('leaves port 0 out of a published range: it asks the engine for any port', () => {
    expect(claimRows('ports', '"0-2:80-82"').rows).toEqual([
      'published 1-2/tcp',
      'target 80-82/tcp',
    ]);
    expect(claimRows('ports', '"0-1:80"').rows).toEqual(['published 1/tcp range', 'target 80/tcp']);
  });
});

describe('short syntax that docker compose rejects: invalid-port at the item', () => {
  it.each<[string, RegExp]>([
    ['"70000:80"', /invalid host port: 70000 is outside 0-65535/],
    ['"80:70000"', /invalid container port: 70000 is outside 0-65535/],
    ['"localhost:80:80"', /"localhost" is not an IP address/],
    ['"db.internal:5432:5432"', /"db.internal" is not an IP address/],
    ['"8000-8002:80-81"', /host range 8000-8002 and the container range 80-81 differ in length/],
    ['"80-81:8000-8002"', /differ in length/],
    ['"90-80:80"', /the range 90-80 is reversed/],
    ['"80:90-80"', /the range 90-80 is reversed/],
    ['"80/icmp"', /"icmp" is not a protocol/],
    ['"80:80/http"', /"http" is not a protocol/],
    ['"http"', /"http" is not a port number/],
    ['"1-2-3:80"', /"2-3" is not a port number/],
    ['"127.0.0.1:80"', /invalid host port: "127.0.0.1" is not a port number/],
    ['"80:80:80:80"', /"80:80" is not an IP address/],
    ['"[::1:80:80"', /not a bracketed IP address/],
    ['""', /no container port/],
    ['"8080:"', /no container port/],
    ['"8080:/udp"', /no container port/],
    ['"8080$"', /"\$" must start a variable/],
    ['"${WEB_PORT"', /unclosed/],
    ['"${1X}:80"', /invalid variable name/],
    ['"${X:x}:80"', /unsupported interpolation/],
    ['-1', /-1 is not a port number/],
    ['80.5', /80.5 is not a port number/],
    ['true', /must be a number or a string/],
    ['{}', /needs "target"/],
  ])('%s', (item, message) => {
    const { rows, problems } = claimRows('ports', item);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'invalid-port',
      span: { line: 4, column: 9 },
      resource: 'web',
      message: expect.stringMatching(message),
    });
  });
});

describe('expose', () => {
  it.each<[string, string[]]>([
    ['"3000"', ['expose 3000/tcp']],
    ['3000', ['expose 3000/tcp']],
    ['"8080-8082/tcp"', ['expose 8080-8082/tcp']],
    ['"53/udp"', ['expose 53/udp']],
    ['"53/UDP"', ['expose 53/udp']],
    ['"9999/sctp"', ['expose 9999/sctp']],
  ])('%s', (item, rows) => {
    const result = claimRows('expose', item);
    expect(result.rows).toEqual(rows);
    expect(result.problems).toEqual([]);
  });

  it.each<[string, RegExp]>([
    ['"80:80"', /"80:80" is not a port number/],
    ['"80/icmp"', /"icmp" is not a protocol/],
    ['"70000"', /outside 0-65535/],
    ['"90-80"', /reversed/],
  ])('rejects %s', (item, message) => {
    const { rows, problems } = claimRows('expose', item);
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([
      {
        code: 'invalid-port',
        span: { line: 4, column: 9 },
        message: expect.stringMatching(message),
      },
    ]);
  });
});

describe('variables without a value', () => {
  it.each<[string, string[], string, string]>([
    // Compose substitutes an empty string: ":80" still publishes container port 80.
    ['"${HOST_PORT}:251"', ['target 251/tcp'], 'published port', 'HOST_PORT'],
    ['"$HOST_PORT:251"', ['target 251/tcp'], 'published port', 'HOST_PORT'],
    ['"8080:${APP_PORT}"', [], 'port', 'APP_PORT'],
    ['"${BIND}:8080:80"', ['published 8080/tcp', 'target 80/tcp'], '', ''],
    ['"8080:80/${PROTO}"', [], 'protocol', 'PROTO'],
    [
      '"${HOST_PORT:?set HOST_PORT}:80"',
      ['target 80/tcp'],
      'published port',
      'HOST_PORT (set HOST_PORT)',
    ],
  ])('%s', (item, rows, what, variable) => {
    const result = claimRows('ports', item);
    expect(result.rows).toEqual(rows);
    if (!variable) {
      expect(result.problems).toEqual([]);
      return;
    }
    expect(result.problems).toMatchObject([
      {
        code: 'unresolved-port',
        span: { line: 4, column: 9 },
        message: expect.stringContaining(`the ${what} in`),
      },
    ]);
    expect(result.problems[0]!.message).toContain(`variable ${variable}`);
  });

  it('takes values from the env it is given', () => {
    expect(claimRows('ports', '"${HOST_PORT}:80"', { HOST_PORT: '8080' }).rows).toEqual([
      'published 8080/tcp',
      'target 80/tcp',
    ]);
    expect(claimRows('ports', '"${HOST_PORT:+9090}:80"', { HOST_PORT: '8080' }).rows).toEqual([
      'published 9090/tcp',
      'target 80/tcp',
    ]);
    expect(claimRows('ports', '"${HOST_PORT:-${ALT:-7070}}:80"').rows).toEqual([
      'published 7070/tcp',
      'target 80/tcp',
    ]);
  });
});
