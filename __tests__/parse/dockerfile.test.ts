import { describe, expect, it } from 'vitest';
import { MAX_EXPANDED_PER_FILE, MAX_VALUE, parseDockerfile } from '../../src/parse/dockerfile.js';

const rowsOf = (text: string): string[] =>
  parseDockerfile('Dockerfile', text).claims.map(
    (c) =>
      `${c.resource} ${c.port}${c.endPort !== undefined ? `-${c.endPort}` : ''}/${c.protocol} ${c.spec} @${c.span.line}:${c.span.column}`,
  );

describe('Dockerfile EXPOSE', () => {
  it('reads several ports, protocols, ranges and stages', () => {
    const text = [
      'FROM node:22 AS build',
      'EXPOSE 3000 251/udp',
      'FROM nginx',
      'expose 8000-8001/tcp',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      'build 3000/tcp 3000 @2:8',
      'build 251/udp 251/udp @2:13',
      'Dockerfile 8000-8001/tcp 8000-8001/tcp @4:8',
    ]);
  });

  it('follows line continuations and skips comment lines inside them', () => {
    const text = 'FROM alpine\nEXPOSE 80 \\\n# a comment\n    251\n';
    expect(rowsOf(text)).toEqual(['Dockerfile 80/tcp 80 @2:8', 'Dockerfile 251/tcp 251 @4:5']);
  });

  it('honours the escape parser directive', () => {
    const text = '# escape=`\nFROM mcr.microsoft.com/windows\nEXPOSE 80 `\n  251\n';
    expect(rowsOf(text)).toEqual(['Dockerfile 80/tcp 80 @3:8', 'Dockerfile 251/tcp 251 @4:3']);
  });

  it('expands ARG and ENV defaults', () => {
    const text =
      'ARG BASE=251\nFROM alpine\nARG BASE\nARG WEB=8080\nENV ADMIN=${BASE}\nEXPOSE ${WEB} $ADMIN ${OTHER:-9000}\n';
    expect(rowsOf(text)).toEqual([
      'Dockerfile 8080/tcp ${WEB} @6:8',
      'Dockerfile 251/tcp $ADMIN @6:15',
      'Dockerfile 9000/tcp ${OTHER:-9000} @6:22',
    ]);
  });

  it('does not read EXPOSE inside a heredoc', () => {
    const text = 'FROM alpine\nRUN <<EOF\nEXPOSE 251\nEOF\nEXPOSE 80\n';
    expect(rowsOf(text)).toEqual(['Dockerfile 80/tcp 80 @5:8']);
  });

  it('reports unresolved variables and invalid ports', () => {
    const result = parseDockerfile('Dockerfile', 'FROM alpine\nEXPOSE $PORT 99999 80/quic\n');
    expect(result.claims).toEqual([]);
    expect(result.problems.map((p) => `${p.code} @${p.span.line}:${p.span.column}`)).toEqual([
      'unresolved-port @2:8',
      'invalid-port @2:14',
      'invalid-port @2:20',
    ]);
  });

  it('locates the digits of a literal port for the fix', () => {
    const [claim] = parseDockerfile('Dockerfile', 'FROM a\nEXPOSE 251/tcp\n').claims;
    expect(claim?.digits).toEqual({ start: 0, end: 3 });
  });
});

describe('variable expansion is capped', () => {
  const doubling = (keyword: string, levels: number): string => {
    const lines = ['FROM alpine AS app', `${keyword} A0=1`];
    for (let i = 1; i <= levels; i++) lines.push(`${keyword} A${i}=\${A${i - 1}}\${A${i - 1}}`);
    return `${lines.join('\n')}\nEXPOSE \${A${levels}} 8080\n`;
  };

  it.each(['ARG', 'ENV'])(
    '%s values that double each line: invalid-port, the rest still read',
    (keyword) => {
      const result = parseDockerfile('Dockerfile', doubling(keyword, 40));
      expect(
        result.problems.map((p) => `${p.span.line}:${p.span.column} ${p.code} ${p.message}`),
      ).toEqual([
        `43:8 invalid-port stage "app": EXPOSE \${A40} is not a port: A40 expands to more than ${MAX_VALUE.toLocaleString('en-US')} characters, longer than any port or list of ports.`,
      ]);
      expect(result.claims.map((c) => c.port)).toEqual([8080]);
    },
  );

  it('a value just under the cap is still read (and is no port)', () => {
    const result = parseDockerfile('Dockerfile', doubling('ARG', 9));
    expect(result.problems[0]?.message).toMatch(/EXPOSE \$\{A9\} is not a port or a port range/);
  });

  it('one file expands at most MAX_EXPANDED_PER_FILE characters in all', () => {
    const reads = Math.ceil(MAX_EXPANDED_PER_FILE / 1000) + 1;
    const text = `FROM a\nARG L=${'8'.repeat(1000)}\n${'EXPOSE $L\n'.repeat(reads)}`;
    const messages = parseDockerfile('Dockerfile', text).problems.map((p) => p.message);
    expect(messages).toHaveLength(reads);
    expect(messages.at(-1)).toBe(
      `Dockerfile: EXPOSE $L is not a port: variables in this Dockerfile expand to more than ${MAX_EXPANDED_PER_FILE.toLocaleString('en-US')} characters in all, past which port-claims expands none.`,
    );
  });

  it('stages are found by name, and ENV inherited, however many there are', () => {
    const lines = ['FROM alpine AS s0', 'ENV P=251'];
    for (let i = 1; i <= 2000; i++) lines.push(`FROM s${i - 1} AS s${i}`, `ENV V${i}=${i}`);
    lines.push('FROM S2000 AS last', 'EXPOSE $P $V1999');
    const result = parseDockerfile('Dockerfile', `${lines.join('\n')}\n`);
    expect(result.claims.map((c) => `${c.resource} ${c.port}`)).toEqual(['last 251', 'last 1999']);
  });
});
