import { describe, expect, it } from 'vitest';
import { parseClassifySpec } from '../../src/classify/spec.js';

describe('parseClassifySpec', () => {
  it.each([
    ['251', { start: 251, end: 251, protocol: 'tcp' }],
    ['0-65535/udp', { start: 0, end: 65535, protocol: 'udp' }],
    ['22/SCTP', { start: 22, end: 22, protocol: 'sctp' }],
    ['33/dccp', { start: 33, end: 33, protocol: 'dccp' }],
  ])('reads %s', (text, expected) => {
    expect(parseClassifySpec(text)).toEqual(expected);
  });

  it.each(['65536', '10-5', '80/icmp', 'http', '', '1-2-3'])('rejects %j', (text) => {
    expect(parseClassifySpec(text)).toHaveProperty('error');
  });
});
