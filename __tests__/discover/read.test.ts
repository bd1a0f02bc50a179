import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, firstInvalidUtf8, readText } from '../../src/discover/read.js';
import { writeTree } from '../helpers/tree.js';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

describe('decode', () => {
  it("drops a UTF-8 byte order mark, so that first-line columns are an editor's", () => {
    expect(decode(bytes([0xef, 0xbb, 0xbf], 'a: 1\n'))).toEqual({ text: 'a: 1\n' });
  });

  it('decodes UTF-16 with a byte order mark, as Windows PowerShell writes files', () => {
    const text = 'services:\n  web: {}\n';
    expect(decode(bytes([0xff, 0xfe], [...Buffer.from(text, 'utf16le')]))).toEqual({ text });
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(decode(bytes([0xfe, 0xff], [...be]))).toEqual({ text });
  });

  it('calls a file with NUL bytes binary', () => {
    expect(decode(bytes('services:', [0], '\n'))).toEqual({
      skip: 'a binary file (it holds NUL bytes)',
    });
    expect(decode(bytes([0xff, 0xfe], [0x61, 0, 0, 0]))).toEqual({
      skip: 'a binary file (it holds NUL characters)',
    });
  });

  it('reads invalid UTF-8 with replacement characters and says where the first one is', () => {
    // "é" is two UTF-8 bytes but one column; the Latin-1 byte after it is the invalid one.
    expect(decode(bytes('a: 1\n# é', [0xe9], ' x\n'))).toEqual({
      text: 'a: 1\n# é\uFFFD x\n',
      invalidUtf8: { line: 2, column: 4 },
    });
    expect(decode(bytes([0xc3]))).toEqual({ text: '\uFFFD', invalidUtf8: { line: 1, column: 1 } });
    expect(decode(bytes([0xe9], ':\nb\n'))).toEqual({
      text: '\uFFFD:\nb\n',
      invalidUtf8: { line: 1, column: 1 },
    });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['a truncated sequence', [0x61, 0xe2, 0x82], 1],
    ['an overlong encoding', [0xc0, 0x80], 0],
    ['an overlong three-byte encoding', [0xe0, 0x80, 0x80], 0],
    ['a surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a stray continuation byte', [0x61, 0x80], 1],
  ])('finds %s', (_, input, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(offset);
  });

  it('passes well-formed text of every length', () => {
    const text = Buffer.from('a é € 𝄞');
    expect(firstInvalidUtf8(text)).toBe(text.length);
  });
});

describe('readText', () => {
  const max = { maxBytes: 16 };

  it('reads a file up to the limit and skips one byte over it', async () => {
    const root = writeTree({ 'ok.yaml': 'x'.repeat(16), 'big.yaml': 'x'.repeat(17) });
    expect(await readText(join(root, 'ok.yaml'), max)).toEqual({ text: 'x'.repeat(16) });
    expect(await readText(join(root, 'big.yaml'), max)).toEqual({
      skip: '17 bytes, over the 16-byte limit for one file (max-file-size)',
    });
  });

  it('reads inside its boundary only, links followed', async () => {
    const outside = writeTree({ 'secret.env': 'S=1' });
    const root = writeTree({
      'in/.env': 'A=1',
      'in/link.env': { symlink: '.env' },
      'in/out.env': { symlink: join(outside, 'secret.env') },
    });
    const within = realpathSync(join(root, 'in'));
    const read = (path: string) => readText(join(root, path), { maxBytes: 100, within });
    expect(await read('in/.env')).toEqual({ text: 'A=1' });
    expect(await read('in/link.env')).toEqual({ text: 'A=1' });
    expect(await read('in/out.env')).toEqual({
      skip: 'a symbolic link to a path outside the scanned directory',
    });
    expect(await read(`in/../../${outside.split('/').pop()}/secret.env`)).toEqual({
      skip: 'outside the scanned directory',
    });
  });

  it('says why it reads no directory, missing file or loop', async () => {
    const root = writeTree({
      'dir/x': '',
      'a.yaml': { symlink: 'b.yaml' },
      'b.yaml': { symlink: 'a.yaml' },
    });
    expect(await readText(join(root, 'dir'), max)).toEqual({ skip: 'not a regular file' });
    expect(await readText(join(root, 'nope.yaml'), max)).toEqual({ error: 'does not exist' });
    expect(await readText(join(root, 'a.yaml'), max)).toEqual({
      error: 'is a loop of symbolic links',
    });
  });

  it('does not wait on a named pipe with a manifest name', async () => {
    const root = writeTree({});
    const fifo = join(root, 'compose.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await readText(fifo, max)).toEqual({ skip: 'not a regular file' });
  });
});
