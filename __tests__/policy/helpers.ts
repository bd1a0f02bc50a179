import type { Claim, RawClaim } from '../../src/types.js';

let line = 0;

/** A claim as a parser would make it, at a fresh line unless told. */
export function claim(overrides: Partial<RawClaim> & { port: number }): Claim {
  line++;
  return {
    file: 'docker-compose.yml',
    span: { line, column: 9, endLine: line, endColumn: 18 },
    manifest: 'compose',
    resource: 'web',
    field: 'ports.published',
    protocol: 'tcp',
    spec: String(overrides.port),
    ...overrides,
  };
}
