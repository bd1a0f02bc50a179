import { describe, expect, it } from 'vitest';
import {
  fileBudget,
  interpolate,
  MAX_INTERPOLATED,
  MAX_INTERPOLATED_PER_FILE,
  parseEnvFile,
  TOO_LONG,
} from '../../src/parse/interpolate.js';

const env: Record<string, string> = { SET: 'x', EMPTY: '', PORT: '8080' };
const lookup = (name: string): string | undefined => env[name];

describe('interpolate', () => {
  it.each([
    ['$PORT', '8080'],
    ['${PORT}', '8080'],
    ['${UNSET:-251}', '251'],
    ['${EMPTY:-251}', '251'],
    ['${EMPTY-251}', ''],
    ['${UNSET-251}', '251'],
    ['${SET:+alt}', 'alt'],
    ['${EMPTY:+alt}', ''],
    ['${EMPTY+alt}', 'alt'],
    ['${UNSET:-${PORT}}', '8080'],
    ['${UNSET:-${ALSO_UNSET:-1}}', '1'],
    ['$$PORT', '$PORT'],
    ['127.0.0.1:${PORT}:80', '127.0.0.1:8080:80'],
  ])('%s -> %j', (text, value) => {
    const result = interpolate(text, lookup);
    expect(result.value).toBe(value);
    expect(result.missing).toEqual([]);
  });

  it('names missing variables, with the ? message', () => {
    expect(interpolate('${A}:${B:?set B first}', lookup).missing).toEqual([
      { name: 'A', at: 0 },
      { name: 'B', message: 'set B first', at: 1 },
    ]);
  });

  it('says where in the value each missing variable went', () => {
    const result = interpolate('127.0.0.1:${HOST}:${PORT}', lookup);
    expect(result.value).toBe('127.0.0.1::8080');
    expect(result.missing).toEqual([{ name: 'HOST', at: 10 }]);
  });

  it('keeps a lone $ for Dockerfiles and rejects it for compose, as compose-go does', () => {
    expect(interpolate('80$', lookup).value).toBe('80$');
    expect(interpolate('80$', lookup, { strict: true }).error).toMatch(/must start a variable/);
    expect(interpolate('$$80', lookup, { strict: true })).toMatchObject({ value: '$80' });
  });

  it('maps each character back to where it was written', () => {
    const result = interpolate('${X:-251}:80', lookup);
    expect(result.value).toBe('251:80');
    expect(result.sourceOffsets).toEqual([5, 6, 7, 9, 10, 11]);
    expect(interpolate('$PORT', lookup).sourceOffsets).toEqual([-1, -1, -1, -1]);
  });

  it('reports malformed templates', () => {
    expect(interpolate('${PORT', lookup).error).toMatch(/unclosed/);
    expect(interpolate('${1X}', lookup).error).toMatch(/invalid variable/);
  });
});

describe('parseEnvFile', () => {
  it('reads the forms compose reads', () => {
    const parsed = parseEnvFile(
      [
        '# comment',
        'A=1',
        'export B=2',
        "C='${A} literal'",
        'D="${A}-x"',
        'E=3 # trailing',
        '',
      ].join('\n'),
    );
    expect(Object.fromEntries(parsed)).toEqual({
      A: '1',
      B: '2',
      C: '${A} literal',
      D: '1-x',
      E: '3',
    });
  });
});

describe('expansion is capped', () => {
  const doubling = (levels: number): string => {
    const lines = ['A0=1'];
    for (let i = 1; i <= levels; i++) lines.push(`A${i}=\${A${i - 1}}\${A${i - 1}}`);
    return lines.join('\n');
  };

  it('a .env whose values double each line keeps only a mark past the cap', () => {
    const env = parseEnvFile(doubling(60));
    expect(env.get('A12')).toHaveLength(4096);
    expect(env.get('A13')).toBe(TOO_LONG);
    expect(env.get('A60')).toBe(TOO_LONG);
    const result = interpolate('${A60}:80', (n) => env.get(n), { strict: true });
    expect(result).toMatchObject({
      tooLong: true,
      error: `\${A60} expands to more than ${MAX_INTERPOLATED.toLocaleString('en-US')} characters, longer than any port, name or path`,
    });
  });

  it('a text that grows past the cap from values under it', () => {
    const env = new Map([['H', 'x'.repeat(3000)]]);
    expect(interpolate('${H}${H}', (n) => env.get(n)).error).toBe(
      'the value expands to more than 4,096 characters, longer than any port, name or path',
    );
  });

  it('one file adds at most MAX_INTERPOLATED_PER_FILE characters in all', () => {
    const env = new Map([['H', 'x'.repeat(4000)]]);
    const budget = fileBudget();
    const reads = Math.floor(MAX_INTERPOLATED_PER_FILE / 4000);
    for (let i = 0; i < reads; i++)
      expect(interpolate('${H}', (n) => env.get(n), { budget }).error).toBeUndefined();
    expect(interpolate('${H}', (n) => env.get(n), { budget }).error).toMatch(
      /^variables in this file expand to more than 1,000,000 characters in all/,
    );
  });
});
