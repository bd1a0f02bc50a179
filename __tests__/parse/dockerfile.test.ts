import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../src/parse/dockerfile.js';

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
