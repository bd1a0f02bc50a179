import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import type { ParsedFile } from '../../src/parse/result.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/dockerfile/', import.meta.url));

function parseFixture(name: string): ParsedFile {
  return parseDockerfile(name, readFileSync(FIXTURES + name, 'utf8'));
}

/** "resource port/protocol spec @line:column-endLine:endColumn" */
function claimRows(result: ParsedFile): string[] {
  return result.claims.map(
    (c) =>
      `${c.resource} ${c.port}${c.endPort !== undefined ? `-${c.endPort}` : ''}/${c.protocol} ${c.spec} @${c.span.line}:${c.span.column}-${c.span.endLine}:${c.span.endColumn}`,
  );
}

function problemRows(result: ParsedFile): string[] {
  return result.problems.map(
    (p) => `${p.code} ${p.spec} @${p.span.line}:${p.span.column}-${p.span.endColumn} ${p.message}`,
  );
}

describe('Dockerfile fixtures', () => {
  it('multi-stage: the stage name is the resource; ports, ranges, protocols; ONBUILD and comments claim nothing', () => {
    const result = parseFixture('multi-stage.Dockerfile');
    expect(claimRows(result)).toEqual([
      'Build 6060/tcp 6060 @3:8-3:12',
      'test 8000-8002/tcp 8000-8002/tcp @7:8-7:21',
      'test 251/udp 251/UDP @7:22-7:29',
      'test 2905/sctp 2905/sctp @7:30-7:39',
      'Dockerfile 8080/tcp 8080 @11:8-11:12',
      'Dockerfile 53/udp 53/udp @11:13-11:19',
    ]);
    expect(result.problems).toEqual([]);
    // A range has no single number to rewrite; a lone port has.
    expect(result.claims[1]?.digits).toBeUndefined();
    expect(result.claims[2]?.digits).toEqual({
      start: 0,
      end: 3,
    });
  });

  it('variables: global and stage ARG, ENV (both forms), defaults, quotes, splitting after substitution, ENV inherited by a child stage', () => {
    const result = parseFixture('variables.Dockerfile');
    expect(claimRows(result)).toEqual([
      'base 251/tcp ${PORT} @8:8-8:15',
      'base 2510/tcp $ADMIN @8:16-8:22',
      'base 9090/tcp $METRICS @8:23-8:31',
      'base 8080/udp ${WEB}/udp @8:32-8:42',
      'base 252/tcp ${OTHER:-252} @9:8-9:21',
      'base 253/tcp "${QUOTED:-253}" @9:22-9:38',
      "base 254/tcp '254' @9:39-9:44",
      'base 80/tcp $PORTS @11:8-11:14',
      'base 443/tcp $PORTS @11:8-11:14',
      'app 9090/tcp $METRICS @15:8-15:16',
    ]);
    expect(problemRows(result)).toEqual([
      'invalid-port "$PORTS" @11:15-23 stage "base": EXPOSE "$PORTS" is not a port or a port range (0-65535): "80 443" is not a port number.',
      'unresolved-port ${ADMIN} @15:17-25 stage "app": EXPOSE ${ADMIN} depends on ADMIN, which has no value and no default here; give the ARG a default (ARG ADMIN=...) or write the port.',
    ]);
  });

  it('variables: the digits are those written in the token; a value from an ARG line has none', () => {
    const [fromArg, , , , inlineDefault, quotedDefault, singleQuoted] =
      parseFixture('variables.Dockerfile').claims;
    expect(fromArg?.digits).toBeUndefined();
    expect(inlineDefault?.digits).toEqual({
      start: 9,
      end: 12,
    });
    expect(quotedDefault?.digits).toEqual({
      start: 11,
      end: 14,
    });
    expect(singleQuoted?.digits).toEqual({ start: 1, end: 4 });
  });

  it('continuations: comment and empty lines inside, tabs, joined tokens, an escaped escape', () => {
    expect(claimRows(parseFixture('continuation.Dockerfile'))).toEqual([
      'Dockerfile 80/tcp 80 @2:8-2:10',
      'Dockerfile 251/tcp 251 @5:5-5:8',
      'Dockerfile 443/tcp 443/tcp @6:2-6:9',
      // BuildKit joins continued lines without a space: "90\" + "91" is 9091.
      'Dockerfile 9091/tcp 9091 @7:8-8:3',
      // `\\` at the end is an escaped escape, not a continuation: the next line is an instruction.
      'Dockerfile 255/tcp 255 @10:8-10:11',
    ]);
  });

  it('parser directives: escape=` at the top; a directive after a comment is a comment', () => {
    expect(claimRows(parseFixture('escape-directive.Dockerfile'))).toEqual([
      'Dockerfile 80/tcp 80 @5:8-5:10',
      'Dockerfile 251/tcp 251 @6:3-6:6',
    ]);
    expect(claimRows(parseFixture('directive-too-late.Dockerfile'))).toEqual([
      'Dockerfile 80/tcp 80 @4:8-4:10',
      'Dockerfile 251/tcp 251 @5:3-5:6',
    ]);
  });

  it('heredocs: their bodies are not instructions', () => {
    expect(claimRows(parseFixture('heredoc.Dockerfile'))).toEqual([
      'Dockerfile 80/tcp 80 @8:8-8:10',
    ]);
  });

  it('rejected forms', () => {
    const result = parseFixture('rejected.Dockerfile');
    // A host mapping is not for EXPOSE (BuildKit warns), but the container port is exposed.
    expect(claimRows(result)).toEqual([
      'bad 80/tcp 80 @4:8-4:10',
      'bad 80/tcp 8080:80 @6:8-6:15',
      'bad 443/udp 127.0.0.1:8443:443/udp @6:16-6:38',
    ]);
    expect(problemRows(result)).toEqual([
      'invalid-port EXPOSE @2:1-7 stage "bad": EXPOSE needs at least one port.',
      'invalid-port 99999 @3:8-13 stage "bad": EXPOSE 99999 is not a port or a port range (0-65535): 99999 is outside 0-65535.',
      'invalid-port 80/quic @3:14-21 stage "bad": EXPOSE 80/quic has an unknown protocol: EXPOSE takes tcp, udp or sctp.',
      'invalid-port http @3:22-26 stage "bad": EXPOSE http is not a port or a port range (0-65535): "http" is not a port number.',
      'invalid-port 90-80 @3:27-32 stage "bad": EXPOSE 90-80 is not a port or a port range (0-65535): the range 90-80 is reversed.',
      'invalid-port /tcp @3:33-37 stage "bad": EXPOSE /tcp names no port.',
      'invalid-port # web @4:11-16 stage "bad": "# web" is no comment: in a Dockerfile only a line that starts with # is, so BuildKit reads these words as ports and fails; move the comment to its own line.',
      'invalid-port "81 @5:8-11 stage "bad": EXPOSE "81 cannot be read: a double quote is not closed.',
      'invalid-port localhost:80:80 @6:39-54 stage "bad": EXPOSE localhost:80:80 has an invalid address or host port before the container port.',
      'unresolved-port $MISSING @7:8-16 stage "bad": EXPOSE $MISSING depends on MISSING, which has no value and no default here; give the ARG a default (ARG MISSING=...) or write the port.',
      'unresolved-port ${NEEDED:?required} @7:17-36 stage "bad": EXPOSE ${NEEDED:?required} depends on NEEDED, which has no value and no default here; give the ARG a default (ARG NEEDED=...) or write the port.',
      'unresolved-port $EMPTY @9:8-14 stage "bad": EXPOSE $EMPTY expands to nothing here (an empty ARG or ENV value); give the ARG a default port or write the port.',
    ]);
  });

  it('suggests a fix only where the number is written in the EXPOSE token', async () => {
    const { findings } = await check({ paths: ['variables.Dockerfile'], cwd: FIXTURES });
    const wellKnown = findings
      .filter((f) => f.rule === 'unassigned-well-known')
      .map(
        (f) => `${f.line}:${f.column} ${f.ports?.join(',')} ${f.suggestion?.replacement ?? '-'}`,
      );
    expect(wellKnown).toEqual([
      // 251 comes from `ARG PORT=251` on line 1: the finding is at EXPOSE, where no digit is.
      '8:8 251 -',
      // Offending ports, ascending, take 49152, 49153, ... in turn.
      '9:8 252 ${OTHER:-49153}',
      '9:22 253 "${QUOTED:-49154}"',
      "9:39 254 '49155'",
    ]);
  });
});
